// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/safetensors"
)

// LayerWeights holds one transformer layer.
type LayerWeights struct {
	AttnNorm []float32 // [dim] input_layernorm
	MLPNorm  []float32 // [dim] post_attention_layernorm
	// W holds the projections, indexed by lora.Proj, each [out, in] in its
	// stored dtype: q [qDim, dim], k and v [kvDim, dim], o [dim, qDim],
	// gate and up [ffn, dim], down [dim, ffn].
	W [lora.NumProj]*kernels.Matrix
}

// Weights holds every parameter of the model. The matrices keep the dtype of
// the checkpoint (f32, f16, bf16, or a GGUF block-quantized type) and alias
// the memory-mapped files, read-only, so resident memory is about the size of
// the files; the norm vectors are float32.
type Weights struct {
	Embed   *kernels.Matrix // [vocab, dim] model.embed_tokens
	Layers  []LayerWeights
	Norm    []float32       // [dim] model.norm
	LMHead  *kernels.Matrix // [vocab, dim] lm_head; the same matrix as Embed when tied
	closers []io.Closer
}

// DType returns the storage type of the projections (of layer 0's q).
func (w *Weights) DType() kernels.DType { return w.Layers[0].W[lora.Q].DType }

// Bytes returns the stored size of every matrix and vector.
func (w *Weights) Bytes() int64 {
	n := w.Embed.Bytes() + 4*int64(len(w.Norm))
	if w.LMHead != w.Embed {
		n += w.LMHead.Bytes()
	}
	for _, l := range w.Layers {
		n += 4 * int64(len(l.AttnNorm)+len(l.MLPNorm))
		for _, m := range l.W {
			n += m.Bytes()
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
	info := func(name string, shape ...int) (*safetensors.File, bool) {
		if err != nil {
			return nil, false
		}
		f := where[name]
		if f == nil {
			err = fmt.Errorf("%w: missing tensor %q", ErrWeights, name)
			return nil, false
		}
		ti, _ := f.Info(name)
		if !slices.Equal(ti.Shape, shape) {
			err = fmt.Errorf("%w: tensor %q has shape %v, config wants %v", ErrWeights, name, ti.Shape, shape)
			return nil, false
		}
		return f, true
	}
	vector := func(name string, n int) []float32 {
		f, ok := info(name, n)
		if !ok {
			return nil
		}
		var vals []float32
		if vals, _, err = f.Float32(name); err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
		}
		return vals
	}
	matrix := func(name string, rows, cols int) *kernels.Matrix {
		f, ok := info(name, rows, cols)
		if !ok {
			return nil
		}
		var m *kernels.Matrix
		if m, err = matrixOf(f, name); err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
		}
		return m
	}
	dim := cfg.HiddenSize
	w.Embed = matrix("model.embed_tokens.weight", cfg.VocabSize, dim)
	w.Norm = vector("model.norm.weight", dim)
	if cfg.TieWordEmbeddings {
		w.LMHead = w.Embed // lm_head.weight, if present, is a copy of it
	} else {
		w.LMHead = matrix("lm_head.weight", cfg.VocabSize, dim)
	}
	w.Layers = make([]LayerWeights, cfg.NumLayers)
	for l := range w.Layers {
		pre := fmt.Sprintf("model.layers.%d.", l)
		lw := &w.Layers[l]
		lw.AttnNorm = vector(pre+"input_layernorm.weight", dim)
		lw.MLPNorm = vector(pre+"post_attention_layernorm.weight", dim)
		for p := lora.Proj(0); p < lora.NumProj; p++ {
			in, out := cfg.ProjDims(p)
			lw.W[p] = matrix(pre+p.Path()+".weight", out, in)
		}
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
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
