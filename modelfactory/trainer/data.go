// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/openledger/openledger/loraserve/model"
)

// ErrData is returned for training data the model cannot train on.
var ErrData = errors.New("trainer: bad training data")

// Example is one training example: a token sequence whose predictions from
// LossStart on make up its loss (the tokens before are a prompt: context
// only), and the ID the step log records for it, e.g. the Datanet
// contribution it comes from.
type Example struct {
	ID        uint64 `json:"id"`
	Tokens    []int  `json:"tokens"`
	LossStart int    `json:"lossStart"`
}

func (e Example) model() model.Example {
	return model.Example{Tokens: e.Tokens, LossStart: e.LossStart}
}

// checkData validates the examples against the model.
func checkData(m *model.Model, data []Example) error {
	if len(data) == 0 {
		return fmt.Errorf("%w: no examples", ErrData)
	}
	c := m.Config
	for i, e := range data {
		switch {
		case len(e.Tokens) < 2 || len(e.Tokens) > c.MaxPositions:
			return fmt.Errorf("%w: example %d (id %d) has %d tokens (2..%d)", ErrData, i, e.ID, len(e.Tokens), c.MaxPositions)
		case e.LossStart < 1 || e.LossStart >= len(e.Tokens):
			return fmt.Errorf("%w: example %d (id %d): loss start %d outside [1, %d)", ErrData, i, e.ID, e.LossStart, len(e.Tokens))
		}
		for _, t := range e.Tokens {
			if t < 0 || t >= c.VocabSize {
				return fmt.Errorf("%w: example %d (id %d): token %d outside the vocabulary of %d", ErrData, i, e.ID, t, c.VocabSize)
			}
		}
	}
	return nil
}

// DataHash returns the SHA-256 of the examples in order: for each, its ID,
// LossStart, token count and tokens as little-endian uint64s. A checkpoint
// records it, so a run resumes only on the data it started with.
func DataHash(data []Example) [32]byte {
	h := sha256.New()
	var b [8]byte
	put := func(v uint64) {
		binary.LittleEndian.PutUint64(b[:], v)
		h.Write(b[:])
	}
	put(uint64(len(data)))
	for _, e := range data {
		put(e.ID)
		put(uint64(e.LossStart))
		put(uint64(len(e.Tokens)))
		for _, t := range e.Tokens {
			put(uint64(t))
		}
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Schedule is the order in which a run visits its examples: epoch after
// epoch, each a permutation of the examples drawn from the seed, cut into
// batches of BatchSize. It depends on the seed, the number of examples and the
// batch size only, so anyone holding those can check a step log.
type Schedule struct {
	seed      uint64
	n, batch  int
	permEpoch int
	perm      []int
}

// NewSchedule returns the schedule of n examples in batches of batch.
func NewSchedule(seed uint64, n, batch int) *Schedule {
	return &Schedule{seed: seed, n: n, batch: batch, permEpoch: -1}
}

// Step returns the example indices of step k (from 1).
func (s *Schedule) Step(k int) []int {
	out := make([]int, s.batch)
	for i := range out {
		pos := (k-1)*s.batch + i
		out[i] = s.permutation(pos / s.n)[pos%s.n]
	}
	return out
}

// permutation returns epoch e's order: a Fisher–Yates shuffle driven by
// PCG(seed, e+1), each swap index drawn without bias by rejection.
func (s *Schedule) permutation(e int) []int {
	if e == s.permEpoch {
		return s.perm
	}
	r := rand.NewPCG(s.seed, uint64(e)+1)
	perm := make([]int, s.n)
	for i := range perm {
		perm[i] = i
	}
	for i := s.n - 1; i > 0; i-- {
		bound := uint64(i + 1)
		limit := -bound % bound // 2⁶⁴ mod bound: values below it are rejected
		v := r.Uint64()
		for v < limit {
			v = r.Uint64()
		}
		j := int(v % bound)
		perm[i], perm[j] = perm[j], perm[i]
	}
	s.permEpoch, s.perm = e, perm
	return perm
}
