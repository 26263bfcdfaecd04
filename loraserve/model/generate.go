// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"context"
	"slices"

	"github.com/openledger/openledger/loraserve/lora"
)

// Generate runs one sequence on its own: the prompt in one forward pass, then
// one token at a time picked by next from the logits, until maxNew tokens, a
// stop id, or ctx ends. It returns the generated ids (without a stop id).
func (m *Model) Generate(ctx context.Context, prompt []int, a *lora.Adapter, maxNew int, stop []int, next func([]float32) int) ([]int, error) {
	seq := m.KV.NewSequence()
	defer seq.Release()
	logits, err := m.Forward([]Entry{{Seq: seq, Tokens: prompt, Adapter: a}})
	if err != nil {
		return nil, err
	}
	var out []int
	for len(out) < maxNew {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		tok := next(logits[0])
		if slices.Contains(stop, tok) {
			break
		}
		out = append(out, tok)
		if len(out) == maxNew {
			break
		}
		if logits, err = m.Forward([]Entry{{Seq: seq, Tokens: []int{tok}, Adapter: a}}); err != nil {
			return out, err
		}
	}
	return out, nil
}

// Argmax returns the index of the largest logit (the first on ties).
func Argmax(logits []float32) int {
	best := 0
	for i, v := range logits {
		if v > logits[best] {
			best = i
		}
	}
	return best
}
