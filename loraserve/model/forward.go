// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"fmt"
	"sort"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// Entry is one sequence's share of a batch.
type Entry struct {
	Seq     *Sequence
	Tokens  []int         // new tokens: a prompt chunk, or the one token just sampled
	Adapter *lora.Adapter // nil runs the base model
}

// capture records what the LoRA gradient needs from the last layer.
type capture struct {
	xIn []float32 // [rows, dim] residual stream entering the last layer
	att []float32 // [rows, qDim] attention output (input of o_proj)
}

// Forward appends each entry's tokens to its sequence's KV cache and returns,
// per entry, the logits [vocab] after its last token. Entries may mix adapters
// and the base model; the base projections run once for all rows.
func (m *Model) Forward(entries []Entry) ([][]float32, error) {
	return m.forward(entries, nil)
}

func (m *Model) forward(entries []Entry, capt *capture) ([][]float32, error) {
	c := m.Config
	rows := 0
	for i, e := range entries {
		if len(e.Tokens) == 0 {
			return nil, fmt.Errorf("model: entry %d has no tokens", i)
		}
		if e.Seq.Len+len(e.Tokens) > c.MaxPositions {
			return nil, fmt.Errorf("%w: %d+%d > %d", ErrContext, e.Seq.Len, len(e.Tokens), c.MaxPositions)
		}
		for _, t := range e.Tokens {
			if t < 0 || t >= c.VocabSize {
				return nil, fmt.Errorf("%w: %d", ErrToken, t)
			}
		}
		rows += len(e.Tokens)
	}
	if rows == 0 {
		return nil, nil
	}
	for _, e := range entries {
		if err := e.Seq.reserve(len(e.Tokens)); err != nil {
			return nil, err
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()

	// Group entries by adapter so each adapter's rows are one contiguous segment.
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return adapterKey(entries[order[a]].Adapter) < adapterKey(entries[order[b]].Adapter)
	})

	s := &m.state
	s.ensure(rows, c)
	dim, qDim, kvDim, ffn := c.HiddenSize, c.QDim(), c.KVDim(), c.IntermediateSize
	x, xb := s.x[:rows*dim], s.xb[:rows*dim]
	q, k, v, att := s.q[:rows*qDim], s.k[:rows*kvDim], s.v[:rows*kvDim], s.att[:rows*qDim]
	hb, hb2 := s.hb[:rows*ffn], s.hb2[:rows*ffn]

	// Embed tokens and lay out rows; remember where each entry's rows are.
	type span struct{ start, rows int }
	spans := make([]span, len(entries))
	type group struct {
		adapter     *lora.Adapter
		start, rows int
	}
	var groups []group
	r := 0
	for _, ei := range order {
		e := entries[ei]
		spans[ei] = span{r, len(e.Tokens)}
		if e.Adapter != nil {
			if n := len(groups); n > 0 && groups[n-1].adapter == e.Adapter && groups[n-1].start+groups[n-1].rows == r {
				groups[n-1].rows += len(e.Tokens)
			} else {
				groups = append(groups, group{e.Adapter, r, len(e.Tokens)})
			}
		}
		for j, tok := range e.Tokens {
			copy(x[r*dim:(r+1)*dim], m.Weights.Embed[tok*dim:(tok+1)*dim])
			pos := e.Seq.Len + j
			s.positions[r] = pos
			s.attnRows[r] = kernels.AttnRow{Pos: pos, Pages: e.Seq.pages}
			s.cacheRows[r] = e.Seq.row(pos)
			r++
		}
	}
	segments := func(layer int, p lora.Proj) []kernels.Segment {
		var segs []kernels.Segment
		for _, g := range groups {
			if layer >= len(g.adapter.Layers) {
				continue
			}
			if mod := g.adapter.Layers[layer][p]; mod != nil {
				segs = append(segs, kernels.Segment{Start: g.start, Rows: g.rows, A: mod.A, BT: mod.BT, Rank: mod.Rank, Scale: mod.Scale})
			}
		}
		return segs
	}
	be := m.backend
	// linear computes out = in·Wᵀ for the whole batch, then adds each adapter
	// segment's low-rank delta.
	linear := func(out, in []float32, layer int, p lora.Proj) {
		inDim, outDim := c.ProjDims(p)
		be.MatMul(out, in, m.Weights.Layers[layer].W[p], rows, inDim, outDim)
		if segs := segments(layer, p); len(segs) > 0 {
			be.SGMV(out, in, inDim, outDim, segs)
		}
	}
	eps := float32(c.RMSNormEps)
	for l := 0; l < c.NumLayers; l++ {
		lw := &m.Weights.Layers[l]
		if capt != nil && l == c.NumLayers-1 {
			capt.xIn = append([]float32(nil), x...)
		}
		// Attention block: n = rmsnorm(x); q, k, v = projections of n.
		be.RMSNorm(xb, x, lw.AttnNorm, rows, dim, eps)
		linear(q, xb, l, lora.Q)
		linear(k, xb, l, lora.K)
		linear(v, xb, l, lora.V)
		// Rotary position embedding on queries and keys.
		be.RoPE(q, rows, c.NumHeads, c.HeadDim, s.positions[:rows], m.cos, m.sin)
		be.RoPE(k, rows, c.NumKVHeads, c.HeadDim, s.positions[:rows], m.cos, m.sin)
		// Append keys and values to each sequence's pages.
		kv := m.KV.Layer(l)
		be.WriteKV(kv, s.cacheRows[:rows], k, v)
		// Causal grouped-query attention over the cache.
		be.Attention(att, q, s.attnRows[:rows], kv, c.NumHeads, c.NumKVHeads, c.HeadDim)
		if capt != nil && l == c.NumLayers-1 {
			capt.att = append([]float32(nil), att...)
		}
		// Output projection and residual: x += o_proj(att).
		linear(xb, att, l, lora.O)
		addInPlace(x, xb)
		// MLP block: x += down(silu(gate(m)) ⊙ up(m)), m = rmsnorm(x).
		be.RMSNorm(xb, x, lw.MLPNorm, rows, dim, eps)
		linear(hb, xb, l, lora.Gate)
		linear(hb2, xb, l, lora.Up)
		be.SiLUMul(hb, hb2)
		linear(xb, hb, l, lora.Down)
		addInPlace(x, xb)
	}
	for _, e := range entries {
		e.Seq.Len += len(e.Tokens)
	}
	// Final norm and output head, only for each entry's last row.
	last := make([]float32, len(entries)*dim)
	for i, sp := range spans {
		copy(last[i*dim:(i+1)*dim], x[(sp.start+sp.rows-1)*dim:(sp.start+sp.rows)*dim])
	}
	be.RMSNorm(last, last, m.Weights.Norm, len(entries), dim, eps)
	logits := make([]float32, len(entries)*c.VocabSize)
	be.MatMul(logits, last, m.Weights.LMHead, len(entries), dim, c.VocabSize)
	out := make([][]float32, len(entries))
	for i := range out {
		out[i] = logits[i*c.VocabSize : (i+1)*c.VocabSize : (i+1)*c.VocabSize]
	}
	return out, nil
}

// adapterKey orders the base model first, then adapters by id.
func adapterKey(a *lora.Adapter) string {
	if a == nil {
		return ""
	}
	return "\x00" + a.ID
}

func addInPlace(dst, src []float32) {
	for i := range dst {
		dst[i] += src[i]
	}
}
