// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func randVec(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return v
}

func requireClose(t testing.TB, want, got []float32, tol float64) {
	t.Helper()
	require.Equal(t, len(want), len(got))
	for i := range want {
		if d := math.Abs(float64(want[i] - got[i])); d > tol*(1+math.Abs(float64(want[i]))) {
			t.Fatalf("element %d: want %v got %v", i, want[i], got[i])
		}
	}
}

func TestDotKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 8, 9, 31, 32, 33, 64, 100, 513} {
		a, b := randVec(r, n), randVec(r, n)
		ws := [4][]float32{randVec(r, n), randVec(r, n), randVec(r, n), randVec(r, n)}
		var want float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
		}
		tol := 1e-4 * float64(n+1)
		require.InDelta(t, want, dot(a, b), tol, "dot n=%d", n)
		require.InDelta(t, want, dotGo(a, b), tol, "dotGo n=%d", n)
		y1, y2 := append([]float32(nil), b...), append([]float32(nil), b...)
		axpy(y1, 0.75, a)
		axpyGo(y2, 0.75, a)
		for i := range y1 {
			require.InDelta(t, float64(b[i])+0.75*float64(a[i]), y1[i], 1e-5, "axpy n=%d", n)
			require.InDelta(t, y2[i], y1[i], 1e-6, "axpy n=%d", n)
		}
		s0, s1, s2, s3 := dot4(a, ws[0], ws[1], ws[2], ws[3])
		// The two-row kernel is bit-identical to two one-row calls.
		var pair [8]float32
		dot4x2(a, b, ws[0], ws[1], ws[2], ws[3], &pair)
		b0, b1, b2, b3 := dot4(b, ws[0], ws[1], ws[2], ws[3])
		require.Equal(t, [8]float32{s0, s1, s2, s3, b0, b1, b2, b3}, pair, "dot4x2 n=%d", n)
		var quad [16]float32
		c, d := randVec(r, n), randVec(r, n)
		dot4x4([4][]float32{a, b, c, d}, ws, &quad)
		c0, c1, c2, c3 := dot4(c, ws[0], ws[1], ws[2], ws[3])
		d0, d1, d2, d3 := dot4(d, ws[0], ws[1], ws[2], ws[3])
		require.Equal(t, [16]float32{s0, s1, s2, s3, b0, b1, b2, b3, c0, c1, c2, c3, d0, d1, d2, d3}, quad, "dot4x4 n=%d", n)
		for k, s := range []float32{s0, s1, s2, s3} {
			require.InDelta(t, dotGo(a, ws[k]), s, tol, "dot4 n=%d k=%d", n, k)
		}
	}
}

var backends = []Backend{NewCPU(0), NewCPU(1)}

func TestMatMulAndSGMV(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct{ rows, in, out int }{{1, 8, 5}, {3, 33, 17}, {16, 128, 256}, {5, 256, 64}} {
		x := randVec(r, tc.rows*tc.in)
		w := NewF32Matrix(tc.out, tc.in, randVec(r, tc.out*tc.in))
		want := make([]float32, tc.rows*tc.out)
		Reference{}.MatMul(want, x, w, tc.rows)
		// Segments with mixed ranks and a gap (rows with no adapter).
		var segs []Segment
		for start, rank := 0, 1; start < tc.rows; start, rank = start+2, rank*2 {
			rows := min(1, tc.rows-start)
			segs = append(segs, Segment{Start: start, Rows: rows, Rank: rank, Scale: 0.5,
				A: randVec(r, rank*tc.in), BT: randVec(r, tc.out*rank)})
		}
		wantL := append([]float32(nil), want...)
		Reference{}.SGMV(wantL, x, tc.in, tc.out, segs)
		for _, b := range backends {
			t.Run(fmt.Sprintf("%s-%dx%dx%d", b.Name(), tc.rows, tc.in, tc.out), func(t *testing.T) {
				got := make([]float32, len(want))
				b.MatMul(got, x, w, tc.rows)
				requireClose(t, want, got, 1e-4)
				b.SGMV(got, x, tc.in, tc.out, segs)
				requireClose(t, wantL, got, 1e-4)
			})
		}
	}
}

