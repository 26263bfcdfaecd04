// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package testmodel

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		cfg, err := WriteModel(filepath.Join(dir, "model"), Tiny)
		require.NoError(t, err)
		_, err = WriteAdapters(filepath.Join(dir, "adapters"), cfg, 2, 5)
		require.NoError(t, err)
	}
	for _, f := range []string{"model/config.json", "model/model.safetensors", "model/tokenizer.json",
		"adapters/adapter-0001/adapter_model.safetensors", "adapters/adapter-0001/adapter_config.json"} {
		x, err := os.ReadFile(filepath.Join(a, f))
		require.NoError(t, err)
		y, err := os.ReadFile(filepath.Join(b, f))
		require.NoError(t, err)
		require.Equal(t, x, y, f)
	}
	// A different seed gives different weights.
	cfg, err := WriteModel(filepath.Join(a, "other"), Spec{Seed: 2})
	require.NoError(t, err)
	require.Equal(t, 64, cfg.HiddenSize)
	x, _ := os.ReadFile(filepath.Join(a, "model/model.safetensors"))
	y, _ := os.ReadFile(filepath.Join(a, "other/model.safetensors"))
	require.NotEqual(t, x, y)
}
