// Package devchaintest is the test harness over the single-node dev chain: a
// real in-process OpenLedger node (op-geth with every precompile, blocks built
// by the block driver through the engine API, only when the test asks) driven
// through ethclient, with funded dev accounts and helpers to sign and send
// transactions, make calls and deploy contracts. Precompile, CLI and
// settlement tests run against it.
package devchaintest
