// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/openledger/openledger/loraserve/testmodel"
)

// DevConfig returns a configuration serving the generated test model and
// adapters under dir (dir/model, dir/adapters), writing them first when dir
// has none: what the devnet embeds. The model is testmodel.Tiny with a 2,048
// context; adapters are named adapter-0000 onwards.
func DevConfig(dir string, adapters int, listenAddr string) (Config, error) {
	modelDir := filepath.Join(dir, "model")
	adaptersDir := filepath.Join(dir, "adapters")
	if _, err := os.Stat(filepath.Join(modelDir, "config.json")); os.IsNotExist(err) {
		spec := testmodel.Tiny
		spec.MaxPositions = 2048
		cfg, err := testmodel.WriteModel(modelDir, spec)
		if err != nil {
			return Config{}, fmt.Errorf("loraserve: dev model: %w", err)
		}
		if _, err := testmodel.WriteAdapters(adaptersDir, cfg, adapters, 1000); err != nil {
			return Config{}, fmt.Errorf("loraserve: dev adapters: %w", err)
		}
	}
	c := DefaultConfig()
	c.ModelDir, c.AdaptersDir, c.ServedModelName, c.ListenAddr = modelDir, adaptersDir, "openledger-dev", listenAddr
	return c, nil
}
