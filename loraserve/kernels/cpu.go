// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"
)

// CPU is the production CPU backend: goroutine-parallel, with each weight row
// loaded once and reused for every row of the batch. Its helper goroutines are
// started once and live as long as the process.
type CPU struct {
	workers int
	jobs    chan *job
}

// job is one parallel region: chunks of [0,n) claimed dynamically, so a helper
// that the OS schedules late does not hold the others up.
type job struct {
	fn      func(lo, hi int)
	n, size int
	next    atomic.Int64
	wg      sync.WaitGroup
}

func (j *job) run() {
	for {
		lo := int(j.next.Add(1)-1) * j.size
		if lo >= j.n {
			return
		}
		j.fn(lo, min(lo+j.size, j.n))
	}
}

var _ Backend = (*CPU)(nil)

// NewCPU returns a CPU backend using up to workers goroutines (0 means GOMAXPROCS).
func NewCPU(workers int) *CPU {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	c := &CPU{workers: workers, jobs: make(chan *job, workers)}
	for range workers - 1 {
		go func() {
			for j := range c.jobs {
				j.run()
				j.wg.Done()
			}
		}()
	}
	return c
}

// Name implements Backend.
func (c *CPU) Name() string { return "cpu" }

// minParallelWork is the multiply-add count below which splitting across
// goroutines costs more than it saves.
const minParallelWork = 1 << 15

// parallelFor runs fn over [0,n) in chunks on up to c.workers goroutines.
func (c *CPU) parallelFor(n int, work int, fn func(lo, hi int)) {
	c.parallelForAligned(n, 1, work, fn)
}

// parallelForAligned is parallelFor with every chunk starting at a multiple of
// align. MatMul aligns to its 4-row micro-kernel so that each output element is
// computed by the same instructions whatever the batch size or split: results
// are bitwise independent of batching.
func (c *CPU) parallelForAligned(n, align, work int, fn func(lo, hi int)) {
	if n == 0 {
		return
	}
	if work < minParallelWork || c.workers == 1 || n <= align {
		fn(0, n)
		return
	}
	chunks := min(c.workers*4, (n+align-1)/align)
	size := (n + chunks - 1) / chunks
	size = (size + align - 1) / align * align
	j := &job{fn: fn, n: n, size: size}
	helpers := min(c.workers-1, (n+size-1)/size-1)
	j.wg.Add(helpers)
	for range helpers {
		c.jobs <- j
	}
	j.run()
	j.wg.Wait()
}

// MatMul implements Backend.
func (c *CPU) MatMul(out, x []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	if w.DType == Q8_0 {
		c.matmulQ8(out, x, w, rows)
		return
	}
	if isQ4Type(w.DType) {
		c.matmulQ4(out, x, w, rows)
		return
	}
	if rows == 1 && hasGEMV8(w.DType) {
		c.parallelForAligned(outDim, 8, in*outDim, func(lo, hi int) { gemvBlock(out, x, w, lo, hi) })
		return
	}
	c.parallelForAligned(outDim, 4, rows*in*outDim, func(lo, hi int) {
		switch {
		case rows >= 6 && sixKernel():
			matmulTiled(out, x, w, rows, lo, hi)
		case w.DType == F32:
			matmulBlock(out, x, w.F32, rows, in, outDim, lo, hi)
		default:
			buf := getScratch(4 * in)
			defer putScratch(buf)
			matmulBlockDecoded(out, x, w, rows, lo, hi, *buf)
		}
	})
}

// gemvBlock computes output columns [lo,hi) for one input row (decoding)
// with the eight- and four-row GEMV kernels, reading weights as stored.
func gemvBlock(out, x []float32, w *Matrix, lo, hi int) {
	if w.DType == F16 || w.DType == BF16 {
		// Half precision: one row after another reads memory best.
		gemvRows(x, w, lo, out[lo:hi])
		return
	}
	n := lo
	var s8 [8]float32
	for ; n+8 <= hi; n += 8 {
		gemv8(x, w, n, &s8)
		copy(out[n:n+8], s8[:])
	}
	if n < hi {
		if w.DType == F32 {
			matmulBlock(out, x, w.F32, 1, w.Cols, w.Rows, n, hi)
			return
		}
		buf := getScratch(4 * w.Cols)
		defer putScratch(buf)
		matmulBlockDecoded(out, x, w, 1, n, hi, *buf)
	}
}

