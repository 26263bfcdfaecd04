// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkSGMVvsMatMul compares one projection's base matmul over a 32-row
// batch with the LoRA delta of 32 different rank-16 adapters on the same rows.
func BenchmarkSGMVvsMatMul(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 9))
	const rows, in, out, rank = 32, 512, 512, 16
	x, w := randVec(r, rows*in), NewF32Matrix(out, in, randVec(r, in*out))
	o := make([]float32, rows*out)
	segs := make([]Segment, rows)
	for i := range segs {
		segs[i] = Segment{Start: i, Rows: 1, Rank: rank, Scale: 1, A: randVec(r, rank*in), BT: randVec(r, rank*out)}
	}
	be := NewCPU(0)
	for round := 0; round < 2; round++ {
		b.Run(fmt.Sprintf("matmul/%d", round), func(b *testing.B) {
			b.SetBytes(w.Bytes())
			for b.Loop() {
				be.MatMul(o, x, w, rows)
			}
		})
		b.Run(fmt.Sprintf("sgmv/%d", round), func(b *testing.B) {
			b.SetBytes(int64(4 * rows * rank * (in + out)))
			for b.Loop() {
				be.SGMV(o, x, in, out, segs)
			}
		})
	}
}
