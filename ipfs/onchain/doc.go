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
package onchain
