// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import "math"

// adamW is AdamW with decoupled weight decay (Loshchilov & Hutter), the
// update of torch.optim.AdamW: for each parameter θ with gradient g at step k,
//
//	θ ← θ − lr·λ·θ
//	m ← β1·m + (1−β1)·g        v ← β2·v + (1−β2)·g²
//	θ ← θ − lr · (m/(1−β1ᵏ)) / (√(v/(1−β2ᵏ)) + ε)
//
// computed per element in float64 from float32 state.
type adamW struct {
	m, v                  [][]float32
	beta1, beta2, eps, wd float64
}

func newAdamW(params [][]float32, c Config) *adamW {
	o := &adamW{beta1: c.Beta1, beta2: c.Beta2, eps: c.Epsilon, wd: c.WeightDecay}
	for _, p := range params {
		o.m = append(o.m, make([]float32, len(p)))
		o.v = append(o.v, make([]float32, len(p)))
	}
	return o
}

// step applies step k (from 1) with learning rate lr.
func (o *adamW) step(params, grads [][]float32, lr float64, k int) {
	c1 := 1 - math.Pow(o.beta1, float64(k))
	c2 := 1 - math.Pow(o.beta2, float64(k))
	decay := 1 - lr*o.wd
	for i, p := range params {
		g, m, v := grads[i], o.m[i], o.v[i]
		for j := range p {
			gj := float64(g[j])
			mj := o.beta1*float64(m[j]) + (1-o.beta1)*gj
			vj := o.beta2*float64(v[j]) + (1-o.beta2)*gj*gj
			m[j], v[j] = float32(mj), float32(vj)
			p[j] = float32(float64(p[j])*decay - lr*(mj/c1)/(math.Sqrt(vj/c2)+o.eps))
		}
	}
}

// clipGradients scales grads so their global L2 norm is at most maxNorm
// (when maxNorm > 0) and returns the norm before clipping.
func clipGradients(grads [][]float32, maxNorm float64) float64 {
	var ss float64
	for _, g := range grads {
		for _, v := range g {
			ss += float64(v) * float64(v)
		}
	}
	norm := math.Sqrt(ss)
	if maxNorm > 0 && norm > maxNorm {
		f := float32(maxNorm / norm)
		for _, g := range grads {
			for j := range g {
				g[j] *= f
			}
		}
	}
	return norm
}
