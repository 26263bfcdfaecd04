// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// ErrExample is returned for a training example the model cannot score: too
// short, too long, a token outside the vocabulary, or a loss start outside
// the sequence.
var ErrExample = errors.New("model: bad example")

// ErrAdapter is returned when an adapter does not fit the model it is
// trained or scored on.
var ErrAdapter = errors.New("model: adapter does not fit the model")

// Example is a token sequence whose loss is the next-token cross-entropy of
// its predictions from LossStart on,
//
//	−Σ_{LossStart ≤ t < len(Tokens)} log p(Tokens[t] | Tokens[:t]).
//
// Tokens before LossStart (a prompt) are context only: they are not
// predicted (loss masking). LossStart is at least 1.
type Example struct {
	Tokens    []int
	LossStart int
}

// Predictions returns the number of tokens the example's loss predicts.
func (e Example) Predictions() int { return len(e.Tokens) - e.LossStart }

// ModuleGradient is the gradient with respect to one adapted projection's
// factors, in lora.Module's layout: A [rank, in] and BT [rank, out].
type ModuleGradient struct {
	A, BT []float32
}

// Gradients holds the gradient of a loss with respect to every LoRA factor
// of an adapter, shaped like the adapter (nil where it has no module).
type Gradients struct {
	Layers [][lora.NumProj]*ModuleGradient
}

// NewGradients returns zero gradients shaped like a.
func NewGradients(a *lora.Adapter) *Gradients {
	g := &Gradients{Layers: make([][lora.NumProj]*ModuleGradient, len(a.Layers))}
	for l, layer := range a.Layers {
		for p, m := range layer {
			if m != nil {
				g.Layers[l][p] = &ModuleGradient{A: make([]float32, len(m.A)), BT: make([]float32, len(m.BT))}
			}
		}
	}
	return g
}

// OnlyLayers returns gradients for the modules of the given layers only (the
// others' factors are then held constant); it shares g's buffers.
func (g *Gradients) OnlyLayers(layers ...int) *Gradients {
	out := &Gradients{Layers: make([][lora.NumProj]*ModuleGradient, len(g.Layers))}
	for _, l := range layers {
		if l >= 0 && l < len(g.Layers) {
			out.Layers[l] = g.Layers[l]
		}
	}
	return out
}

// Zero sets every gradient to zero.
func (g *Gradients) Zero() {
	for _, layer := range g.Layers {
		for _, m := range layer {
			if m != nil {
				clear(m.A)
				clear(m.BT)
			}
		}
	}
}

// Tensors returns the gradient tensors in the order of a.Factors() for the
// adapter they were made for (per layer, per projection, A then BT), skipping
// modules g does not hold.
func (g *Gradients) Tensors() [][]float32 {
	var out [][]float32
	for _, layer := range g.Layers {
		for _, m := range layer {
			if m != nil {
				out = append(out, m.A, m.BT)
			}
		}
	}
	return out
}

// trainState is the memory of training passes: every layer's activations,
// kept for the backward pass, and a KV cache of the pass's own.
type trainState struct {
	mu   sync.Mutex // serialises training passes
	rows int
	xs   [][]float32 // [layers+1][rows·dim]
	acts []layerActs
	// Outputs that no backward step reads (a projection's output, a fused
	// projection before its split) share one buffer across layers.
	o, down, qkv, gateUp []float32
	kv                   *KVCache
	batch                batch
	tape                 *tape
}

