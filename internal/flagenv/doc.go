// Package flagenv names the environment twins of command-line flags, the one
// rule every OpenLedger binary follows: the twin of flag "settlement.rpc" of a
// binary whose prefix is LEDGER_LORASERVE is LEDGER_LORASERVE_SETTLEMENT_RPC
// (the flag name upper-cased, "." and "-" turned into "_", joined to the
// prefix with "_", as op-service's PrefixEnvVar joins them).
package flagenv
