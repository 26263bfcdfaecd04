// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/testmodel"
)

func loadModel(t testing.TB, spec testmodel.Spec, opts model.Options) *model.Model {
	t.Helper()
	dir := t.TempDir()
	_, err := testmodel.WriteModel(dir, spec)
	require.NoError(t, err)
	m, err := model.Load(dir, opts)
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	return m
}

func maxAbsDiff(a []float32, b []float64) float64 {
	var d float64
	for i := range a {
		d = math.Max(d, math.Abs(float64(a[i])-b[i]))
	}
	return d
}

var tokensA = []int{5, 17, 300, 42, 7, 99, 250, 3, 61, 8, 120, 77, 14, 200, 33, 90, 11, 260, 50}

func TestForwardMatchesReference(t *testing.T) {
	tests := []struct {
		name string
		spec testmodel.Spec
	}{
		{"f32-gqa", testmodel.Tiny},
		{"bf16-tied", testmodel.Spec{DType: safetensors.BF16, Tied: true}},
		{"f16-mha", testmodel.Spec{DType: safetensors.F16, KVHeads: 4, Seed: 3}},
		{"rope-linear", testmodel.Spec{RopeScaling: &model.RopeScaling{Type: "linear", Factor: 4}}},
		{"rope-llama3", testmodel.Spec{RopeTheta: 500000, RopeScaling: &model.RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxPositionEmbeddings: 64}}},
		{"mqa-3layers", testmodel.Spec{KVHeads: 1, Layers: 3, Seed: 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{PageSize: 4})
			// The projections keep the checkpoint's dtype.
			stored := map[safetensors.DType]kernels.DType{"": kernels.F32, safetensors.F32: kernels.F32, safetensors.F16: kernels.F16, safetensors.BF16: kernels.BF16}
			require.Equal(t, stored[tc.spec.DType], m.Weights.DType())
			a := testmodel.NewAdapter("a", m.Config, testmodel.AdapterSpec{Seed: 2, Rank: 4,
				Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
			for _, ad := range []*lora.Adapter{nil, a} {
				want := refForward(m.Config, m.Weights, ad, tokensA)
				// Prefill 11 tokens, then decode one at a time: every step must
				// match the uncached reference at that position.
				seq := m.KV.NewSequence()
				logits, err := m.Forward([]model.Entry{{Seq: seq, Tokens: tokensA[:11], Adapter: ad}})
				require.NoError(t, err)
				require.Less(t, maxAbsDiff(logits[0], want[10]), 2e-3)
				for p := 11; p < len(tokensA); p++ {
					logits, err = m.Forward([]model.Entry{{Seq: seq, Tokens: tokensA[p : p+1], Adapter: ad}})
					require.NoError(t, err)
					require.Less(t, maxAbsDiff(logits[0], want[p]), 2e-3, "position %d", p)
				}
				seq.Release()
			}
			require.Equal(t, m.KV.Pages(), m.KV.FreePages())
		})
	}
}

func TestMergedEqualsUnmerged(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	for i, ts := range [][]lora.Proj{{lora.Q, lora.V}, {lora.O, lora.Down}, {lora.Gate, lora.Up, lora.K}} {
		a := testmodel.NewAdapter(fmt.Sprint(i), m.Config, testmodel.AdapterSpec{Seed: uint64(i), Rank: 8 << i, Targets: ts})
		merged := m.WithWeights(model.MergeAdapter(m.Weights, m.Config, a), 64)
		s1, s2 := m.KV.NewSequence(), merged.KV.NewSequence()
		l1, err := m.Forward([]model.Entry{{Seq: s1, Tokens: tokensA, Adapter: a}})
		require.NoError(t, err)
		l2, err := merged.Forward([]model.Entry{{Seq: s2, Tokens: tokensA}})
		require.NoError(t, err)
		base, err := m.Forward([]model.Entry{{Seq: m.KV.NewSequence(), Tokens: tokensA}})
		require.NoError(t, err)
		var d, effect float64
		for v := range l1[0] {
			d = math.Max(d, math.Abs(float64(l1[0][v]-l2[0][v])))
			effect = math.Max(effect, math.Abs(float64(l1[0][v]-base[0][v])))
		}
		require.Less(t, d, 1e-3, "merged vs unmerged")
		require.Greater(t, effect, 0.05, "the adapter must change the logits")
	}
}

