// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// exportGGUF writes the model in dir as GGUF of dtype dt and returns the path.
func exportGGUF(t *testing.T, dir string, m *model.Model, dt kernels.DType) string {
	t.Helper()
	tok, err := model.TokenizerForGGUF(dir, m.Config)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "model-"+dt.String()+".gguf")
	require.NoError(t, model.WriteGGUF(path, m.Config, m.Weights, model.GGUFOptions{DType: dt, Name: "test", Tokenizer: tok}))
	return path
}

// logitsOf runs tokens through m (prefill then decode) and returns the
// logits after each position from 8 on.
func logitsOf(t *testing.T, m *model.Model, a *lora.Adapter, tokens []int) [][]float32 {
	t.Helper()
	seq := m.KV.NewSequence()
	defer seq.Release()
	var out [][]float32
	logits, err := m.Forward([]model.Entry{{Seq: seq, Tokens: tokens[:8], Adapter: a}})
	require.NoError(t, err)
	out = append(out, append([]float32(nil), logits[0]...))
	for p := 8; p < len(tokens); p++ {
		logits, err = m.Forward([]model.Entry{{Seq: seq, Tokens: tokens[p : p+1], Adapter: a}})
		require.NoError(t, err)
		out = append(out, append([]float32(nil), logits[0]...))
	}
	return out
}

// TestGGUFRoundTrip converts generated Hugging Face models to GGUF and checks
// that loading the GGUF gives the same configuration, tokenizer and logits.
func TestGGUFRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		spec  testmodel.Spec
		dtype kernels.DType
		tol   float64 // largest logit difference from the Hugging Face model
	}{
		{"f32-gqa", testmodel.Spec{HiddenSize: 64, IntermediateSize: 128}, kernels.F32, 1e-5},
		{"f32-tied-llama3-rope", testmodel.Spec{Tied: true, RopeTheta: 500000, RopeScaling: &model.RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxPositionEmbeddings: 64}}, kernels.F32, 1e-4},
		{"f32-linear-rope-mha", testmodel.Spec{KVHeads: 4, RopeScaling: &model.RopeScaling{Type: "linear", Factor: 2}}, kernels.F32, 1e-5},
		{"f16-from-f16", testmodel.Spec{DType: safetensors.F16, HiddenSize: 64, IntermediateSize: 128}, kernels.F16, 1e-5},
		{"bf16-from-bf16", testmodel.Spec{DType: safetensors.BF16, HiddenSize: 64, IntermediateSize: 128}, kernels.BF16, 1e-5},
		{"q8_0", testmodel.Spec{HiddenSize: 64, IntermediateSize: 128}, kernels.Q8_0, 1e-5},
		{"q4_0", testmodel.Spec{HiddenSize: 64, IntermediateSize: 128}, kernels.Q4_0, 1e-5},
		{"q4_k", testmodel.Spec{HiddenSize: 256, IntermediateSize: 512, Heads: 4, KVHeads: 2}, kernels.Q4_K, 1e-5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			_, err := testmodel.WriteModel(dir, tc.spec)
			require.NoError(t, err)
			hf, err := model.Load(dir, model.Options{PageSize: 4})
			require.NoError(t, err)
			defer hf.Close()
			path := exportGGUF(t, dir, hf, tc.dtype)
			require.True(t, model.IsGGUF(path))
			g, err := model.Load(path, model.Options{PageSize: 4})
			require.NoError(t, err)
			defer g.Close()

			// Configuration and weights.
			wantCfg := *hf.Config
			gotCfg := *g.Config
			require.InDelta(t, wantCfg.RMSNormEps, gotCfg.RMSNormEps, 1e-9)
			require.InDelta(t, wantCfg.RopeTheta, gotCfg.RopeTheta, 1e-3)
			wi, _ := wantCfg.InvFreq()
			gi, _ := gotCfg.InvFreq()
			require.InDeltaSlice(t, wi, gi, 1e-6)
			for _, c := range []*model.Config{&wantCfg, &gotCfg} {
				c.RMSNormEps, c.RopeTheta, c.RopeScaling, c.RopeFreqFactors = 0, 0, nil, nil
				c.Architectures, c.TorchDType = nil, ""
			}
			require.Equal(t, wantCfg, gotCfg)
			require.Equal(t, tc.dtype, g.Weights.DType())
			if tc.dtype == hf.Weights.DType() {
				// Stored as they were: identical after the q/k round trip.
				for l := range hf.Weights.Layers {
					for _, p := range hf.Config.Layout().Projections() {
						require.Equal(t, hf.Weights.Layers[l].W[p].Float32(), g.Weights.Layers[l].W[p].Float32(), "layer %d %s", l, lora.Proj(p).Name())
					}
				}
			}

			// Tokenizer.
			require.NotNil(t, g.Tokenizer)
			text := "The quick brown fox <|eot_id|> jumps over the lazy dog."
			require.Equal(t, hf.Tokenizer.Encode(text), g.Tokenizer.Encode(text))

			// Logits with and without an adapter, against the Hugging Face model
			// with its weights quantized in memory the same way.
			ref := hf
			if tc.dtype != hf.Weights.DType() {
				ref = quantizedCopy(t, hf, tc.dtype)
			}
			a := testmodel.NewAdapter("a", hf.Config, testmodel.AdapterSpec{Seed: 2, Rank: 4,
				Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
			for _, ad := range []*lora.Adapter{nil, a} {
				want, got := logitsOf(t, ref, ad, tokensA), logitsOf(t, g, ad, tokensA)
				for i := range want {
					require.Less(t, maxAbsDiff32(want[i], got[i]), tc.tol, "step %d", i)
				}
			}
		})
	}
}

