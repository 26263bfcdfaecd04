// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package corpustest

import (
	"math/rand/v2"
	"strings"
)

// words is a small English-like vocabulary; its first twelve words are the
// common ones Sentence favours.
var words = strings.Fields(`the a of to and in is that for it as with was on be by this are from at or
an which have not has but were its they their one all been more also can had there would other into some
model data ledger token chain block proof weight train learn layer rank adapter value node batch fee
river stone cloud light green quiet sharp early north winter silver garden market window paper engine`)

// Sentence draws n words, half of them from the twelve most common, so texts
// share short phrases the way natural text does; for tests that tokenize
// text (word or byte-level BPE tokenizers).
func Sentence(rng *rand.Rand, n int) string {
	out := make([]string, n)
	for i := range out {
		k := rng.IntN(len(words))
		if rng.IntN(2) == 0 {
			k = rng.IntN(12)
		}
		out[i] = words[k]
	}
	return strings.Join(out, " ")
}
