// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	datainf "github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
)

// ErrNoFactors is returned when the adapter has no LoRA module in the chosen
// layers, so there is nothing to differentiate.
var ErrNoFactors = errors.New("influence: adapter has no LoRA factors in the chosen layers")

// Options selects what the gradients cover.
type Options struct {
	// Layers lists the adapter layers whose factors are scored; nil means
	// all. Fewer layers mean smaller caches and faster gradients (nothing
	// below the first listed layer is differentiated).
	Layers []int
}

// Model is a model with one adapter, as the DataInf engine sees it. It is
// safe for concurrent use (passes are serialised by the model).
type Model struct {
	m      *model.Model
	a      *lora.Adapter
	layers []datainf.Layer
	only   []int
	mu     sync.Mutex
	grads  *model.Gradients
	sel    *model.Gradients
}

var _ datainf.GradientModel = (*Model)(nil)

// New adapts m with adapter a.
func New(m *model.Model, a *lora.Adapter, opts Options) (*Model, error) {
	if a == nil || len(a.Layers) != m.Config.NumLayers {
		return nil, fmt.Errorf("influence: adapter does not fit the model")
	}
	only := opts.Layers
	if only == nil {
		for l := range a.Layers {
			only = append(only, l)
		}
	}
	for _, l := range only {
		if l < 0 || l >= len(a.Layers) {
			return nil, fmt.Errorf("influence: layer %d outside [0, %d)", l, len(a.Layers))
		}
	}
	x := &Model{m: m, a: a, only: slices.Clone(only), grads: model.NewGradients(a)}
	x.sel = x.grads.OnlyLayers(x.only...)
	for _, f := range a.Factors() {
		if x.sel.Layers[f.Layer][f.Proj] != nil {
			x.layers = append(x.layers, datainf.Layer{Name: f.Name(), Size: len(f.Data)})
		}
	}
	if len(x.layers) == 0 {
		return nil, ErrNoFactors
	}
	return x, nil
}

// Layers implements datainf.GradientModel: one group per LoRA factor, in the
// order of lora.Adapter.Factors.
func (x *Model) Layers() []datainf.Layer { return slices.Clone(x.layers) }

// LossGradient implements datainf.GradientModel: the mean loss of the
// example's predictions and its gradient.
func (x *Model) LossGradient(ex datainf.Example) (float64, []float32, error) {
	if err := ex.Check(); err != nil {
		return 0, nil, err
	}
	tokens := make([]int, len(ex.Tokens))
	for i, t := range ex.Tokens {
		tokens[i] = int(t)
	}
	e := model.Example{Tokens: tokens, LossStart: ex.LossStart}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.grads.Zero()
	loss, n, err := x.m.LossGradient(x.a, []model.Example{e}, 1/float32(e.Predictions()), x.sel)
	if err != nil {
		return 0, nil, fmt.Errorf("influence: %w", err)
	}
	var flat []float32
	for _, t := range x.sel.Tensors() {
		flat = append(flat, t...)
	}
	return loss / float64(n), flat, nil
}

// OnAdapter scores every contribution of the cache by its influence on the
// adapter's mean loss over the evaluation examples (held-out data, or the
// training set itself): the DataInf score against the mean of their loss
// gradients, which is the mean of the scores against each.
func OnAdapter(ctx context.Context, gm datainf.GradientModel, cache *datainf.Cache, eval []datainf.Example) ([]datainf.Score, error) {
	if len(eval) == 0 {
		return nil, fmt.Errorf("influence: no evaluation examples")
	}
	var mean []float32
	for i, ex := range eval {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		_, g, err := gm.LossGradient(ex)
		if err != nil {
			return nil, fmt.Errorf("influence: evaluation example %d: %w", i, err)
		}
		if mean == nil {
			mean = make([]float32, len(g))
		}
		if len(g) != len(mean) {
			return nil, fmt.Errorf("%w: gradient of %d values, want %d", datainf.ErrModel, len(g), len(mean))
		}
		for j, v := range g {
			mean[j] += v / float32(len(eval))
		}
	}
	dim := 0
	for _, l := range cache.Layers() {
		dim += l.Size
	}
	if dim != len(mean) {
		return nil, fmt.Errorf("%w: gradient of %d values, the cache holds %d", datainf.ErrModel, len(mean), dim)
	}
	return cache.InfluenceOfGradient(mean), nil
}