// quantizedCopy returns m with every matrix stored as dt (the output head as
// Q6_K for 4-bit types), as WriteGGUF stores them.
func quantizedCopy(t *testing.T, m *model.Model, dt kernels.DType) *model.Model {
	t.Helper()
	q := func(x *kernels.Matrix, dt kernels.DType) *kernels.Matrix {
		out, err := kernels.Quantize(dt, x.Rows, x.Cols, x.Float32())
		require.NoError(t, err)
		return out
	}
	w := *m.Weights
	w.Layers = make([]model.LayerWeights, len(m.Weights.Layers))
	for l, lw := range m.Weights.Layers {
		w.Layers[l] = lw
		for _, p := range m.Config.Layout().Projections() {
			w.Layers[l].W[p] = q(lw.W[p], dt)
		}
	}
	head := dt
	if dt == kernels.Q4_0 || dt == kernels.Q4_K {
		head = kernels.Q6_K
		if m.Config.HiddenSize%256 != 0 {
			head = kernels.Q8_0 // rows that are not whole Q6_K blocks
		}
	}
	w.Embed = q(m.Weights.Embed, dt)
	w.LMHead = w.Embed
	if !m.Config.TieWordEmbeddings {
		w.LMHead = q(m.Weights.LMHead, head)
	}
	return m.WithWeights(&w, m.KV.Pages())
}

func maxAbsDiff32(a, b []float32) float64 {
	var m float64
	for i := range a {
		d := float64(a[i] - b[i])
		if d < 0 {
			d = -d
		}
		m = max(m, d)
	}
	return m
}

func TestGGUFRejects(t *testing.T) {
	dir := t.TempDir()
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	m, err := model.Load(dir, model.Options{})
	require.NoError(t, err)
	defer m.Close()
	good := exportGGUF(t, dir, m, kernels.F32)
	src, err := gguf.Open(good)
	require.NoError(t, err)
	defer src.Close()

	// rewrite copies the good file's metadata and tensors with edits.
	rewrite := func(edit func(w *gguf.Writer), skip string) string {
		w := gguf.NewWriter()
		for _, k := range src.Keys() {
			v, _ := src.Value(k)
			w.Set(k, v.V)
		}
		edit(w)
		for _, ti := range src.Tensors() {
			if ti.Name == skip {
				continue
			}
			mat, err := src.Matrix(ti.Name)
			require.NoError(t, err)
			if len(ti.Dims) == 1 {
				w.AddVector(ti.Name, mat.F32)
			} else {
				w.AddMatrix(ti.Name, mat)
			}
		}
		p := filepath.Join(t.TempDir(), "bad.gguf")
		require.NoError(t, w.WriteFile(p))
		return p
	}
	tests := []struct {
		name string
		path string
		want error
	}{
		{"architecture", rewrite(func(w *gguf.Writer) { w.Set(gguf.KeyArchitecture, "mamba") }, ""), model.ErrConfig},
		{"adapter file", rewrite(func(w *gguf.Writer) { w.Set(gguf.KeyType, gguf.TypeAdapter) }, ""), model.ErrConfig},
		{"missing block count", rewrite(func(w *gguf.Writer) { w.Set("llama.block_count", "two") }, ""), model.ErrConfig},
		{"missing tensor", rewrite(func(*gguf.Writer) {}, gguf.LayerTensor(1, "ffn_up")), model.ErrWeights},
		{"wrong shape", rewrite(func(w *gguf.Writer) { w.Set("llama.feed_forward_length", uint32(32)) }, ""), model.ErrWeights},
		{"partial rope", rewrite(func(w *gguf.Writer) { w.Set("llama.rope.dimension_count", uint32(8)) }, ""), model.ErrConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.Load(tc.path, model.Options{})
			require.ErrorIs(t, err, tc.want)
		})
	}
	// Not GGUF at all.
	p := filepath.Join(t.TempDir(), "x.gguf")
	require.NoError(t, os.WriteFile(p, []byte("GGUFxxxx"), 0o644))
	_, err = model.Load(p, model.Options{})
	require.ErrorIs(t, err, model.ErrWeights)
}

