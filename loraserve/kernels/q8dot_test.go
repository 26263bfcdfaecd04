// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestQ8Activations checks the activation quantizer: vector and portable
// versions agree bit for bit, and the values follow llama.cpp's Q8_0
// (d = max|x|/127 kept as binary16, q = x/d rounded).
func TestQ8Activations(t *testing.T) {
	r := rand.New(rand.NewPCG(29, 30))
	for _, in := range []int{32, 96, 256, 1024} {
		x := randVec(r, in)
		x[0] = 0
		if in > 64 {
			clear(x[32:64]) // an all-zero block
		}
		var a, b q8Act
		quantizeActQ8Go(x, &a)
		quantizeActQ8(x, &b)
		require.Equal(t, a, b, "in=%d", in)
		for blk := 0; blk < in/32; blk++ {
			var amax float64
			for _, v := range x[32*blk : 32*blk+32] {
				amax = math.Max(amax, math.Abs(float64(v)))
			}
			dx := a.dxv[8*blk]
			require.InEpsilon(t, amax/127+1e-30, float64(dx)+1e-30, 1e-3, "block %d scale", blk)
			for i, v := range x[32*blk : 32*blk+32] {
				q := a.qs[32*blk+i]
				require.Equal(t, byte(max(q, -q)), a.abs[32*blk+i])
				if amax > 0 {
					require.InDelta(t, float64(v)/(amax/127), float64(q), 0.5001)
				}
			}
		}
	}
}

// TestQ8DotIsLlamaCppFormula compares the Q8_0 product with the formula
// llama.cpp evaluates, Σ_blocks dx·dw·Σ qx·qw (in float64).
func TestQ8DotIsLlamaCppFormula(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for _, in := range []int{32, 96, 512} {
		w := quantized(t, r, Q8_0, 9, in)
		x := randVec(r, 2*in)
		got := make([]float32, 2*9)
		NewCPU(2).MatMul(got, x, w, 2)
		for row := range 2 {
			var a q8Act
			quantizeActQ8Go(x[row*in:(row+1)*in], &a)
			for n := range 9 {
				raw := w.rawRow(n)
				var want float64
				for b := 0; b < in/32; b++ {
					dw := F16ToF32(uint16(raw[34*b]) | uint16(raw[34*b+1])<<8)
					var isum int64
					for e := range 32 {
						isum += int64(a.qs[32*b+e]) * int64(int8(raw[34*b+2+e]))
					}
					want += float64(dw) * float64(a.dxv[8*b]) * float64(isum)
				}
				require.InDelta(t, want, got[row*9+n], 1e-4*(1+math.Abs(want)), fmt.Sprintf("in=%d row=%d n=%d", in, row, n))
			}
		}
	}
}
