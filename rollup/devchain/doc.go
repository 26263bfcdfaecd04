// Package devchain runs the single-node dev chain in-process: an OpenLedger
// execution node (op-geth with the OpenLedger precompiles) whose blocks its
// block driver (package blockdriver) builds through the engine API, without L1
// or op-node. It is the chain ledger-geth --dev serves, and the one tests use
// through ethclient and a real HTTP JSON-RPC endpoint (package devchaintest).
//
// The other in-process chains: package l1chain is the devnet's L1, package
// execnode an L2 execution node that op-node drives, and package devnet the
// whole rollup (L1, EigenDA, sequencer, batcher, verifier).
package devchain
