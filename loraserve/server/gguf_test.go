// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// TestServesGGUF serves the same model as Hugging Face directory and as a
// GGUF file, with one adapter as a PEFT directory beside its GGUF export in
// the adapters directory and another hot-loaded from a .gguf file: the GGUF
// service answers exactly as the Hugging Face one.
func TestServesGGUF(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	hf, err := model.Load(f.cfg.ModelDir, model.Options{KVPages: 1})
	require.NoError(t, err)
	tok, err := model.TokenizerForGGUF(f.cfg.ModelDir, hf.Config)
	require.NoError(t, err)
	ggufModel := filepath.Join(f.root, "tiny.gguf")
	require.NoError(t, model.WriteGGUF(ggufModel, hf.Config, hf.Weights, model.GGUFOptions{DType: kernels.F32, Tokenizer: tok}))
	peft := filepath.Join(f.cfg.AdaptersDir, "adapter-0000")
	a, err := lora.Load("adapter-0000", peft, hf.Config)
	require.NoError(t, err)
	ggufDir := filepath.Join(f.root, "gguf-adapters")
	require.NoError(t, os.MkdirAll(ggufDir, 0o755))
	require.NoError(t, lora.SaveGGUF(filepath.Join(ggufDir, "adapter-0000.gguf"), a, hf.Config, "adapter-0000"))
	hot := filepath.Join(ggufDir, "hot", "hot.gguf") // inside the adapters directory, not registered at start
	require.NoError(t, os.MkdirAll(filepath.Dir(hot), 0o755))
	require.NoError(t, lora.SaveGGUF(hot, a, hf.Config, "hot"))
	hf.Close()

	ask := func(url, model string) string {
		resp, body := post(t, url+"/v1/completions", map[string]any{"model": model, "prompt": "Datanets pay", "max_tokens": 6, "temperature": 0})
		require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
		var cr CompletionResponse
		require.NoError(t, json.Unmarshal(body, &cr))
		return cr.Choices[0].Text
	}
	want := map[string]string{}
	s := startService(t, f.cfg)
	for _, m := range []string{"tiny-llama", "adapter-0000"} {
		want[m] = ask(s.URL(), m)
	}
	require.NotEqual(t, want["tiny-llama"], want["adapter-0000"])

	cfg := f.cfg
	cfg.ModelDir, cfg.AdaptersDir, cfg.ServedModelName = ggufModel, ggufDir, ""
	g := startService(t, cfg)
	require.Equal(t, want["adapter-0000"], ask(g.URL(), "adapter-0000"))
	require.Equal(t, want["tiny-llama"], ask(g.URL(), "tiny"), "served under the file name without .gguf")
	resp, body := post(t, g.URL()+"/v1/adapters", map[string]any{"id": "hot", "path": hot, "preload": true})
	require.Equal(t, http.StatusCreated, resp.StatusCode, "%s", body)
	require.Equal(t, want["adapter-0000"], ask(g.URL(), "hot"))
	modelInside := filepath.Join(ggufDir, "hot", "tiny.gguf")
	data, err := os.ReadFile(ggufModel)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(modelInside, data, 0o644))
	resp, body = post(t, g.URL()+"/v1/adapters", map[string]any{"id": "bad", "path": modelInside})
	require.Equal(t, http.StatusBadRequest, resp.StatusCode, "a model file is not an adapter: %s", body)
}
