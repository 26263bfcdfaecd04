// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package corpustest

import (
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution/index"
)

// Generator produces documents from a seeded random source.
type Generator struct {
	rng     *rand.Rand
	zipf    *rand.Zipf
	phrases [][]uint32
	vocab   int
}

// NewGenerator returns a generator over vocab token ids with a bank of common
// phrases (3 to 6 tokens) that documents reuse.
func NewGenerator(seed uint64, vocab int) *Generator {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &Generator{rng: rng, zipf: rand.NewZipf(rng, 1.2, 4, uint64(vocab-1)), vocab: vocab}
	for range 64 {
		p := make([]uint32, 3+rng.IntN(4))
		for i := range p {
			p[i] = g.word()
		}
		g.phrases = append(g.phrases, p)
	}
	return g
}

func (g *Generator) word() uint32 { return uint32(g.zipf.Uint64()) }

// Tokens returns n tokens: Zipf words mixed with common phrases.
func (g *Generator) Tokens(n int) []uint32 {
	out := make([]uint32, 0, n+8)
	for len(out) < n {
		if g.rng.IntN(5) == 0 {
			out = append(out, g.phrases[g.rng.IntN(len(g.phrases))]...)
		} else {
			out = append(out, g.word())
		}
	}
	return out[:n]
}

// Docs returns count documents of between minLen and maxLen tokens, with
// contribution ids firstID, firstID+1, … and contributors derived from them.
func (g *Generator) Docs(count, minLen, maxLen int, firstID uint64) []index.Document {
	docs := make([]index.Document, count)
	for i := range docs {
		id := firstID + uint64(i)
		docs[i] = index.Document{
			ContributionID: id,
			Contributor:    Contributor(id),
			Tokens:         g.Tokens(minLen + g.rng.IntN(maxLen-minLen+1)),
		}
	}
	return docs
}

// Intn exposes the generator's random source.
func (g *Generator) Intn(n int) int { return g.rng.IntN(n) }

// Contributor is the deterministic address used for contribution id.
func Contributor(id uint64) common.Address {
	var a common.Address
	a[0] = 0xc0
	for i := range 8 {
		a[19-i] = byte(id >> (8 * i))
	}
	return a
}
