// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"github.com/ethereum/go-ethereum/common"

	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/httpapi"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// AttributionRoute is the pattern POST /v1/attribution is mounted on.
const AttributionRoute = "POST /v1/attribution"

// maxAttributionBody caps the request body of POST /v1/attribution.
const maxAttributionBody = 1 << 20

// OpenAttribution opens the Proof-of-Attribution index in indexDir with the
// served model's tokenizer (modelDir/tokenizer.json, the one the index must
// have been built with) and returns it with the handler of
// POST /v1/attribution. The caller closes the attributor after the service stops.
func OpenAttribution(indexDir, modelDir string) (*attribution.Attributor, http.Handler, error) {
	tok, err := tokenizer.Load(modelDir)
	if err != nil {
		return nil, nil, fmt.Errorf("attribution: model tokenizer: %w", err)
	}
	a, err := attribution.Open(indexDir, attribution.FromIntEncoder(tok), span.DefaultConfig())
	if err != nil {
		return nil, nil, fmt.Errorf("attribution: open index %s: %w", indexDir, err)
	}
	// An index records the hash of the tokenizer.json it was built with
	// (zero when its builder did not say); another tokenizer's ids would
	// match nothing.
	if id := a.Index().TokenizerID(); id != (common.Hash{}) && id != common.Hash(tok.Hash()) {
		a.Close()
		return nil, nil, fmt.Errorf("%w: index %s was built with tokenizer %s, the model's is %s", ErrConfig, indexDir, id, common.Hash(tok.Hash()))
	}
	return a, httpapi.NewHandler(a, maxAttributionBody), nil
}

// IndexResolver assembles an attribution index from what the chain records
// (onchain.Resolver implements it).
type IndexResolver interface {
	OpenIndexUpTo(ctx context.Context, tokenizerID common.Hash, specs []onchain.DatanetVersion) (*index.Index, error)
}

// OpenChainAttribution is OpenAttribution over the index shards the Datanet
// registry records for the served model's tokenizer (modelDir/tokenizer.json)
// and Datanet versions specs (each DATANET@V: versions 1..V), fetched from
// IPFS and verified against their on-chain hashes: an operator on a fresh
// machine serves the same attribution as every other.
func OpenChainAttribution(ctx context.Context, r IndexResolver, specs []onchain.DatanetVersion, modelDir string) (*attribution.Attributor, http.Handler, error) {
	tok, err := tokenizer.Load(modelDir)
	if err != nil {
		return nil, nil, fmt.Errorf("attribution: model tokenizer: %w", err)
	}
	ix, err := r.OpenIndexUpTo(ctx, common.Hash(tok.Hash()), specs)
	if err != nil {
		return nil, nil, fmt.Errorf("attribution: index from the chain: %w", err)
	}
	a, err := attribution.NewAttributor(ix, attribution.FromIntEncoder(tok), span.DefaultConfig())
	if err != nil {
		ix.Close()
		return nil, nil, fmt.Errorf("attribution: %w", err)
	}
	return a, httpapi.NewHandler(a, maxAttributionBody), nil
}

// closingService is a Service that also closes resources it serves from (the
// attribution index) once it has stopped.
type closingService struct {
	*Service
	closers []io.Closer
}

// Stop stops the service, then closes its resources.
func (c *closingService) Stop(ctx context.Context) error {
	err := c.Service.Stop(ctx)
	for _, cl := range c.closers {
		err = errors.Join(err, cl.Close())
	}
	return err
}