// panelBytes is the size of the block of weight rows (as float32) that
// matmulTiled keeps in the L2 cache while every batch row passes over it.
const panelBytes = 256 << 10

// matmulTiled computes output columns [lo,hi) for a large batch: the weight
// rows are taken in panels (decoded to float32 first for other dtypes) that
// stay in cache while groups of six batch rows run against each four of
// their rows. Every output gets dot4's arithmetic, as on the other paths.
func matmulTiled(out, x []float32, w *Matrix, rows, lo, hi int) {
	in := w.Cols
	panel := max(4, min(64, panelBytes/(4*in)/4*4))
	var buf *[]float32
	if w.DType != F32 {
		buf = getScratch(panel * in)
		defer putScratch(buf)
	}
	ws := make([][]float32, panel)
	for b := lo; b < hi; b += panel {
		e := min(b+panel, hi)
		for n := b; n < e; n++ {
			if w.DType == F32 {
				ws[n-b] = w.F32[n*in : (n+1)*in]
			} else {
				ws[n-b] = (*buf)[(n-b)*in : (n-b+1)*in]
				w.Row(n, ws[n-b])
			}
		}
		matmulPanel(out, x, rows, in, w.Rows, b, ws[:e-b])
	}
}

// matmulPanel sets output columns n0..n0+len(ws)-1 of every batch row.
func matmulPanel(out, x []float32, rows, in, outDim, n0 int, ws [][]float32) {
	var acc [24][16]float32
	var res [24]float32
	g4 := len(ws) &^ 3
	t := 0
	for ; t+6 <= rows && sixKernel(); t += 6 {
		xs := [6][]float32{x[t*in : (t+1)*in], x[(t+1)*in : (t+2)*in], x[(t+2)*in : (t+3)*in],
			x[(t+3)*in : (t+4)*in], x[(t+4)*in : (t+5)*in], x[(t+5)*in : (t+6)*in]}
		for g := 0; g < g4; g += 4 {
			dot4x6(&xs, &[4][]float32{ws[g], ws[g+1], ws[g+2], ws[g+3]}, &acc, &res)
			for r := range 6 {
				copy(out[(t+r)*outDim+n0+g:(t+r)*outDim+n0+g+4], res[4*r:4*r+4])
			}
		}
	}
	for g := 0; g < g4; g += 4 {
		matmul4(out, x, t, rows, in, outDim, n0+g, ws[g], ws[g+1], ws[g+2], ws[g+3])
	}
	for g := g4; g < len(ws); g++ {
		matmul1(out, x, rows, in, outDim, n0+g, ws[g])
	}
}

// matmulBlock computes output columns [lo,hi) of an F32 weight: four weight
// rows at a time, each streamed once against every batch row.
func matmulBlock(out, x, w []float32, rows, in, outDim, lo, hi int) {
	n := lo
	for ; n+4 <= hi; n += 4 {
		matmul4(out, x, 0, rows, in, outDim, n, w[n*in:(n+1)*in], w[(n+1)*in:(n+2)*in], w[(n+2)*in:(n+3)*in], w[(n+3)*in:(n+4)*in])
	}
	for ; n < hi; n++ {
		matmul1(out, x, rows, in, outDim, n, w[n*in:(n+1)*in])
	}
}

// matmulBlockDecoded is matmulBlock for a weight of any other dtype. For
// one or two batch rows the fused kernels read four weight rows in their
// stored type; otherwise four rows at a time are decoded to float32 in buf
// [4·in] and multiplied by the F32 kernels. Both give every output the F32
// arithmetic on the decoded weights, whatever the batch.
func matmulBlockDecoded(out, x []float32, w *Matrix, rows, lo, hi int, buf []float32) {
	in, outDim := w.Cols, w.Rows
	w0, w1, w2, w3 := buf[:in], buf[in:2*in], buf[2*in:3*in], buf[3*in:4*in]
	fused := rows <= 2 && hasGEMV(w.DType)
	n := lo
	for ; n+4 <= hi; n += 4 {
		if fused {
			var s [4]float32
			for t := range rows {
				gemv4(x[t*in:(t+1)*in], w, n, &s)
				copy(out[t*outDim+n:t*outDim+n+4], s[:])
			}
			continue
		}
		w.Row(n, w0)
		w.Row(n+1, w1)
		w.Row(n+2, w2)
		w.Row(n+3, w3)
		matmul4(out, x, 0, rows, in, outDim, n, w0, w1, w2, w3)
	}
	for ; n < hi; n++ {
		w.Row(n, w0)
		matmul1(out, x, rows, in, outDim, n, w0)
	}
}

