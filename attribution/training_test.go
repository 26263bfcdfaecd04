// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
)

// words returns n distinct words with a prefix, as one text.
func words(prefix string, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return strings.Join(w, " ")
}

// spanIndex builds a span index over the contributions (one Datanet version)
// and returns its attributor.
func spanIndex(t *testing.T, cs []attribution.Contribution) *attribution.Attributor {
	t.Helper()
	dir := t.TempDir()
	tok := newWordTokenizer()
	_, err := attribution.BuildIndex(dir, tok, []attribution.DatanetVersion{{DatanetID: 1, Version: 1, Contributions: cs}},
		attribution.BuildOptions{TokenizerID: common.HexToHash("0x1")})
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.Open(dir, tok, span.Config{MinLength: 6, MaxOccurrences: 1000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// The settlement rule over a real span index and a training influence
// document: a contribution the adapter never trained on earns nothing
// (neither a skipped duplicate nor text it never saw), duplicating a
// contribution does not add to its earnings, and with the span share at
// 1e18 an output that reproduces no trained text pays by influence.
func TestMixTraining(t *testing.T) {
	alice, bob, other := words("alice", 40), words("bob", 40), words("zed", 40)
	base := []attribution.Contribution{
		{ID: 1, Contributor: common.Address{1}, Text: alice},
		{ID: 2, Contributor: common.Address{2}, Text: bob},
		{ID: 4, Contributor: common.Address{4}, Text: other}, // accepted, never trained on
	}
	// Contribution 3 is a copy of 1 (by someone else); ModelFactory trains
	// on each text once, so it is not in the trained list.
	withCopy := append(append([]attribution.Contribution{}, base...), attribution.Contribution{ID: 3, Contributor: common.Address{3}, Text: alice})
	doc, err := attribution.NewTrainingInfluence([]uint64{2, 1},
		[]influence.Score{{ContributionID: 1, Value: 0.25}, {ContributionID: 2, Value: 0.5}, {ContributionID: 2, Value: 0.5}, {ContributionID: 1, Value: -1}},
		"held-out", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Scores) != 1 || doc.Scores[0].ContributionID != 2 {
		t.Fatalf("contribution 1's merged score is negative, only 2 should score: %+v", doc.Scores)
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	parsed, h, err := attribution.ParseTrainingInfluence(raw)
	if err != nil {
		t.Fatal(err)
	}

	output := strings.Join(strings.Fields(alice)[5:30], " ")
	var aliceWeight []uint64
	for _, cs := range [][]attribution.Contribution{base, withCopy} {
		a := spanIndex(t, cs)
		sp, toks, err := a.AttributeText(output)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 4 && weightOf(sp.Weights, 3) == 0 {
			t.Fatal("span attribution alone should credit the copy: the test would prove nothing")
		}
		for _, share := range []uint64{weights.One, weights.One / 2} {
			m, err := attribution.MixTraining(sp, parsed, h, share)
			if err != nil {
				t.Fatal(err)
			}
			if err := weights.Validate(m.Weights); err != nil {
				t.Fatal(err)
			}
			if weightOf(m.Weights, 3) != 0 || weightOf(m.Weights, 4) != 0 {
				t.Fatalf("share %d: a contribution never trained on earns: %v", share, m.Weights)
			}
			if err := attribution.VerifyMix(m, raw, toks); err != nil {
				t.Fatal(err)
			}
			if share == weights.One {
				if weightOf(m.Weights, 1) != weights.One {
					t.Fatalf("the output spells contribution 1 only: %v", m.Weights)
				}
				aliceWeight = append(aliceWeight, weightOf(m.Weights, 1))
			} else if weightOf(m.Weights, 1) != weights.One/2 || weightOf(m.Weights, 2) != weights.One/2 {
				t.Fatalf("half spans (all 1), half influence (all 2): %v", m.Weights)
			}
		}
	}
	if aliceWeight[0] != aliceWeight[1] {
		t.Fatalf("the copy changed the original's weight: %v", aliceWeight)
	}

	// An output of text never trained on: no trained span, so influence
	// takes the span's share; the untrained contribution gets nothing.
	a := spanIndex(t, withCopy)
	sp, toks, err := a.AttributeText(strings.Join(strings.Fields(other)[:20], " "))
	if err != nil {
		t.Fatal(err)
	}
	if weightOf(sp.Weights, 4) == 0 {
		t.Fatal("span attribution alone should credit contribution 4")
	}
	m, err := attribution.MixTraining(sp, parsed, h, weights.One)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) != 1 || m.Weights[0].ContributionID != 2 || m.Weights[0].Weight != weights.One {
		t.Fatalf("influence only: %v", m.Weights)
	}
	if err := attribution.VerifyMix(m, raw, toks); err != nil {
		t.Fatal(err)
	}

	// Tampering is caught.
	bad := *m
	bad.Weights = []weights.Weight{{ContributionID: 4, Weight: weights.One}}
	if err := attribution.VerifyMix(&bad, raw, toks); !errors.Is(err, attribution.ErrRejected) {
		t.Fatalf("forged weights: %v", err)
	}
	other2 := strings.Replace(string(raw), `"evalExamples":3`, `"evalExamples":4`, 1)
	if err := attribution.VerifyMix(m, []byte(other2), toks); !errors.Is(err, attribution.ErrRejected) {
		t.Fatalf("another document: %v", err)
	}
}

func TestTrainingInfluenceRefusesMalformed(t *testing.T) {
	if _, err := attribution.NewTrainingInfluence([]uint64{1}, []influence.Score{{ContributionID: 2, Value: 1}}, "training", 1); err == nil {
		t.Fatal("a score of a contribution not trained on")
	}
	for name, doc := range map[string]string{
		"engine":      `{"engine":"x","trained":[1],"scores":[]}`,
		"unsorted":    `{"engine":"poa/training-influence/v1","trained":[2,1],"scores":[]}`,
		"zero":        `{"engine":"poa/training-influence/v1","trained":[1],"scores":[{"contributionId":"1","score":"0"}]}`,
		"too-large":   `{"engine":"poa/training-influence/v1","trained":[1],"scores":[{"contributionId":"1","score":"281474976710657"}]}`,
		"not-trained": `{"engine":"poa/training-influence/v1","trained":[1],"scores":[{"contributionId":"2","score":"5"}]}`,
		"not-json":    `{`,
	} {
		if _, _, err := attribution.ParseTrainingInfluence([]byte(doc)); !errors.Is(err, attribution.ErrRejected) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
