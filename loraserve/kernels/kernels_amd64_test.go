// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"math/rand/v2"
	"testing"
)

// TestPortableKernelsAgree runs MatMul and MatMulT with the assembly kernels
// switched off (the pure-Go fallbacks every platform has) and compares with
// the assembly results.
func TestPortableKernelsAgree(t *testing.T) {
	if !useAVX2 {
		t.Skip("no assembly kernels on this CPU")
	}
	r := rand.New(rand.NewPCG(21, 22))
	for _, dt := range allDTypes {
		for _, tc := range []struct{ rows, in, out int }{{1, 256, 12}, {5, 512, 9}, {16, 256, 33}} {
			w := quantized(t, r, dt, tc.out, tc.in)
			x := randVec(r, tc.rows*tc.in)
			dy := randVec(r, tc.rows*tc.out)
			fast, fastT := make([]float32, tc.rows*tc.out), make([]float32, tc.rows*tc.in)
			be := NewCPU(2)
			be.MatMul(fast, x, w, tc.rows)
			be.MatMulT(fastT, dy, w, tc.rows)
			func() {
				avx2, avx512 := useAVX2, useAVX512
				useAVX2, useAVX512 = false, false
				defer func() { useAVX2, useAVX512 = avx2, avx512 }()
				slow, slowT := make([]float32, len(fast)), make([]float32, len(fastT))
				be.MatMul(slow, x, w, tc.rows)
				be.MatMulT(slowT, dy, w, tc.rows)
				requireClose(t, slow, fast, 1e-4)
				requireClose(t, slowT, fastT, 1e-4)
			}()
		}
	}
}
