// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"encoding/binary"
	"math"
	"sync"
)

// Q4_0, Q4_K and Q6_K weights multiply quantized activations too, as
// llama.cpp does: Q4_0 against the Q8_0 blocks of q8dot.go, the K-quants
// against Q8_K blocks. Every path (portable Go, AVX-512 row and tile
// kernels) follows this arithmetic, so results do not depend on batching:
//
//  1. Q8_K activations, per block of 256 as ggml's quantize_row_q8_K: m =
//     the value of largest magnitude, s = −127/m, q = min(127,
//     round-half-even(x·s)) as int8 and dx = 1/s (dx = 0 and q = 0 for an
//     all-zero block); Q4_0 uses q8dot.go's Q8_0 activations.
//  2. The row is taken 64 elements at a time (a Q4_0 pair of blocks, a
//     quarter of a K-quant super-block). Lane i of 16 holds the exact int32
//     sum over elements 4i…4i+3 of w·q, where w is the weight's small integer
//     (Q4_0: nibble−8, Q4_K: nibble, Q6_K: q−32).
//  3. Each lane is multiplied by its float32 scale s·dx, where s is the
//     weight scale of the lane's elements (Q4_0: the block's d; Q4_K:
//     d·scale of the sub-block; Q6_K: d·scale of the group of 16 — both
//     products exact in float32), and accumulated with a fused multiply-add
//     into a 16-lane accumulator; an odd last Q4_0 block leaves lanes 8–15
//     as they are.
//  4. The accumulator is reduced with HSUM512's additions (hsum16). Q4_K then
//     subtracts its mins: per super-block, lane k of 4 holds the exact
//     m₂ₖ·Σq(sub-block 2k) + m₂ₖ₊₁·Σq(sub-block 2k+1) and is fused into a
//     4-lane accumulator with scale dmin·dx; that accumulator is reduced as
//     (l0+l1)+(l2+l3) and subtracted.

// q8KAct is one activation row quantized to Q8_K blocks.
type q8KAct struct {
	qs   []int8    // [in]
	dx   []float32 // [in/256] block scales
	bsum []int16   // [in/32] Σq of every sub-block of 32 (Q4_K's mins)
	corr []int32   // [in/4] −32·Σq of every four elements (Q6_K's offset), or 0 for Q4_K
	dxv  []float32 // [in/4] dx per lane (the tile kernels' layout)
}

func (a *q8KAct) reset(in int) {
	if cap(a.qs) < in {
		a.qs = make([]int8, in)
		a.dx = make([]float32, in/256)
		a.bsum = make([]int16, in/32)
		a.corr = make([]int32, in/4)
		a.dxv = make([]float32, in/4)
	}
	a.qs, a.dx, a.bsum, a.corr, a.dxv = a.qs[:in], a.dx[:in/256], a.bsum[:in/32], a.corr[:in/4], a.dxv[:in/4]
}

// quantizeActQ8K fills a from x (len a multiple of 256) following step 1;
// offset is the weight's integer offset (32 for Q6_K, 0 for Q4_K), which
// sets corr.
func quantizeActQ8K(x []float32, a *q8KAct, offset int32) {
	a.reset(len(x))
	for b := 0; b < len(x)/256; b++ {
		blk := x[256*b : 256*b+256]
		var amax, m float32
		for _, v := range blk {
			if av := float32(math.Abs(float64(v))); av > amax {
				amax, m = av, v
			}
		}
		qs := a.qs[256*b : 256*b+256]
		if amax == 0 {
			clear(qs)
			a.dx[b] = 0
		} else {
			s := -127 / m
			for i, v := range blk {
				qs[i] = int8(min(127, math.RoundToEven(float64(s*v))))
			}
			a.dx[b] = 1 / s
		}
		for j := range 8 {
			var sum int16
			for _, q := range qs[32*j : 32*j+32] {
				sum += int16(q)
			}
			a.bsum[8*b+j] = sum
		}
		for k := range 64 {
			g := qs[4*k : 4*k+4]
			a.corr[64*b+k] = -offset * (int32(g[0]) + int32(g[1]) + int32(g[2]) + int32(g[3]))
			a.dxv[64*b+k] = a.dx[b]
		}
	}
}

// q8Corr sets a.corr to −8·Σq of every four elements (Q4_0's offset).
func q8Corr(a *q8Act) {
	n := len(a.qs) / 4
	if cap(a.corr) < n {
		a.corr = make([]int32, n)
	}
	a.corr = a.corr[:n]
	for k := range a.corr {
		g := a.qs[4*k : 4*k+4]
		a.corr[k] = -8 * (int32(g[0]) + int32(g[1]) + int32(g[2]) + int32(g[3]))
	}
}

func f16At(b []byte) float32 { return F16ToF32(binary.LittleEndian.Uint16(b)) }

