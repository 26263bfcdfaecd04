// Package precompiles is OpenLedger's framework for stateful precompiled
// contracts on op-geth.
//
// The build patches op-geth (build/patches/op-geth.patch) with one optional
// interface, vm.StatefulPrecompiledContract, whose RunStateful sees the EVM,
// the caller, the value and the read-only flag of a CALL or STATICCALL.
// DELEGATECALL and CALLCODE still reach plain Run, which every Contract here
// refuses.
//
// A precompile is a Contract built from the ABI of its Solidity interface in
// contracts/src: each ABI method is bound to a Method (gas function, handler,
// whether it writes state, whether it takes value). The Contract dispatches on
// the 4-byte selector, enforces read-only calls and value rules, and turns
// handler failures into ABI-encoded revert data (Error(string) or the
// interface's custom errors) so that ethers, viem and abigen decode them.
//
// Gas: op-geth charges only RequiredGas(input), before the call runs, so each
// Method prices itself from its input alone, using the shared costs in gas.go.
//
// State lives in the precompile's own account storage, laid out as Solidity
// would lay it out (storage.go), so eth_getStorageAt readers are not surprised.
//
// Register adds a Contract to every op-geth fork map and address list. It is
// called from the init function of each precompile package, the one place where
// those package-level maps are written; every binary that executes OpenLedger
// blocks must link the same set (see package precompiles/all).
package precompiles
