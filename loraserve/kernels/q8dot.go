// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"math"
	"sync"
)

// Q8_0 weights multiply activations that are themselves quantized to Q8_0
// blocks, as llama.cpp does, so the inner products are integer dot products
// (AVX-512 VNNI). The arithmetic, which every path follows (so results do
// not depend on batching), is:
//
//  1. each block of 32 activations: amax = max|x|, d = amax/127, id = 1/d
//     (0 when d is 0), q = round-half-even(x·id) as int8, and dx = d
//     rounded to binary16 (the value used below);
//  2. blocks are taken in pairs (a last odd block pairs with nothing); lane
//     i of 16 holds the int32 sum of four products q·qw: elements
//     4(i mod 8)…4(i mod 8)+3 of the pair's first block for i < 8, of its
//     second for i ≥ 8;
//  3. each lane is scaled by dw·dx of its block and accumulated with a fused
//     multiply-add into a 16-lane float32 accumulator, pair after pair;
//  4. the accumulator is reduced with HSUM512's additions.

// q8Act is one activation row quantized for Q8_0 weights.
type q8Act struct {
	qs  []int8    // [in] quantized values
	abs []byte    // [in] |qs|: the unsigned operand of VPDPBUSD
	dxv []float32 // [16 per pair] dx of the pair's first block ×8, second ×8
	// corr is −8·Σqs of every four elements, for Q4_0 weights (q4dot.go).
	corr []int32
}

func (a *q8Act) reset(in int) {
	pairs := (in/32 + 1) / 2
	if cap(a.qs) < in {
		a.qs, a.abs = make([]int8, in), make([]byte, in)
	}
	a.qs, a.abs = a.qs[:in], a.abs[:in]
	if cap(a.dxv) < 16*pairs {
		a.dxv = make([]float32, 16*pairs)
	}
	a.dxv = a.dxv[:16*pairs]
}

// quantizeActQ8Go fills a from x (len a multiple of 32) following step 1.
func quantizeActQ8Go(x []float32, a *q8Act) {
	a.reset(len(x))
	for b := 0; b < len(x)/32; b++ {
		blk := x[32*b : 32*b+32]
		var amax float32
		for _, v := range blk {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		d := amax / 127
		var id float32
		if d != 0 {
			id = 1 / d
		}
		for i, v := range blk {
			q := int8(math.RoundToEven(float64(v * id)))
			a.qs[32*b+i] = q
			if q < 0 {
				q = -q
			}
			a.abs[32*b+i] = byte(q)
		}
		dx := F16ToF32(F32ToF16(d))
		off := 16*(b/2) + 8*(b%2)
		for i := range 8 {
			a.dxv[off+i] = dx
		}
	}
	if nb := len(x) / 32; nb%2 == 1 {
		off := 16*(nb/2) + 8
		for i := range 8 {
			a.dxv[off+i] = 0
		}
	}
}

// fma32 returns a·b+c rounded once to float32, within the portable fallback's
// precision (float64 arithmetic, then float32).
func fma32(a, b, c float32) float32 {
	return float32(math.FMA(float64(a), float64(b), float64(c)))
}

// dotQ8Go is one output of the Q8_0 arithmetic in portable Go: activation a
// against a stored Q8_0 row.
func dotQ8Go(a *q8Act, row []byte) float32 {
	nb := len(a.qs) / 32
	var acc [16]float32
	for p := 0; p < (nb+1)/2; p++ {
		for i := range 16 {
			b := 2*p + i/8
			if b >= nb {
				continue // lanes of the missing block: 0·s leaves acc as it is
			}
			blk := row[34*b : 34*b+34]
			var lane int32
			for e := 4 * (i % 8); e < 4*(i%8)+4; e++ {
				lane += int32(a.qs[32*b+e]) * int32(int8(blk[2+e]))
			}
			s := F16ToF32(uint16(blk[0])|uint16(blk[1])<<8) * a.dxv[16*p+i]
			acc[i] = fma32(float32(lane), s, acc[i])
		}
	}
	return hsum16(&acc)
}

// hsum16 reduces a 16-lane accumulator with HSUM512's additions: lanes i and
// i+8, then i and i+4, then the two pairwise sums.
func hsum16(z *[16]float32) float32 {
	var v [8]float32
	for i := range v {
		v[i] = z[i] + z[i+8]
	}
	w0, w1, w2, w3 := v[0]+v[4], v[1]+v[5], v[2]+v[6], v[3]+v[7]
	return (w0 + w1) + (w2 + w3)
}

// q8Acts recycles prepared activation rows between calls (their buffers are
// reused, not reallocated per matmul).
var q8Acts sync.Pool

func getActs(rows int) *[]q8Act {
	if p, ok := q8Acts.Get().(*[]q8Act); ok {
		if len(*p) < rows {
			*p = append(*p, make([]q8Act, rows-len(*p))...)
		}
		return p
	}
	a := make([]q8Act, rows)
	return &a
}

// matmulQ8 computes out = x·Wᵀ for a Q8_0 weight with the arithmetic above:
// every activation row is quantized once, then the weight rows are taken
// eight at a time (each group read once while every activation row runs
// against it).
func (c *CPU) matmulQ8(out, x []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	pa := getActs(rows)
	defer q8Acts.Put(pa)
	acts := (*pa)[:rows]
	c.parallelFor(rows, rows*in*8, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			quantizeActQ8(x[t*in:(t+1)*in], &acts[t])
		}
	})
	rb := w.RowBytes()
	c.parallelForAligned(outDim, 8, rows*in*outDim, func(lo, hi int) {
		n := lo
		if hasQ8Kernel() {
			// One row: the rows one after another (a sequential read).
			// Batches: eight rows at a time, read once from memory and then
			// from cache for every activation row. Same arithmetic per output.
			if rows >= 4 && (in/32)%2 == 0 {
				n = matmulQ8Tiled(out, acts, w, lo, hi)
			}
			if rows > 1 {
				var s [8]float32
				for ; n+8 <= hi; n += 8 {
					for t := range rows {
						gemv8Q8(&acts[t], w.Raw[n*rb:(n+8)*rb], rb, &s)
						copy(out[t*outDim+n:t*outDim+n+8], s[:])
					}
				}
			}
			if n < hi {
				for t := range rows {
					gemvRowsQ8(&acts[t], w.Raw[n*rb:hi*rb], rb, out[t*outDim+n:t*outDim+hi])
				}
			}
			return
		}
		for ; n < hi; n++ {
			for t := range rows {
				out[t*outDim+n] = dotQ8Go(&acts[t], w.rawRow(n))
			}
		}
	})
}

