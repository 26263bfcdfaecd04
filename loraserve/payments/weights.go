// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"fmt"
	"slices"

	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
)

// CheckWeights checks every adapter the gate prices against the model
// registry before the server serves it: files(name) must name the local
// files (a PEFT directory or a GGUF file) the server serves under name, and
// they must hash to the weights the registry records for the model version
// the adapter is paid as. The check is adapterfetch.Fetcher.Verify, the one
// an adapter registered while serving with a path and a model_id goes
// through, read over the gate's own chain connection; a mismatch wraps
// ipfs.ErrHashMismatch and names the adapter, the model id and version, the
// hash the registry records and the hash of the files. Call it once the
// adapters configured at start are registered, before serving; adapters
// priced later through RuntimeAdapters are checked on their way in.
func (g *Gate) CheckWeights(ctx context.Context, files func(adapter string) (path string, ok bool)) error {
	g.mu.RLock()
	names := make([]string, 0, len(g.adapters))
	for name := range g.adapters {
		names = append(names, name)
	}
	g.mu.RUnlock()
	slices.Sort(names)
	registry := adapterfetch.New(onchain.NewResolver(g.verifier.chain.b, nil), 0)
	for _, name := range names {
		a, ok := g.adapter(name)
		if !ok {
			continue
		}
		path, ok := files(name)
		if !ok {
			return fmt.Errorf("%w: paid adapter %s (model %d version %d): no adapter of that name is served (its files go under --adapters)",
				ErrBadConfig, name, a.ModelID, a.ModelVersion)
		}
		if _, err := registry.Verify(ctx, a.ModelID, a.ModelVersion, path); err != nil {
			return fmt.Errorf("paid adapter %s: refusing to serve it paid: %w", name, err)
		}
	}
	return nil
}

// CheckWeights checks the gate's adapters against the model registry
// (Gate.CheckWeights); loraserve's server calls it before it serves.
func (p ServerPayments) CheckWeights(ctx context.Context, files func(adapter string) (path string, ok bool)) error {
	return p.Gate.CheckWeights(ctx, files)
}

// RemovePaid stops pricing adapter (loraserve unregistered it): a name
// registered again later, over other files, is not paid as this one was.
func (p ServerPayments) RemovePaid(adapter string) { p.Gate.RemoveAdapter(adapter) }