func TestMixedBatchMatchesAlone(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{PageSize: 4})
	adapters := []*lora.Adapter{nil}
	for i := 0; i < 3; i++ {
		adapters = append(adapters, testmodel.NewAdapter(fmt.Sprintf("ad%d", i), m.Config,
			testmodel.AdapterSpec{Seed: uint64(10 + i), Rank: 4 * (i + 1)}))
	}
	prompts := [][]int{tokensA[:3], tokensA[2:13], tokensA[5:9], tokensA[:1], tokensA[1:19], tokensA[4:6]}
	const steps = 12
	// Alone: each request through Generate.
	alone := make([][]int, len(prompts))
	for i, p := range prompts {
		out, err := m.Generate(context.Background(), p, adapters[i%len(adapters)], steps, nil, model.Argmax)
		require.NoError(t, err)
		alone[i] = out
	}
	// Together, staggered: request i joins at step i, like continuous batching.
	seqs := make([]*model.Sequence, len(prompts))
	next := make([][]int, len(prompts))
	got := make([][]int, len(prompts))
	for step := 0; ; step++ {
		var batch []model.Entry
		var idx []int
		for i := range prompts {
			switch {
			case step == i:
				seqs[i] = m.KV.NewSequence()
				batch = append(batch, model.Entry{Seq: seqs[i], Tokens: prompts[i], Adapter: adapters[i%len(adapters)]})
			case step > i && len(got[i]) < steps:
				batch = append(batch, model.Entry{Seq: seqs[i], Tokens: next[i], Adapter: adapters[i%len(adapters)]})
			default:
				continue
			}
			idx = append(idx, i)
		}
		if len(batch) == 0 {
			break
		}
		logits, err := m.Forward(batch)
		require.NoError(t, err)
		for j, i := range idx {
			tok := model.Argmax(logits[j])
			got[i] = append(got[i], tok)
			next[i] = []int{tok}
		}
	}
	for i := range prompts {
		require.Equal(t, alone[i], got[i], "request %d", i)
		seqs[i].Release()
	}
	// Different adapters really produce different continuations.
	require.NotEqual(t, alone[1], alone[2])
	require.Equal(t, m.KV.Pages(), m.KV.FreePages())
}

func TestForwardErrors(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{KVPages: 2, PageSize: 4})
	seq := m.KV.NewSequence()
	_, err := m.Forward([]model.Entry{{Seq: seq, Tokens: []int{m.Config.VocabSize}}})
	require.ErrorIs(t, err, model.ErrToken)
	_, err = m.Forward([]model.Entry{{Seq: seq, Tokens: make([]int, 9)}})
	require.ErrorIs(t, err, model.ErrKVFull)
	seq.Release()
	_, err = m.Forward([]model.Entry{{Seq: seq, Tokens: make([]int, m.Config.MaxPositions+1)}})
	require.ErrorIs(t, err, model.ErrContext)
	require.Equal(t, 2, m.KV.FreePages())
}

func TestLoadRejects(t *testing.T) {
	dir := t.TempDir()
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	tests := []struct {
		name   string
		mutate func(t *testing.T, d string)
		want   error
	}{
		{"bad-json", func(t *testing.T, d string) {
			require.NoError(t, os.WriteFile(filepath.Join(d, "config.json"), []byte("{"), 0o644))
		}, model.ErrConfig},
		{"bad-heads", func(t *testing.T, d string) { rewriteConfig(t, d, "num_key_value_heads", 3) }, model.ErrConfig},
		{"bad-rope", func(t *testing.T, d string) {
			rewriteConfig(t, d, "rope_scaling", map[string]any{"rope_type": "yarn", "factor": 2})
		}, model.ErrConfig},
		{"shape-mismatch", func(t *testing.T, d string) { rewriteConfig(t, d, "intermediate_size", 128) }, model.ErrWeights},
		{"no-weights", func(t *testing.T, d string) { require.NoError(t, os.Remove(filepath.Join(d, "model.safetensors"))) }, model.ErrWeights},
		{"untied-without-lm-head", func(t *testing.T, d string) {
			f, err := safetensors.Open(filepath.Join(d, "model.safetensors"))
			require.NoError(t, err)
			var keep []safetensors.Tensor
			for _, n := range f.Names() {
				if n == "lm_head.weight" {
					continue
				}
				v, info, err := f.Float32(n)
				require.NoError(t, err)
				keep = append(keep, safetensors.Tensor{Name: n, DType: safetensors.F32, Shape: info.Shape, Data: append([]float32(nil), v...)})
			}
			require.NoError(t, f.Close())
			require.NoError(t, safetensors.WriteFile(filepath.Join(d, "model.safetensors"), keep, nil))
		}, model.ErrWeights},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := t.TempDir()
			for _, f := range []string{"config.json", "model.safetensors", "tokenizer.json"} {
				b, err := os.ReadFile(filepath.Join(dir, f))
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(d, f), b, 0o644))
			}
			tc.mutate(t, d)
			_, err := model.Load(d, model.Options{})
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func rewriteConfig(t *testing.T, dir, key string, value any) {
	cfg, err := model.ReadConfig(filepath.Join(dir, "config.json"))
	require.NoError(t, err)
	b, err := jsonSet(cfg, key, value)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "config.json"), b, 0o644))
}

func TestBackendsAgree(t *testing.T) {
	m := loadModel(t, testmodel.Tiny, model.Options{})
	ref := m.WithBackend(kernels.Reference{})
	a := testmodel.NewAdapter("x", m.Config, testmodel.AdapterSpec{Seed: 4})
	l1, err := m.Forward([]model.Entry{{Seq: m.KV.NewSequence(), Tokens: tokensA, Adapter: a}})
	require.NoError(t, err)
	l2, err := ref.Forward([]model.Entry{{Seq: ref.KV.NewSequence(), Tokens: tokensA, Adapter: a}})
	require.NoError(t, err)
	for i := range l1[0] {
		require.InDelta(t, l2[0][i], l1[0][i], 1e-3)
	}
}