// dotQ4_0Go is one output of the Q4_0 arithmetic in portable Go.
func dotQ4_0Go(a *q8Act, row []byte) float32 {
	nb := len(a.qs) / 32
	var acc [16]float32
	for p := 0; p < (nb+1)/2; p++ {
		for i := range 16 {
			b := 2*p + i/8
			if b >= nb {
				continue // lanes of the missing block: acc stays as it is
			}
			blk := row[18*b : 18*b+18]
			var lane int32
			for e := 4 * (i % 8); e < 4*(i%8)+4; e++ {
				nib := blk[2+e%16] >> (4 * (e / 16)) & 0xf
				lane += int32(a.qs[32*b+e]) * (int32(nib) - 8)
			}
			s := f16At(blk) * a.dxv[16*p+i]
			acc[i] = fma32(float32(lane), s, acc[i])
		}
	}
	return hsum16(&acc)
}

// dotQ4KGo is one output of the Q4_K arithmetic in portable Go.
func dotQ4KGo(a *q8KAct, row []byte) float32 {
	var acc [16]float32
	var macc [4]float32
	for b := range len(a.qs) / 256 {
		blk := row[144*b : 144*b+144]
		d, dmin, dx := f16At(blk), f16At(blk[2:]), a.dx[b]
		sc, mn := q4kScales(blk[4:16])
		for g := range 4 {
			q := blk[16+32*g : 48+32*g]
			for i := range 16 {
				j := 2*g + i/8
				var lane int32
				for e := 4 * (i % 8); e < 4*(i%8)+4; e++ {
					lane += int32(q[e]>>(4*(j%2))&0xf) * int32(a.qs[256*b+32*j+e])
				}
				s := float32(d*float32(sc[j])) * dx
				acc[i] = fma32(float32(lane), s, acc[i])
			}
		}
		sm := dmin * dx
		for k := range 4 {
			v := int32(mn[2*k])*int32(a.bsum[8*b+2*k]) + int32(mn[2*k+1])*int32(a.bsum[8*b+2*k+1])
			macc[k] = fma32(float32(v), sm, macc[k])
		}
	}
	return hsum16(&acc) - ((macc[0] + macc[1]) + (macc[2] + macc[3]))
}

// q6At returns the 6-bit q of element e (0…127) of a Q6_K half (ql: 64
// bytes, qh: 32 bytes).
func q6At(ql, qh []byte, e int) int32 {
	l, quarter := e%32, e/32
	lo := ql[l+32*(quarter%2)] >> (4 * (quarter / 2)) & 0xf
	hi := qh[l] >> (2 * quarter) & 3
	return int32(lo | hi<<4)
}

// dotQ6KGo is one output of the Q6_K arithmetic in portable Go.
func dotQ6KGo(a *q8KAct, row []byte) float32 {
	var acc [16]float32
	for b := range len(a.qs) / 256 {
		blk := row[210*b : 210*b+210]
		d, dx := f16At(blk[208:]), a.dx[b]
		for h := range 2 {
			ql, qh, sc := blk[64*h:64*h+64], blk[128+32*h:128+32*h+32], blk[192+8*h:192+8*h+8]
			for p := range 2 {
				for i := range 16 {
					e0 := 64*p + 4*i
					var lane int32
					for e := e0; e < e0+4; e++ {
						lane += (q6At(ql, qh, e) - 32) * int32(a.qs[256*b+128*h+e])
					}
					s := float32(d*float32(int8(sc[e0/16]))) * dx
					acc[i] = fma32(float32(lane), s, acc[i])
				}
			}
		}
	}
	return hsum16(&acc)
}

// isQ4Type reports whether MatMul of dt goes through this file.
func isQ4Type(dt DType) bool { return dt == Q4_0 || dt == Q4_K || dt == Q6_K }

// q4Acts holds one matmul's quantized activation rows.
type q4Acts struct {
	q8 []q8Act  // Q4_0
	qk []q8KAct // Q4_K, Q6_K
}

var q4ActPool = sync.Pool{New: func() any { return new(q4Acts) }}

// quantizeActs quantizes rows of x for weight dtype dt (one goroutine per
// chunk of rows).
func (c *CPU) quantizeActs(x []float32, dt DType, in, rows int) *q4Acts {
	acts := q4ActPool.Get().(*q4Acts)
	if dt == Q4_0 {
		if len(acts.q8) < rows {
			acts.q8 = append(acts.q8, make([]q8Act, rows-len(acts.q8))...)
		}
	} else if len(acts.qk) < rows {
		acts.qk = append(acts.qk, make([]q8KAct, rows-len(acts.qk))...)
	}
	c.parallelFor(rows, rows*in*8, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			quantizeActFor(dt, x[t*in:(t+1)*in], acts, t)
		}
	})
	return acts
}

func quantizeActFor(dt DType, x []float32, acts *q4Acts, t int) {
	switch dt {
	case Q4_0:
		quantizeActQ8(x, &acts.q8[t])
		q8Corr(&acts.q8[t])
	case Q4_K:
		quantizeActQ8K(x, &acts.qk[t], 0)
	case Q6_K:
		quantizeActQ8K(x, &acts.qk[t], 32)
	}
}

// dotQ4Go is one output of dt's arithmetic for activation row t.
func dotQ4Go(dt DType, acts *q4Acts, t int, row []byte) float32 {
	switch dt {
	case Q4_0:
		return dotQ4_0Go(&acts.q8[t], row)
	case Q4_K:
		return dotQ4KGo(&acts.qk[t], row)
	default:
		return dotQ6KGo(&acts.qk[t], row)
	}
}

