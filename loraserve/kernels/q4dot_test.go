// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var q4Types = []DType{Q4_0, Q4_K, Q6_K}

// TestQ8KActivations checks the Q8_K quantizer against ggml's
// quantize_row_q8_K: s = −127/m for the value m of largest magnitude, q =
// min(127, round(x·s)), d = 1/s, and the sums the kernels use.
func TestQ8KActivations(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	x := randVec(r, 768)
	clear(x[256:512]) // an all-zero block
	x[600] = -3       // the extreme of its block: q = −127 whatever its sign
	var a q8KAct
	quantizeActQ8K(x, &a, 32)
	for b := range 3 {
		blk := x[256*b : 256*b+256]
		var amax, m float32
		for _, v := range blk {
			if float32(math.Abs(float64(v))) > amax {
				amax, m = float32(math.Abs(float64(v))), v
			}
		}
		if amax == 0 {
			require.Zero(t, a.dx[b])
			require.Equal(t, make([]int8, 256), a.qs[256*b:256*b+256])
			continue
		}
		s := -127 / m
		require.Equal(t, 1/s, a.dx[b])
		for i, v := range blk {
			want := min(127, int(math.RoundToEven(float64(s*v))))
			require.Equal(t, int8(want), a.qs[256*b+i], "block %d element %d", b, i)
		}
	}
	require.Equal(t, int8(-127), a.qs[600])
	for j := range a.bsum {
		var sum int
		for _, q := range a.qs[32*j : 32*j+32] {
			sum += int(q)
		}
		require.Equal(t, int16(sum), a.bsum[j])
	}
	for k := range a.corr {
		q := a.qs[4*k : 4*k+4]
		require.Equal(t, int32(-32*(int(q[0])+int(q[1])+int(q[2])+int(q[3]))), a.corr[k])
		require.Equal(t, a.dx[k/64], a.dxv[k])
	}
}

// weightInts returns the integer weight of every element of a stored row and
// its float64 scale (element value = s·w − m, m the Q4_K min).
func weightInts(dt DType, row []byte, in int) (w []int, s, m []float64) {
	w, s, m = make([]int, in), make([]float64, in), make([]float64, in)
	for e := range in {
		switch dt {
		case Q4_0:
			blk := row[18*(e/32):]
			i := e % 32
			w[e] = int(blk[2+i%16]>>(4*(i/16))&0xf) - 8
			s[e] = float64(f16At(blk))
		case Q4_K:
			blk := row[144*(e/256):]
			i := e % 256
			sc, mn := q4kScales(blk[4:16])
			j := i / 32
			w[e] = int(blk[16+32*(j/2)+i%32] >> (4 * (j % 2)) & 0xf)
			s[e] = float64(f16At(blk)) * float64(sc[j])
			m[e] = float64(f16At(blk[2:])) * float64(mn[j])
		case Q6_K:
			blk := row[210*(e/256):]
			i := e % 256
			h := i / 128
			w[e] = int(q6At(blk[64*h:], blk[128+32*h:], i%128)) - 32
			s[e] = float64(f16At(blk[208:])) * float64(int8(blk[192+i/16]))
		}
	}
	return w, s, m
}

// TestQ4DotIsLlamaCppFormula compares every output of MatMul with the sum
// llama.cpp's kernels evaluate, Σ dx·(s·Σ w·q − m·Σq) over the blocks, in
// float64: the integer weights and quantized activations are the same, only
// the float32 rounding of the scales and sums differs.
func TestQ4DotIsLlamaCppFormula(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 44))
	for _, dt := range q4Types {
		for _, in := range []int{256, 512, 1280} {
			const rows, out = 7, 10
			w := quantized(t, r, dt, out, in)
			x := randVec(r, rows*in)
			got := make([]float32, rows*out)
			NewCPU(2).MatMul(got, x, w, rows)
			for row := range rows {
				acts := &q4Acts{q8: make([]q8Act, 1), qk: make([]q8KAct, 1)}
				quantizeActFor(dt, x[row*in:(row+1)*in], acts, 0)
				for n := range out {
					wi, s, m := weightInts(dt, w.rawRow(n), in)
					var want float64
					for e := range in {
						var q, dx float64
						if dt == Q4_0 {
							q, dx = float64(acts.q8[0].qs[e]), float64(acts.q8[0].dxv[16*(e/64)+8*(e/32%2)])
						} else {
							q, dx = float64(acts.qk[0].qs[e]), float64(acts.qk[0].dx[e/256])
						}
						want += dx * (s[e]*float64(wi[e]) - m[e]) * q
					}
					require.InDelta(t, want, got[row*out+n], 2e-5*(1+math.Abs(want)), "%s in=%d row=%d n=%d", dt, in, row, n)
				}
			}
		}
	}
}

