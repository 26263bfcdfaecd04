// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package cuda

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/kernels"
)

// TestKernelsEmulated compiles kernels.cu as C++ with a one-thread-per-block
// shim (testdata/emulate.cc) and checks every kernel's indexing against the
// reference kernels. It needs a C++ compiler, not a GPU; the real launch runs
// in TestKernelsMatchReference under -tags cuda on a GPU machine.
func TestKernelsEmulated(t *testing.T) {
	cxx, err := exec.LookPath("g++")
	if err != nil {
		t.Skip("g++ not found: the CUDA kernel emulation needs a C++ compiler")
	}
	bin := filepath.Join(t.TempDir(), "emulate")
	out, err := exec.Command(cxx, "-O1", "-std=c++17", "-o", bin, "testdata/emulate.cc").CombinedOutput()
	require.NoError(t, err, "%s", out)
	r := rand.New(rand.NewPCG(5, 5))
	ref := kernels.Reference{}
	run := func(kernel string, params []float64, inputs map[string]any) []float32 {
		dir := t.TempDir()
		for name, v := range inputs {
			var b []byte
			switch v := v.(type) {
			case []float32:
				for _, f := range v {
					b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f))
				}
			case []int32:
				for _, x := range v {
					b = binary.LittleEndian.AppendUint32(b, uint32(x))
				}
			}
			require.NoError(t, os.WriteFile(filepath.Join(dir, name+".bin"), b, 0o644))
		}
		var ps []string
		for _, p := range params {
			ps = append(ps, fmt.Sprint(p))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, "params"), []byte(strings.Join(ps, " ")), 0o644))
		out, err := exec.Command(bin, kernel, dir).CombinedOutput()
		require.NoError(t, err, "%s: %s", kernel, out)
		raw, err := os.ReadFile(filepath.Join(dir, "out.bin"))
		require.NoError(t, err)
		res := make([]float32, len(raw)/4)
		for i := range res {
			res[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		return res
	}
	vec := func(n int) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(r.NormFloat64())
		}
		return v
	}
	near := func(name string, want, got []float32) {
		require.Len(t, got, len(want), name)
		for i := range want {
			if d := math.Abs(float64(want[i] - got[i])); d > 1e-4*(1+math.Abs(float64(want[i]))) {
				t.Fatalf("%s[%d]: want %v got %v", name, i, want[i], got[i])
			}
		}
	}

	const rows, heads, kvHeads, hd, ps = 5, 4, 2, 8, 4
	dim := heads * hd
	x, w := vec(rows*dim), vec(dim)
	want := make([]float32, len(x))
	ref.RMSNorm(want, x, w, rows, dim, 1e-5)
	near("rmsnorm", want, run("rmsnorm", []float64{rows, float64(dim), 1e-5}, map[string]any{"x": x, "w": w}))

	pos := []int{0, 3, 9, 1, 14}
	pos32 := []int32{0, 3, 9, 1, 14}
	cos, sin := vec(16*hd/2), vec(16*hd/2)
	rq := append([]float32(nil), x...)
	ref.RoPE(rq, rows, heads, hd, pos, cos, sin)
	near("rope", rq, run("rope", []float64{rows, heads, hd}, map[string]any{"x": x, "pos": pos32, "cos": cos, "sin": sin}))

	kvDim := kvHeads * hd
	kv := kernels.PagedKV{K: vec(8 * ps * kvDim), V: vec(8 * ps * kvDim), PageSize: ps, KVDim: kvDim}
	var arows []kernels.AttnRow
	var pages, offs []int32
	for i, p := range pos {
		pt := make([]int32, p/ps+1)
		for j := range pt {
			pt[j] = int32((i*3 + j*5) % 8)
		}
		offs = append(offs, int32(len(pages)))
		pages = append(pages, pt...)
		arows = append(arows, kernels.AttnRow{Pos: p, Pages: pt})
	}
	ref.Attention(want, x, arows, kv, heads, kvHeads, hd)
	near("attention", want, run("attention", []float64{rows, heads, kvHeads, hd, ps, float64(kvDim)},
		map[string]any{"q": x, "k": kv.K, "v": kv.V, "pos": pos32, "off": offs, "pages": pages}))

	nk := vec(3 * kvDim)
	nv := vec(3 * kvDim)
	cacheRows := []int{7, 0, 30}
	slab := kernels.PagedKV{K: make([]float32, 8*ps*kvDim), V: make([]float32, 8*ps*kvDim), PageSize: ps, KVDim: kvDim}
	ref.WriteKV(slab, cacheRows, nk, nv)
	near("kv_write", append(slab.K, slab.V...), run("kv_write", []float64{3, float64(kvDim), float64(len(slab.K))},
		map[string]any{"k": nk, "v": nv, "rows": []int32{7, 0, 30}}))

	g, u := vec(300), vec(300)
	gw := append([]float32(nil), g...)
	ref.SiLUMul(gw, u)
	near("silu_mul", gw, run("silu_mul", nil, map[string]any{"g": g, "u": u}))

	const in, outDim = 24, 40
	sx, sout := vec(rows*in), vec(rows*outDim)
	segs := []kernels.Segment{
		{Start: 0, Rows: 2, Rank: 3, Scale: 0.5, A: vec(3 * in), BT: vec(3 * outDim)},
		{Start: 3, Rows: 2, Rank: 5, Scale: 2, A: vec(5 * in), BT: vec(5 * outDim)},
	}
	var start, nrows, rank, toff, aoff, btoff []int32
	var scale, allA, allBT []float32
	rowSeg, rowIdx := []int32{-1, -1, -1, -1, -1}, make([]int32, rows)
	t0 := int32(0)
	for i, s := range segs {
		start, nrows, rank, toff = append(start, int32(s.Start)), append(nrows, int32(s.Rows)), append(rank, int32(s.Rank)), append(toff, t0)
		aoff, btoff = append(aoff, int32(len(allA))), append(btoff, int32(len(allBT)))
		allA, allBT, scale = append(allA, s.A...), append(allBT, s.BT...), append(scale, s.Scale)
		for j := 0; j < s.Rows; j++ {
			rowSeg[s.Start+j], rowIdx[s.Start+j] = int32(i), int32(j)
		}
		t0 += int32(s.Rows * s.Rank)
	}
	wantS := append([]float32(nil), sout...)
	ref.SGMV(wantS, sx, in, outDim, segs)
	near("sgmv", wantS, run("sgmv", []float64{rows, in, outDim, float64(len(segs))}, map[string]any{
		"x": sx, "out": sout, "start": start, "nrows": nrows, "rank": rank, "toff": toff, "scale": scale,
		"a": allA, "bt": allBT, "aoff": aoff, "btoff": btoff, "rowseg": rowSeg, "rowidx": rowIdx}))
}
