// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// TestWithLoraserveTokenizer indexes text with the model's byte-level BPE
// tokenizer and attributes an output quoting one contribution.
func TestWithLoraserveTokenizer(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 21))
	cs := contributions(rng, 40, 1)
	var corpus strings.Builder
	for _, c := range cs {
		corpus.WriteString(c.Text)
		corpus.WriteString("\n")
	}
	bpe, err := tokenizer.Train(corpus.String(), 600, []string{"<|endoftext|>"})
	if err != nil {
		t.Fatal(err)
	}
	tok := attribution.FromIntEncoder(bpe)
	dir := t.TempDir()
	v := attribution.DatanetVersion{DatanetID: 5, Version: 1, Contributions: cs}
	if _, err := attribution.BuildIndex(dir, tok, []attribution.DatanetVersion{v}, attribution.BuildOptions{TokenizerID: common.HexToHash("0xb9e")}); err != nil {
		t.Fatal(err)
	}
	a, err := attribution.Open(dir, tok, span.Config{MinLength: 12, MaxOccurrences: 1000})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	src := cs[11]
	words := strings.Fields(src.Text)
	output := "As the model put it: " + strings.Join(words[5:55], " ") + "."
	att, toks, err := a.AttributeText(output)
	if err != nil {
		t.Fatal(err)
	}
	if got := weightOf(att.Weights, src.ID); got < weights.One/10*9 {
		t.Fatalf("quoted contribution got %.3f: %v", float64(got)/1e18, att.Weights)
	}
	if err := a.Verify(toks, att); err != nil {
		t.Fatal(err)
	}
}

type negativeEncoder struct{}

func (negativeEncoder) Encode(string) []int { return []int{1, -1} }

func TestFromIntEncoderRejectsBadIDs(t *testing.T) {
	if _, err := attribution.FromIntEncoder(negativeEncoder{}).Encode("x"); !errors.Is(err, attribution.ErrTokenID) {
		t.Fatalf("got %v", err)
	}
}
