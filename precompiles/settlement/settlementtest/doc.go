// Package settlementtest builds a settlement fixture on an in-process dev
// chain for the tests of the settlement precompile and its clients: Datanets
// with accepted, published contributions from several accounts, adapters whose
// provenance names them, a settler in the genesis settler set, and the supply
// invariant sum(balances) == 1e27 − totalBurned − totalSlashed.
package settlementtest