// matmulQ4 computes out = x·Wᵀ for Q4_0, Q4_K and Q6_K weights with the
// arithmetic above: every activation row is quantized once; then one row
// reads the weight rows one after the other, small batches take eight
// weight rows at a time (read from memory once, then from cache for every
// activation row), and large batches go through the tile kernels.
func (c *CPU) matmulQ4(out, x []float32, w *Matrix, rows int) {
	in, outDim, dt := w.Cols, w.Rows, w.DType
	acts := c.quantizeActs(x, dt, in, rows)
	defer q4ActPool.Put(acts)
	rb := w.RowBytes()
	c.parallelForAligned(outDim, 8, rows*in*outDim, func(lo, hi int) {
		if !hasQ4Kernel() {
			for n := lo; n < hi; n++ {
				for t := range rows {
					out[t*outDim+n] = dotQ4Go(dt, acts, t, w.rawRow(n))
				}
			}
			return
		}
		n := lo
		if rows >= q4TileRows && hasQ4Tile() && (dt != Q4_0 || (in/32)%2 == 0) {
			n = matmulQ4Tiled(out, acts, w, rows, lo, hi)
		}
		if n == hi {
			return
		}
		step := hi - n
		if rows > 1 {
			step = 8
		}
		for ; n < hi; n += step {
			e := min(hi, n+step)
			for t := range rows {
				gemvRowsQ4(dt, acts, t, w.Raw[n*rb:e*rb], rb, out[t*outDim+n:t*outDim+e])
			}
		}
	})
}

// referenceQ4 is Reference.MatMul's arithmetic for Q4_0, Q4_K and Q6_K
// (portable Go only).
func referenceQ4(out, x []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	acts := &q4Acts{q8: make([]q8Act, 1), qk: make([]q8KAct, 1)}
	for t := range rows {
		row := x[t*in : (t+1)*in]
		if w.DType == Q4_0 {
			quantizeActQ8Go(row, &acts.q8[0])
			q8Corr(&acts.q8[0])
		} else {
			quantizeActFor(w.DType, row, acts, 0)
		}
		for n := range outDim {
			out[t*outDim+n] = dotQ4Go(w.DType, acts, 0, w.rawRow(n))
		}
	}
}

// q4TileRows is the batch from which matmulQ4 uses the tile kernels (below
// it, unpacking each weight row once per activation row costs less than
// writing the weight side).
const q4TileRows = 6

// q4Panel is the number of weight rows matmulQ4Tiled unpacks into the side
// buffer while every group of six activation rows passes over them.
const q4Panel = 32

// q4Side holds matmulQ4Tiled's weight side and Q4_K mins for one panel.
type q4SideBuf struct{ side, mins []byte }

var q4SidePool = sync.Pool{New: func() any { return new(q4SideBuf) }}

// matmulQ4Tiled computes output columns [lo, n) of a batch with the tile
// kernels and returns n, the first column left to the caller. Each panel of
// weight rows is unpacked once into the side buffer (small integers and lane
// scales), then every group of six activation rows passes over it; rows
// left over take the row kernel. Same arithmetic per output as the row
// kernels.
func matmulQ4Tiled(out []float32, acts *q4Acts, w *Matrix, rows, lo, hi int) int {
	dt, outDim, rb := w.DType, w.Rows, w.RowBytes()
	pairs := w.Cols / 64
	buf := q4SidePool.Get().(*q4SideBuf)
	defer q4SidePool.Put(buf)
	if need := q4Panel * pairs * 128; cap(buf.side) < need {
		buf.side = make([]byte, need)
		buf.mins = make([]byte, q4Panel*pairs*8)
	}
	side, mins := buf.side[:q4Panel*pairs*128], buf.mins[:q4Panel*pairs*8]
	var acc [24][16]float32
	var res [24]float32
	n := lo
	for ; n+4 <= hi; n += q4Panel {
		e := n + (min(hi, n+q4Panel)-n)&^3
		q4Side(dt, w.Raw[n*rb:e*rb], rb, e-n, pairs, side, mins)
		t := 0
		for ; t+6 <= rows; t += 6 {
			for k := n; k < e; k += 4 {
				tileQ4x6(dt, acts, t, side[(k-n)*pairs*128:(k-n+4)*pairs*128], pairs, &acc, &res)
				for r := range 6 {
					copy(out[(t+r)*outDim+k:(t+r)*outDim+k+4], res[4*r:4*r+4])
				}
			}
			if dt == Q4_K {
				for r := t; r < t+6; r++ {
					q4KMins(&acts.qk[r], mins[:(e-n)*pairs*8], out[r*outDim+n:r*outDim+e])
				}
			}
		}
		for ; t < rows; t++ {
			gemvRowsQ4(dt, acts, t, w.Raw[n*rb:e*rb], rb, out[t*outDim+n:t*outDim+e])
		}
		if e < n+q4Panel {
			return e
		}
	}
	return n
}
