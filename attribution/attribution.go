// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
)

// Tokenizer turns text into the model's token ids. loraserve's byte-level BPE
// tokenizer satisfies it.
type Tokenizer interface {
	Encode(text string) ([]uint32, error)
}

// Contribution is one accepted Datanet contribution.
type Contribution struct {
	ID          uint64
	Contributor common.Address
	Text        string
}

// DatanetVersion is the set of contributions a published Datanet version
// added. Each version becomes one index shard.
type DatanetVersion struct {
	DatanetID     uint64
	Version       uint64
	Contributions []Contribution
}

// BuildOptions configure BuildIndex.
type BuildOptions struct {
	// TokenizerID names the tokenizer (e.g. keccak256 of tokenizer.json).
	TokenizerID common.Hash
	// Progress receives progress of every phase; nil for none. Use
	// progress.Terminal for a terminal line with tokens/s and ETA.
	Progress progress.Func
}

var (
	// ErrNoTokenizer is returned when text is given but no tokenizer.
	ErrNoTokenizer = errors.New("attribution: no tokenizer")
	// ErrRejected is returned (wrapped with the reason) when a verification
	// fails.
	ErrRejected = errors.New("attribution: evidence rejected")
)

// BuildIndex tokenizes every version and adds it to the index in dir as a new
// shard (creating the index if needed); versions already present are an
// error. It returns the manifest entries of the new shards.
func BuildIndex(dir string, tok Tokenizer, versions []DatanetVersion, opts BuildOptions) ([]index.ShardEntry, error) {
	if tok == nil {
		return nil, ErrNoTokenizer
	}
	var entries []index.ShardEntry
	for _, v := range versions {
		docs := make([]index.Document, 0, len(v.Contributions))
		m := progress.NewMeter("tokenize", "docs", int64(len(v.Contributions)), opts.Progress)
		for i, c := range v.Contributions {
			toks, err := tok.Encode(c.Text)
			if err != nil {
				return entries, fmt.Errorf("tokenize contribution %d of datanet %d version %d: %w", c.ID, v.DatanetID, v.Version, err)
			}
			if len(toks) == 0 {
				continue // nothing to attribute to
			}
			docs = append(docs, index.Document{ContributionID: c.ID, Contributor: c.Contributor, Tokens: toks})
			if i%1024 == 0 {
				m.Set(int64(i))
			}
		}
		m.Done()
		meta := index.ShardMeta{DatanetID: v.DatanetID, DatanetVersion: v.Version, TokenizerID: opts.TokenizerID}
		e, _, err := index.AddShard(dir, meta, docs, opts.Progress)
		if err != nil {
			return entries, fmt.Errorf("index datanet %d version %d: %w", v.DatanetID, v.Version, err)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// Attributor answers attribution queries against one opened index.
type Attributor struct {
	ix  *index.Index
	tok Tokenizer
	cfg span.Config
}

// Open opens the index in dir. tok may be nil when only token ids are
// queried.
func Open(dir string, tok Tokenizer, cfg span.Config) (*Attributor, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	ix, err := index.Open(dir)
	if err != nil {
		return nil, err
	}
	return &Attributor{ix: ix, tok: tok, cfg: cfg}, nil
}

// NewAttributor wraps an already opened index.
func NewAttributor(ix *index.Index, tok Tokenizer, cfg span.Config) (*Attributor, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Attributor{ix: ix, tok: tok, cfg: cfg}, nil
}

// Index returns the underlying index.
func (a *Attributor) Index() *index.Index { return a.ix }

// Close closes the index.
func (a *Attributor) Close() error { return a.ix.Close() }

// Attribution is the result for one output: what loraserve returns from
// POST /v1/attribution and what a receipt commits to.
type Attribution struct {
	Evidence  Evidence         `json:"evidence"`
	Segments  []span.Segment   `json:"segments"`
	Weights   []weights.Weight `json:"weights"`
	ProofRoot common.Hash      `json:"proofRoot"`
}

// Evidence is everything the weights are computed from.
type Evidence struct {
	Engine     string      `json:"engine"`
	IndexRoot  common.Hash `json:"indexRoot"`
	OutputHash common.Hash `json:"outputHash"`
	OutputLen  int         `json:"outputLen"`
	NumDocs    uint64      `json:"numDocs"`
	Config     span.Config `json:"config"`
	Spans      []span.Span `json:"spans"`
}

// Attribute attributes an output given as token ids.
func (a *Attributor) Attribute(output []uint32) (*Attribution, error) {
	res, err := span.Find(a.ix, output, a.cfg)
	if err != nil {
		return nil, err
	}
	ev := Evidence{
		Engine:     SpanEngine,
		IndexRoot:  a.ix.Root(),
		OutputHash: OutputHash(output),
		OutputLen:  len(output),
		NumDocs:    a.ix.NumDocs(),
		Config:     a.cfg,
		Spans:      res.Spans,
	}
	ws, err := span.Weights(ev.Spans, ev.NumDocs, ev.OutputLen)
	if err != nil {
		return nil, err
	}
	return &Attribution{Evidence: ev, Segments: res.Segments, Weights: ws, ProofRoot: ProofRoot(&ev, ws)}, nil
}

// AttributeText tokenizes text and attributes it; it also returns the tokens.
func (a *Attributor) AttributeText(text string) (*Attribution, []uint32, error) {
	if a.tok == nil {
		return nil, nil, ErrNoTokenizer
	}
	toks, err := a.tok.Encode(text)
	if err != nil {
		return nil, nil, fmt.Errorf("tokenize output: %w", err)
	}
	att, err := a.Attribute(toks)
	return att, toks, err
}