func TestNormRopeAttention(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const rows, heads, kvHeads, headDim, pageSize = 4, 4, 2, 8, 4
	dim := heads * headDim
	x := randVec(r, rows*dim)
	weight := randVec(r, dim)
	half := headDim / 2
	cos, sin := make([]float32, 16*half), make([]float32, 16*half)
	for p := 0; p < 16; p++ {
		for i := 0; i < half; i++ {
			cos[p*half+i] = float32(math.Cos(float64(p) / float64(i+1)))
			sin[p*half+i] = float32(math.Sin(float64(p) / float64(i+1)))
		}
	}
	positions := []int{0, 5, 9, 3}
	kvDim := kvHeads * headDim
	kv := PagedKV{K: randVec(r, 8*pageSize*kvDim), V: randVec(r, 8*pageSize*kvDim), PageSize: pageSize, KVDim: kvDim}
	attnRows := []AttnRow{{Pos: 0, Pages: []int32{3}}, {Pos: 5, Pages: []int32{1, 6}}, {Pos: 9, Pages: []int32{0, 2, 7}}, {Pos: 3, Pages: []int32{5}}}
	for _, b := range backends {
		t.Run(b.Name(), func(t *testing.T) {
			want, got := make([]float32, len(x)), make([]float32, len(x))
			Reference{}.RMSNorm(want, x, weight, rows, dim, 1e-5)
			b.RMSNorm(got, x, weight, rows, dim, 1e-5)
			requireClose(t, want, got, 1e-5)

			// RMSNorm against the formula in float64.
			for i := 0; i < dim; i++ {
				var ss float64
				for _, v := range x[:dim] {
					ss += float64(v) * float64(v)
				}
				require.InDelta(t, float64(x[i])/math.Sqrt(ss/float64(dim)+1e-5)*float64(weight[i]), want[i], 1e-4)
			}

			wr, gr := append([]float32(nil), x...), append([]float32(nil), x...)
			Reference{}.RoPE(wr, rows, heads, headDim, positions, cos, sin)
			b.RoPE(gr, rows, heads, headDim, positions, cos, sin)
			requireClose(t, wr, gr, 1e-6)
			// Rotation keeps the norm of every (i, i+half) pair.
			for i := 0; i < half; i++ {
				n0 := x[dim+i]*x[dim+i] + x[dim+i+half]*x[dim+i+half]
				n1 := wr[dim+i]*wr[dim+i] + wr[dim+i+half]*wr[dim+i+half]
				require.InDelta(t, n0, n1, 1e-4)
			}

			Reference{}.Attention(want, x, attnRows, kv, heads, kvHeads, headDim)
			b.Attention(got, x, attnRows, kv, heads, kvHeads, headDim)
			requireClose(t, want, got, 1e-5)

			g1, u := randVec(r, 50), randVec(r, 50)
			g2 := append([]float32(nil), g1...)
			Reference{}.SiLUMul(g1, u)
			b.SiLUMul(g2, u)
			requireClose(t, g1, g2, 1e-6)
		})
	}
}

func BenchmarkMatMul(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	const in, out = 1024, 1024
	w := NewF32Matrix(out, in, randVec(r, in*out))
	for _, rows := range []int{1, 16} {
		x := randVec(r, rows*in)
		o := make([]float32, rows*out)
		for _, be := range []Backend{Reference{}, NewCPU(0)} {
			b.Run(fmt.Sprintf("%s-rows=%d", be.Name(), rows), func(b *testing.B) {
				b.SetBytes(w.Bytes()) // weight bytes streamed per call
				b.ReportAllocs()
				for b.Loop() {
					be.MatMul(o, x, w, rows)
				}
			})
		}
	}
}
