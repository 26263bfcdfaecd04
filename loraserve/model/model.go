// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// Options configures a Model.
type Options struct {
	// Backend runs the kernels; nil means a CPU backend on all cores.
	Backend kernels.Backend
	// KVPages is the number of KV cache pages (default: enough for 16 sequences
	// of full context, capped at 4096 pages).
	KVPages int
	// PageSize is the number of positions per page (default DefaultPageSize).
	PageSize int
}

// Model is a loaded Llama model ready to run batches.
type Model struct {
	Config    *Config
	Weights   *Weights
	Tokenizer *tokenizer.Tokenizer // nil when the directory has no tokenizer.json
	KV        *KVCache

	backend  kernels.Backend
	cos, sin []float32 // [MaxPositions, HeadDim/2] RoPE tables

	mu    sync.Mutex // serialises Forward (the RunState is shared)
	state runState
	train trainState // training passes (LossGradient, Loss, Logits)
}

// runState holds the activation buffers of a batch, grown to the largest
// batch seen and then reused (the fields of a pass alias them).
type runState struct {
	rows    int
	batch   batch
	x       []float32 // [rows, dim] residual stream
	xb      []float32 // [rows, dim] normalised input or output of a block
	q       []float32 // [rows, qDim]
	k, v    []float32 // [rows, kvDim]
	att     []float32 // [rows, qDim] attention output
	hb, hb2 []float32 // [rows, ffn] gate (then the activation) and up
}

func (s *runState) ensure(rows int, c *Config) {
	if rows <= s.rows {
		return
	}
	s.rows = rows
	s.x = make([]float32, rows*c.HiddenSize)
	s.xb = make([]float32, rows*c.HiddenSize)
	s.q = make([]float32, rows*c.QDim())
	s.k = make([]float32, rows*c.KVDim())
	s.v = make([]float32, rows*c.KVDim())
	s.att = make([]float32, rows*c.QDim())
	s.hb = make([]float32, rows*c.IntermediateSize)
	s.hb2 = make([]float32, rows*c.IntermediateSize)
}

// newPass lays out entries as rows of the shared run state. The caller holds m.mu.
func (m *Model) newPass(entries []Entry, rows int) *pass {
	c, s := m.Config, &m.state
	s.ensure(rows, c)
	s.batch.layout(entries, rows)
	dim, qDim, kvDim, ffn := c.HiddenSize, c.QDim(), c.KVDim(), c.IntermediateSize
	x, xb := s.x[:rows*dim], s.xb[:rows*dim]
	gate := s.hb[:rows*ffn]
	a := layerActs{
		n1: xb, q: s.q[:rows*qDim], k: s.k[:rows*kvDim], v: s.v[:rows*kvDim], att: s.att[:rows*qDim],
		o: xb, h: x, n2: xb, gate: gate, up: s.hb2[:rows*ffn], act: gate, down: xb,
	}
	p := &pass{cfg: c, w: m.Weights, be: m.backend, kv: m.KV, cos: m.cos, sin: m.sin, b: &s.batch,
		xs: make([][]float32, c.NumLayers+1), acts: make([]layerActs, c.NumLayers)}
	for l := range p.xs {
		p.xs[l] = x
	}
	for l := range p.acts {
		p.acts[l] = a
	}
	return p
}

// Load reads a Hugging Face model directory (config.json, *.safetensors,
// tokenizer.json) or a GGUF model file.
func Load(dir string, opts Options) (*Model, error) {
	if IsGGUF(dir) {
		return LoadGGUF(dir, opts)
	}
	cfg, err := ReadConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	w, err := LoadWeights(dir, cfg)
	if err != nil {
		return nil, err
	}
	m, err := New(cfg, w, opts)
	if err != nil {
		w.Close()
		return nil, err
	}
	if _, statErr := os.Stat(filepath.Join(dir, tokenizer.FileName)); statErr == nil {
		tok, err := tokenizer.Load(dir)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("model: %w", err)
		}
		if tok.VocabSize() > cfg.VocabSize {
			w.Close()
			return nil, fmt.Errorf("%w: tokenizer has %d tokens, vocab_size %d", ErrConfig, tok.VocabSize(), cfg.VocabSize)
		}
		m.Tokenizer = tok
	}
	return m, nil
}

// New builds a model from a config and weights.
func New(cfg *Config, w *Weights, opts Options) (*Model, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if opts.Backend == nil {
		opts.Backend = kernels.NewCPU(0)
	}
	if opts.PageSize <= 0 {
		opts.PageSize = DefaultPageSize
	}
	if opts.KVPages <= 0 {
		opts.KVPages = min(4096, 16*((cfg.MaxPositions+opts.PageSize-1)/opts.PageSize))
	}
	inv, err := cfg.InvFreq()
	if err != nil {
		return nil, err
	}
	half := cfg.HeadDim / 2
	m := &Model{
		Config:  cfg,
		Weights: w,
		KV:      NewKVCache(cfg.NumLayers, opts.KVPages, opts.PageSize, cfg.KVDim()),
		backend: opts.Backend,
		cos:     make([]float32, cfg.MaxPositions*half),
		sin:     make([]float32, cfg.MaxPositions*half),
	}
	for p := 0; p < cfg.MaxPositions; p++ {
		for i, f := range inv {
			// Hugging Face multiplies in float32 before taking cos and sin.
			angle := float64(float32(p) * float32(f))
			m.cos[p*half+i] = float32(math.Cos(angle))
			m.sin[p*half+i] = float32(math.Sin(angle))
		}
	}
	return m, nil
}

// Backend returns the kernel backend.
func (m *Model) Backend() kernels.Backend { return m.backend }

// Close releases the weights.
func (m *Model) Close() error { return m.Weights.Close() }
