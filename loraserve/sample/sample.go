// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package sample

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
)

// ErrParams is returned for sampling parameters outside their valid range.
var ErrParams = errors.New("sample: invalid sampling parameters")

// Params are the sampling knobs of a request (OpenAI semantics).
type Params struct {
	// Temperature divides the logits; 0 means greedy.
	Temperature float64
	// TopP keeps the smallest set of tokens whose probability reaches TopP (1 keeps all).
	TopP float64
	// Seed seeds the generator; equal seeds and inputs give equal outputs.
	Seed uint64
}

// Validate checks the parameter ranges the OpenAI API allows.
func (p Params) Validate() error {
	if math.IsNaN(p.Temperature) || p.Temperature < 0 || p.Temperature > 2 {
		return fmt.Errorf("%w: temperature %v not in [0, 2]", ErrParams, p.Temperature)
	}
	if math.IsNaN(p.TopP) || p.TopP <= 0 || p.TopP > 1 {
		return fmt.Errorf("%w: top_p %v not in (0, 1]", ErrParams, p.TopP)
	}
	return nil
}

// Sampler picks tokens for one sequence. It is not safe for concurrent use.
type Sampler struct {
	p     Params
	rng   *rand.Rand
	probs []float64
	idx   []int
}

// New returns a sampler for p (which should have passed Validate).
func New(p Params) *Sampler {
	if p.TopP == 0 {
		p.TopP = 1
	}
	return &Sampler{p: p, rng: rand.New(rand.NewPCG(p.Seed, 0x73616d706c65))}
}

// Sample returns the next token.
func (s *Sampler) Sample(logits []float32) int {
	if s.p.Temperature == 0 {
		return argmax(logits)
	}
	n := len(logits)
	if cap(s.probs) < n {
		s.probs, s.idx = make([]float64, n), make([]int, n)
	}
	probs, idx := s.probs[:n], s.idx[:n]
	maxL := float64(logits[argmax(logits)])
	var sum float64
	for i, l := range logits {
		probs[i] = math.Exp((float64(l) - maxL) / s.p.Temperature)
		sum += probs[i]
		idx[i] = i
	}
	for i := range probs {
		probs[i] /= sum
	}
	cut := n
	if s.p.TopP < 1 {
		sort.Slice(idx, func(a, b int) bool {
			if probs[idx[a]] != probs[idx[b]] {
				return probs[idx[a]] > probs[idx[b]]
			}
			return idx[a] < idx[b]
		})
		var cum float64
		for k, i := range idx {
			cum += probs[i]
			if cum >= s.p.TopP {
				cut = k + 1
				break
			}
		}
	}
	var mass float64
	for _, i := range idx[:cut] {
		mass += probs[i]
	}
	u := s.rng.Float64() * mass
	for _, i := range idx[:cut] {
		u -= probs[i]
		if u < 0 {
			return i
		}
	}
	return idx[cut-1]
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// Stops finds stop sequences in generated text.
type Stops []string

// Find returns the byte offset where the earliest stop sequence starts in
// text, or -1.
func (s Stops) Find(text string) int {
	at := -1
	for _, stop := range s {
		if stop == "" {
			continue
		}
		if i := strings.Index(text, stop); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// SafeLen returns how many leading bytes of text can be streamed now: text
// minus any suffix that is a proper prefix of a stop sequence.
func (s Stops) SafeLen(text string) int {
	hold := 0
	for _, stop := range s {
		for k := min(len(stop)-1, len(text)); k > hold; k-- {
			if strings.HasSuffix(text, stop[:k]) {
				hold = k
				break
			}
		}
	}
	return len(text) - hold
}
