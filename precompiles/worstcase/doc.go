// Package worstcase measures what every method of every OpenLedger precompile
// costs a node per unit of gas it charges, at the worst inputs an attacker
// can build, side by side with go-ethereum's own precompiles at their worst.
//
// The package has no code of its own, only tests: TestWorstCase (run by
// `make test`, briefly), BenchmarkWorstCase (the same probes at length) and
// TestAttacksThroughTheNode (the aliased-calldata attacks replayed against a
// running dev node over JSON-RPC: eth_call with a state-override contract
// that CALLs a precompile thousands of times with gas 0 or with exactly the
// input's price, and the same as a transaction in a block; the node's own
// counters, precompiles.WorkDone, must stay within what the gas paid for):
//
//	go test ./precompiles/worstcase -run TestWorstCase -v
//	go test ./precompiles/worstcase -run - -bench WorstCase -benchtime 200ms
//
// # Probes
//
// For every ABI method: its valid input at every input limit (longest strings,
// most list entries, the page size its limit allows over stored records at
// their own limits); strings far past the limits (decoded, then refused);
// the canonical encoding with every dynamic head aliasing one tail, and with
// a megabyte of trailing bytes (refused before decoding); and a contract that
// CALLs the method in a loop with zero gas and a large payload. settle gets
// its own: batches of valid receipts over models with the most Datanets and
// contributions, receipts that fail at each check, and the most receipts one
// transaction can carry. go-ethereum's side: ecrecover, bn256 pairing with
// 1–4 pairs, blake2f from 1 to 1,000 rounds, modexp over a grid of base,
// exponent and modulus sizes, and zero-gas loops into modexp.
//
// Every probe runs through vm.EVM.Call on a fresh StateDB over a committed
// state (slots are read from the trie, as a node reads them), with exactly
// the gas its price asks for, so the gas charged is the price. CPU time is the
// calling thread's (it does not grow when other processes load the machine),
// allocations are the heap bytes the call allocated.
//
// Every direct probe must also be charged at least the storage work it did:
// GasSlotRead per distinct slot it read and GasSlotUpdate per slot it wrote,
// counted by precompiletest.StateCounter around the StateDB.
//
// # The bar
//
// No OpenLedger probe costs more CPU time per gas than the slowest
// go-ethereum probe in the same run, and none allocates more per gas than the
// go-ethereum probe that allocates most; a refused input allocates at most
// four times its size beyond a fixed per-call overhead. The test asserts
// these as ratios measured in one run, so a loaded machine slows both sides
// alike; it also fails when an ABI method has no probe.
package worstcase
