// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence

import (
	"errors"
	"fmt"
)

// Layer is one group of LoRA parameters (e.g. "layers.0.self_attn.q_proj.lora_A"),
// with its number of scalars. DataInf damps each layer separately.
type Layer struct {
	Name string
	Size int
}

// Example is a token sequence and where its loss starts: the loss is the mean
// of −log p(Tokens[t] | Tokens[:t]) over LossStart ≤ t < len(Tokens).
// For a training contribution LossStart is 1; for a generated output it is the
// prompt length.
type Example struct {
	Tokens    []uint32
	LossStart int
}

// Check reports whether the example has at least one predicted token.
func (e Example) Check() error {
	if e.LossStart < 1 || e.LossStart >= len(e.Tokens) {
		return fmt.Errorf("%w: loss from %d over %d tokens", ErrExample, e.LossStart, len(e.Tokens))
	}
	return nil
}

// GradientModel is what the influence engine needs from a LoRA model.
// Implementations must be safe for concurrent use when BuildCache runs with
// several workers.
type GradientModel interface {
	// Layers lists the LoRA parameter groups, in the order their gradients
	// are concatenated.
	Layers() []Layer
	// LossGradient returns the example's loss and its gradient with respect
	// to every LoRA parameter (length = sum of the layer sizes).
	LossGradient(ex Example) (loss float64, grad []float32, err error)
}

var (
	// ErrExample is returned for an example without predicted tokens.
	ErrExample = errors.New("influence: bad example")
	// ErrModel is returned when a model's gradient has the wrong shape or is
	// not finite.
	ErrModel = errors.New("influence: bad gradient")
	// ErrCorrupt is returned when a cache file is malformed.
	ErrCorrupt = errors.New("influence: corrupt cache")
	// ErrEmpty is returned when there are no training examples.
	ErrEmpty = errors.New("influence: no training examples")
)
