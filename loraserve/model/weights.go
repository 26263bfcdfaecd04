// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/safetensors"
)

// LayerWeights holds one transformer layer.
type LayerWeights struct {
	AttnNorm []float32 // [dim] input_layernorm
	MLPNorm  []float32 // [dim] post_attention_layernorm
	// W holds the projections, indexed by lora.Proj, each [out, in]:
	// q [qDim, dim], k and v [kvDim, dim], o [dim, qDim],
	// gate and up [ffn, dim], down [dim, ffn].
	W [lora.NumProj][]float32
}

// Weights holds every parameter of the model as float32. Tensors of f32
// checkpoints alias the memory-mapped files and are read-only.
type Weights struct {
	Embed  []float32 // [vocab, dim] model.embed_tokens
	Layers []LayerWeights
	Norm   []float32 // [dim] model.norm
	LMHead []float32 // [vocab, dim] lm_head; the same slice as Embed when tied
	files  []*safetensors.File
}

// Close releases the mapped checkpoint files.
func (w *Weights) Close() error {
	var errs []error
	for _, f := range w.files {
		errs = append(errs, f.Close())
	}
	w.files = nil
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
		w.files = append(w.files, f)
		for _, n := range f.Names() {
			where[n] = f
		}
	}
	get := func(name string, shape ...int) []float32 {
		if err != nil {
			return nil
		}
		f := where[name]
		if f == nil {
			err = fmt.Errorf("%w: missing tensor %q", ErrWeights, name)
			return nil
		}
		var vals []float32
		var info safetensors.TensorInfo
		vals, info, err = f.Float32(name)
		if err != nil {
			err = fmt.Errorf("%w: %w", ErrWeights, err)
			return nil
		}
		if !slices.Equal(info.Shape, shape) {
			err = fmt.Errorf("%w: tensor %q has shape %v, config wants %v", ErrWeights, name, info.Shape, shape)
			return nil
		}
		return vals
	}
	dim := cfg.HiddenSize
	w.Embed = get("model.embed_tokens.weight", cfg.VocabSize, dim)
	w.Norm = get("model.norm.weight", dim)
	if cfg.TieWordEmbeddings {
		w.LMHead = w.Embed // lm_head.weight, if present, is a copy of it
	} else {
		w.LMHead = get("lm_head.weight", cfg.VocabSize, dim)
	}
	w.Layers = make([]LayerWeights, cfg.NumLayers)
	for l := range w.Layers {
		pre := fmt.Sprintf("model.layers.%d.", l)
		lw := &w.Layers[l]
		lw.AttnNorm = get(pre+"input_layernorm.weight", dim)
		lw.MLPNorm = get(pre+"post_attention_layernorm.weight", dim)
		for p := lora.Proj(0); p < lora.NumProj; p++ {
			in, out := cfg.ProjDims(p)
			lw.W[p] = get(pre+p.Path()+".weight", out, in)
		}
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	return w, nil
}
