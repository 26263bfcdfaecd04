// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

// The backward kernels of the blocks that have no Backend counterpart. Each
// is parallel over its outputs only (never over a sum), so its results are
// bitwise the same on any number of cores.

// parallelFor calls fn(lo, hi) over [0, n) in chunks of at least grain
// elements on up to GOMAXPROCS goroutines.
func parallelFor(n, grain int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	chunks := min(4*workers, (n+grain-1)/max(grain, 1))
	if chunks <= 1 || workers == 1 {
		fn(0, n)
		return
	}
	size := (n + chunks - 1) / chunks
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, chunks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(1)-1) * size
				if lo >= n {
					return
				}
				fn(lo, min(lo+size, n))
			}
		}()
	}
	wg.Wait()
}

// rmsNormBackward adds to dx the gradient of y = x / √(mean(x²)+eps) ⊙ w
// given dy, row by row:
//
//	dx = r·w⊙dy − r³·x·Σ(dy⊙w⊙x)/dim,   r = 1/√(mean(x²)+eps)
func rmsNormBackward(dx, x, w, dy []float32, rows int, eps float64) {
	dim := len(w)
	parallelFor(rows, max(1, 4096/dim), func(lo, hi int) {
		for t := lo; t < hi; t++ {
			xr, dyr, dxr := x[t*dim:(t+1)*dim], dy[t*dim:(t+1)*dim], dx[t*dim:(t+1)*dim]
			var ss, gx float64
			for i, v := range xr {
				ss += float64(v) * float64(v)
				gx += float64(dyr[i]) * float64(w[i]) * float64(v)
			}
			r := 1 / math.Sqrt(ss/float64(dim)+eps)
			c := r * r * r * gx / float64(dim)
			for i, v := range xr {
				dxr[i] += float32(r*float64(dyr[i])*float64(w[i]) - c*float64(v))
			}
		}
	})
}

// ropeBackward rotates each head of dx back by its row's angle, in place:
// the transpose of a rotation is the rotation by the opposite angle.
func ropeBackward(dx []float32, rows, heads, headDim int, positions []int, cos, sin []float32) {
	half := headDim / 2
	parallelFor(rows, 16, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			c := cos[positions[t]*half : (positions[t]+1)*half]
			s := sin[positions[t]*half : (positions[t]+1)*half]
			for h := 0; h < heads; h++ {
				v := dx[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
				for i := 0; i < half; i++ {
					x1, x2 := v[i], v[i+half]
					v[i] = x1*c[i] + x2*s[i]
					v[i+half] = x2*c[i] - x1*s[i]
				}
			}
		}
	})
}

// swiGLUBackward adds to dgate and dup the gradient of act = silu(gate) ⊙ up
// given dact: silu'(g) = σ(g)·(1 + g·(1 − σ(g))).
func swiGLUBackward(dgate, dup, gate, up, dact []float32) {
	parallelFor(len(gate), 4096, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			g := float64(gate[i])
			sig := 1 / (1 + math.Exp(-g))
			d := float64(dact[i])
			if dgate != nil {
				dgate[i] += float32(d * float64(up[i]) * sig * (1 + g*(1-sig)))
			}
			if dup != nil {
				dup[i] += float32(d * g * sig)
			}
		}
	})
}

