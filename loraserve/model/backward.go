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

// layerNormRows sets out = (x − mean)/√(var + eps) ⊙ w + b row by row (out
// may be x); statistics in float64.
func layerNormRows(out, x, w, b []float32, rows int, eps float64) {
	dim := len(w)
	parallelFor(rows, max(1, 4096/dim), func(lo, hi int) {
		for t := lo; t < hi; t++ {
			xr, o := x[t*dim:(t+1)*dim], out[t*dim:(t+1)*dim]
			var sum float64
			for _, v := range xr {
				sum += float64(v)
			}
			mean := sum / float64(dim)
			var ss float64
			for _, v := range xr {
				d := float64(v) - mean
				ss += d * d
			}
			inv := 1 / math.Sqrt(ss/float64(dim)+eps)
			for i, v := range xr {
				y := (float64(v) - mean) * inv * float64(w[i])
				if b != nil {
					y += float64(b[i])
				}
				o[i] = float32(y)
			}
		}
	})
}

// layerNormBackward adds to dx the gradient of LayerNorm given dy: with
// x̂ = (x − mean)/σ and g = w ⊙ dy,
//
//	dx = (g − mean(g) − x̂·mean(g ⊙ x̂)) / σ
func layerNormBackward(dx, x, w, dy []float32, rows int, eps float64) {
	dim := len(w)
	parallelFor(rows, max(1, 4096/dim), func(lo, hi int) {
		for t := lo; t < hi; t++ {
			xr, dyr, dxr := x[t*dim:(t+1)*dim], dy[t*dim:(t+1)*dim], dx[t*dim:(t+1)*dim]
			var sum float64
			for _, v := range xr {
				sum += float64(v)
			}
			mean := sum / float64(dim)
			var ss float64
			for _, v := range xr {
				d := float64(v) - mean
				ss += d * d
			}
			inv := 1 / math.Sqrt(ss/float64(dim)+eps)
			var mg, mgx float64
			for i, v := range xr {
				g := float64(dyr[i]) * float64(w[i])
				mg += g
				mgx += g * (float64(v) - mean) * inv
			}
			mg /= float64(dim)
			mgx /= float64(dim)
			for i, v := range xr {
				g := float64(dyr[i]) * float64(w[i])
				xh := (float64(v) - mean) * inv
				dxr[i] += float32((g - mg - xh*mgx) * inv)
			}
		}
	})
}

// addBias adds bias to every row of x.
func addBias(x, bias []float32) {
	n := len(bias)
	parallelFor(len(x)/n, max(1, 4096/n), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			axpy32(x[r*n:(r+1)*n], 1, bias)
		}
	})
}

// ropeRows rotates, in place, the first rd dimensions of each head of each
// row by its position's angles (inverse: by the opposite angles, which is
// also the transpose, the backward of a rotation). Pairs are (i, i+rd/2), or
// (2i, 2i+1) when interleaved. cos and sin are [maxPos, rd/2].
func ropeRows(x []float32, rows, heads, headDim, rd int, interleaved bool, positions []int, cos, sin []float32, inverse bool) {
	half := rd / 2
	parallelFor(rows, 16, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			c := cos[positions[t]*half : (positions[t]+1)*half]
			s := sin[positions[t]*half : (positions[t]+1)*half]
			for h := 0; h < heads; h++ {
				v := x[(t*heads+h)*headDim : (t*heads+h)*headDim+rd]
				for i := 0; i < half; i++ {
					a, b := i, i+half
					if interleaved {
						a, b = 2*i, 2*i+1
					}
					sn := s[i]
					if inverse {
						sn = -sn
					}
					x1, x2 := v[a], v[b]
					v[a] = x1*c[i] - x2*sn
					v[b] = x2*c[i] + x1*sn
				}
			}
		}
	})
}

// activate returns act(x).
func activate(kind Activation, x float64) float64 {
	switch kind {
	case ActGELU:
		return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
	case ActGELUTanh:
		return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
	case ActGELUGGML:
		switch {
		case x <= -10:
			return 0
		case x >= 10:
			return x
		}
		h := kernels.F16ToF32(kernels.F32ToF16(float32(x)))
		t := float32(math.Tanh(float64(0.7978845608 * h * (1 + 0.044715*h*h))))
		return float64(kernels.F16ToF32(kernels.F32ToF16(0.5 * h * (1 + t))))
	}
	return x / (1 + math.Exp(-x))
}

// activateDerivative returns act'(x).
func activateDerivative(kind Activation, x float64) float64 {
	switch kind {
	case ActGELU:
		return 0.5*(1+math.Erf(x/math.Sqrt2)) + x*math.Exp(-x*x/2)/math.Sqrt(2*math.Pi)
	case ActGELUTanh, ActGELUGGML:
		k := math.Sqrt(2 / math.Pi)
		t := math.Tanh(k * (x + 0.044715*x*x*x))
		return 0.5*(1+t) + 0.5*x*(1-t*t)*k*(1+3*0.044715*x*x)
	}
	sig := 1 / (1 + math.Exp(-x))
	return sig * (1 + x*(1-sig))
}