func (s *trainState) ensure(rows, pages int, c *Config) {
	if s.kv == nil || s.kv.Pages() < pages {
		s.kv = NewKVCache(c.NumLayers, pages, DefaultPageSize, c.KVDim())
	}
	if rows <= s.rows {
		return
	}
	s.rows = rows
	dim, qDim, kvDim, ffn := c.HiddenSize, c.QDim(), c.KVDim(), c.IntermediateSize
	f := func(n int) []float32 { return make([]float32, rows*n) }
	s.xs = make([][]float32, c.NumLayers+1)
	for l := range s.xs {
		s.xs[l] = f(dim)
	}
	s.o, s.down = f(dim), f(dim)
	layout := c.Layout()
	if layout.Has(lora.QKV) {
		s.qkv = f(qDim + 2*kvDim)
	}
	if layout.Has(lora.GateUp) {
		s.gateUp = f(2 * ffn)
	}
	s.acts = make([]layerActs, c.NumLayers)
	for l := range s.acts {
		a := layerActs{n1: f(dim), qkv: s.qkv, q: f(qDim), k: f(kvDim), v: f(kvDim), att: f(qDim), o: s.o,
			h: f(dim), n2: f(dim), gateUp: s.gateUp, up: f(ffn), act: f(ffn), down: s.down}
		if c.Arch.Gated {
			a.gate = f(ffn)
		}
		s.acts[l] = a
	}
}

// checkExamples validates examples and a against the model and returns the
// number of rows and KV pages they need.
func (m *Model) checkExamples(a *lora.Adapter, examples []Example) (rows, pages int, err error) {
	c := m.Config
	if len(examples) == 0 {
		return 0, 0, fmt.Errorf("%w: no examples", ErrExample)
	}
	if a != nil && len(a.Layers) != c.NumLayers {
		return 0, 0, fmt.Errorf("%w: adapter %q has %d layers, model %d", ErrAdapter, a.ID, len(a.Layers), c.NumLayers)
	}
	for i, e := range examples {
		switch {
		case len(e.Tokens) < 2 || len(e.Tokens) > c.MaxPositions:
			return 0, 0, fmt.Errorf("%w: example %d has %d tokens (2..%d)", ErrExample, i, len(e.Tokens), c.MaxPositions)
		case e.LossStart < 1 || e.LossStart >= len(e.Tokens):
			return 0, 0, fmt.Errorf("%w: example %d: loss start %d outside [1, %d)", ErrExample, i, e.LossStart, len(e.Tokens))
		}
		for _, t := range e.Tokens {
			if t < 0 || t >= c.VocabSize {
				return 0, 0, fmt.Errorf("%w: example %d: %w: %d", ErrExample, i, ErrToken, t)
			}
		}
		rows += len(e.Tokens)
		pages += (len(e.Tokens) + DefaultPageSize - 1) / DefaultPageSize
	}
	return rows, pages, nil
}

// LossGradient runs the examples through the model with adapter a, one
// forward and one backward pass over all of them at once, and adds scale·∂L/∂θ
// to g, where L is the summed loss of the examples (see Example) and θ the
// adapter's LoRA factors that g holds (NewGradients(a), or a subset by
// OnlyLayers); base weights and other factors are constants, and nothing is
// computed below the first layer differentiated. It returns L and the number
// of predictions it sums. Passes are serialised per model and do not touch
// the serving KV cache.
func (m *Model) LossGradient(a *lora.Adapter, examples []Example, scale float32, g *Gradients) (loss float64, n int, err error) {
	if a == nil || g == nil {
		return 0, 0, fmt.Errorf("%w: no adapter or gradients", ErrAdapter)
	}
	if len(g.Layers) != len(a.Layers) {
		return 0, 0, fmt.Errorf("%w: gradients for %d layers, adapter %d", ErrAdapter, len(g.Layers), len(a.Layers))
	}
	for l, layer := range g.Layers {
		for p, mg := range layer {
			m := a.Layers[l][p]
			if mg != nil && (m == nil || len(mg.A) != len(m.A) || len(mg.BT) != len(m.BT)) {
				return 0, 0, fmt.Errorf("%w: gradients of layer %d %s do not match the adapter", ErrAdapter, l, lora.Proj(p).Name())
			}
		}
	}
	return m.runExamples(a, examples, scale, g, nil)
}

// Loss returns the summed loss of the examples under the model with adapter
// a (nil: the base model) and the number of predictions it sums.
func (m *Model) Loss(a *lora.Adapter, examples []Example) (loss float64, n int, err error) {
	return m.runExamples(a, examples, 0, nil, nil)
}

