// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/safetensors"
)

// LayerWeights holds one transformer layer.
type LayerWeights struct {
	AttnNorm []float32 // [dim] input_layernorm (ln_attn)
	MLPNorm  []float32 // [dim] post_attention_layernorm (ln_mlp); nil when the MLP shares AttnNorm
	// AttnNormBias and MLPNormBias are the LayerNorm biases (nil for RMSNorm).
	AttnNormBias, MLPNormBias []float32
	// W holds the projections the family has (Config.Layout), indexed by
	// lora.Proj, each [out, in] in its stored dtype: q [qDim, dim], k and v
	// [kvDim, dim], o [dim, qDim], gate and up [ffn, dim], down [dim, ffn],
	// fused qkv [qDim+2·kvDim, dim], fused gate-up [2·ffn, dim].
	W [lora.NumProj]*kernels.Matrix
	// B holds the projections' biases, [out], where the family has them.
	B [lora.NumProj][]float32
}

// Weights holds every parameter of the model. The matrices keep the dtype of
// the checkpoint (f32, f16, bf16, or a GGUF block-quantized type) and alias
// the memory-mapped files, read-only, so resident memory is about the size of
// the files; the norm vectors and biases are float32.
type Weights struct {
	Embed *kernels.Matrix // [vocab, dim] model.embed_tokens
	// EmbedNorm and EmbedNormBias are BLOOM's LayerNorm of the embeddings.
	EmbedNorm, EmbedNormBias []float32
	Layers                   []LayerWeights
	Norm                     []float32       // [dim] model.norm
	NormBias                 []float32       // [dim] its bias (LayerNorm families)
	LMHead                   *kernels.Matrix // [vocab, dim] lm_head; the same matrix as Embed when tied
	closers                  []io.Closer
}

// DType returns the storage type of the projections (of layer 0's first).
func (w *Weights) DType() kernels.DType {
	for _, m := range w.Layers[0].W {
		if m != nil {
			return m.DType
		}
	}
	return w.Embed.DType
}

// Bytes returns the stored size of every matrix and vector.
func (w *Weights) Bytes() int64 {
	n := w.Embed.Bytes() + 4*int64(len(w.Norm))
	if w.LMHead != w.Embed {
		n += w.LMHead.Bytes()
	}
	n += 4 * int64(len(w.EmbedNorm)+len(w.EmbedNormBias)+len(w.NormBias))
	for _, l := range w.Layers {
		n += 4 * int64(len(l.AttnNorm)+len(l.MLPNorm)+len(l.AttnNormBias)+len(l.MLPNormBias))
		for p, m := range l.W {
			if m != nil {
				n += m.Bytes() + 4*int64(len(l.B[p]))
			}
		}
	}
	return n
}

// Close releases the mapped checkpoint files.
func (w *Weights) Close() error {
	var errs []error
	for _, f := range w.closers {
		errs = append(errs, f.Close())
	}
	w.closers = nil
	return errors.Join(errs...)
}

