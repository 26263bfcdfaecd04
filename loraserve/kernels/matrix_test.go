// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

var allDTypes = []DType{F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K}

func TestHalfExhaustive(t *testing.T) {
	// Every finite half value survives widen+narrow exactly.
	for h := 0; h < 1<<16; h++ {
		u := uint16(h)
		if u&0x7c00 == 0x7c00 && u&0x3ff != 0 {
			continue // nan payloads are canonicalised
		}
		require.Equal(t, u, F32ToF16(F16ToF32(u)), "half %#04x", u)
	}
	require.Equal(t, uint16(0x3c00), F32ToF16(1))
	require.Equal(t, uint16(0x7c00), F32ToF16(1e6))
	require.Equal(t, uint16(0x3f80), F32ToBF16(1))
	require.Equal(t, float32(1), BF16ToF32(0x3f80))
}

// TestBlockLayouts decodes hand-built blocks of each quantized layout.
func TestBlockLayouts(t *testing.T) {
	// Q8_0: d = 0.5 (binary16 0x3800), q = i−16.
	q8 := []byte{0x00, 0x38}
	for i := range 32 {
		q8 = append(q8, byte(int8(i-16)))
	}
	// Q4_0: d = 2 (0x4000); byte i holds nibble i (element i) and 15−i
	// (element i+16).
	q4 := []byte{0x00, 0x40}
	for i := range 16 {
		q4 = append(q4, byte(i)|byte(15-i)<<4)
	}
	// Q4_K: d = 1 (0x3c00), dmin = 0.5 (0x3800); sub-block j has scale j+1
	// and min 2j (j ≥ 4 use the split encoding: scale 5..8, min 8..14), and
	// every nibble of sub-block j is j (so group g holds j=2g low, 2g+1 high).
	q4k := []byte{0x00, 0x3c, 0x00, 0x38}
	sc := [8]uint8{1, 2, 3, 4, 5, 6, 7, 40}
	mn := [8]uint8{0, 2, 4, 6, 8, 10, 12, 63}
	var s [12]byte
	for j := range 4 {
		s[j] = sc[j] | (sc[j+4]>>4)<<6
		s[j+4] = mn[j] | (mn[j+4]>>4)<<6
		s[j+8] = sc[j+4]&0xf | (mn[j+4]&0xf)<<4
	}
	q4k = append(q4k, s[:]...)
	for g := range 4 {
		for range 32 {
			q4k = append(q4k, byte(2*g)|byte(2*g+1)<<4)
		}
	}
	// Q6_K: d = 1, scale of group g (16 elements) g+1, element e has
	// q = e%64 (stored) so value (g+1)·(e%64−32). Element e of half h = e/128
	// takes nibble (e%128)/64 of ql[64h + e%64] and bit pair (e%128)/32 of
	// qh[32h + e%32].
	q6k := make([]byte, 210)
	for e := range 256 {
		q := byte(e % 64)
		h, r := e/128, e%128
		q6k[64*h+r%64] |= (q & 0xf) << (4 * (r / 64))
		q6k[128+32*h+r%32] |= (q >> 4) << (2 * (r / 32))
	}
	for g := range 16 {
		q6k[192+g] = byte(g + 1)
	}
	q6k[208], q6k[209] = 0x00, 0x3c
	for _, tc := range []struct {
		dt   DType
		raw  []byte
		want func(i int) float32
	}{
		{Q6_K, q6k, func(e int) float32 { return float32(e/16+1) * float32(e%64-32) }},
		{Q8_0, q8, func(i int) float32 { return 0.5 * float32(i-16) }},
		{Q4_0, q4, func(i int) float32 {
			if i < 16 {
				return 2 * float32(i-8)
			}
			return 2 * float32(15-(i-16)-8)
		}},
		{Q4_K, q4k, func(i int) float32 {
			j := i / 32
			return float32(sc[j])*float32(j) - 0.5*float32(mn[j])
		}},
	} {
		t.Run(tc.dt.String(), func(t *testing.T) {
			m, err := NewMatrix(tc.dt, 1, tc.dt.BlockElems(), tc.raw)
			require.NoError(t, err)
			got := m.Float32()
			for i, v := range got {
				require.Equal(t, tc.want(i), v, "element %d", i)
			}
		})
	}
}