// TestQ4DotWithinLlamaCppTolerance is llama.cpp's test-quantize-fns check
// of vec_dot: quantized weights against quantized activations differ from
// the float dot product of the unquantized vectors by less than 0.02 per
// element (MAX_DOT_PRODUCT_ERROR), on its test data and on random data.
func TestQ4DotWithinLlamaCppTolerance(t *testing.T) {
	const n = 32 * 128
	cosData := func(off float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(0.1 + 2*math.Cos(float64(i)+off))
		}
		return v
	}
	r := rand.New(rand.NewPCG(45, 46))
	for _, dt := range q4Types {
		for name, data := range map[string][2][]float32{"llama.cpp": {cosData(0), cosData(1)}, "random": {randVec(r, n), randVec(r, n)}} {
			w, err := Quantize(dt, 1, n, data[0])
			require.NoError(t, err)
			var got [1]float32
			NewCPU(1).MatMul(got[:], data[1], w, 1)
			var ref float64
			for i := range n {
				ref += float64(data[0][i]) * float64(data[1][i])
			}
			errPer := math.Abs(float64(got[0])-ref) / n
			t.Logf("%s %s: dot %.4f, float dot %.4f, error per element %.2g", dt, name, got[0], ref, errPer)
			require.Less(t, errPer, 0.02)
		}
	}
}

// testQ4KernelsMatchPortable compares the kernels MatMul picks with the
// portable Go arithmetic (Reference), bit for bit.
func testQ4KernelsMatchPortable(t *testing.T) {
	r := rand.New(rand.NewPCG(47, 48))
	for _, dt := range q4Types {
		ins := []int{256, 1024}
		if dt == Q4_0 {
			ins = append(ins, 32, 96, 160)
		}
		for _, in := range ins {
			for _, tc := range []struct{ rows, out int }{{1, 37}, {5, 16}, {13, 70}} {
				t.Run(fmt.Sprintf("%s-%dx%dx%d", dt, tc.rows, in, tc.out), func(t *testing.T) {
					w := quantized(t, r, dt, tc.out, in)
					x := randVec(r, tc.rows*in)
					x[3] = 0 // zero activations and
					if in >= 512 {
						clear(x[256:512]) // an all-zero block
					}
					fast, slow := make([]float32, tc.rows*tc.out), make([]float32, tc.rows*tc.out)
					NewCPU(2).MatMul(fast, x, w, tc.rows)
					Reference{}.MatMul(slow, x, w, tc.rows)
					require.Equal(t, slow, fast)
				})
			}
		}
	}
}

// processCPU returns the CPU time the process has used (user + system).
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMatMulQuantized multiplies a d1024 model's up projection in each
// quantized type, one thread, for one row (decoding) and batches.
func BenchmarkMatMulQuantized(b *testing.B) {
	r := rand.New(rand.NewPCG(49, 50))
	const in, out = 1024, 2816
	for _, dt := range []DType{Q8_0, Q4_0, Q4_K, Q6_K} {
		w := quantized(b, r, dt, out, in)
		for _, rows := range []int{1, 8, 64, 512} {
			x := randVec(r, rows*in)
			o := make([]float32, rows*out)
			be := NewCPU(1)
			b.Run(fmt.Sprintf("%s-rows=%d", dt, rows), func(b *testing.B) {
				b.SetBytes(w.Bytes())
				cpu0 := processCPU(b)
				for b.Loop() {
					be.MatMul(o, x, w, rows)
				}
				// The machine may be shared: CPU time per call is the steadier figure.
				b.ReportMetric(float64(processCPU(b)-cpu0)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}
