// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
)

// FuzzVerifyEvidence feeds arbitrary receipts' evidence (as JSON) to the
// index-free verifier: it must reject or accept, never panic.
func FuzzVerifyEvidence(f *testing.F) {
	hit := span.DocHit{ContributionID: 1, Count: 1}
	seed := attribution.Attribution{Evidence: attribution.Evidence{
		Engine: attribution.SpanEngine, OutputLen: 10, NumDocs: 3,
		Config: span.Config{MinLength: 2, MaxOccurrences: 5},
		Spans:  []span.Span{{Start: 1, Length: 4, Count: 1, Docs: []span.DocHit{hit}}},
	}}
	seed.Weights, _ = span.Weights(seed.Evidence.Spans, 3, 10)
	seed.ProofRoot = attribution.ProofRoot(&seed.Evidence, seed.Weights)
	if err := attribution.VerifyEvidence(&seed, nil); err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(seed)
	f.Add(b)
	f.Add([]byte(`{"evidence":{"engine":"poa/span/v1","outputLen":-5,"config":{"minLength":1,"maxOccurrences":1}}}`))
	f.Add([]byte(`{"evidence":{"engine":"poa/span/v1","outputLen":3,"numDocs":1,"config":{"minLength":1,"maxOccurrences":1},"spans":[{"start":2,"length":9223372036854775807,"count":1,"docs":[{"count":1}]}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var att attribution.Attribution
		if json.Unmarshal(data, &att) != nil {
			return
		}
		if err := attribution.VerifyEvidence(&att, nil); err != nil && !errors.Is(err, attribution.ErrRejected) {
			t.Fatalf("error does not wrap ErrRejected: %v", err)
		}
	})
}