// matmul4 sets output columns n..n+3 of batch rows [t0, rows) from four
// weight rows.
func matmul4(out, x []float32, t0, rows, in, outDim, n int, w0, w1, w2, w3 []float32) {
	t := t0
	if pairKernel() {
		var q [16]float32
		for ; t+4 <= rows; t += 4 {
			dot4x4([4][]float32{x[t*in : (t+1)*in], x[(t+1)*in : (t+2)*in], x[(t+2)*in : (t+3)*in], x[(t+3)*in : (t+4)*in]},
				[4][]float32{w0, w1, w2, w3}, &q)
			for r := range 4 {
				copy(out[(t+r)*outDim+n:(t+r)*outDim+n+4], q[4*r:4*r+4])
			}
		}
		var s [8]float32
		for ; t+2 <= rows; t += 2 {
			dot4x2(x[t*in:(t+1)*in], x[(t+1)*in:(t+2)*in], w0, w1, w2, w3, &s)
			copy(out[t*outDim+n:t*outDim+n+4], s[:4])
			copy(out[(t+1)*outDim+n:(t+1)*outDim+n+4], s[4:])
		}
	}
	for ; t < rows; t++ {
		s0, s1, s2, s3 := dot4(x[t*in:(t+1)*in], w0, w1, w2, w3)
		o := out[t*outDim+n : t*outDim+n+4]
		o[0], o[1], o[2], o[3] = s0, s1, s2, s3
	}
}

// matmul1 sets output column n of every batch row from one weight row, with
// dot4's arithmetic (the row repeated) so that an output column has the same
// bits whichever kernel computes it.
func matmul1(out, x []float32, rows, in, outDim, n int, wn []float32) {
	for t := 0; t < rows; t++ {
		out[t*outDim+n], _, _, _ = dot4(x[t*in:(t+1)*in], wn, wn, wn, wn)
	}
}

// MatMulT implements Backend: split over input columns; each chunk of W's
// columns [lo, hi) is transposed (decoded, for non-F32 dtypes) into a
// per-goroutine scratch [hi−lo, outDim] and multiplied by MatMul's
// micro-kernels. W is read once, and every output is a dot product over
// outDim in a fixed order, bitwise independent of batching and of the split.
func (c *CPU) MatMulT(out, dy []float32, w *Matrix, rows int) {
	in, outDim := w.Cols, w.Rows
	align := max(16, w.DType.BlockElems())
	c.parallelForAligned(in, align, rows*in*outDim, func(lo, hi int) {
		width := hi - lo
		buf := getScratch(width * outDim)
		defer putScratch(buf)
		wt := *buf
		var dec *[]float32
		if w.DType != F32 {
			dec = getScratch(width)
			defer putScratch(dec)
		}
		be, bb := w.DType.BlockElems(), w.DType.BlockBytes()
		for n := 0; n < outDim; n++ {
			var wn []float32
			if w.DType == F32 {
				wn = w.F32[n*in+lo : n*in+hi]
			} else {
				wn = (*dec)[:width]
				decode(w.DType, w.rawRow(n)[lo/be*bb:hi/be*bb], wn)
			}
			for k, v := range wn {
				wt[k*outDim+n] = v
			}
		}
		ws := make([][]float32, width)
		for k := range ws {
			ws[k] = wt[k*outDim : (k+1)*outDim]
		}
		matmulPanel(out, dy, rows, outDim, in, lo, ws)
	})
}

// AccumulateGrad implements Backend: split over rows of dw.
func (c *CPU) AccumulateGrad(dw, dy, x []float32, rows, outDim, in int) {
	c.parallelFor(outDim, rows*in*outDim, func(lo, hi int) {
		for n := lo; n < hi; n++ {
			row := dw[n*in : (n+1)*in]
			for t := 0; t < rows; t++ {
				axpy(row, dy[t*outDim+n], x[t*in:(t+1)*in])
			}
		}
	})
}

