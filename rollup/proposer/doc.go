// Package proposer wires op-proposer as a library for OpenLedger: every
// proposal interval it takes the output root of the rollup node's safe (or,
// without AllowNonFinalized, finalized) L2 head — optimism_outputAtBlock:
// keccak256(version 0 ‖ state root ‖ L2ToL1MessagePasser storage root ‖ block
// hash) — and posts it to L1's OutputOracle, which speaks the part of the OP
// Stack's DisputeGameFactory interface op-proposer v1.19.6 uses (that version
// posts only to a dispute game factory; its proposals are permissioned games,
// type 1). The configuration is built by parsing op-proposer's own flags
// (Defaults plus the caller's arguments), as rollup/batcher does for
// op-batcher.
package proposer