// attentionBackward adds to dq, dk and dv (any may be nil) the gradients of
// causal grouped-query attention out_i = Σ_j softmax_j(q_i·k_j/√d)·v_j given
// dout, for sequences laid out as consecutive rows: spans[s] holds positions
// 0..rows-1 of sequence s. q and dout are [rows, heads·headDim], k and v
// [rows, kvHeads·headDim] (keys after RoPE, as attention saw them).
//
// Two passes recompute the probabilities instead of storing them: per query
// row (dq, and each row's log-sum-exp and D_i = Σ_j p_ij·(dout_i·v_j)), then
// per key row (dk, dv), so neither sums across goroutines.
func attentionBackward(dq, dk, dv, q, k, v, dout []float32, spans []rowSpan, heads, kvHeads, headDim int) {
	rows := 0
	for _, sp := range spans {
		rows = max(rows, sp.start+sp.rows)
	}
	start := make([]int, rows) // first row of each row's sequence
	end := make([]int, rows)   // one past its last row
	for _, sp := range spans {
		for r := sp.start; r < sp.start+sp.rows; r++ {
			start[r], end[r] = sp.start, sp.start+sp.rows
		}
	}
	group := heads / kvHeads
	qDim, kvDim := heads*headDim, kvHeads*headDim
	scale := 1 / math.Sqrt(float64(headDim))
	lse := make([]float64, rows*heads)
	dsum := make([]float64, rows*heads)
	// Pass 1, one task per (query row, head).
	parallelFor(rows*heads, 8, func(lo, hi int) {
		var p, dp []float64
		for task := lo; task < hi; task++ {
			i, h := task/heads, task%heads
			kvOff := (h / group) * headDim
			qi := q[i*qDim+h*headDim : i*qDim+(h+1)*headDim]
			do := dout[i*qDim+h*headDim : i*qDim+(h+1)*headDim]
			n := i - start[i] + 1
			p, dp = growF64(p, n), growF64(dp, n)
			mx := math.Inf(-1)
			for j := range n {
				r := start[i] + j
				p[j] = float64(dot32(qi, k[r*kvDim+kvOff:r*kvDim+kvOff+headDim])) * scale
				mx = math.Max(mx, p[j])
			}
			var sum float64
			for j := range n {
				p[j] = math.Exp(p[j] - mx)
				sum += p[j]
			}
			var d float64
			for j := range n {
				r := start[i] + j
				p[j] /= sum
				dp[j] = float64(dot32(do, v[r*kvDim+kvOff:r*kvDim+kvOff+headDim]))
				d += p[j] * dp[j]
			}
			lse[task], dsum[task] = mx+math.Log(sum), d
			if dq == nil {
				continue
			}
			dqi := dq[i*qDim+h*headDim : i*qDim+(h+1)*headDim]
			for j := range n {
				r := start[i] + j
				axpy32(dqi, float32(p[j]*(dp[j]-d)*scale), k[r*kvDim+kvOff:r*kvDim+kvOff+headDim])
			}
		}
	})
	if dk == nil && dv == nil {
		return
	}
	// Pass 2, one task per (key row, kv head): every later query of its
	// sequence, every query head of the group.
	parallelFor(rows*kvHeads, 8, func(lo, hi int) {
		for task := lo; task < hi; task++ {
			j, g := task/kvHeads, task%kvHeads
			kvOff := g * headDim
			kj := k[j*kvDim+kvOff : j*kvDim+kvOff+headDim]
			vj := v[j*kvDim+kvOff : j*kvDim+kvOff+headDim]
			var dkj, dvj []float32
			if dk != nil {
				dkj = dk[j*kvDim+kvOff : j*kvDim+kvOff+headDim]
			}
			if dv != nil {
				dvj = dv[j*kvDim+kvOff : j*kvDim+kvOff+headDim]
			}
			for i := j; i < end[j]; i++ {
				for h := g * group; h < (g+1)*group; h++ {
					qi := q[i*qDim+h*headDim : i*qDim+(h+1)*headDim]
					do := dout[i*qDim+h*headDim : i*qDim+(h+1)*headDim]
					p := math.Exp(float64(dot32(qi, kj))*scale - lse[i*heads+h])
					if dvj != nil {
						axpy32(dvj, float32(p), do)
					}
					if dkj != nil {
						ds := p * (float64(dot32(do, vj)) - dsum[i*heads+h])
						axpy32(dkj, float32(ds*scale), qi)
					}
				}
			}
		}
	})
}

func growF64(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n, 2*n)
	}
	return s[:n]
}

// dot32 returns Σ a[i]·b[i] with four independent accumulators.
func dot32(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// axpy32 sets y += a·x.
func axpy32(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

// addTo sets dst += src.
func addTo(dst, src []float32) {
	parallelFor(len(dst), 1<<14, func(lo, hi int) {
		d, s := dst[lo:hi], src[lo:hi]
		for i := range d {
			d[i] += s[i]
		}
	})
}
