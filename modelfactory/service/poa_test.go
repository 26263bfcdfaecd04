// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/modelfactory/trainer"
)

func TestSplitHeldOut(t *testing.T) {
	ex := func(ids ...uint64) []trainer.Example {
		var out []trainer.Example
		for i, id := range ids {
			out = append(out, trainer.Example{ID: id, Tokens: []int{i, i + 1}, LossStart: 1})
		}
		return out
	}
	ids := func(es []trainer.Example) []uint64 {
		var out []uint64
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	tests := []struct {
		name       string
		data       []trainer.Example
		frac       float64
		heldOut    int
		everyTrain []uint64
	}{
		{"one-example-each", ex(1, 2, 3, 4), 0.5, 0, []uint64{1, 2, 3, 4}},
		{"spare-examples", ex(1, 1, 1, 2, 2, 3, 3, 3, 3, 3), 0.2, 2, []uint64{1, 2, 3}},
		{"at-least-one", ex(1, 1, 2), 0.1, 1, []uint64{1, 2}},
		{"none-asked", ex(1, 1, 2), 0, 0, []uint64{1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			train, eval := splitHeldOut(tc.data, tc.frac, 7)
			require.Len(t, eval, tc.heldOut)
			require.Len(t, train, len(tc.data)-tc.heldOut)
			seen := map[uint64]bool{}
			for _, id := range ids(train) {
				seen[id] = true
			}
			for _, id := range tc.everyTrain {
				require.True(t, seen[id], "contribution %d lost all its training examples", id)
			}
			again, evalAgain := splitHeldOut(tc.data, tc.frac, 7)
			require.Equal(t, train, again, "the split depends on the seed only")
			require.Equal(t, eval, evalAgain)
		})
	}
}

func TestInfluenceLayers(t *testing.T) {
	mod := func(n int) *lora.Module { return &lora.Module{A: make([]float32, n), BT: make([]float32, n)} }
	a := &lora.Adapter{Layers: make([][lora.NumProj]*lora.Module, 4)}
	for l := range a.Layers {
		if l != 2 {
			a.Layers[l][lora.Q] = mod(10) // 20 floats a layer; layer 2 has none
		}
	}
	require.Equal(t, []int{0, 1, 3}, influenceLayers(a, 10, 1000))
	require.Equal(t, []int{1, 3}, influenceLayers(a, 10, 400))
	require.Equal(t, []int{3}, influenceLayers(a, 10, 100), "the last layer even over the budget")
}
