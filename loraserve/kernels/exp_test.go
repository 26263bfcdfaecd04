// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExp checks the vector exp against math.Exp across its range (within 2
// float32 ulps) and that an element's result does not depend on the length
// of the slice it is in.
func TestExp(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	x := make([]float32, 4099)
	for i := range x {
		x[i] = float32(r.Float64()*170 - 85)
	}
	x[0], x[1], x[2], x[3] = 0, -1e-30, -100, 1
	got := append([]float32(nil), x...)
	expInPlace(got)
	for i, v := range x {
		want := math.Exp(float64(v))
		if want < 1e-37 {
			require.Less(t, float64(got[i]), 1e-36, "exp(%v)", v)
			continue
		}
		require.InEpsilon(t, want, float64(got[i]), 2.5e-7, "exp(%v)", v)
	}
	for _, n := range []int{1, 5, 16, 17, 33} {
		part := append([]float32(nil), x[:n]...)
		expInPlace(part)
		require.Equal(t, got[:n], part, "n=%d", n)
	}
	g, u := randVec(r, 37), randVec(r, 37)
	want := append([]float32(nil), g...)
	siluMulGo(want, u)
	siluMul(g, u)
	requireClose(t, want, g, 1e-6)
}

// TestAttentionBlocksAreInvariant attends 40 consecutive positions of one
// sequence in one call (blocks of rows), in chunks, and one row at a time:
// the outputs agree bit for bit, and with Reference within rounding.
func TestAttentionBlocksAreInvariant(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	const heads, kvHeads, hd, pageSize, n = 4, 2, 32, 8, 40
	kvDim := kvHeads * hd
	kv := PagedKV{K: randVec(r, 8*pageSize*kvDim), V: randVec(r, 8*pageSize*kvDim), PageSize: pageSize, KVDim: kvDim}
	pages := []int32{5, 2, 7, 0, 3}
	q := randVec(r, n*heads*hd)
	rows := make([]AttnRow, n)
	for i := range rows {
		rows[i] = AttnRow{Pos: i, Pages: pages}
	}
	for _, b := range backends {
		all := make([]float32, len(q))
		b.Attention(all, q, rows, kv, heads, kvHeads, hd)
		want := make([]float32, len(q))
		Reference{}.Attention(want, q, rows, kv, heads, kvHeads, hd)
		requireClose(t, want, all, 1e-5)
		for _, chunk := range []int{1, 7, 13} {
			got := make([]float32, len(q))
			for s := 0; s < n; s += chunk {
				e := min(s+chunk, n)
				b.Attention(got[s*heads*hd:e*heads*hd], q[s*heads*hd:e*heads*hd], rows[s:e], kv, heads, kvHeads, hd)
			}
			require.Equal(t, all, got, "%s chunks of %d", b.Name(), chunk)
		}
	}
}

func TestSoftmaxFast(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	for _, n := range []int{1, 2, 15, 16, 17, 31, 32, 33, 100, 513} {
		x := randVec(r, n)
		for i := range x {
			x[i] *= 10
		}
		want, got := append([]float32(nil), x...), append([]float32(nil), x...)
		softmax(want)
		softmaxFast(got)
		requireClose(t, want, got, 1e-6)
		var sum float64
		for _, v := range got {
			sum += float64(v)
		}
		require.InDelta(t, 1, sum, 1e-5, "n=%d", n)
	}
}