// scratch holds per-goroutine float32 buffers for decoded weight rows.
var scratch sync.Pool

func getScratch(n int) *[]float32 {
	if p, ok := scratch.Get().(*[]float32); ok && cap(*p) >= n {
		*p = (*p)[:n]
		return p
	}
	b := make([]float32, n)
	return &b
}

func putScratch(p *[]float32) { scratch.Put(p) }

// SGMV implements Backend.
func (c *CPU) SGMV(out, x []float32, in, outDim int, segs []Segment) {
	if len(segs) == 0 {
		return
	}
	// Shrink: tmp_seg = x_seg·Aᵀ, one task per segment.
	offs := make([]int, len(segs)+1)
	work := 0
	for i, sg := range segs {
		offs[i+1] = offs[i] + sg.Rows*sg.Rank
		work += sg.Rows * sg.Rank * in
	}
	tmp := make([]float32, offs[len(segs)])
	c.parallelFor(len(segs), work, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			sg := segs[i]
			matmulBlock(tmp[offs[i]:offs[i+1]], x[sg.Start*in:(sg.Start+sg.Rows)*in], sg.A, sg.Rows, in, sg.Rank, 0, sg.Rank)
		}
	})
	// Expand: out_seg += scale·tmp_seg·Bᵀ, split over output columns.
	work = 0
	for _, sg := range segs {
		work += sg.Rows * sg.Rank * outDim
	}
	for i, sg := range segs {
		for k := offs[i]; k < offs[i+1]; k++ {
			tmp[k] *= sg.Scale // coefficients of the expand step
		}
	}
	c.parallelForAligned(outDim, 16, work, func(lo, hi int) {
		for i, sg := range segs {
			r := sg.Rank
			for t := 0; t < sg.Rows; t++ {
				coef := tmp[offs[i]+t*r : offs[i]+(t+1)*r]
				o := out[(sg.Start+t)*outDim+lo : (sg.Start+t)*outDim+hi]
				expand(o, sg.BT[lo:], coef, outDim)
			}
		}
	})
}

// RMSNorm implements Backend.
func (c *CPU) RMSNorm(out, x, weight []float32, rows, dim int, eps float32) {
	c.parallelFor(rows, rows*dim, func(lo, hi int) {
		for t := lo; t < hi; t++ {
			row := x[t*dim : (t+1)*dim]
			ss := dot(row, row)
			inv := float32(1 / math.Sqrt(float64(ss/float32(dim)+eps)))
			o := out[t*dim : (t+1)*dim]
			for i, v := range row {
				o[i] = v * inv * weight[i]
			}
		}
	})
}

// RoPE implements Backend.
func (c *CPU) RoPE(x []float32, rows, heads, headDim int, positions []int, cos, sin []float32) {
	Reference{}.RoPE(x, rows, heads, headDim, positions, cos, sin)
}

// WriteKV implements Backend.
func (c *CPU) WriteKV(kv PagedKV, cacheRows []int, k, v []float32) {
	Reference{}.WriteKV(kv, cacheRows, k, v)
}

// SiLUMul implements Backend.
func (c *CPU) SiLUMul(gate, up []float32) {
	c.parallelForAligned(len(gate), 16, len(gate)*8, func(lo, hi int) {
		siluMul(gate[lo:hi], up[lo:hi])
	})
}

// expandTail is the portable expand for columns [from, len(y)).
func expandTail(y, bt, coef []float32, stride, from int) {
	for j := from; j < len(y); j++ {
		acc := y[j]
		for r, c := range coef {
			acc = float32(math.FMA(float64(c), float64(bt[r*stride+j]), float64(acc)))
		}
		y[j] = acc
	}
}

// expGo sets x[i] = e^x[i] (the portable exp).
func expGo(x []float32) {
	for i, v := range x {
		x[i] = float32(math.Exp(float64(v)))
	}
}

// siluMulGo sets gate[i] = silu(gate[i])·up[i] (the portable SiLU).
func siluMulGo(gate, up []float32) {
	for i, g := range gate {
		gate[i] = g / (1 + float32(math.Exp(float64(-g)))) * up[i]
	}
}

// axpyGo sets y += a·x.
func axpyGo(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}
