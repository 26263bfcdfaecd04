// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package flags

import (
	"github.com/openledger/openledger/ipfs/ipfsflags"
	"github.com/openledger/openledger/loraserve/adapterfetch"
)

// The flags that fetch adapters by model-registry id (--registry.*, env twins
// LEDGER_LORASERVE_REGISTRY_*) and the IPFS node they fetch through
// (--ipfs.*, LEDGER_LORASERVE_IPFS_*), joined like the settlement flags.
func init() {
	extra := append(adapterfetch.CLIFlags(EnvVarPrefix), ipfsflags.CLIFlags(EnvVarPrefix)...)
	optionalFlags = append(optionalFlags, extra...)
	if Flags != nil {
		Flags = append(Flags, extra...)
	}
}
