// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/ipfs/onchain"
)

// ErrAdapterPriced is returned when an adapter name is already paid.
var ErrAdapterPriced = errors.New("adapter is already served paid")

// AddAdapter prices adapter name as a.ModelID from now on; a name that is
// already paid is refused (ErrAdapterPriced), so a registration can never
// swap the weights or the index a paid name stands for.
func (g *Gate) AddAdapter(name string, a Adapter) error {
	if name == "" || a.ModelID == 0 {
		return fmt.Errorf("%w: adapter %q needs a name and a model id", ErrBadConfig, name)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if old, ok := g.adapters[name]; ok {
		return fmt.Errorf("%w: %q is model %d", ErrAdapterPriced, name, old.ModelID)
	}
	g.adapters[name] = a
	return nil
}

// RemoveAdapter stops pricing adapter name (requests admitted before keep
// what they were admitted with) and returns what the gate knew of it.
func (g *Gate) RemoveAdapter(name string) (Adapter, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	a, ok := g.adapters[name]
	delete(g.adapters, name)
	return a, ok
}

// IndexOpener assembles the attribution index of Datanet versions from the
// shards the chain records (onchain.Resolver implements it): each spec
// DATANET@V stands for versions 1..V, the corpus that version publishes.
type IndexOpener interface {
	OpenIndexUpTo(ctx context.Context, tokenizerID common.Hash, specs []onchain.DatanetVersion) (*index.Index, error)
}

// RuntimeAdapters makes adapters paid while the server runs, by their
// model-registry id alone: their outputs are attributed with the index
// shards the Datanet registry records for the Datanet versions of their
// provenance (fetched from IPFS and checked against the chain's hashes), so
// an operator needs no index directory and serves the same attribution as
// any other. The weights themselves are fetched and checked against the
// model registry by the caller (loraserve/adapterfetch) before AddPaid.
type RuntimeAdapters struct {
	gate        *Gate
	index       IndexOpener
	tok         attribution.Tokenizer
	tokenizerID common.Hash

	mu      sync.Mutex
	open    map[string]io.Closer // attributors of adapters added here
	retired []io.Closer          // attributors of removed adapters, closed by Close
	closed  bool
}

// NewRuntimeAdapters adds paid adapters to g, attributing with indexes that
// r assembles for the served model's tokenizer (tok, whose tokenizer.json
// hashes to tokenizerID: the id index shards are published under).
func NewRuntimeAdapters(g *Gate, r IndexOpener, tok attribution.Tokenizer, tokenizerID common.Hash) *RuntimeAdapters {
	return &RuntimeAdapters{gate: g, index: r, tok: tok, tokenizerID: tokenizerID, open: map[string]io.Closer{}}
}

// AddPaid prices adapter name as version modelVersion of registry model
// modelID (the version whose weights are served: its vouchers must name
// it). Its outputs are
// attributed to the contributions of datanets (the Datanet versions the
// model version was trained on); an adapter trained on none pays no
// contributor (their share is burned). A Datanet version whose index shard
// is not published for the served tokenizer, or whose shard does not match
// the chain, fails the registration: serving it paid would pay nobody for
// answers that come from their data.
func (r *RuntimeAdapters) AddPaid(ctx context.Context, name string, modelID, modelVersion uint64, dir string, datanets []onchain.DatanetVersion) error {
	r.mu.Lock()
	closed := r.closed
	r.mu.Unlock()
	if closed {
		return errors.New("payments: runtime adapters closed")
	}
	if _, ok := r.gate.adapter(name); ok {
		return fmt.Errorf("%w: %q", ErrAdapterPriced, name)
	}
	if modelVersion == 0 {
		return fmt.Errorf("%w: adapter %q needs the model version it serves", ErrBadConfig, name)
	}
	a := Adapter{ModelID: modelID, ModelVersion: modelVersion}
	if dir != "" {
		tr, err := TrainingInDir(dir, r.gate.spanShare)
		if err != nil {
			return fmt.Errorf("adapter %s (model %d): training attribution: %w", name, modelID, err)
		}
		a.Training = tr
	}
	var at *attribution.Attributor
	if len(datanets) > 0 {
		ix, err := r.index.OpenIndexUpTo(ctx, r.tokenizerID, datanets)
		if err != nil {
			return fmt.Errorf("adapter %s (model %d): attribution index of %v: %w", name, modelID, datanets, err)
		}
		if at, err = attribution.NewAttributor(ix, r.tok, span.DefaultConfig()); err != nil {
			ix.Close()
			return fmt.Errorf("adapter %s (model %d): %w", name, modelID, err)
		}
		a.Attributor = at
	}
	if err := r.gate.AddAdapter(name, a); err != nil {
		if at != nil {
			at.Close()
		}
		return err
	}
	if at != nil {
		r.mu.Lock()
		r.open[name] = at
		r.mu.Unlock()
	}
	return nil
}

// RemovePaid stops pricing adapter name. Its index stays open until Close:
// a request admitted before the removal still attributes with it.
func (r *RuntimeAdapters) RemovePaid(name string) {
	r.gate.RemoveAdapter(name)
	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.open[name]; ok {
		r.retired = append(r.retired, c)
		delete(r.open, name)
	}
}

// Close closes the indexes of every adapter added here (after the server
// stopped); later AddPaid calls fail.
func (r *RuntimeAdapters) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	var errs []error
	for _, c := range r.retired {
		errs = append(errs, c.Close())
	}
	for _, c := range r.open {
		errs = append(errs, c.Close())
	}
	r.retired, r.open = nil, map[string]io.Closer{}
	return errors.Join(errs...)
}
