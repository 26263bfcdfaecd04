// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package span

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/openledger/openledger/attribution/weights"
)

type scoreVector struct {
	Name      string           `json:"name"`
	NumDocs   uint64           `json:"numDocs"`
	OutputLen int              `json:"outputLen"`
	Spans     []Span           `json:"spans"`
	Weights   []weights.Weight `json:"weights"`
}

func loadVectors(t *testing.T, path string) []scoreVector {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vs []scoreVector
	if err := json.Unmarshal(b, &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestScoreVectors(t *testing.T) {
	for _, v := range loadVectors(t, "testdata/score.json") {
		t.Run(v.Name, func(t *testing.T) {
			got, err := Weights(v.Spans, v.NumDocs, v.OutputLen)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 && len(v.Weights) == 0 {
				return
			}
			if !slices.Equal(got, v.Weights) {
				t.Fatalf("got %v, want %v", got, v.Weights)
			}
		})
	}
}

func TestScoreFailVectors(t *testing.T) {
	for _, v := range loadVectors(t, "testdata/fail-score.json") {
		t.Run(v.Name, func(t *testing.T) {
			if _, err := Weights(v.Spans, v.NumDocs, v.OutputLen); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}
