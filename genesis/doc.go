// Package genesis builds OpenLedger's L2 genesis: the OP Stack chain config
// with every fork op-geth supports active from block 0, OPEN as the native
// currency with its fixed supply split among the allocation accounts, devnet
// accounts funded out of the Ecosystem share, and every registered precompile
// account given nonce 1 and the one-byte code 0xFE so that EIP-161 never
// deletes it and Solidity's extcodesize check passes.
package genesis
