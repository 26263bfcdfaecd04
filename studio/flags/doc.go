// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package flags defines the command-line flags of the Studio server. Every
// flag has an environment twin LEDGER_STUDIO_<NAME> (for example
// --loraserve.url and LEDGER_STUDIO_LORASERVE_URL); the op-service log flags
// are included with the same prefix.
package flags
