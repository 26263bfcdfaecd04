// Package blockdriver is the block producer of the single-node dev chain
// (package devchain: ledger-geth --dev and in-process tests): it drives an op-geth node through its engine API
// exactly as op-node's sequencer does (forkchoiceUpdated with OP Stack payload
// attributes, getPayload, newPayload, forkchoiceUpdated), with a synthetic L1
// origin instead of a real L1 chain.
//
// Every block starts with the L1-attributes deposit built by op-node's own
// derive.L1InfoDepositBytes (Jovian format) and then takes the pending
// transactions of the node's pool, so blocks are valid OP Stack blocks that a
// verifier re-imports with the same state roots. go-ethereum's simulated beacon
// cannot do this: it sends no L1-attributes deposit, EIP-1559 parameters or
// minimum base fee, which Holocene and Jovian require.
//
// On the devnet, op-node (package rollupnode) drives the execution nodes
// instead, deriving the chain from L1 and EigenDA.
package blockdriver
