// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"encoding/json"

	"github.com/openledger/openledger/loraserve/model"
)

// jsonSet returns cfg as JSON with key set to value.
func jsonSet(cfg *model.Config, key string, value any) ([]byte, error) {
	b, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	m[key] = value
	return json.Marshal(m)
}