// q8Panel is the number of weight rows matmulQ8Tiled keeps in cache while
// every group of four activation rows passes over them.
const q8Panel = 32

// matmulQ8Tiled computes output columns [lo, n) of a large batch with the
// tile kernels (the same arithmetic per output as the row kernels) and
// returns n, the first column left to the caller. Each panel of weight rows
// gets its weight side (corrections and scales) computed once, then every
// group of six activation rows passes over it.
func matmulQ8Tiled(out []float32, acts []q8Act, w *Matrix, lo, hi int) int {
	outDim, rows, rb := w.Rows, len(acts), w.RowBytes()
	pairs := w.Cols / 64
	var acc [24][16]float32
	var res [24]float32
	var acc4 [16][16]float32
	var res4 [16]float32
	ps := sidePool.Get().(*[]byte)
	defer sidePool.Put(ps)
	if need := q8Panel * pairs * 128; cap(*ps) < need {
		*ps = make([]byte, need)
	}
	side := (*ps)[:q8Panel*pairs*128]
	n := lo
	for ; n+4 <= hi; n += q8Panel {
		e := n + (min(hi, n+q8Panel)-n)&^3
		q8Side(w.Raw[n*rb:e*rb], rb, e-n, pairs, side)
		t := 0
		for ; t+6 <= rows; t += 6 {
			a := [6]*q8Act{&acts[t], &acts[t+1], &acts[t+2], &acts[t+3], &acts[t+4], &acts[t+5]}
			for k := n; k < e; k += 4 {
				tileQ8x6(&a, w.Raw[k*rb:(k+4)*rb], rb, side[(k-n)*pairs*128:(k-n+4)*pairs*128], &acc, &res)
				for r := range 6 {
					copy(out[(t+r)*outDim+k:(t+r)*outDim+k+4], res[4*r:4*r+4])
				}
			}
		}
		for ; t+4 <= rows; t += 4 {
			a := [4]*q8Act{&acts[t], &acts[t+1], &acts[t+2], &acts[t+3]}
			for k := n; k < e; k += 4 {
				tileQ8(&a, w.Raw[k*rb:(k+4)*rb], rb, &acc4, &res4)
				for r := range 4 {
					copy(out[(t+r)*outDim+k:(t+r)*outDim+k+4], res4[4*r:4*r+4])
				}
			}
		}
		for ; t < rows; t++ {
			gemvRowsQ8(&acts[t], w.Raw[n*rb:e*rb], rb, out[t*outDim+n:t*outDim+e])
		}
		if e < n+q8Panel {
			return e
		}
	}
	return n
}

// sidePool recycles the weight-side buffers of matmulQ8Tiled.
var sidePool = sync.Pool{New: func() any { return new([]byte) }}

// referenceQ8 is Reference.MatMul's Q8_0 arithmetic.
func referenceQ8(out, x []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	var a q8Act
	for t := range rows {
		quantizeActQ8Go(x[t*in:(t+1)*in], &a)
		for n := range outDim {
			out[t*outDim+n] = dotQ8Go(&a, w.rawRow(n))
		}
	}
}
