// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kubo

import "syscall"

// procAttr runs the daemon in its own process group, so a Ctrl-C on the
// terminal reaches only its parent, which stops it in order; and has the
// kernel stop it (SIGTERM, a clean shutdown) if the parent dies without doing
// so.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
}
