// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import "math"

// Reference is the plain single-threaded implementation of Backend, the oracle
// that faster backends are tested against.
type Reference struct{}

var _ Backend = Reference{}

// Name implements Backend.
func (Reference) Name() string { return "reference" }

// MatMul implements Backend.
func (Reference) MatMul(out, x []float32, w *Matrix, rows int) {
	if w.DType == Q8_0 {
		referenceQ8(out, x, w, rows) // activations quantized too, see q8dot.go
		return
	}
	if isQ4Type(w.DType) {
		referenceQ4(out, x, w, rows) // likewise, see q4dot.go
		return
	}
	in, outDim := w.Cols, w.Rows
	wn := make([]float32, in)
	for n := 0; n < outDim; n++ {
		w.Row(n, wn)
		for t := 0; t < rows; t++ {
			var s float32
			for k := 0; k < in; k++ {
				s += x[t*in+k] * wn[k]
			}
			out[t*outDim+n] = s
		}
	}
}

// MatMulT implements Backend.
func (Reference) MatMulT(out, dy []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	clear(out[:rows*in])
	wn := make([]float32, in)
	for n := 0; n < outDim; n++ {
		w.Row(n, wn)
		for t := 0; t < rows; t++ {
			g := dy[t*outDim+n]
			for k, v := range wn {
				out[t*in+k] += g * v
			}
		}
	}
}

// AccumulateGrad implements Backend.
func (Reference) AccumulateGrad(dw, dy, x []float32, rows, outDim, in int) {
	for n := 0; n < outDim; n++ {
		for k := 0; k < in; k++ {
			var s float32
			for t := 0; t < rows; t++ {
				s += dy[t*outDim+n] * x[t*in+k]
			}
			dw[n*in+k] += s
		}
	}
}

// SGMV implements Backend.
func (Reference) SGMV(out, x []float32, in, outDim int, segs []Segment) {
	for _, sg := range segs {
		tmp := make([]float32, sg.Rank)
		for t := sg.Start; t < sg.Start+sg.Rows; t++ {
			for r := 0; r < sg.Rank; r++ {
				var s float32
				for k := 0; k < in; k++ {
					s += x[t*in+k] * sg.A[r*in+k]
				}
				tmp[r] = s
			}
			for n := 0; n < outDim; n++ {
				var s float32
				for r := 0; r < sg.Rank; r++ {
					s += tmp[r] * sg.BT[r*outDim+n]
				}
				out[t*outDim+n] += sg.Scale * s
			}
		}
	}
}

// RMSNorm implements Backend.
func (Reference) RMSNorm(out, x, weight []float32, rows, dim int, eps float32) {
	for t := 0; t < rows; t++ {
		row := x[t*dim : (t+1)*dim]
		var ss float32
		for _, v := range row {
			ss += v * v
		}
		inv := float32(1 / math.Sqrt(float64(ss/float32(dim)+eps)))
		for i, v := range row {
			out[t*dim+i] = v * inv * weight[i]
		}
	}
}

// RoPE implements Backend.
func (Reference) RoPE(x []float32, rows, heads, headDim int, positions []int, cos, sin []float32) {
	half := headDim / 2
	for t := 0; t < rows; t++ {
		c := cos[positions[t]*half : (positions[t]+1)*half]
		s := sin[positions[t]*half : (positions[t]+1)*half]
		for h := 0; h < heads; h++ {
			v := x[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
			for i := 0; i < half; i++ {
				x1, x2 := v[i], v[i+half]
				v[i] = x1*c[i] - x2*s[i]
				v[i+half] = x2*c[i] + x1*s[i]
			}
		}
	}
}

// WriteKV implements Backend.
func (Reference) WriteKV(kv PagedKV, cacheRows []int, k, v []float32) {
	for t, r := range cacheRows {
		copy(kv.K[r*kv.KVDim:(r+1)*kv.KVDim], k[t*kv.KVDim:(t+1)*kv.KVDim])
		copy(kv.V[r*kv.KVDim:(r+1)*kv.KVDim], v[t*kv.KVDim:(t+1)*kv.KVDim])
	}
}

// Attention implements Backend.
func (Reference) Attention(out, q []float32, rows []AttnRow, kv PagedKV, heads, kvHeads, headDim int) {
	group := heads / kvHeads
	scale := float32(1 / math.Sqrt(float64(headDim)))
	for t, row := range rows {
		scores := make([]float32, row.Pos+1)
		for h := 0; h < heads; h++ {
			qh := q[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
			kvOff := (h / group) * headDim
			for j := 0; j <= row.Pos; j++ {
				base := kvRow(row.Pages, j, kv.PageSize)*kv.KVDim + kvOff
				var s float32
				for i := 0; i < headDim; i++ {
					s += qh[i] * kv.K[base+i]
				}
				scores[j] = s * scale
			}
			softmax(scores)
			o := out[(t*heads+h)*headDim : (t*heads+h+1)*headDim]
			clear(o)
			for j := 0; j <= row.Pos; j++ {
				base := kvRow(row.Pages, j, kv.PageSize)*kv.KVDim + kvOff
				for i := 0; i < headDim; i++ {
					o[i] += scores[j] * kv.V[base+i]
				}
			}
		}
	}
}

// SiLUMul implements Backend.
func (Reference) SiLUMul(gate, up []float32) {
	for i, g := range gate {
		gate[i] = g / (1 + float32(math.Exp(float64(-g)))) * up[i]
	}
}

// kvRow returns the cache row holding position pos of a sequence.
func kvRow(pages []int32, pos, pageSize int) int {
	return int(pages[pos/pageSize])*pageSize + pos%pageSize
}

// softmax normalises x in place.
func softmax(x []float32) {
	maxV := x[0]
	for _, v := range x[1:] {
		maxV = max(maxV, v)
	}
	var sum float32
	for i, v := range x {
		e := float32(math.Exp(float64(v - maxV)))
		x[i] = e
		sum += e
	}
	inv := 1 / sum
	for i := range x {
		x[i] *= inv
	}
}
