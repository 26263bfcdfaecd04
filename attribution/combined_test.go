// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/influence/influencetest"
	"github.com/openledger/openledger/attribution/weights"
)

func TestCombinedSpanAndInfluence(t *testing.T) {
	f := newFixture(t)
	tok := newWordTokenizer()
	// The toy model sees the same contributions as token sequences.
	const vocab = 64
	model := influencetest.NewToyLoRA(3, vocab, 8, 4)
	var train []influence.TrainingExample
	for _, c := range f.versions[0].Contributions[:30] {
		ids, _ := tok.Encode(c.Text)
		for i := range ids {
			ids[i] %= vocab
		}
		train = append(train, influence.TrainingExample{ContributionID: c.ID, Example: influence.Example{Tokens: ids, LossStart: 1}})
	}
	cache, err := influence.BuildCache(context.Background(), model, train, influence.CacheOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cacheHash := attribution.CacheHash(cache)

	src := f.versions[0].Contributions[12]
	text := strings.Join(strings.Fields(src.Text)[:50], " ")
	spanAtt, toks, err := f.a.AttributeText(text)
	if err != nil {
		t.Fatal(err)
	}
	ex := influence.Example{Tokens: train[12].Example.Tokens, LossStart: 1}
	inflAtt, err := attribution.AttributeInfluence(cache, cacheHash, model, ex)
	if err != nil {
		t.Fatal(err)
	}
	if err := attribution.VerifyInfluence(cache, cacheHash, model, ex, inflAtt); err != nil {
		t.Fatal(err)
	}
	comb, err := attribution.Combine(spanAtt, inflAtt, weights.One/2)
	if err != nil {
		t.Fatal(err)
	}
	if err := weights.Validate(comb.Weights); err != nil {
		t.Fatal(err)
	}
	var top weights.Weight
	for _, w := range comb.Weights {
		if w.Weight > top.Weight {
			top = w
		}
	}
	if top.ContributionID != src.ID || top.Weight < weights.One/2 {
		t.Fatalf("top weight %v, want contribution %d above one half", top, src.ID)
	}
	if err := attribution.VerifyCombined(comb, toks); err != nil {
		t.Fatal(err)
	}

	// JSON round trip keeps it verifiable.
	b, err := json.Marshal(comb)
	if err != nil {
		t.Fatal(err)
	}
	var back attribution.Combined
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := attribution.VerifyCombined(&back, toks); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		tamper func(c *attribution.Combined)
	}{
		{"span-share", func(c *attribution.Combined) { c.SpanShare = weights.One }},
		{"influence-score", func(c *attribution.Combined) { c.Influence.Evidence.Scores[0].Score++ }},
		{"weight", func(c *attribution.Combined) { c.Weights[0].Weight++; c.Weights[1].Weight-- }},
		{"root", func(c *attribution.Combined) { c.ProofRoot[31] ^= 1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c attribution.Combined
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatal(err)
			}
			tc.tamper(&c)
			if err := attribution.VerifyCombined(&c, toks); !errors.Is(err, attribution.ErrRejected) {
				t.Fatalf("tampered combination accepted: %v", err)
			}
		})
	}

	// Influence evidence resealed with other scores passes the evidence check
	// but not recomputation with the model.
	forged := *inflAtt
	forged.Evidence.Scores = append([]attribution.QuantizedScore(nil), inflAtt.Evidence.Scores...)
	forged.Evidence.Scores[0].Score = 1 << influence.QuantBits
	var ws []weights.Score
	for _, s := range forged.Evidence.Scores {
		ws = append(ws, weights.Score{ContributionID: s.ContributionID, Score: u256(s.Score)})
	}
	forged.Weights, _ = weights.Normalize(ws)
	forged.ProofRoot = attribution.InfluenceProofRoot(&forged.Evidence, forged.Weights)
	if err := attribution.VerifyInfluenceEvidence(&forged, ex.Tokens); err != nil {
		t.Fatalf("resealed forgery should pass the evidence check: %v", err)
	}
	if err := attribution.VerifyInfluence(cache, cacheHash, model, ex, &forged); !errors.Is(err, attribution.ErrRejected) {
		t.Fatalf("forged influence accepted: %v", err)
	}
}
