// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package flags

import "github.com/openledger/openledger/loraserve/payments"

// The paid-inference flags (--settlement.*, env twins
// LEDGER_LORASERVE_SETTLEMENT_*) are loraserve/payments'. They join both
// lists whichever init runs first: appended to Flags when it is already
// built, and to optionalFlags for when it is not.
func init() {
	extra := payments.CLIFlags(EnvVarPrefix)
	optionalFlags = append(optionalFlags, extra...)
	if Flags != nil {
		Flags = append(Flags, extra...)
	}
}
