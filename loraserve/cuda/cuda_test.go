// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build cuda

package cuda

import (
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

func gpu(t testing.TB) *Backend {
	t.Helper()
	b, err := New()
	if errors.Is(err, ErrUnavailable) {
		t.Skipf("no GPU: %v", err)
	}
	require.NoError(t, err)
	t.Cleanup(func() { b.Close() })
	return b
}

func randVec(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return v
}

func requireClose(t *testing.T, want, got []float32, tol float64, what string) {
	t.Helper()
	for i := range want {
		if d := math.Abs(float64(want[i] - got[i])); d > tol*(1+math.Abs(float64(want[i]))) {
			t.Fatalf("%s[%d]: want %v got %v", what, i, want[i], got[i])
		}
	}
}

func TestKernelsMatchReference(t *testing.T) {
	b := gpu(t)
	ref := kernels.Reference{}
	r := rand.New(rand.NewPCG(1, 2))
	const rows, in, out = 7, 96, 80
	x, w := randVec(r, rows*in), kernels.NewF32Matrix(out, in, randVec(r, out*in))
	want, got := make([]float32, rows*out), make([]float32, rows*out)
	ref.MatMul(want, x, w, rows)
	b.MatMul(got, x, w, rows)
	requireClose(t, want, got, 1e-3, "matmul")
	for _, dt := range []kernels.DType{kernels.F16, kernels.BF16, kernels.Q8_0, kernels.Q4_0} {
		wq, err := kernels.Quantize(dt, out, in, w.F32)
		require.NoError(t, err)
		ref.MatMul(want, x, wq, rows)
		b.MatMul(got, x, wq, rows)
		tol := 1e-3
		if dt == kernels.Q8_0 {
			// The CPU backends quantize activations for Q8_0 (as llama.cpp
			// does); this backend multiplies the decoded weights in float32.
			tol = 3e-2
		}
		requireClose(t, want, got, tol, "matmul "+dt.String())
	}
	// The k-quants come in super-blocks of 256 columns.
	const kIn = 256
	xk, wk := randVec(r, rows*kIn), randVec(r, out*kIn)
	for _, dt := range []kernels.DType{kernels.Q4_K, kernels.Q6_K} {
		wq, err := kernels.Quantize(dt, out, kIn, wk)
		require.NoError(t, err)
		ref.MatMul(want, xk, wq, rows)
		b.MatMul(got, xk, wq, rows)
		requireClose(t, want, got, 1e-3, "matmul "+dt.String())
	}
	dy := randVec(r, rows*out)
	wantT, gotT := make([]float32, rows*in), make([]float32, rows*in)
	ref.MatMulT(wantT, dy, w, rows)
	b.MatMulT(gotT, dy, w, rows)
	requireClose(t, wantT, gotT, 1e-3, "matmulT")
	dwWant, dwGot := randVec(r, out*in), make([]float32, out*in)
	copy(dwGot, dwWant)
	ref.AccumulateGrad(dwWant, dy, x, rows, out, in)
	b.AccumulateGrad(dwGot, dy, x, rows, out, in)
	requireClose(t, dwWant, dwGot, 1e-3, "accumulate grad")

	segs := []kernels.Segment{
		{Start: 0, Rows: 2, Rank: 4, Scale: 0.5, A: randVec(r, 4*in), BT: randVec(r, 4*out)},
		{Start: 3, Rows: 3, Rank: 16, Scale: 2, A: randVec(r, 16*in), BT: randVec(r, 16*out)},
	}
	copy(got, want)
	ref.SGMV(want, x, in, out, segs)
	b.SGMV(got, x, in, out, segs)
	requireClose(t, want, got, 1e-3, "sgmv")

	const heads, kvHeads, hd, ps = 4, 2, 16, 4
	q := randVec(r, rows*heads*hd)
	wn := randVec(r, heads*hd)
	n1, n2 := make([]float32, len(q)), make([]float32, len(q))
	ref.RMSNorm(n1, q, wn, rows, heads*hd, 1e-5)
	b.RMSNorm(n2, q, wn, rows, heads*hd, 1e-5)
	requireClose(t, n1, n2, 1e-4, "rmsnorm")

	cos, sin := randVec(r, 32*hd/2), randVec(r, 32*hd/2)
	pos := []int{0, 3, 9, 1, 17, 5, 30}
	q1, q2 := append([]float32(nil), q...), append([]float32(nil), q...)
	ref.RoPE(q1, rows, heads, hd, pos, cos, sin)
	b.RoPE(q2, rows, heads, hd, pos, cos, sin)
	requireClose(t, q1, q2, 1e-4, "rope")

	kv := kernels.PagedKV{K: randVec(r, 16*ps*kvHeads*hd), V: randVec(r, 16*ps*kvHeads*hd), PageSize: ps, KVDim: kvHeads * hd}
	var arows []kernels.AttnRow
	for i, p := range pos {
		pages := make([]int32, p/ps+1)
		for j := range pages {
			pages[j] = int32((i*5 + j*3) % 16)
		}
		arows = append(arows, kernels.AttnRow{Pos: p, Pages: pages})
	}
	// Fill the device cache through WriteKV, row by row of every page.
	allRows := make([]int, len(kv.K)/kv.KVDim)
	for i := range allRows {
		allRows[i] = i
	}
	b.WriteKV(kv, allRows, kv.K, kv.V)
	ref.Attention(n1, q, arows, kv, heads, kvHeads, hd)
	b.Attention(n2, q, arows, kv, heads, kvHeads, hd)
	requireClose(t, n1, n2, 1e-3, "attention")

	g1, u := randVec(r, 1000), randVec(r, 1000)
	g2 := append([]float32(nil), g1...)
	ref.SiLUMul(g1, u)
	b.SiLUMul(g2, u)
	requireClose(t, g1, g2, 1e-4, "silu")
}

// TestModelMatchesCPU runs the generated model with an adapter on both
// backends and records the largest logit difference.
func TestModelMatchesCPU(t *testing.T) {
	b := gpu(t)
	dir := filepath.Join(t.TempDir(), "m")
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	cpu, err := model.Load(dir, model.Options{})
	require.NoError(t, err)
	defer cpu.Close()
	dev := cpu.WithBackend(b)
	a := testmodel.NewAdapter("a", cpu.Config, testmodel.AdapterSpec{Seed: 3, Rank: 8,
		Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
	toks := []int{5, 17, 300, 42, 7, 99, 250, 3, 61, 8, 120, 77}
	l1, err := cpu.Forward([]model.Entry{{Seq: cpu.KV.NewSequence(), Tokens: toks, Adapter: a}, {Seq: cpu.KV.NewSequence(), Tokens: toks[:5]}})
	require.NoError(t, err)
	l2, err := dev.Forward([]model.Entry{{Seq: dev.KV.NewSequence(), Tokens: toks, Adapter: a}, {Seq: dev.KV.NewSequence(), Tokens: toks[:5]}})
	require.NoError(t, err)
	var maxDiff float64
	for e := range l1 {
		for i := range l1[e] {
			maxDiff = math.Max(maxDiff, math.Abs(float64(l1[e][i]-l2[e][i])))
		}
	}
	t.Logf("max |logit cpu - logit cuda| = %.3g", maxDiff)
	require.Less(t, maxDiff, 1e-2)
}

// BenchmarkSGMVBandwidth reports the SGMV kernels' effective bandwidth (LoRA
// weight bytes read per second) next to a device-to-device copy of the same size.
func BenchmarkSGMVBandwidth(b *testing.B) {
	be := gpu(b)
	r := rand.New(rand.NewPCG(3, 4))
	const in, out, rank, nseg = 4096, 4096, 16, 64
	x := randVec(r, nseg*in)
	o := make([]float32, nseg*out)
	segs := make([]kernels.Segment, nseg)
	for i := range segs {
		segs[i] = kernels.Segment{Start: i, Rows: 1, Rank: rank, Scale: 1, A: randVec(r, rank*in), BT: randVec(r, rank*out)}
	}
	be.SGMV(o, x, in, out, segs) // upload weights once
	bytes := int64(nseg * rank * (in + out) * 4)
	b.Run("sgmv", func(b *testing.B) {
		b.SetBytes(bytes)
		for b.Loop() {
			be.SGMV(o, x, in, out, segs)
		}
	})
	b.Run("d2d-copy", func(b *testing.B) {
		be.begin() // context current on this thread for the raw driver calls
		defer be.end()
		src, dst := be.alloc(uint64(bytes)), be.alloc(uint64(bytes))
		b.SetBytes(bytes)
		for b.Loop() {
			be.must("copy", be.api.cuMemcpyDtoD(dst.ptr, src.ptr, uint64(bytes)))
			be.must("sync", be.api.cuCtxSynchronize())
		}
	})
}
