// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
)

// wordTokenizer maps whitespace-separated words to ids in order of first use.
type wordTokenizer struct {
	mu  sync.Mutex
	ids map[string]uint32
}

func newWordTokenizer() *wordTokenizer { return &wordTokenizer{ids: map[string]uint32{}} }

func (w *wordTokenizer) Encode(text string) ([]uint32, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []uint32
	for _, f := range strings.Fields(text) {
		if f == "<fail>" {
			return nil, errors.New("unencodable")
		}
		id, ok := w.ids[f]
		if !ok {
			id = uint32(len(w.ids))
			w.ids[f] = id
		}
		out = append(out, id)
	}
	return out, nil
}

func contributions(rng *rand.Rand, n int, firstID uint64) []attribution.Contribution {
	cs := make([]attribution.Contribution, n)
	for i := range cs {
		id := firstID + uint64(i)
		cs[i] = attribution.Contribution{
			ID:          id,
			Contributor: common.BigToAddress(new(bigInt).SetUint64(1000 + id)),
			Text:        corpustest.Sentence(rng, 80+rng.IntN(200)),
		}
	}
	return cs
}

type fixture struct {
	a        *attribution.Attributor
	versions []attribution.DatanetVersion
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	rng := rand.New(rand.NewPCG(42, 42))
	tok := newWordTokenizer()
	versions := []attribution.DatanetVersion{
		{DatanetID: 3, Version: 1, Contributions: contributions(rng, 60, 1)},
		{DatanetID: 3, Version: 2, Contributions: contributions(rng, 40, 61)},
		{DatanetID: 9, Version: 1, Contributions: contributions(rng, 30, 101)},
	}
	dir := t.TempDir()
	opts := attribution.BuildOptions{TokenizerID: common.HexToHash("0xabc")}
	if _, err := attribution.BuildIndex(dir, tok, versions[:2], opts); err != nil {
		t.Fatal(err)
	}
	// A later version is added as a shard.
	entries, err := attribution.BuildIndex(dir, tok, versions[2:], opts)
	if err != nil || len(entries) != 1 || entries[0].File != "shard-000002-d9-v1.olx" {
		t.Fatalf("entries %v: %v", entries, err)
	}
	a, err := attribution.Open(dir, tok, span.Config{MinLength: 6, MaxOccurrences: 1000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return &fixture{a: a, versions: versions}
}

func weightOf(ws []weights.Weight, id uint64) uint64 {
	for _, w := range ws {
		if w.ContributionID == id {
			return w.Weight
		}
	}
	return 0
}

func TestAttributeCopiedContribution(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name   string
		source attribution.Contribution
		output func(words []string) string
	}{
		{"first-version", f.versions[0].Contributions[17], func(w []string) string { return strings.Join(w[:60], " ") }},
		{"added-shard", f.versions[2].Contributions[5], func(w []string) string { return strings.Join(w[10:70], " ") }},
		{"paraphrased", f.versions[1].Contributions[8], func(w []string) string {
			w = append([]string(nil), w[:64]...)
			w[20], w[41] = "zebra", "quokka"
			return strings.Join(w, " ")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			att, toks, err := f.a.AttributeText(tc.output(strings.Fields(tc.source.Text)))
			if err != nil {
				t.Fatal(err)
			}
			if err := weights.Validate(att.Weights); err != nil || len(att.Weights) == 0 {
				t.Fatalf("weights %v: %v", att.Weights, err)
			}
			if got := weightOf(att.Weights, tc.source.ID); got < weights.One/10*9 {
				t.Fatalf("source got %.3f of the weight: %v", float64(got)/1e18, att.Weights)
			}
			if err := attribution.VerifyEvidence(att, toks); err != nil {
				t.Fatal(err)
			}
			if err := f.a.Verify(toks, att); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestNoOverlapGivesNoWeights(t *testing.T) {
	f := newFixture(t)
	att, toks, err := f.a.AttributeText("completely unrelated words xylophone quasar nebula vortex zephyr")
	if err != nil {
		t.Fatal(err)
	}
	if len(att.Weights) != 0 || len(att.Evidence.Spans) != 0 {
		t.Fatalf("weights %v spans %v", att.Weights, att.Evidence.Spans)
	}
	if err := f.a.Verify(toks, att); err != nil {
		t.Fatal(err)
	}
}

func TestTamperedEvidenceRejected(t *testing.T) {
	f := newFixture(t)
	src := strings.Fields(f.versions[0].Contributions[3].Text)
	other := strings.Fields(f.versions[1].Contributions[2].Text)
	text := strings.Join(src[:40], " ") + " " + strings.Join(other[:40], " ")
	att, toks, err := f.a.AttributeText(text)
	if err != nil {
		t.Fatal(err)
	}
	if len(att.Evidence.Spans) < 2 {
		t.Fatalf("expected at least two spans, got %d", len(att.Evidence.Spans))
	}
	if err := f.a.Verify(toks, att); err != nil {
		t.Fatal(err)
	}
	// clone deep-copies through JSON, which also checks the encoding.
	clone := func() *attribution.Attribution {
		b, err := json.Marshal(att)
		if err != nil {
			t.Fatal(err)
		}
		var c attribution.Attribution
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	// reseal recomputes weights and root so only the index can catch it.
	reseal := func(c *attribution.Attribution) {
		ws, err := span.Weights(c.Evidence.Spans, c.Evidence.NumDocs, c.Evidence.OutputLen)
		if err == nil {
			c.Weights = ws
		}
		c.ProofRoot = attribution.ProofRoot(&c.Evidence, c.Weights)
	}
	tests := []struct {
		name        string
		tamper      func(c *attribution.Attribution)
		sealed      bool // weights and root recomputed by the forger
		otherOutput []uint32
	}{
		{"steal-contribution", func(c *attribution.Attribution) { c.Evidence.Spans[0].Docs[0].ContributionID = 999 }, false, nil},
		{"steal-contribution-resealed", func(c *attribution.Attribution) { c.Evidence.Spans[0].Docs[0].ContributionID = 999 }, true, nil},
		{"redirect-payee-resealed", func(c *attribution.Attribution) {
			c.Evidence.Spans[0].Docs[0].Contributor = common.HexToAddress("0xbad")
		}, true, nil},
		{"move-offset-resealed", func(c *attribution.Attribution) { c.Evidence.Spans[0].Docs[0].Offset++ }, true, nil},
		{"drop-span-resealed", func(c *attribution.Attribution) { c.Evidence.Spans = c.Evidence.Spans[1:] }, true, nil},
		{"shorten-span-resealed", func(c *attribution.Attribution) { c.Evidence.Spans[1].Length-- }, true, nil},
		{"inflate-numdocs-resealed", func(c *attribution.Attribution) { c.Evidence.NumDocs *= 2 }, true, nil},
		{"shift-weight", func(c *attribution.Attribution) {
			c.Weights[0].Weight--
			c.Weights[len(c.Weights)-1].Weight++
		}, false, nil},
		{"shift-weight-resealed-root", func(c *attribution.Attribution) {
			c.Weights[0].Weight--
			c.Weights[len(c.Weights)-1].Weight++
			c.ProofRoot = attribution.ProofRoot(&c.Evidence, c.Weights)
		}, false, nil},
		{"forged-root", func(c *attribution.Attribution) { c.ProofRoot[0] ^= 1 }, false, nil},
		{"count-mismatch", func(c *attribution.Attribution) { c.Evidence.Spans[0].Count++ }, false, nil},
		{"other-index-resealed", func(c *attribution.Attribution) { c.Evidence.IndexRoot[5] ^= 1 }, true, nil},
		{"weaker-min-length-resealed", func(c *attribution.Attribution) { c.Evidence.Config.MinLength = 1 }, true, nil},
		{"other-output", func(*attribution.Attribution) {}, false, toks[1:]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := clone()
			tc.tamper(c)
			if tc.sealed {
				reseal(c)
			}
			out := toks
			if tc.otherOutput != nil {
				out = tc.otherOutput
			}
			err := f.a.Verify(out, c)
			if !errors.Is(err, attribution.ErrRejected) {
				t.Fatalf("tampered evidence accepted: %v", err)
			}
		})
	}
}

func TestBuildIndexErrors(t *testing.T) {
	tok := newWordTokenizer()
	dir := t.TempDir()
	v := attribution.DatanetVersion{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{{ID: 1, Text: "a b c"}}}
	if _, err := attribution.BuildIndex(dir, nil, []attribution.DatanetVersion{v}, attribution.BuildOptions{}); !errors.Is(err, attribution.ErrNoTokenizer) {
		t.Fatal(err)
	}
	bad := v
	bad.Contributions = []attribution.Contribution{{ID: 2, Text: "x <fail> y"}}
	if _, err := attribution.BuildIndex(dir, tok, []attribution.DatanetVersion{bad}, attribution.BuildOptions{}); err == nil || !strings.Contains(err.Error(), "contribution 2") {
		t.Fatalf("got %v", err)
	}
	if _, err := attribution.BuildIndex(dir, tok, []attribution.DatanetVersion{v, v}, attribution.BuildOptions{}); err == nil {
		t.Fatal("duplicate version accepted")
	}
	if _, err := attribution.Open(t.TempDir(), tok, span.DefaultConfig()); err == nil {
		t.Fatal("empty directory opened")
	}
	if _, err := attribution.Open(dir, tok, span.Config{}); err == nil {
		t.Fatal("bad config accepted")
	}
	a, err := attribution.Open(dir, nil, span.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, _, err := a.AttributeText("a b"); !errors.Is(err, attribution.ErrNoTokenizer) {
		t.Fatal(err)
	}
}

func ExampleAttributor_Attribute() {
	tok := newWordTokenizer()
	dir, _ := tempDir()
	defer removeAll(dir)
	versions := []attribution.DatanetVersion{{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{
		{ID: 10, Text: "the quick brown fox jumps over the lazy dog"},
		{ID: 11, Text: "a stitch in time saves nine"},
	}}}
	if _, err := attribution.BuildIndex(dir, tok, versions, attribution.BuildOptions{}); err != nil {
		panic(err)
	}
	a, _ := attribution.Open(dir, tok, span.Config{MinLength: 3, MaxOccurrences: 100})
	defer a.Close()
	att, _, _ := a.AttributeText("they said the quick brown fox jumps")
	for _, w := range att.Weights {
		fmt.Println(w.ContributionID, w.Weight)
	}
	// Output: 10 1000000000000000000
}
