// Package settlementtest builds a settlement fixture on an in-process dev
// chain for the tests of the settlement precompile and its clients: Datanets
// with accepted, published contributions from several accounts, adapters whose
// provenance names them (registered with the tree hash of the files a test
// serves for them, Options.AdapterFiles, so loraserve's check of paid
// adapters against the registry passes; a placeholder hash otherwise), a settler in the genesis settler set, and the supply
// invariant sum(balances) == 1e27 − totalBurned − totalSlashed.
package settlementtest