// TestQuantizeError checks that each dtype's encoder stays within its
// expected relative error and that decoding a re-encoded matrix is stable.
func TestQuantizeError(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	const rows, cols = 8, 512
	data := randVec(r, rows*cols)
	for _, tc := range []struct {
		dt  DType
		tol float64 // RMS error relative to the RMS of the data
	}{{F32, 0}, {F16, 1e-3}, {BF16, 5e-3}, {Q8_0, 1e-2}, {Q4_0, 0.15}, {Q4_K, 0.15}, {Q6_K, 0.05}} {
		t.Run(tc.dt.String(), func(t *testing.T) {
			m, err := Quantize(tc.dt, rows, cols, data)
			require.NoError(t, err)
			require.Equal(t, int64(rows*cols/tc.dt.BlockElems()*tc.dt.BlockBytes()), m.Bytes())
			got := m.Float32()
			var num, den float64
			for i := range data {
				d := float64(got[i] - data[i])
				num += d * d
				den += float64(data[i]) * float64(data[i])
			}
			require.LessOrEqual(t, math.Sqrt(num/den), tc.tol)
			// Decoded values are representable: quantizing them again is lossless
			// for the float types and Q8_0.
			if tc.dt == F16 || tc.dt == BF16 || tc.dt == Q8_0 {
				again, err := Quantize(tc.dt, rows, cols, got)
				require.NoError(t, err)
				require.Equal(t, got, again.Float32())
			}
		})
	}
}

func TestMatrixErrors(t *testing.T) {
	_, err := NewMatrix(Q8_0, 2, 33, make([]byte, 2*34))
	require.ErrorIs(t, err, ErrMatrix)
	_, err = NewMatrix(Q8_0, 2, 32, make([]byte, 67))
	require.ErrorIs(t, err, ErrMatrix)
	_, err = NewMatrix(F32, 1, 1, make([]byte, 4))
	require.ErrorIs(t, err, ErrMatrix)
	_, err = Quantize(Q4_K, 1, 128, make([]float32, 128))
	require.ErrorIs(t, err, ErrMatrix)
	_, err = ParseDType("q3_k")
	require.ErrorIs(t, err, ErrMatrix)
	for _, dt := range allDTypes {
		got, err := ParseDType(dt.String())
		require.NoError(t, err)
		require.Equal(t, dt, got)
	}
}

// quantized returns w in dtype dt with the columns it needs: cols rounded up
// to dt's block.
func quantized(t testing.TB, r *rand.Rand, dt DType, rows, cols int) *Matrix {
	m, err := Quantize(dt, rows, cols, randVec(r, rows*cols))
	require.NoError(t, err)
	return m
}

// TestMatMulDTypes compares every backend with Reference for every dtype,
// and checks that batching does not change a row's result by a bit.
func TestMatMulDTypes(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for _, dt := range allDTypes {
		for _, tc := range []struct{ rows, in, out int }{{1, 256, 9}, {3, 512, 17}, {7, 256, 64}, {16, 768, 36}} {
			w := quantized(t, r, dt, tc.out, tc.in)
			x := randVec(r, tc.rows*tc.in)
			want := make([]float32, tc.rows*tc.out)
			Reference{}.MatMul(want, x, w, tc.rows)
			dy := randVec(r, tc.rows*tc.out)
			wantT := make([]float32, tc.rows*tc.in)
			Reference{}.MatMulT(wantT, dy, w, tc.rows)
			for _, b := range backends {
				t.Run(fmt.Sprintf("%s-%s-%dx%dx%d", dt, b.Name(), tc.rows, tc.in, tc.out), func(t *testing.T) {
					got := make([]float32, len(want))
					b.MatMul(got, x, w, tc.rows)
					requireClose(t, want, got, 1e-4)
					for row := range tc.rows {
						one := make([]float32, tc.out)
						b.MatMul(one, x[row*tc.in:(row+1)*tc.in], w, 1)
						require.Equal(t, got[row*tc.out:(row+1)*tc.out], one, "row %d alone", row)
					}
					gotT := make([]float32, len(wantT))
					b.MatMulT(gotT, dy, w, tc.rows)
					requireClose(t, wantT, gotT, 1e-4)
				})
			}
		}
	}
}

