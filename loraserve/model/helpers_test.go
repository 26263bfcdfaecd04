// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"encoding/json"
	"testing"

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

func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(`{"model_type":"llama","hidden_size":64,"intermediate_size":160,"num_hidden_layers":2,"num_attention_heads":4,"num_key_value_heads":2,"vocab_size":400,"max_position_embeddings":256,"rope_scaling":{"rope_type":"llama3","factor":8,"low_freq_factor":1,"high_freq_factor":4,"original_max_position_embeddings":64},"eos_token_id":[1,2]}`))
	f.Add([]byte(`{"hidden_size":-1}`))
	f.Add([]byte(`{"rope_scaling":{"type":"linear","factor":0}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := model.ParseConfig(b)
		if err != nil {
			return
		}
		inv, err := c.InvFreq()
		if err != nil || len(inv) != c.HeadDim/2 {
			t.Fatalf("valid config with bad rope: %v", err)
		}
		_ = c.EOSTokenIDs()
	})
}

// jsonSetBytes returns the JSON object b with key set to value.
func jsonSetBytes(b []byte, key string, value any) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	m[key] = value
	return json.Marshal(m)
}
