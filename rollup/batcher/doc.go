// Package batcher wires op-batcher as a library for OpenLedger: Alt-DA mode
// with generic commitments, so channel frames go to the EigenDA server and only
// their commitments go to L1's batch inbox, in calldata. The configuration is
// built by parsing op-batcher's own flags (Defaults plus the caller's
// arguments), exactly as cmd/ledger-batcher does.
package batcher