func TestAccumulateGrad(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	const rows, outDim, in = 5, 13, 70
	dy, x := randVec(r, rows*outDim), randVec(r, rows*in)
	base := randVec(r, outDim*in)
	want := append([]float32(nil), base...)
	Reference{}.AccumulateGrad(want, dy, x, rows, outDim, in)
	// Against the definition in float64.
	for n := range outDim {
		for k := range in {
			s := float64(base[n*in+k])
			for t := range rows {
				s += float64(dy[t*outDim+n]) * float64(x[t*in+k])
			}
			require.InDelta(t, s, want[n*in+k], 1e-4)
		}
	}
	for _, b := range backends {
		got := append([]float32(nil), base...)
		b.AccumulateGrad(got, dy, x, rows, outDim, in)
		requireClose(t, want, got, 1e-5)
	}
}

func TestMatMulTDefinition(t *testing.T) {
	// dy·W against the explicit transpose: MatMulT(dy, W) = MatMul(dy, Wᵀ).
	r := rand.New(rand.NewPCG(17, 18))
	const rows, outDim, in = 3, 6, 10
	w := randVec(r, outDim*in)
	wt := make([]float32, in*outDim)
	for n := range outDim {
		for k := range in {
			wt[k*outDim+n] = w[n*in+k]
		}
	}
	dy := randVec(r, rows*outDim)
	want, got := make([]float32, rows*in), make([]float32, rows*in)
	Reference{}.MatMul(want, dy, NewF32Matrix(in, outDim, wt), rows)
	Reference{}.MatMulT(got, dy, NewF32Matrix(outDim, in, w), rows)
	requireClose(t, want, got, 1e-5)
}

// TestFastDecodeIsExact checks the vector decoders against decodeRow bit for
// bit, on lengths with and without a tail.
func TestFastDecodeIsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	for _, dt := range allDTypes[1:] {
		for _, cols := range []int{256, 512, 768} {
			m := quantized(t, r, dt, 2, cols)
			want, got := make([]float32, cols), make([]float32, cols)
			decodeRow(dt, m.rawRow(1), want)
			decode(dt, m.rawRow(1), got)
			require.Equal(t, want, got, "%s cols=%d", dt, cols)
		}
	}
	// Every finite binary16 and a spread of bfloat16 values, with tails.
	for _, dt := range []DType{F16, BF16} {
		for _, n := range []int{1, 15, 16, 17, 100, 4096} {
			raw := make([]byte, 2*n)
			for i := range n {
				h := uint16(r.Uint32())
				if dt == F16 && h&0x7c00 == 0x7c00 {
					h &^= 0x4000 // no inf/nan: their payload handling is not part of the format
				}
				if dt == BF16 && h&0x7f80 == 0x7f80 {
					h &^= 0x4000
				}
				raw[2*i], raw[2*i+1] = byte(h), byte(h>>8)
			}
			want, got := make([]float32, n), make([]float32, n)
			decodeRow(dt, raw, want)
			decode(dt, raw, got)
			require.Equal(t, want, got, "%s n=%d", dt, n)
		}
	}
}

// TestOddWidths covers half-precision rows that are not a multiple of the
// vector width (the fused kernels' scalar tail).
func TestOddWidths(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	for _, dt := range []DType{F32, F16, BF16, Q8_0, Q4_0} {
		widths := []int{8, 40, 100}
		if dt.Quantized() {
			widths = []int{32, 96, 160}
		}
		for _, in := range widths {
			w := quantized(t, r, dt, 8, in)
			for _, rows := range []int{1, 2, 5} {
				x := randVec(r, rows*in)
				want, got := make([]float32, rows*8), make([]float32, rows*8)
				Reference{}.MatMul(want, x, w, rows)
				NewCPU(1).MatMul(got, x, w, rows)
				requireClose(t, want, got, 1e-4)
				for row := range rows {
					one := make([]float32, 8)
					NewCPU(1).MatMul(one, x[row*in:(row+1)*in], w, 1)
					require.Equal(t, got[row*8:(row+1)*8], one, "%s in=%d rows=%d row %d", dt, in, rows, row)
				}
			}
		}
	}
}
