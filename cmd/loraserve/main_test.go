// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/flags"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

func TestGenModelIsLoadable(t *testing.T) {
	out := t.TempDir()
	app := newApp()
	var buf bytes.Buffer
	app.Writer = &buf
	require.NoError(t, app.Run([]string{"loraserve", "gen-model", "--out", out, "--adapters", "3", "--dtype", "BF16", "--layers", "3"}))
	require.Contains(t, buf.String(), "adapters 3/3")
	m, err := model.Load(filepath.Join(out, "model"), model.Options{})
	require.NoError(t, err)
	defer m.Close()
	require.Equal(t, 3, m.Config.NumLayers)
	require.NotNil(t, m.Tokenizer)
	for _, id := range []string{"adapter-0000", "adapter-0001", "adapter-0002"} {
		_, err := lora.Load(id, filepath.Join(out, "adapters", id), m.Config)
		require.NoError(t, err, id)
	}
	require.Error(t, newApp().Run([]string{"loraserve", "gen-model", "--out", out, "--dtype", "F8"}))
	require.Error(t, newApp().Run([]string{"loraserve", "gen-model", "--out", out, "--family", "gpt2"}))
	require.Error(t, newApp().Run([]string{"loraserve", "gen-model", "--out", out, "--sliding-window", "-1"}))
}

// gen-model --family writes each family in its own layout; the server's
// loader reads it back as that family, with its adapters.
func TestGenModelFamilies(t *testing.T) {
	for _, family := range testmodel.Families {
		t.Run(family, func(t *testing.T) {
			out := t.TempDir()
			var buf bytes.Buffer
			app := newApp()
			app.Writer = &buf
			require.NoError(t, app.Run([]string{"loraserve", "gen-model", "--out", out, "--family", family, "--adapters", "2"}))
			require.Contains(t, buf.String(), family+" model written")
			m, err := model.Load(filepath.Join(out, "model"), model.Options{})
			require.NoError(t, err)
			defer m.Close()
			want := model.Family(family)
			if family == "deepseek" {
				want = model.FamilyLlama
			}
			require.Equal(t, want, m.Config.Arch.Family)
			// The family's own tokenizer, chat template and end tokens.
			tf := testmodel.TokenizerFamily(family)
			tok, err := tokenizer.Load(filepath.Join(out, "model"))
			require.NoError(t, err)
			require.Equal(t, tokenizer.ChatTemplate(tf), tok.Config().ChatTemplate)
			var gen struct {
				EOS []int `json:"eos_token_id"`
			}
			b, err := os.ReadFile(filepath.Join(out, "model", "generation_config.json"))
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &gen))
			require.Len(t, gen.EOS, len(testmodel.EndTokens(tf)))
			for i, name := range testmodel.EndTokens(tf) {
				id, ok := tok.TokenID(name)
				require.True(t, ok, name)
				require.Equal(t, id, gen.EOS[i], name)
			}
			for _, id := range []string{"adapter-0000", "adapter-0001"} {
				_, err := lora.Load(id, filepath.Join(out, "adapters", id), m.Config)
				require.NoError(t, err, id)
			}
		})
	}
}

func TestFlagsAndEnvTwins(t *testing.T) {
	t.Setenv("LEDGER_LORASERVE_ADAPTER_CACHE_BYTES", "12345")
	t.Setenv("LEDGER_LORASERVE_MAX_BATCH", "7")
	var cfg server.Config
	app := &cli.App{Flags: flags.Flags, Action: func(ctx *cli.Context) error {
		if err := flags.CheckRequired(ctx); err != nil {
			return err
		}
		cfg = server.NewConfig(ctx)
		return nil
	}}
	require.NoError(t, app.Run([]string{"x", "--model", "/m", "--http.port", "0", "--max-queue", "3"}))
	require.Equal(t, int64(12345), cfg.AdapterCacheBytes)
	require.Equal(t, 7, cfg.MaxBatch)
	require.Equal(t, 3, cfg.MaxQueue)
	require.Equal(t, "/m", cfg.ModelDir)
	require.True(t, strings.HasSuffix(cfg.ListenAddr, ":0"))
	err := app.Run([]string{"x"})
	require.ErrorContains(t, err, "flag model is required")
	// Every flag has its env twin.
	for _, f := range flags.Flags {
		env := f.(interface{ GetEnvVars() []string }).GetEnvVars()
		require.NotEmpty(t, env, f.Names()[0])
		require.True(t, strings.HasPrefix(env[0], flags.EnvVarPrefix+"_"), env[0])
	}
}

