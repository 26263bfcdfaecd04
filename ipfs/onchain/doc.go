// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package onchain resolves what the chain's registries record to verified
// local copies of the content on IPFS: the contributions of a Datanet version
// (for ModelFactory's trainer, curators' review, attribution index builds)
// and the weights of a model version (for loraserve and anyone re-running a
// model).
//
// A Resolver reads the Datanet and model registry precompiles over JSON-RPC
// and fetches through an ipfs.Cache, so every file it hands out hashes to the
// content hash the chain records (a contribution is also bounded by its
// on-chain size), and a second request for the same content is served from
// disk.
//
//	r := onchain.NewResolver(ethClient, cache)
//	cs, err := r.VersionContributions(ctx, datanetID, version) // accepted, in leaf order
//	for _, c := range cs {
//		text, err := r.ReadContribution(ctx, c)
//	}
//	w, err := r.Weights(ctx, modelID, 0) // latest version
//	dir, err := r.FetchWeights(ctx, w)    // PEFT directory for an adapter
//
// # Attribution index shards
//
// A Datanet version's attribution index shard (one per tokenizer, recorded
// with the registry's publishIndex: keccak256 of the shard file and its
// ipfs:// URI) is what lets anyone recompute a receipt's attribution weights
// from public data alone. VersionCorpus fetches the contributions a version
// added, the input of attribution.BuildIndex for its shard; OpenIndexUpTo
// assembles the index of a Datanet as a version publishes it (shards 1..v)
// from the chain and IPFS, each shard verified against its on-chain hash and
// checked to be that version's, built with that tokenizer:
//
//	ix, err := r.OpenIndexUpTo(ctx, tok.Hash(), []onchain.DatanetVersion{{DatanetID: 1, Version: 3}})
//	a, err := attribution.NewAttributor(ix, tok, span.DefaultConfig())
package onchain