// LoadWeights reads every *.safetensors file of dir and checks each tensor's
// shape against cfg.
func LoadWeights(dir string, cfg *Config) (*Weights, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.safetensors"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%w: no *.safetensors in %s", ErrWeights, dir)
	}
	slices.Sort(paths)
	w := &Weights{}
	where := make(map[string]*safetensors.File)
	aliases := make(map[string]string) // name asked for → name stored
	for _, p := range paths {
		f, err := safetensors.Open(p)
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("%w: %w", ErrWeights, err)
		}
		w.closers = append(w.closers, f)
		for _, n := range f.Names() {
			where[n] = f
		}
	}
	names := cfg.names()
	lookup := func(name string) *safetensors.File {
		if f := where[name]; f != nil {
			return f
		}
		for from, to := range names.alt {
			if rest, ok := strings.CutPrefix(name, from); ok {
				if f := where[to+rest]; f != nil {
					where[name] = f
					aliases[name] = to + rest
					return f
				}
			}
		}
		return nil
	}
	info := func(name string, shape ...int) (*safetensors.File, string, bool) {
		if err != nil {
			return nil, "", false
		}
		f := lookup(name)
		if f == nil {
			err = fmt.Errorf("%w: missing tensor %q", ErrWeights, name)
			return nil, "", false
		}
		stored := name
		if a, ok := aliases[name]; ok {
			stored = a
		}
		ti, _ := f.Info(stored)
		if !slices.Equal(ti.Shape, shape) {
			err = fmt.Errorf("%w: tensor %q has shape %v, config wants %v", ErrWeights, name, ti.Shape, shape)
			return nil, "", false
		}
		return f, stored, true
	}
	vector := func(name string, n int) []float32 {
		f, stored, ok := info(name, n)
		if !ok {
			return nil
		}
		var vals []float32
		if vals, _, err = f.Float32(stored); err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
		}
		return vals
	}
	matrix := func(name string, rows, cols int) *kernels.Matrix {
		f, stored, ok := info(name, rows, cols)
		if !ok {
			return nil
		}
		var m *kernels.Matrix
		if m, err = matrixOf(f, stored); err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
		}
		return m
	}
	a := &cfg.Arch
	dim := cfg.HiddenSize
	// norm reads a norm's weight (plus one for Gemma, in a copy) and, for
	// LayerNorm, its bias.
	norm := func(base string) (weight, bias []float32) {
		weight = vector(base+".weight", dim)
		if a.NormPlusOne && weight != nil {
			weight = slices.Clone(weight)
			for i := range weight {
				weight[i]++
			}
		}
		if names.normBias {
			bias = vector(base+".bias", dim)
		}
		return weight, bias
	}
	w.Embed = matrix(names.embed+".weight", cfg.VocabSize, dim)
	if names.embedNorm != "" {
		w.EmbedNorm, w.EmbedNormBias = norm(names.embedNorm)
	}
	w.Norm, w.NormBias = norm(names.finalNorm)
	if names.lmHead == "" {
		w.LMHead = w.Embed // lm_head.weight, if present, is a copy of it
	} else {
		w.LMHead = matrix(names.lmHead+".weight", cfg.VocabSize, dim)
	}
	layout := cfg.Layout()
	w.Layers = make([]LayerWeights, cfg.NumLayers)
	for l := range w.Layers {
		pre := fmt.Sprintf("%s.%d.", layout.Prefix, l)
		lw := &w.Layers[l]
		lw.AttnNorm, lw.AttnNormBias = norm(pre + names.attnNorm)
		if names.mlpNorm != "" {
			lw.MLPNorm, lw.MLPNormBias = norm(pre + names.mlpNorm)
		}
		for _, p := range layout.Projections() {
			in, out := cfg.ProjDims(p)
			lw.W[p] = matrix(pre+layout.Paths[p]+".weight", out, in)
			if cfg.hasBias(p) {
				lw.B[p] = vector(pre+layout.Paths[p]+".bias", out)
			}
		}
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}

// hasBias reports whether projection p has a bias in the family.
func (c *Config) hasBias(p lora.Proj) bool {
	a := &c.Arch
	switch p {
	case lora.Q, lora.K, lora.V, lora.QKV:
		return a.QKVBias
	case lora.O:
		return a.OutBias
	}
	return a.MLPBias
}

// matrixOf returns a 2-D tensor as a matrix in its stored dtype, aliasing
// the file: f16 and bf16 as they are, f32 without a copy when aligned; f64 is
// narrowed to a float32 copy.
func matrixOf(f *safetensors.File, name string) (*kernels.Matrix, error) {
	ti, _ := f.Info(name)
	rows, cols := ti.Shape[0], ti.Shape[1]
	switch ti.DType {
	case safetensors.F16, safetensors.BF16:
		raw, err := f.Bytes(name)
		if err != nil {
			return nil, err
		}
		dt := kernels.F16
		if ti.DType == safetensors.BF16 {
			dt = kernels.BF16
		}
		return kernels.NewMatrix(dt, rows, cols, raw)
	}
	vals, _, err := f.Float32(name)
	if err != nil {
		return nil, err
	}
	return kernels.NewF32Matrix(rows, cols, vals), nil
}
