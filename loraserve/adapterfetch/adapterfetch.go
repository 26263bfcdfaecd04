// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package adapterfetch

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/lora"
)

// DefaultMaxAdapterBytes bounds the files of one fetched adapter.
const DefaultMaxAdapterBytes = 4 << 30

var (
	// ErrNotAdapter is returned for a model id that is a base model.
	ErrNotAdapter = errors.New("model is not a LoRA adapter")
	// ErrWrongBase is returned for an adapter of another base model.
	ErrWrongBase = errors.New("adapter is for another base model")
	// ErrBadSpec is returned by ParseSpec.
	ErrBadSpec = errors.New("bad adapter spec")
)

// Spec names an adapter to serve: its id in loraserve and its model-registry
// id and version (0: the latest).
type Spec struct {
	Name             string
	ModelID, Version uint64
}

// ParseSpec parses NAME=MODEL_ID or NAME=MODEL_ID@VERSION.
func ParseSpec(s string) (Spec, error) {
	name, rest, ok := strings.Cut(s, "=")
	if !ok || name == "" || strings.ContainsAny(name, " \t\n") {
		return Spec{}, fmt.Errorf("%w: %q is not NAME=MODEL_ID[@VERSION]", ErrBadSpec, s)
	}
	id, version, hasVersion := strings.Cut(rest, "@")
	sp := Spec{Name: name}
	var err error
	if sp.ModelID, err = strconv.ParseUint(id, 10, 64); err != nil || sp.ModelID == 0 {
		return Spec{}, fmt.Errorf("%w: %q: model id %q", ErrBadSpec, s, id)
	}
	if hasVersion {
		if sp.Version, err = strconv.ParseUint(version, 10, 64); err != nil || sp.Version == 0 {
			return Spec{}, fmt.Errorf("%w: %q: version %q", ErrBadSpec, s, version)
		}
	}
	return sp, nil
}

// Fetcher fetches adapters by model-registry id.
type Fetcher struct {
	resolver    *onchain.Resolver
	baseModelID uint64
}

// New returns a fetcher reading through r. A non-zero baseModelID refuses
// adapters of any other base model.
func New(r *onchain.Resolver, baseModelID uint64) *Fetcher {
	return &Fetcher{resolver: r, baseModelID: baseModelID}
}

// Adapter is a fetched, verified adapter.
type Adapter struct {
	// Dir holds the PEFT files.
	Dir string
	// Weights is the on-chain record they were verified against.
	Weights onchain.Weights
}

// Fetch returns version (0: the latest) of adapter modelID: its files,
// fetched from IPFS and verified against the weights hash the model
// registry records (ipfs.ErrHashMismatch when the content behind its URI is
// anything else), and the record, with the Datanet versions it was trained
// on. loraserve's server.AdapterRegistry.
func (f *Fetcher) Fetch(ctx context.Context, modelID, version uint64) (Adapter, error) {
	w, err := f.record(ctx, modelID, version)
	if err != nil {
		return Adapter{}, err
	}
	dir, err := f.resolver.FetchWeights(ctx, w)
	if err != nil {
		return Adapter{}, err
	}
	return Adapter{Dir: dir, Weights: w}, nil
}

// record reads version of adapter modelID, refusing base models and
// adapters of another base model.
func (f *Fetcher) record(ctx context.Context, modelID, version uint64) (onchain.Weights, error) {
	w, err := f.resolver.Weights(ctx, modelID, version)
	if err != nil {
		return onchain.Weights{}, err
	}
	if !w.Adapter {
		return onchain.Weights{}, fmt.Errorf("%w: model %d is a base model", ErrNotAdapter, modelID)
	}
	if f.baseModelID != 0 && w.BaseModelID != f.baseModelID {
		return onchain.Weights{}, fmt.Errorf("%w: model %d adapts base model %d, this server serves %d", ErrWrongBase, modelID, w.BaseModelID, f.baseModelID)
	}
	return w, nil
}

// Verify checks an adapter's local files at path (a PEFT directory or a GGUF
// file) against version (0: the latest) of adapter modelID: their hash
// (ipfs.HashPath: a directory's tree hash, a file's keccak256), or for a
// PEFT directory the keccak256 of its weights file alone, must be the
// weights hash the registry records (ipfs.ErrHashMismatch otherwise). It
// returns the adapter at path with that record.
func (f *Fetcher) Verify(ctx context.Context, modelID, version uint64, path string) (Adapter, error) {
	w, err := f.record(ctx, modelID, version)
	if err != nil {
		return Adapter{}, err
	}
	h, _, err := ipfs.HashPath(path)
	if err != nil {
		return Adapter{}, fmt.Errorf("hash %s: %w", path, err)
	}
	if h != w.Hash {
		weights, _, werr := ipfs.HashFile(filepath.Join(path, lora.WeightsFile))
		if werr != nil || weights != w.Hash {
			return Adapter{}, fmt.Errorf("%w: model %d version %d records weights %s, the files at %s hash to %s",
				ipfs.ErrHashMismatch, modelID, w.Version, w.Hash, path, h)
		}
	}
	return Adapter{Dir: path, Weights: w}, nil
}

// Resolver returns the resolver the fetcher reads through (for the
// attribution index shards of a fetched adapter's Datanet versions).
func (f *Fetcher) Resolver() *onchain.Resolver { return f.resolver }
