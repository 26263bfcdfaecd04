// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"math"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
)

// refForward is the textbook forward pass of every family in float64 over
// the whole sequence, with no cache, position by position, the fused
// projections split by index arithmetic and the LoRA delta computed
// explicitly: the oracle for the batched, cached, kernel-based forward pass
// and, by finite differences, for its backward pass.
func refForward(c *model.Config, w *model.Weights, a *lora.Adapter, tokens []int) [][]float64 {
	arch := c.Arch
	dim, hd, H, KVH := c.HiddenSize, c.HeadDim, c.NumHeads, c.NumKVHeads
	ffn := c.IntermediateSize
	T := len(tokens)
	layout := c.Layout()
	f64 := func(v []float32) []float64 {
		o := make([]float64, len(v))
		for i, x := range v {
			o[i] = float64(x)
		}
		return o
	}
	norm := func(x []float64, wt, b []float32) []float64 {
		n := float64(len(x))
		var mean float64
		if arch.Norm == model.LayerNorm {
			for _, v := range x {
				mean += v
			}
			mean /= n
		}
		var ss float64
		for _, v := range x {
			ss += (v - mean) * (v - mean)
		}
		s := 1 / math.Sqrt(ss/n+c.RMSNormEps)
		o := make([]float64, len(x))
		for i := range x {
			o[i] = (x[i] - mean) * s * float64(wt[i])
			if b != nil {
				o[i] += float64(b[i])
			}
		}
		return o
	}
	lin := func(x []float64, l int, p lora.Proj) []float64 {
		in, out := c.ProjDims(p)
		W := w.Layers[l].W[p].Float32()
		y := make([]float64, out)
		for n := 0; n < out; n++ {
			for k := 0; k < in; k++ {
				y[n] += x[k] * float64(W[n*in+k])
			}
			if b := w.Layers[l].B[p]; b != nil {
				y[n] += float64(b[n])
			}
		}
		if a != nil && a.Layers[l][p] != nil {
			m := a.Layers[l][p]
			ax := make([]float64, m.Rank)
			for r := 0; r < m.Rank; r++ {
				for k := 0; k < in; k++ {
					ax[r] += x[k] * float64(m.A[r*in+k])
				}
			}
			for n := 0; n < out; n++ {
				var s float64
				for r := 0; r < m.Rank; r++ {
					s += float64(m.BT[r*out+n]) * ax[r]
				}
				y[n] += float64(m.Scale) * s
			}
		}
		return y
	}
	act := func(x float64) float64 {
		switch arch.Act {
		case model.ActGELU:
			return 0.5 * x * (1 + math.Erf(x/math.Sqrt2))
		case model.ActGELUTanh:
			return 0.5 * x * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(x+0.044715*x*x*x)))
		}
		return x / (1 + math.Exp(-x))
	}
	inv, _ := c.InvFreq()
	rope := func(v []float64, heads, pos int) {
		rd := arch.RopeDim
		for h := 0; h < heads; h++ {
			x := v[h*hd : h*hd+rd]
			for i := 0; i < rd/2; i++ {
				ang := float64(float32(pos) * float32(inv[i]))
				cs, sn := math.Cos(ang), math.Sin(ang)
				p0, p1 := i, i+rd/2
				if arch.RopeInterleaved {
					p0, p1 = 2*i, 2*i+1
				}
				x1, x2 := x[p0], x[p1]
				x[p0], x[p1] = x1*cs-x2*sn, x2*cs+x1*sn
			}
		}
	}
	// ALiBi slopes: 2^(-8/n·(h+1)) for the first n = 2^⌊log₂H⌋ heads, then
	// the odd powers of 2^(-4/n).
	slope := func(h int) float64 {
		n := 1
		for n*2 <= H {
			n *= 2
		}
		if h < n {
			return math.Pow(2, -8/float64(n)*float64(h+1))
		}
		return math.Pow(2, -4/float64(n)*float64(2*(h-n)+1))
	}
	// split takes the heads of a fused q, k, v output apart.
	split := func(qkv []float64) (q, k, v []float64) {
		q, k, v = make([]float64, H*hd), make([]float64, KVH*hd), make([]float64, KVH*hd)
		head := func(dst []float64, i int, src int) { copy(dst[i*hd:(i+1)*hd], qkv[src*hd:(src+1)*hd]) }
		switch arch.QKV {
		case model.QKVPerHead:
			for h := 0; h < H; h++ {
				head(q, h, 3*h)
				head(k, h, 3*h+1)
				head(v, h, 3*h+2)
			}
		case model.QKVGrouped:
			per := H / KVH
			for g := 0; g < KVH; g++ {
				for i := 0; i < per; i++ {
					head(q, g*per+i, g*(per+2)+i)
				}
				head(k, g, g*(per+2)+per)
				head(v, g, g*(per+2)+per+1)
			}
		default:
			for h := 0; h < H; h++ {
				head(q, h, h)
			}
			for g := 0; g < KVH; g++ {
				head(k, g, H+g)
				head(v, g, H+KVH+g)
			}
		}
		return q, k, v
	}
	mlp := func(n []float64, l int) []float64 {
		var hidden []float64
		switch {
		case layout.Has(lora.GateUp):
			gu := lin(n, l, lora.GateUp)
			hidden = make([]float64, ffn)
			for i := range hidden {
				hidden[i] = act(gu[i]) * gu[ffn+i]
			}
		case arch.Gated:
			g, u := lin(n, l, lora.Gate), lin(n, l, lora.Up)
			hidden = make([]float64, ffn)
			for i := range hidden {
				hidden[i] = act(g[i]) * u[i]
			}
		default:
			hidden = lin(n, l, lora.Up)
			for i := range hidden {
				hidden[i] = act(hidden[i])
			}
		}
		return lin(hidden, l, lora.Down)
	}

	xs := make([][]float64, T)
	embed := w.Embed.Float32()
	for t, tok := range tokens {
		xs[t] = f64(embed[tok*dim : (tok+1)*dim])
		if arch.EmbedScale {
			s := float64(float32(math.Sqrt(float64(dim))))
			for i := range xs[t] {
				xs[t][i] *= s
			}
		}
		if arch.EmbedNorm {
			xs[t] = norm(xs[t], w.EmbedNorm, w.EmbedNormBias)
		}
	}
	for l := 0; l < c.NumLayers; l++ {
		lw := w.Layers[l]
		window := 0
		if arch.Window > 0 && l >= arch.WindowFrom {
			window = arch.Window
		}
		qs, ks, vs, n1s := make([][]float64, T), make([][]float64, T), make([][]float64, T), make([][]float64, T)
		for t := range xs {
			n1s[t] = norm(xs[t], lw.AttnNorm, lw.AttnNormBias)
			if layout.Has(lora.QKV) {
				qs[t], ks[t], vs[t] = split(lin(n1s[t], l, lora.QKV))
			} else {
				qs[t], ks[t], vs[t] = lin(n1s[t], l, lora.Q), lin(n1s[t], l, lora.K), lin(n1s[t], l, lora.V)
			}
			if !arch.ALiBi {
				rope(qs[t], H, t)
				rope(ks[t], KVH, t)
			}
		}
		group := H / KVH
		next := make([][]float64, T)
		for t := range xs {
			att := make([]float64, H*hd)
			first := 0
			if window > 0 {
				first = max(0, t-window+1)
			}
			for h := 0; h < H; h++ {
				kh := h / group
				sc := make([]float64, t+1)
				mx := math.Inf(-1)
				for j := first; j <= t; j++ {
					for i := 0; i < hd; i++ {
						sc[j] += qs[t][h*hd+i] * ks[j][kh*hd+i]
					}
					sc[j] /= math.Sqrt(float64(hd))
					if arch.ALiBi {
						sc[j] += slope(h) * float64(j-t)
					}
					mx = math.Max(mx, sc[j])
				}
				var sum float64
				for j := first; j <= t; j++ {
					sc[j] = math.Exp(sc[j] - mx)
					sum += sc[j]
				}
				for j := first; j <= t; j++ {
					for i := 0; i < hd; i++ {
						att[h*hd+i] += sc[j] / sum * vs[j][kh*hd+i]
					}
				}
			}
			o := lin(att, l, lora.O)
			out := make([]float64, dim)
			switch {
			case arch.Parallel:
				n := n1s[t]
				if arch.ParallelNorms {
					n = norm(xs[t], lw.MLPNorm, lw.MLPNormBias)
				}
				d := mlp(n, l)
				for i := range out {
					out[i] = xs[t][i] + o[i] + d[i]
				}
			default:
				h := make([]float64, dim)
				for i := range h {
					h[i] = xs[t][i] + o[i]
				}
				d := mlp(norm(h, lw.MLPNorm, lw.MLPNormBias), l)
				for i := range out {
					out[i] = h[i] + d[i]
				}
			}
			next[t] = out
		}
		xs = next
	}
	head := w.LMHead.Float32()
	out := make([][]float64, T)
	for t := range xs {
		n := norm(xs[t], w.Norm, w.NormBias)
		out[t] = make([]float64, c.VocabSize)
		for v := 0; v < c.VocabSize; v++ {
			for i := 0; i < dim; i++ {
				out[t][v] += n[i] * float64(head[v*dim+i])
			}
		}
	}
	return out
}
