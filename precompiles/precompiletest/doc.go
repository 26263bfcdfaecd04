// Package precompiletest holds helpers for precompile tests that need no
// running chain: StateEVM calls precompiles through vm.EVM.Call on an
// in-memory genesis state (fuzz targets, micro-benchmarks), and RevertData and
// RevertName decode the revert of a failed call. Tests that need a real node
// use package rollup/devchain/devchaintest.
package precompiletest
