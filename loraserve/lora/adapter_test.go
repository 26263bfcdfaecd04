// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package lora_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/safetensors"
	"github.com/openledger/openledger/loraserve/testmodel"
)

func tinyConfig(t *testing.T) *model.Config {
	cfg, err := testmodel.WriteModel(t.TempDir(), testmodel.Tiny)
	require.NoError(t, err)
	return cfg
}

func TestSaveLoadRoundTrip(t *testing.T) {
	cfg := tinyConfig(t)
	for _, rs := range []bool{false, true} {
		a := testmodel.NewAdapter("x", cfg, testmodel.AdapterSpec{Seed: 1, Rank: 16, RSLoRA: rs,
			Targets: []lora.Proj{lora.K, lora.Gate, lora.Down}})
		dir := filepath.Join(t.TempDir(), "x")
		require.NoError(t, lora.Save(dir, a))
		got, err := lora.Load("x", dir, cfg)
		require.NoError(t, err)
		require.Equal(t, a.Hash, got.Hash)
		require.Equal(t, a.Bytes, got.Bytes)
		require.Equal(t, 16, got.MaxRank())
		for l := range a.Layers {
			for p := range a.Layers[l] {
				if a.Layers[l][p] == nil {
					require.Nil(t, got.Layers[l][p])
					continue
				}
				require.Equal(t, a.Layers[l][p], got.Layers[l][p])
			}
		}
	}
}

func TestAlphaPattern(t *testing.T) {
	cfg := tinyConfig(t)
	a := testmodel.NewAdapter("x", cfg, testmodel.AdapterSpec{Seed: 1, Rank: 4, Alpha: 8, Targets: []lora.Proj{lora.Q, lora.V}})
	a.Config.AlphaPattern = map[string]float64{"layers.1.self_attn.v_proj": 2}
	dir := t.TempDir()
	require.NoError(t, lora.Save(dir, a))
	got, err := lora.Load("x", dir, cfg)
	require.NoError(t, err)
	require.Equal(t, float32(2), got.Layers[0][lora.Q].Scale)
	require.Equal(t, float32(0.5), got.Layers[1][lora.V].Scale)
	require.Equal(t, float32(2), got.Layers[0][lora.V].Scale)
}

func TestLoadRejects(t *testing.T) {
	cfg := tinyConfig(t)
	good := testmodel.NewAdapter("x", cfg, testmodel.AdapterSpec{Seed: 1, Rank: 4})
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  error
	}{
		{"no-config", func(t *testing.T, d string) { require.NoError(t, os.Remove(filepath.Join(d, lora.ConfigFile))) }, lora.ErrConfig},
		{"bad-rank", func(t *testing.T, d string) {
			require.NoError(t, os.WriteFile(filepath.Join(d, lora.ConfigFile), []byte(`{"peft_type":"LORA","r":0,"lora_alpha":8}`), 0o644))
		}, lora.ErrConfig},
		{"not-lora", func(t *testing.T, d string) {
			require.NoError(t, os.WriteFile(filepath.Join(d, lora.ConfigFile), []byte(`{"peft_type":"IA3","r":4,"lora_alpha":8}`), 0o644))
		}, lora.ErrConfig},
		{"missing-b", func(t *testing.T, d string) {
			writeTensors(t, d, safetensors.Tensor{Name: "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", DType: safetensors.F32, Shape: []int{4, 64}, Data: make([]float32, 256)})
		}, lora.ErrWeights},
		{"wrong-in", func(t *testing.T, d string) {
			writeTensors(t, d,
				safetensors.Tensor{Name: "base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", DType: safetensors.F32, Shape: []int{4, 32}, Data: make([]float32, 128)},
				safetensors.Tensor{Name: "base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight", DType: safetensors.F32, Shape: []int{64, 4}, Data: make([]float32, 256)})
		}, lora.ErrWeights},
		{"layer-out-of-range", func(t *testing.T, d string) {
			writeTensors(t, d,
				safetensors.Tensor{Name: "base_model.model.model.layers.9.self_attn.q_proj.lora_A.weight", DType: safetensors.F32, Shape: []int{4, 64}, Data: make([]float32, 256)},
				safetensors.Tensor{Name: "base_model.model.model.layers.9.self_attn.q_proj.lora_B.weight", DType: safetensors.F32, Shape: []int{64, 4}, Data: make([]float32, 256)})
		}, lora.ErrWeights},
		{"unknown-tensor", func(t *testing.T, d string) {
			writeTensors(t, d, safetensors.Tensor{Name: "base_model.model.lm_head.lora_A.weight", DType: safetensors.F32, Shape: []int{1}, Data: []float32{0}})
		}, lora.ErrWeights},
		{"corrupt", func(t *testing.T, d string) {
			require.NoError(t, os.WriteFile(filepath.Join(d, lora.WeightsFile), []byte("garbage!!"), 0o644))
		}, lora.ErrWeights},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, lora.Save(dir, good))
			tc.setup(t, dir)
			_, err := lora.Load("x", dir, cfg)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func writeTensors(t *testing.T, dir string, ts ...safetensors.Tensor) {
	require.NoError(t, safetensors.WriteFile(filepath.Join(dir, lora.WeightsFile), ts, nil))
}

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"peft_type":"LORA","r":8,"lora_alpha":16,"target_modules":["q_proj","v_proj"],"alpha_pattern":{"v_proj":4}}`))
	f.Add([]byte(`{"r":4,"lora_alpha":8,"target_modules":".*proj"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := lora.ParseConfig(b)
		if err == nil && (c.R <= 0 || c.LoraAlpha <= 0) {
			t.Fatalf("accepted r=%d alpha=%v", c.R, c.LoraAlpha)
		}
	})
}
