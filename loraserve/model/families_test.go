// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// familySpecs are small generated models of every family, with the
// variant-specific features switched on where a flag selects them.
var familySpecs = []struct {
	name string
	spec testmodel.Spec
}{
	{"llama", testmodel.Tiny},
	{"mistral-window-5", testmodel.Spec{Family: "mistral", SlidingWindow: 5, Seed: 2}},
	{"qwen2-tied", testmodel.Spec{Family: "qwen2", Tied: true, Seed: 3}},
	{"gemma-wide-heads", testmodel.Spec{Family: "gemma", HeadDim: 32, Seed: 4}},
	{"deepseek", testmodel.Spec{Family: "deepseek", Seed: 5}},
	{"falcon", testmodel.Spec{Family: "falcon", Seed: 6}},
	{"bloom", testmodel.Spec{Family: "bloom", Seed: 7}},
	{"chatglm", testmodel.Spec{Family: "chatglm", Seed: 8}},
	// Variants that config.json flags select.
	{"llama-biases", testmodel.Spec{Seed: 9, ConfigOverrides: map[string]any{"attention_bias": true, "mlp_bias": true}}},
	{"qwen2-window-from-layer-1", testmodel.Spec{Family: "qwen2", Seed: 10, Layers: 3,
		ConfigOverrides: map[string]any{"use_sliding_window": true, "sliding_window": 4, "max_window_layers": 1}}},
	{"falcon-new-decoder", testmodel.Spec{Family: "falcon", Seed: 11,
		ConfigOverrides: map[string]any{"new_decoder_architecture": true, "num_kv_heads": 2}}},
	{"falcon-alibi-sequential-biases", testmodel.Spec{Family: "falcon", Seed: 12,
		ConfigOverrides: map[string]any{"alibi": true, "parallel_attn": false, "multi_query": false, "bias": true}}},
	{"chatglm-layernorm-mha", testmodel.Spec{Family: "chatglm", Seed: 13, KVHeads: 4,
		ConfigOverrides: map[string]any{"rmsnorm": false, "add_bias_linear": true}}},
}

// allAdapted returns an adapter on every projection the model has.
func allAdapted(m *model.Model, seed uint64, rank int) *lora.Adapter {
	return testmodel.NewAdapter("all", m.Config, testmodel.AdapterSpec{Seed: seed, Rank: rank, Targets: m.Config.Layout().Projections()})
}

// Every family's forward pass, prefill then decoding, matches the float64
// reference at every position, with and without an adapter on every
// projection.
func TestFamiliesForwardMatchesReference(t *testing.T) {
	for _, tc := range familySpecs {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{PageSize: 4})
			want := model.Family(tc.spec.Family)
			if want == "" || want == "deepseek" {
				want = model.FamilyLlama
			}
			require.Equal(t, want, m.Config.Arch.Family)
			for _, ad := range []*lora.Adapter{nil, allAdapted(m, 2, 4)} {
				want := refForward(m.Config, m.Weights, ad, tokensA)
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
		})
	}
}

// The training pass of every family computes the serving logits bit for bit.
func TestFamiliesTrainingPassMatchesServing(t *testing.T) {
	for _, tc := range familySpecs {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{PageSize: 4})
			a := allAdapted(m, 3, 4)
			got, err := m.Logits(a, tokensA)
			require.NoError(t, err)
			seq := m.KV.NewSequence()
			defer seq.Release()
			for p := range tokensA {
				lg, err := m.Forward([]model.Entry{{Seq: seq, Tokens: tokensA[p : p+1], Adapter: a}})
				require.NoError(t, err)
				require.Equal(t, lg[0], got[p], "position %d", p)
			}
		})
	}
}

// Every kind of LoRA factor of every family gets the gradient central
// differences of the float64 reference loss give.
func TestFamiliesGradientFiniteDifferences(t *testing.T) {
	for _, tc := range familySpecs {
		t.Run(tc.name, func(t *testing.T) {
			m := loadModel(t, tc.spec, model.Options{})
			a := allAdapted(m, 6, 3)
			exs := []model.Example{{Tokens: tokensA[:9], LossStart: 2}, {Tokens: tokensA[4:12], LossStart: 1}}
			g := model.NewGradients(a)
			loss, _, err := m.LossGradient(a, exs, 1, g)
			require.NoError(t, err)
			refTotal := func() float64 {
				var s float64
				for _, ex := range exs {
					s += refLoss(m, a, ex)
				}
				return s
			}
			require.InDelta(t, refTotal(), loss, 1e-3)
			factors, grads := a.Factors(), g.Tensors()
			r := rand.New(rand.NewPCG(7, 7))
			for fi, f := range factors {
				for range 1 {
					i := r.IntN(len(f.Data))
					orig := f.Data[i]
					const h = 1e-3
					f.Data[i] = orig + h
					lp := refTotal()
					f.Data[i] = orig - h
					lm := refTotal()
					f.Data[i] = orig
					fd := (lp - lm) / float64(float32(orig+h)-float32(orig-h))
					require.InDelta(t, fd, float64(grads[fi][i]), 2e-4+2e-3*math.Abs(fd), "%s[%d]", f.Name(), i)
				}
			}
		})
	}
}