// gluBackward adds to dgate and dup (either may be nil) the gradient of
// act = act(gate) ⊙ up given dact.
func gluBackward(kind Activation, dgate, dup, gate, up, dact []float32) {
	parallelFor(len(gate), 4096, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			g, d := float64(gate[i]), float64(dact[i])
			if dgate != nil {
				dgate[i] += float32(d * float64(up[i]) * activateDerivative(kind, g))
			}
			if dup != nil {
				dup[i] += float32(d * activate(kind, g))
			}
		}
	})
}

// alibiSlopes returns the ALiBi slope of each of heads heads (Press et al.;
// as BLOOM and llama.cpp compute them): the powers of 2^(−8/n) for the n =
// 2^⌊log₂ heads⌋ first heads, then odd powers of 2^(−4/n).
func alibiSlopes(heads int) []float32 {
	n := 1 << int(math.Floor(math.Log2(float64(heads))))
	m0 := math.Pow(2, -8/float64(n))
	m1 := math.Pow(2, -4/float64(n))
	out := make([]float32, heads)
	for h := range out {
		if h < n {
			out[h] = float32(math.Pow(m0, float64(h+1)))
		} else {
			out[h] = float32(math.Pow(m1, float64(2*(h-n)+1)))
		}
	}
	return out
}

// attendHost is attention on the host KV cache for the variants the backend
// kernel lacks: each row attends positions max(0, pos−window+1)..pos (all
// when window is 0), with score q·k/√d + slope_h·(j − pos) when slopes is set.
func attendHost(out, q []float32, rows []kernels.AttnRow, kv kernels.PagedKV, heads, kvHeads, headDim, window int, slopes []float32) {
	group := heads / kvHeads
	scale := 1 / math.Sqrt(float64(headDim))
	parallelFor(len(rows)*heads, 4, func(lo, hi int) {
		var sc []float64
		for task := lo; task < hi; task++ {
			t, h := task/heads, task%heads
			row := rows[t]
			first := 0
			if window > 0 {
				first = max(0, row.Pos-window+1)
			}
			qh := q[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
			kvOff := (h / group) * headDim
			if cap(sc) < row.Pos+1 {
				sc = make([]float64, row.Pos+1)
			}
			sc = sc[:row.Pos+1-first]
			mx := math.Inf(-1)
			for j := first; j <= row.Pos; j++ {
				base := cacheRow(row.Pages, j, kv.PageSize)*kv.KVDim + kvOff
				s := float64(dot32(qh, kv.K[base:base+headDim])) * scale
				if slopes != nil {
					s += float64(slopes[h]) * float64(j-row.Pos)
				}
				sc[j-first] = s
				mx = math.Max(mx, s)
			}
			var sum float64
			for i, s := range sc {
				sc[i] = math.Exp(s - mx)
				sum += sc[i]
			}
			o := out[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
			acc := make([]float64, headDim)
			for j := first; j <= row.Pos; j++ {
				base := cacheRow(row.Pages, j, kv.PageSize)*kv.KVDim + kvOff
				p := sc[j-first] / sum
				for i, v := range kv.V[base : base+headDim] {
					acc[i] += p * float64(v)
				}
			}
			for i, v := range acc {
				o[i] = float32(v)
			}
		}
	})
}

// cacheRow returns the KV cache row of position pos of a sequence.
func cacheRow(pages []int32, pos, pageSize int) int {
	return int(pages[pos/pageSize])*pageSize + pos%pageSize
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
func (p *pass) attentionBackward(dq, dk, dv, q, k, v, out, dout []float32, window int) {
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
					sc := make([]float64, n)
					for i := lo; i < hi; i++ {
						row := pm[i*n : (i+1)*n]
						first := 0
						if window > 0 {
							first = max(0, i-window+1)
						}
						mx := math.Inf(-1)
						for j := first; j <= i; j++ {
							s := float64(row[j]) * float64(scale)
							if p.slopes != nil {
								s += float64(p.slopes[h]) * float64(j-i)
							}
							sc[j] = s
							mx = math.Max(mx, s)
						}
						var sum float64
						for j := first; j <= i; j++ {
							e := math.Exp(sc[j] - mx)
							sc[j] = e
							sum += e
						}
						clear(row[:first])
						for j := first; j <= i; j++ {
							row[j] = float32(sc[j] / sum)
						}
						clear(row[i+1:])
						// dS = P ⊙ (dP − D)/√d, D_i = dO_i·O_i
						d[i] = dot32(doh[i*hd:(i+1)*hd], oh[i*hd:(i+1)*hd])
						dsr := ds[i*n : (i+1)*n]
						clear(dsr[:first])
						for j := first; j <= i; j++ {
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