// TestGGUFAdapterRoundTrip writes PEFT adapters as GGUF and loads them back:
// the same logits, including q and k (whose lora_B rows GGUF reorders).
func TestGGUFAdapterRoundTrip(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{PageSize: 4})
	for i, spec := range []testmodel.AdapterSpec{
		{Seed: 3, Rank: 4, Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}},
		{Seed: 4, Rank: 8, Targets: []lora.Proj{lora.Q, lora.V}},
	} {
		a := testmodel.NewAdapter("a", m.Config, spec)
		path := filepath.Join(t.TempDir(), "a.gguf")
		require.NoError(t, lora.SaveGGUF(path, a, m.Config, "a"))
		require.True(t, lora.IsGGUFFile(path))
		b, err := lora.LoadGGUF("b", path, m.Config)
		require.NoError(t, err, "adapter %d", i)
		require.Equal(t, a.MaxRank(), b.MaxRank())
		for l := range a.Layers {
			for p, mod := range a.Layers[l] {
				if mod == nil {
					require.Nil(t, b.Layers[l][p])
					continue
				}
				require.Equal(t, mod.A, b.Layers[l][p].A)
				require.InDeltaSlice(t, mod.BT, b.Layers[l][p].BT, 1e-6)
				require.InDelta(t, mod.Scale, b.Layers[l][p].Scale, 1e-6)
			}
		}
		want, got := logitsOf(t, m, a, tokensA), logitsOf(t, m, b, tokensA)
		for s := range want {
			require.Less(t, maxAbsDiff32(want[s], got[s]), 1e-5)
		}
	}
	// A model file is not an adapter.
	dir := t.TempDir()
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	path := exportGGUF(t, dir, m, kernels.F32)
	_, err = lora.LoadGGUF("x", path, m.Config)
	require.ErrorIs(t, err, lora.ErrConfig)
}

// TestLoadMapsWeights checks that loading keeps the weights in the mapped
// files: the heap grows by far less than the weights (for GGUF, by the q and
// k matrices, which are reordered into copies).
func TestLoadMapsWeights(t *testing.T) {
	dir := t.TempDir()
	spec := testmodel.Spec{HiddenSize: 512, IntermediateSize: 1536, Layers: 4, Heads: 8, KVHeads: 4, VocabSize: 8192, DType: safetensors.F16}
	_, err := testmodel.WriteModel(dir, spec)
	require.NoError(t, err)
	hf, err := model.Load(dir, model.Options{KVPages: 1})
	require.NoError(t, err)
	defer hf.Close()
	path := exportGGUF(t, dir, hf, kernels.Q8_0)
	allocated := func(load func() *model.Model) (int64, *model.Model) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		m := load()
		runtime.ReadMemStats(&after)
		return int64(after.TotalAlloc - before.TotalAlloc), m
	}
	for _, tc := range []struct {
		name string
		path string
		qk   bool // q and k are copied
	}{{"safetensors-f16", dir, false}, {"gguf-q8_0", path, true}} {
		t.Run(tc.name, func(t *testing.T) {
			n, m := allocated(func() *model.Model {
				m, err := model.Load(tc.path, model.Options{KVPages: 1})
				require.NoError(t, err)
				return m
			})
			defer m.Close()
			var qk int64
			for _, l := range m.Weights.Layers {
				qk += l.W[lora.Q].Bytes() + l.W[lora.K].Bytes()
			}
			budget := m.Weights.Bytes() / 10 // tokenizer, tables, norms
			if tc.qk {
				budget += qk
			}
			t.Logf("%s: weights %d bytes, heap allocated while loading %d", tc.name, m.Weights.Bytes(), n)
			require.Less(t, n, budget)
		})
	}
}