// Logits returns the logits after every token of the example, [len][vocab],
// computed by the training pass (the trainer's view of the model).
func (m *Model) Logits(a *lora.Adapter, tokens []int) ([][]float32, error) {
	out := make([][]float32, len(tokens))
	_, _, err := m.runExamples(a, []Example{{Tokens: tokens, LossStart: 1}}, 0, nil, func(row int, logits []float32) {
		out[row] = append([]float32(nil), logits...)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// runExamples is the training pass: forward over every example, the loss
// head, and (with g) the backward pass. logits, when set, sees every row's
// logits instead of only the loss rows'.
func (m *Model) runExamples(a *lora.Adapter, examples []Example, scale float32, g *Gradients, logits func(int, []float32)) (float64, int, error) {
	rows, pages, err := m.checkExamples(a, examples)
	if err != nil {
		return 0, 0, err
	}
	c, s := m.Config, &m.train
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ensure(rows, pages, c)
	entries := make([]Entry, len(examples))
	for i, e := range examples {
		entries[i] = Entry{Seq: s.kv.NewSequence(), Tokens: e.Tokens, Adapter: a}
		if err := entries[i].Seq.reserve(len(e.Tokens)); err != nil {
			return 0, 0, err
		}
	}
	defer func() {
		for _, e := range entries {
			e.Seq.Release()
		}
	}()
	s.batch.layout(entries, rows)
	p := m.pass(&s.batch, s.kv)
	for l := range p.xs {
		p.xs[l] = s.xs[l][:rows*c.HiddenSize]
	}
	for l := range p.acts {
		p.acts[l] = s.acts[l].rows(rows, c)
	}
	if g != nil {
		if s.tape == nil {
			s.tape = newTape()
		}
		p.tape, p.train, p.grads = s.tape, a, g
		defer s.tape.reset()
	}
	// targets[r] is the token row r predicts, or -1 outside the loss.
	targets := make([]int, rows)
	n := 0
	for i, e := range examples {
		sp := s.batch.spans[i]
		for j := range sp.rows {
			targets[sp.start+j] = -1
			if j+1 >= e.LossStart && j+1 < len(e.Tokens) {
				targets[sp.start+j] = e.Tokens[j+1]
				n++
			}
		}
	}
	p.embed()
	for l := range c.NumLayers {
		p.layer(l)
	}
	x := p.xs[c.NumLayers]
	var dx []float32
	if p.tape != nil && p.tape.needs(x) {
		dx = p.tape.grad(x)
	}
	loss := p.lossHead(x, targets, scale, dx, logits)
	if dx != nil {
		p.tape.backward()
	}
	return loss, n, nil
}

// rows returns the activations cut to the first rows rows.
func (a layerActs) rows(rows int, c *Config) layerActs {
	cut := func(s []float32, width int) []float32 {
		if s == nil {
			return nil
		}
		return s[:rows*width]
	}
	dim, qDim, kvDim, ffn := c.HiddenSize, c.QDim(), c.KVDim(), c.IntermediateSize
	return layerActs{n1: cut(a.n1, dim), qkv: cut(a.qkv, qDim+2*kvDim), q: cut(a.q, qDim), k: cut(a.k, kvDim),
		v: cut(a.v, kvDim), att: cut(a.att, qDim), o: cut(a.o, dim), h: cut(a.h, dim), n2: cut(a.n2, dim),
		gateUp: cut(a.gateUp, 2*ffn), gate: cut(a.gate, ffn), up: cut(a.up, ffn), act: cut(a.act, ffn),
		down: cut(a.down, dim)}
}

// trained returns the module of the adapter being differentiated at (l, proj), or nil.
func (p *pass) trained(l int, proj lora.Proj) *lora.Module {
	if p.train == nil || p.grads.Layers[l][proj] == nil {
		return nil
	}
	return p.train.Layers[l][proj]
}

// loraBackward accumulates the gradients of one projection's LoRA factors,
// delta = s·(x·Aᵀ)·Bᵀ, given dy, and adds the delta's input gradient
// s·(dy·B)·A to dx when dx is not nil.
func (p *pass) loraBackward(mod *lora.Module, g *ModuleGradient, x, dy, dx []float32, in, out int) {
	t, rows, r := p.tape, p.b.rows, mod.Rank
	A, BT := kernels.NewF32Matrix(r, in, mod.A), kernels.NewF32Matrix(r, out, mod.BT)
	// h = s·x·Aᵀ; dBᵀ += hᵀ·dy
	h := t.take(rows * r)
	p.be.MatMul(h, x, A, rows)
	for i := range h {
		h[i] *= mod.Scale
	}
	p.be.AccumulateGrad(g.BT, h, dy, rows, r, out)
	// u = s·dy·B; dA += uᵀ·x
	u := h
	p.be.MatMul(u, dy, BT, rows)
	for i := range u {
		u[i] *= mod.Scale
	}
	p.be.AccumulateGrad(g.A, u, x, rows, r, in)
	// dx += u·A
	if dx != nil {
		tmp := t.take(rows * in)
		p.be.MatMulT(tmp, u, A, rows)
		addTo(dx, tmp)
		t.give(tmp)
	}
	t.give(h)
}

// headChunk is the number of rows whose logits the loss head holds at once.
const headChunk = 32

// lossHead returns the summed cross-entropy, over the rows r with
// targets[r] ≥ 0, of the final norm and output head applied to x [rows, dim]
// against targets[r]. With dx it adds scale × the loss's gradient with
// respect to x to dx. With logits it computes every row and calls logits(r,
// row's logits) in row order.
func (p *pass) lossHead(x []float32, targets []int, scale float32, dx []float32, logits func(int, []float32)) float64 {
	c := p.cfg
	dim, vocab := c.HiddenSize, c.VocabSize
	var rows []int
	for r, tgt := range targets {
		if tgt >= 0 || logits != nil {
			rows = append(rows, r)
		}
	}
	xc := make([]float32, headChunk*dim)
	nf := make([]float32, headChunk*dim)
	lg := make([]float32, headChunk*vocab)
	losses := make([]float64, headChunk)
	var dnf, dxc []float32
	if dx != nil {
		dnf = make([]float32, headChunk*dim)
		dxc = make([]float32, headChunk*dim)
	}
	var total float64
	for lo := 0; lo < len(rows); lo += headChunk {
		chunk := rows[lo:min(lo+headChunk, len(rows))]
		n := len(chunk)
		for i, r := range chunk {
			copy(xc[i*dim:(i+1)*dim], x[r*dim:(r+1)*dim])
		}
		// final norm and output head
		p.finalNorm(nf, xc, n)
		p.be.MatMul(lg, nf, p.w.LMHead, n)
		if logits != nil {
			for i, r := range chunk {
				logits(r, lg[i*vocab:(i+1)*vocab])
			}
		}
		// cross-entropy, and its gradient softmax − onehot in place of the logits
		parallelFor(n, 1, func(a, b int) {
			for i := a; i < b; i++ {
				row, tgt := lg[i*vocab:(i+1)*vocab], targets[chunk[i]]
				losses[i] = 0
				if tgt < 0 {
					clear(row)
					continue
				}
				mx := math.Inf(-1)
				for _, v := range row {
					mx = math.Max(mx, float64(v))
				}
				var sum float64
				for _, v := range row {
					sum += math.Exp(float64(v) - mx)
				}
				lse := mx + math.Log(sum)
				losses[i] = lse - float64(row[tgt])
				if dx == nil {
					continue
				}
				for j, v := range row {
					row[j] = float32(math.Exp(float64(v)-lse)) * scale
				}
				row[tgt] -= scale
			}
		})
		for i := range n {
			total += losses[i]
		}
		if dx == nil {
			continue
		}
		// back through the head and the final norm
		p.be.MatMulT(dnf, lg, p.w.LMHead, n)
		clear(dxc)
		p.finalNormBackward(dxc, xc, dnf, n)
		for i, r := range chunk {
			axpy32(dx[r*dim:(r+1)*dim], 1, dxc[i*dim:(i+1)*dim])
		}
	}
	return total
}
