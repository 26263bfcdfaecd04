// Package chainspec defines an OpenLedger rollup from one deploy config: the L1
// genesis with OpenLedger's own L1 contracts (DepositPortal, SystemConfig; see
// contracts/src/L1), the L2 genesis (package genesis plus the OP Stack
// predeploys of package rollup/predeploys), and the rollup config (rollup.json)
// op-node and op-batcher read.
//
// The L1 contracts are deployed by running their constructors in an in-memory
// EVM and writing the resulting code and storage into the L1 genesis, so the
// chain starts with them in place and no deployment transaction is needed.
//
// A devnet writes its spec once (WriteDir) and reads it back on every later run
// (ReadDir), so the chain resumes instead of restarting from a new genesis.
package chainspec
