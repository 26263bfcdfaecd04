// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
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
	cos, sin []float32 // [MaxPositions, RopeDim/2] RoPE tables
	slopes   []float32 // [heads] ALiBi slopes

	mu    sync.Mutex // serialises Forward (the RunState is shared)
	state runState
	train trainState // training passes (LossGradient, Loss, Logits)
}

// runState holds the activation buffers of a batch, grown to the largest
// batch seen and then reused (the fields of a pass alias them).
type runState struct {
	rows    int
	batch   batch
	x       []float32 // [rows, dim] residual stream (also h)
	xb      []float32 // [rows, dim] attention norm, then down_proj output
	xb2     []float32 // [rows, dim] MLP norm
	xo      []float32 // [rows, dim] o_proj output
	qkv     []float32 // [rows, qDim+2·kvDim] fused projection (families that fuse)
	q       []float32 // [rows, qDim]
	k, v    []float32 // [rows, kvDim]
	att     []float32 // [rows, qDim] attention output
	gu      []float32 // [rows, 2·ffn] fused gate and up (ChatGLM)
	hb, hb2 []float32 // [rows, ffn] gate (then the activation) and up
}

func (s *runState) ensure(rows int, c *Config) {
	if rows <= s.rows {
		return
	}
	s.rows = rows
	f := func(n int) []float32 { return make([]float32, rows*n) }
	dim := c.HiddenSize
	s.x, s.xb, s.xb2, s.xo = f(dim), f(dim), f(dim), f(dim)
	s.q, s.k, s.v, s.att = f(c.QDim()), f(c.KVDim()), f(c.KVDim()), f(c.QDim())
	s.hb, s.hb2 = f(c.IntermediateSize), f(c.IntermediateSize)
	if c.Layout().Has(lora.QKV) {
		s.qkv = f(c.QDim() + 2*c.KVDim())
	}
	if c.Layout().Has(lora.GateUp) {
		s.gu = f(2 * c.IntermediateSize)
	}
}

// newPass lays out entries as rows of the shared run state. The caller holds m.mu.
func (m *Model) newPass(entries []Entry, rows int) *pass {
	c, s := m.Config, &m.state
	s.ensure(rows, c)
	s.batch.layout(entries, rows)
	dim, qDim, kvDim, ffn := c.HiddenSize, c.QDim(), c.KVDim(), c.IntermediateSize
	x, xb := s.x[:rows*dim], s.xb[:rows*dim]
	gate, up := s.hb[:rows*ffn], s.hb2[:rows*ffn]
	a := layerActs{
		n1: xb, q: s.q[:rows*qDim], k: s.k[:rows*kvDim], v: s.v[:rows*kvDim], att: s.att[:rows*qDim],
		o: s.xo[:rows*dim], h: x, n2: s.xb2[:rows*dim], gate: gate, up: up, act: gate, down: xb,
	}
	if !c.Arch.Gated {
		a.act = up // the plain MLP's activation works in place
	}
	if s.qkv != nil {
		a.qkv = s.qkv[:rows*(qDim+2*kvDim)]
	}
	if s.gu != nil {
		a.gateUp = s.gu[:rows*2*ffn]
	}
	p := m.pass(&s.batch, m.KV)
	for l := range p.xs {
		p.xs[l] = x
	}
	for l := range p.acts {
		p.acts[l] = a
	}
	return p
}

// pass returns a pass of the model over batch b with KV cache kv; its
// residual streams and activations are for the caller to set.
func (m *Model) pass(b *batch, kv *KVCache) *pass {
	c := m.Config
	return &pass{cfg: c, w: m.Weights, be: m.backend, kv: kv, cos: m.cos, sin: m.sin, slopes: m.slopes, b: b,
		xs: make([][]float32, c.NumLayers+1), acts: make([]layerActs, c.NumLayers)}
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
	if (cfg.Arch.ALiBi || cfg.Arch.Window > 0) && opts.Backend.Name() != "cpu" && opts.Backend.Name() != "reference" {
		return nil, fmt.Errorf("%w: %s attention (sliding window or ALiBi) runs on the host KV cache; the %s backend keeps it on the device",
			ErrConfig, cfg.Arch.Family, opts.Backend.Name())
	}
	m := &Model{
		Config:  cfg,
		Weights: w,
		KV:      NewKVCache(cfg.NumLayers, opts.KVPages, opts.PageSize, cfg.KVDim()),
		backend: opts.Backend,
	}
	if cfg.Arch.ALiBi {
		m.slopes = alibiSlopes(cfg.NumHeads)
		return m, nil
	}
	inv, err := cfg.InvFreq()
	if err != nil {
		return nil, err
	}
	half := len(inv)
	m.cos = make([]float32, cfg.MaxPositions*half)
	m.sin = make([]float32, cfg.MaxPositions*half)
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
