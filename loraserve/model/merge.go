// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"slices"

	"github.com/openledger/openledger/loraserve/kernels"

	"github.com/openledger/openledger/loraserve/lora"
)

// MergeAdapter returns a copy of w with the adapter folded into the base
// projections, W' = W + s·B·A, as float32 matrices. Serving a merged copy per
// request is the naive baseline that batched LoRA replaces; it is also the
// oracle for the unmerged path. Norms, embeddings and unadapted projections
// are shared with w, not copied.
func MergeAdapter(w *Weights, cfg *Config, a *lora.Adapter) *Weights {
	out := &Weights{Embed: w.Embed, EmbedNorm: w.EmbedNorm, EmbedNormBias: w.EmbedNormBias, Norm: w.Norm,
		NormBias: w.NormBias, LMHead: w.LMHead, Layers: make([]LayerWeights, len(w.Layers))}
	for l := range w.Layers {
		out.Layers[l] = w.Layers[l]
		if a == nil || l >= len(a.Layers) {
			continue
		}
		for p, m := range a.Layers[l] {
			if m == nil {
				continue
			}
			in, outDim := cfg.ProjDims(lora.Proj(p))
			merged := slices.Clone(w.Layers[l].W[p].Float32())
			for n := 0; n < outDim; n++ {
				row := merged[n*in : (n+1)*in]
				for r := 0; r < m.Rank; r++ {
					b := m.Scale * m.BT[r*outDim+n]
					ar := m.A[r*in : (r+1)*in]
					for k := range row {
						row[k] += b * ar[k]
					}
				}
			}
			out.Layers[l].W[p] = kernels.NewF32Matrix(outDim, in, merged)
		}
	}
	return out
}

// WithWeights returns a model sharing m's config, backend and RoPE tables but
// running w, with its own KV cache of pages pages.
func (m *Model) WithWeights(w *Weights, pages int) *Model {
	return &Model{
		Config: m.Config, Weights: w, Tokenizer: m.Tokenizer, backend: m.backend, cos: m.cos, sin: m.sin, slopes: m.slopes,
		KV: NewKVCache(m.Config.NumLayers, pages, m.KV.PageSize, m.Config.KVDim()),
	}
}

// WithBackend returns a model sharing m's weights but running on backend b,
// with its own KV cache of the same size.
func (m *Model) WithBackend(b kernels.Backend) *Model {
	return &Model{
		Config: m.Config, Weights: m.Weights, Tokenizer: m.Tokenizer, backend: b, cos: m.cos, sin: m.sin, slopes: m.slopes,
		KV: NewKVCache(m.Config.NumLayers, m.KV.Pages(), m.KV.PageSize, m.Config.KVDim()),
	}
}