// Every family's adapters are saved under the family's PEFT module names
// and load back into the same modules.
func TestFamiliesAdapterNames(t *testing.T) {
	want := map[string]string{
		"llama":   "base_model.model.model.layers.1.self_attn.q_proj.lora_A.weight",
		"falcon":  "base_model.model.transformer.h.1.self_attention.query_key_value.lora_A.weight",
		"bloom":   "base_model.model.transformer.h.1.mlp.dense_4h_to_h.lora_B.weight",
		"chatglm": "base_model.model.transformer.encoder.layers.1.mlp.dense_h_to_4h.lora_A.weight",
	}
	for _, tc := range familySpecs {
		name, ok := want[tc.spec.Family]
		if tc.spec.Family == "" {
			name, ok = want["llama"], true
		}
		if !ok {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cfg, err := testmodel.WriteModel(filepath.Join(dir, "model"), tc.spec)
			require.NoError(t, err)
			a := testmodel.NewAdapter("x", cfg, testmodel.AdapterSpec{Seed: 1, Rank: 4, Targets: cfg.Layout().Projections()})
			require.NoError(t, lora.Save(filepath.Join(dir, "a"), a))
			f, err := safetensors.Open(filepath.Join(dir, "a", lora.WeightsFile))
			require.NoError(t, err)
			require.Contains(t, f.Names(), name)
			require.NoError(t, f.Close())
			got, err := lora.Load("x", filepath.Join(dir, "a"), cfg)
			require.NoError(t, err)
			for l := range a.Layers {
				require.Equal(t, a.Layers[l], got.Layers[l])
			}
			acfg, err := lora.ReadConfig(filepath.Join(dir, "a"))
			require.NoError(t, err)
			var modules []string
			for _, p := range cfg.Layout().Projections() {
				modules = append(modules, cfg.Layout().Module(p))
			}
			require.Equal(t, modules, acfg.TargetModules.Names)
			// A Llama adapter does not load into another family, and back.
			other := testmodel.Spec{Family: "falcon"}
			if tc.spec.Family == "falcon" {
				other = testmodel.Tiny
			}
			ocfg, err := testmodel.WriteModel(filepath.Join(dir, "other"), other)
			require.NoError(t, err)
			_, err = lora.Load("x", filepath.Join(dir, "a"), ocfg)
			require.ErrorIs(t, err, lora.ErrWeights)
		})
	}
}

// Each family's config.json loads into the blocks its architecture uses.
func TestFamilyConfigs(t *testing.T) {
	tests := []struct {
		family model.Family
		check  func(t *testing.T, c *model.Config)
	}{
		{model.FamilyMistral, func(t *testing.T, c *model.Config) { require.Equal(t, 7, c.Arch.Window) }},
		{model.FamilyQwen2, func(t *testing.T, c *model.Config) {
			require.True(t, c.Arch.QKVBias)
			require.False(t, c.Arch.OutBias)
			require.Zero(t, c.Arch.Window)
		}},
		{model.FamilyGemma, func(t *testing.T, c *model.Config) {
			require.True(t, c.Arch.NormPlusOne && c.Arch.EmbedScale && c.TieWordEmbeddings)
			require.Equal(t, model.ActGELUTanh, c.Arch.Act)
		}},
		{model.FamilyFalcon, func(t *testing.T, c *model.Config) {
			require.Equal(t, 1, c.NumKVHeads)
			require.True(t, c.Arch.Parallel)
			require.Equal(t, model.LayerNorm, c.Arch.Norm)
			require.Equal(t, model.ActGELU, c.Arch.Act)
			require.Equal(t, model.QKVContiguous, c.Arch.QKV)
		}},
		{model.FamilyBLOOM, func(t *testing.T, c *model.Config) {
			require.True(t, c.Arch.ALiBi && c.Arch.EmbedNorm)
			require.Equal(t, model.QKVPerHead, c.Arch.QKV)
			require.Equal(t, 4*c.HiddenSize, c.IntermediateSize)
		}},
		{model.FamilyChatGLM, func(t *testing.T, c *model.Config) {
			require.Equal(t, c.HeadDim/2, c.Arch.RopeDim)
			require.True(t, c.Arch.RopeInterleaved && c.Arch.QKVBias)
			require.Equal(t, 2, c.NumKVHeads)
		}},
	}
	for _, tc := range tests {
		t.Run(string(tc.family), func(t *testing.T) {
			c, b, err := model.FamilyConfig(tc.family, model.Shape{HiddenSize: 64, IntermediateSize: 160, Layers: 2,
				Heads: 4, KVHeads: 2, VocabSize: 96, MaxPositions: 64, SlidingWindow: 7})
			require.NoError(t, err)
			again, err := model.ParseConfig(b)
			require.NoError(t, err)
			require.Equal(t, c, again)
			tc.check(t, c)
		})
	}
}

// Configs a family's loader cannot run are refused with ErrConfig.
func TestFamilyConfigRejects(t *testing.T) {
	tests := []struct {
		family model.Family
		key    string
		value  any
	}{
		{model.FamilyBLOOM, "apply_residual_connection_post_layernorm", true},
		{model.FamilyChatGLM, "original_rope", false},
		{model.FamilyChatGLM, "post_layer_norm", false},
		{model.FamilyFalcon, "activation", "relu"},
		{model.FamilyGemma, "hidden_activation", "tanh"},
		{model.FamilyMistral, "sliding_window", -3},
		{model.FamilyLlama, "model_type", "gpt2"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s-%s", tc.family, tc.key), func(t *testing.T) {
			_, b, err := model.FamilyConfig(tc.family, model.Shape{HiddenSize: 64, IntermediateSize: 160, Layers: 2,
				Heads: 4, KVHeads: 2, VocabSize: 96, MaxPositions: 64})
			require.NoError(t, err)
			b, err = jsonSetBytes(b, tc.key, tc.value)
			require.NoError(t, err)
			_, err = model.ParseConfig(b)
			require.ErrorIs(t, err, model.ErrConfig)
		})
	}
	require.True(t, slices.Contains(model.Families(), model.FamilyChatGLM))
}