func TestLogitsCommand(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, newApp().Run([]string{"loraserve", "gen-model", "--out", out, "--adapters", "1"}))
	var buf bytes.Buffer
	app := newApp()
	app.Writer = &buf
	require.NoError(t, app.Run([]string{"loraserve", "logits", "--model", filepath.Join(out, "model"),
		"--adapter", filepath.Join(out, "adapters", "adapter-0000"), "--prompt", "Hello world"}))
	var got struct {
		Tokens []int
		Logits []float32
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	require.Greater(t, len(got.Tokens), 1)
	cfg, err := model.ReadConfig(filepath.Join(out, "model", "config.json"))
	require.NoError(t, err)
	require.Len(t, got.Logits, cfg.VocabSize)
}

// TestExportGGUF exports a generated model at two dtypes and an adapter, and
// checks that the GGUF files serve the same logits as the originals.
func TestExportGGUF(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, newApp().Run([]string{"loraserve", "gen-model", "--out", out, "--adapters", "1", "--hidden", "64", "--intermediate", "128"}))
	modelDir, adapterDir := filepath.Join(out, "model"), filepath.Join(out, "adapters", "adapter-0000")
	logits := func(modelPath, adapter string) []float32 {
		var buf bytes.Buffer
		app := newApp()
		app.Writer = &buf
		require.NoError(t, app.Run([]string{"loraserve", "logits", "--model", modelPath, "--adapter", adapter, "--prompt", "Hello world"}))
		var got struct{ Logits []float32 }
		require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
		return got.Logits
	}
	want := logits(modelDir, adapterDir)
	for _, tc := range []struct {
		dtype string
		tol   float64 // relative RMS error allowed (f32: 1e-5 per logit)
	}{{"f32", 1e-5}, {"q8_0", 0.05}} {
		t.Run(tc.dtype, func(t *testing.T) {
			var buf bytes.Buffer
			app := newApp()
			app.Writer = &buf
			file := filepath.Join(t.TempDir(), "m.gguf")
			require.NoError(t, app.Run([]string{"loraserve", "export-gguf", "--model", modelDir, "--out", file, "--dtype", tc.dtype}))
			require.Contains(t, buf.String(), "written to "+file)
			ad := filepath.Join(t.TempDir(), "a.gguf")
			require.NoError(t, newApp().Run([]string{"loraserve", "export-gguf", "--model", file, "--adapter", adapterDir, "--out", ad}))
			got := logits(file, ad)
			require.Len(t, got, len(want))
			if tc.dtype == "f32" {
				for i := range want {
					require.InDelta(t, want[i], got[i], 1e-5, "logit %d", i)
				}
				return
			}
			// Q8_0 rounds weights and activations to 8-bit blocks, as llama.cpp
			// does: the logits move by about 1.5% (RMS) on this random model; a
			// wrong block layout or scale moves them by about 100%.
			var errSq, refSq float64
			for i := range want {
				d := float64(got[i] - want[i])
				errSq += d * d
				refSq += float64(want[i]) * float64(want[i])
			}
			t.Logf("%s: relative RMS error %.4f", tc.dtype, math.Sqrt(errSq/refSq))
			require.Less(t, math.Sqrt(errSq/refSq), tc.tol, "relative RMS error of the logits")
		})
	}
	err := newApp().Run([]string{"loraserve", "export-gguf", "--model", modelDir, "--out", filepath.Join(out, "x.gguf"), "--dtype", "q2_k"})
	require.ErrorContains(t, err, "unknown dtype")
}
