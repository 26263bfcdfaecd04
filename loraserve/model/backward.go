// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/openledger/openledger/loraserve/kernels"
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
// causal grouped-query attention out_i = Σ_{j≤i} P_ij·v_j, P_i =
// softmax_j(q_i·k_j/√d), given dout, for sequences laid out as consecutive
// rows: spans[s] holds positions 0..rows-1 of sequence s. q, out and dout are
// [rows, heads·headDim], k and v [rows, kvHeads·headDim] (keys after RoPE, as
// attention saw them). Per sequence and head, with D_i = dout_i·out_i:
//
//	dP = dO·Vᵀ   dS = P ⊙ (dP − D)/√d   dQ = dS·K   dK += dSᵀ·Q   dV += Pᵀ·dO
//
// as matrix products on the backend; P is recomputed from Q·Kᵀ rather than
// kept from the forward pass.
func (p *pass) attentionBackward(dq, dk, dv, q, k, v, out, dout []float32) {
	c, t := p.cfg, p.tape
	heads, kvHeads, hd := c.NumHeads, c.NumKVHeads, c.HeadDim
	group := heads / kvHeads
	qDim, kvDim := heads*hd, kvHeads*hd
	scale := float32(1 / math.Sqrt(float64(hd)))
	for _, sp := range p.b.spans {
		n := sp.rows
		// gather copies head columns [off, off+hd) of rows sp.start.. of x (width w).
		gather := func(dst, x []float32, w, off int) {
			for i := range n {
				r := sp.start + i
				copy(dst[i*hd:(i+1)*hd], x[r*w+off:r*w+off+hd])
			}
		}
		scatterAdd := func(x, src []float32, w, off int) {
			for i := range n {
				r := sp.start + i
				axpy32(x[r*w+off:r*w+off+hd], 1, src[i*hd:(i+1)*hd])
			}
		}
		kh, vh, dkh, dvh := t.take(n*hd), t.take(n*hd), t.take(n*hd), t.take(n*hd)
		qh, oh, doh, dqh := t.take(n*hd), t.take(n*hd), t.take(n*hd), t.take(n*hd)
		pm, ds := t.take(n*n), t.take(n*n)
		d := make([]float32, n)
		for g := range kvHeads {
			gather(kh, k, kvDim, g*hd)
			gather(vh, v, kvDim, g*hd)
			K, V := kernels.NewF32Matrix(n, hd, kh), kernels.NewF32Matrix(n, hd, vh)
			clear(dkh)
			clear(dvh)
			for h := g * group; h < (g+1)*group; h++ {
				gather(qh, q, qDim, h*hd)
				gather(oh, out, qDim, h*hd)
				gather(doh, dout, qDim, h*hd)
				// P = causal softmax(Q·Kᵀ/√d); dP = dO·Vᵀ
				p.be.MatMul(pm, qh, K, n)
				p.be.MatMul(ds, doh, V, n)
				parallelFor(n, 8, func(lo, hi int) {
					for i := lo; i < hi; i++ {
						row := pm[i*n : (i+1)*n]
						mx := float32(math.Inf(-1))
						for j := 0; j <= i; j++ {
							row[j] *= scale
							mx = max(mx, row[j])
						}
						var sum float64
						for j := 0; j <= i; j++ {
							e := math.Exp(float64(row[j] - mx))
							row[j] = float32(e)
							sum += e
						}
						inv := float32(1 / sum)
						for j := 0; j <= i; j++ {
							row[j] *= inv
						}
						clear(row[i+1:])
						// dS = P ⊙ (dP − D)/√d, D_i = dO_i·O_i
						d[i] = dot32(doh[i*hd:(i+1)*hd], oh[i*hd:(i+1)*hd])
						dsr := ds[i*n : (i+1)*n]
						for j := 0; j <= i; j++ {
							dsr[j] = row[j] * (dsr[j] - d[i]) * scale
						}
						clear(dsr[i+1:])
					}
				})
				// dQ = dS·K; dK += dSᵀ·Q; dV += Pᵀ·dO
				if dq != nil {
					p.be.MatMulT(dqh, ds, K, n)
					scatterAdd(dq, dqh, qDim, h*hd)
				}
				if dk != nil {
					p.be.AccumulateGrad(dkh, ds, qh, n, n, hd)
				}
				if dv != nil {
					p.be.AccumulateGrad(dvh, pm, doh, n, n, hd)
				}
			}
			p.forget(kh, vh)
			if dk != nil {
				scatterAdd(dk, dkh, kvDim, g*hd)
			}
			if dv != nil {
				scatterAdd(dv, dvh, kvDim, g*hd)
			}
		}
		for _, b := range [][]float32{kh, vh, dkh, dvh, qh, oh, doh, dqh, pm, ds} {
			t.give(b)
		}
	}
}

// forget tells a backend that keeps device copies of the host matrices it
// multiplies by (CUDA) that these buffers will hold other values next time.
func (p *pass) forget(bufs ...[]float32) {
	if r, ok := p.be.(kernels.Releaser); ok {
		for _, b := range bufs {
			r.Release(b)
		}
	}
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
