// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influencetest

import (
	"math"
	"math/rand/v2"

	"github.com/openledger/openledger/attribution/influence"
)

// ToyLoRA is the model described in the package documentation. Its
// parameters are float64 so finite differences are accurate; gradients are
// returned as float32 like a real model's.
type ToyLoRA struct {
	Vocab, Dim, Rank int
	Scale            float64
	E, W             []float64 // vocab × dim, row-major
	A                []float64 // rank × dim
	B                []float64 // vocab × rank
}

// NewToyLoRA draws a model from seed.
func NewToyLoRA(seed uint64, vocab, dim, rank int) *ToyLoRA {
	rng := rand.New(rand.NewPCG(seed, 99))
	fill := func(n int, std float64) []float64 {
		x := make([]float64, n)
		for i := range x {
			x[i] = rng.NormFloat64() * std
		}
		return x
	}
	return &ToyLoRA{
		Vocab: vocab, Dim: dim, Rank: rank, Scale: 2,
		E: fill(vocab*dim, 1), W: fill(vocab*dim, 0.3),
		A: fill(rank*dim, 0.3), B: fill(vocab*rank, 0.3),
	}
}

// Layers implements influence.GradientModel: A then B.
func (m *ToyLoRA) Layers() []influence.Layer {
	return []influence.Layer{{Name: "lora_A", Size: m.Rank * m.Dim}, {Name: "lora_B", Size: m.Vocab * m.Rank}}
}

// Params returns the LoRA parameters flattened like the gradient (A then B);
// writing to it changes the model.
func (m *ToyLoRA) Params() [][]float64 { return [][]float64{m.A, m.B} }

// Loss is the mean cross-entropy of ex's predicted tokens.
func (m *ToyLoRA) Loss(ex influence.Example) float64 {
	loss, _ := m.lossGrad(ex, false)
	return loss
}

// LossGradient implements influence.GradientModel.
func (m *ToyLoRA) LossGradient(ex influence.Example) (float64, []float32, error) {
	if err := ex.Check(); err != nil {
		return 0, nil, err
	}
	loss, g := m.lossGrad(ex, true)
	out := make([]float32, len(g))
	for i, v := range g {
		out[i] = float32(v)
	}
	return loss, out, nil
}

func (m *ToyLoRA) lossGrad(ex influence.Example, wantGrad bool) (float64, []float64) {
	V, D, R := m.Vocab, m.Dim, m.Rank
	var grad, gA, gB []float64
	if wantGrad {
		grad = make([]float64, R*D+V*R)
		gA, gB = grad[:R*D], grad[R*D:]
	}
	u := make([]float64, R)
	z := make([]float64, V)
	bu := make([]float64, R)
	var loss float64
	count := 0
	for t := max(ex.LossStart, 1); t < len(ex.Tokens); t++ {
		x, y := int(ex.Tokens[t-1])%V, int(ex.Tokens[t])%V
		h := m.E[x*D : (x+1)*D]
		for r := range R {
			u[r] = dot(m.A[r*D:(r+1)*D], h)
		}
		for v := range V {
			z[v] = dot(m.W[v*D:(v+1)*D], h) + m.Scale*dot(m.B[v*R:(v+1)*R], u)
		}
		// Stable softmax and loss.
		zmax := math.Inf(-1)
		for _, zv := range z {
			zmax = max(zmax, zv)
		}
		var sum float64
		for v := range z {
			z[v] = math.Exp(z[v] - zmax)
			sum += z[v]
		}
		loss += -math.Log(z[y] / sum)
		count++
		if !wantGrad {
			continue
		}
		// dz = p − onehot(y), kept in z.
		for v := range z {
			z[v] /= sum
		}
		z[y]--
		clear(bu)
		for v := range V {
			for r := range R {
				gB[v*R+r] += m.Scale * z[v] * u[r]
				bu[r] += m.Scale * m.B[v*R+r] * z[v]
			}
		}
		for r := range R {
			for d := range D {
				gA[r*D+d] += bu[r] * h[d]
			}
		}
	}
	if count == 0 {
		return 0, grad
	}
	for i := range grad {
		grad[i] /= float64(count)
	}
	return loss / float64(count), grad
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
