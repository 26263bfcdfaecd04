// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model_test

import (
	"fmt"
	"testing"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

var benchSpec = testmodel.Spec{HiddenSize: 256, IntermediateSize: 688, Layers: 4, Heads: 8, KVHeads: 4, MaxPositions: 512}

// BenchmarkForwardDecode is one decode step for batches of 1 and 16
// sequences, each with its own adapter; SetBytes is the weight bytes read.
func BenchmarkForwardDecode(b *testing.B) {
	m := loadModel(b, benchSpec, model.Options{})
	var weightBytes int64
	for _, l := range m.Weights.Layers {
		for _, w := range l.W {
			if w != nil {
				weightBytes += w.Bytes()
			}
		}
	}
	for _, n := range []int{1, 16} {
		b.Run(fmt.Sprintf("batch=%d", n), func(b *testing.B) {
			entries := make([]model.Entry, n)
			for i := range entries {
				a := testmodel.NewAdapter(fmt.Sprint(i), m.Config, testmodel.AdapterSpec{Seed: uint64(i), Rank: 16})
				entries[i] = model.Entry{Seq: m.KV.NewSequence(), Tokens: tokensA[:16], Adapter: a}
			}
			if _, err := m.Forward(entries); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(weightBytes)
			b.ReportAllocs()
			for b.Loop() {
				for i := range entries {
					entries[i].Seq.Truncate(16)
					entries[i].Tokens = tokensA[i%8 : i%8+1]
				}
				if _, err := m.Forward(entries); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tok/s")
			for _, e := range entries {
				e.Seq.Release()
			}
		})
	}
}

// BenchmarkLossGradient is the attribution engine's per-example cost:
// a 16-token sequence, all seven modules adapted at rank 16.
func BenchmarkLossGradient(b *testing.B) {
	m := loadModel(b, benchSpec, model.Options{})
	a := testmodel.NewAdapter("g", m.Config, testmodel.AdapterSpec{Seed: 1, Rank: 16,
		Targets: []lora.Proj{lora.Q, lora.K, lora.V, lora.O, lora.Gate, lora.Up, lora.Down}})
	g := model.NewGradients(a)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := m.LossGradient(a, []model.Example{{Tokens: tokensA[:16], LossStart: 1}}, 1, g); err != nil {
			b.Fatal(err)
		}
	}
}
