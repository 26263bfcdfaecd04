// Package precompiles is OpenLedger's framework for stateful precompiled
// contracts on op-geth.
//
// The build patches op-geth (build/patches/op-geth.patch) with two optional
// interfaces. vm.StatefulPrecompiledContract's RunStateful sees the EVM, the
// caller, the value and the read-only flag of a CALL or STATICCALL;
// DELEGATECALL and CALLCODE still reach plain Run, which every Contract here
// refuses. vm.GasLimitedPrecompiledContract's RequiredGasWithin prices a call
// knowing the gas it carries, so pricing never costs more than the call pays.
//
// # Writing a precompile
//
// A precompile is a Contract built from the ABI of its Solidity interface in
// contracts/src (I<Name>.sol, compiled into contracts/artifacts): each ABI
// method is bound to a Method. A package precompiles/<name> holds:
//
//   - module.go: the address (from contracts/addresses), the parsed ABI, the
//     Contract built by MustNewContract, and Register in init;
//   - inputs.go: one Go struct per method's calldata, its exported fields the
//     method's parameters in order, named as abigen names them (a parameter
//     `datanetId` is field DatanetId), of the Go type that holds the ABI type
//     (uint64, *big.Int or *uint256.Int, string, []byte, [32]byte,
//     common.Address, slices, structs for tuples). Methods without
//     parameters take NoInput;
//   - contract.go and queries.go: the handlers, each
//     func(c *Call, in XInput) ([]any, error), bound with Bind(handler) in a
//     method table. A handler checks its caller and arguments, writes state,
//     emits events, and returns the outputs in ABI order; it reverts with the
//     interface's custom errors (errors.go: MustCustomError) and never panics;
//   - gas.go: one price function per method from shared costs (gas.go here);
//   - storage.go: an append-only slot layout (Slot, Array, RoleSet);
//   - events.go: MustEvent for each event.
//
// NewContract checks the table against the ABI: every method implemented
// once, Writes and Payable as the ABI says, and each handler's input struct
// fitting its method's parameters exactly. A mismatch fails when the contract
// is built (at init, so every test of the package fails), never as a panic in
// the EVM.
//
// # Calldata
//
// The Contract dispatches on the 4-byte selector, enforces read-only calls and
// value rules, then checks that the calldata is the canonical ABI encoding of
// the method's inputs (calldata.go): every offset is the next tail position,
// every length fits the input, padding is zero, values are in range, nothing
// trails. The check is one linear pass that allocates nothing; calldata that
// fails it is refused with ErrInvalidInput, which burns the call's gas.
// Decoding then visits every element once, so it allocates at most a small
// constant times the input size: no offset trick can make the node decode one
// blob many times over.
//
// # Gas
//
// op-geth charges only the price of the input, before the call runs. Each
// Method's Gas prices itself from its calldata alone, using the shared costs
// in gas.go; the Contract calls it only on canonical calldata and never
// charges less than InputGas. Pricing is constant-time until the call
// carries at least InputGas (RequiredGasWithin), and linear in the input
// after that. A method whose work depends on state must bound it from its
// input (a paged query is priced for the page size its limit argument allows
// with records at their input limits).
//
// # Adding a method safely
//
// Every loop a handler runs is bounded by its arguments (and priced by them)
// or by a constant limit of the package; a view over stored records is priced
// for the records its arguments allow, each at its input limits (PagedGas,
// StoredStringReads). Then give the method its worst input in
// precompiles/worstcase (TestEveryMethodIsProbed fails until it has one) and
// a seed in the package's fuzz target. The worst-case harness compares every
// method's CPU time and allocation per gas with go-ethereum's precompiles in
// the same run, and checks that the price covers the storage slots the call
// touched (precompiletest.StateCounter). WorkDone counts the calls priced and
// the calldata bytes walked, process-wide, for tests through a real node.
//
// Handler failures become ABI-encoded revert data (Error(string) or the
// interface's custom errors) so that ethers, viem and abigen decode them; the
// caller keeps its remaining gas. Malformed calls (unknown selector, invalid
// calldata, writes in a static call) burn it.
//
// State lives in the precompile's own account storage, laid out as Solidity
// would lay it out (storage.go), so eth_getStorageAt readers are not surprised.
//
// Register adds a Contract to every op-geth fork map and address list. It is
// called from the init function of each precompile package, the one place where
// those package-level maps are written; every binary that executes OpenLedger
// blocks must link the same set (see package precompiles/all).
package precompiles
