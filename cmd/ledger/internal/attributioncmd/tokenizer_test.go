// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attributioncmd_test

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// TestWithLoraserveTokenizer indexes text with the model's byte-level BPE
// tokenizer (the one this command loads) and attributes an output quoting one
// contribution.
func TestWithLoraserveTokenizer(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 21))
	cs := make([]attribution.Contribution, 40)
	var corpus strings.Builder
	for i := range cs {
		id := uint64(1 + i)
		cs[i] = attribution.Contribution{ID: id, Contributor: common.BigToAddress(new(big.Int).SetUint64(1000 + id)), Text: corpustest.Sentence(rng, 80+rng.IntN(200))}
		corpus.WriteString(cs[i].Text)
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
	var got uint64
	for _, w := range att.Weights {
		if w.ContributionID == src.ID {
			got = w.Weight
		}
	}
	if got < weights.One/10*9 {
		t.Fatalf("quoted contribution got %.3f: %v", float64(got)/1e18, att.Weights)
	}
	if err := a.Verify(toks, att); err != nil {
		t.Fatal(err)
	}
}
