// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package weights

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/holiman/uint256"
)

// One is 1.0 in weight fixed point (1e18).
const One uint64 = 1_000_000_000_000_000_000

// MaxScoreBits bounds a total score so score·1e18 fits in 256 bits.
const MaxScoreBits = 190

var (
	// ErrScoreOverflow is returned when scores are too large to normalise.
	ErrScoreOverflow = errors.New("weights: score overflow")
	// ErrInvalid is returned by Validate for a malformed weight list.
	ErrInvalid = errors.New("weights: invalid")
)

// Weight is one contribution's share of an attribution, in units of 1e-18.
type Weight struct {
	ContributionID uint64 `json:"contributionId"`
	Weight         uint64 `json:"weight"`
}

// Score is an engine's raw, non-negative credit for a contribution.
type Score struct {
	ContributionID uint64
	Score          *uint256.Int
}

// Normalize merges scores per contribution and scales them to weights summing
// to exactly One, sorted by contribution id. Zero scores are dropped; if all
// are zero the result is empty.
func Normalize(scores []Score) ([]Weight, error) {
	merged := map[uint64]*uint256.Int{}
	for _, s := range scores {
		if s.Score == nil || s.Score.IsZero() {
			continue
		}
		acc, ok := merged[s.ContributionID]
		if !ok {
			acc = new(uint256.Int)
			merged[s.ContributionID] = acc
		}
		if _, overflow := acc.AddOverflow(acc, s.Score); overflow {
			return nil, fmt.Errorf("%w: contribution %d", ErrScoreOverflow, s.ContributionID)
		}
	}
	if len(merged) == 0 {
		return nil, nil
	}
	ids := make([]uint64, 0, len(merged))
	total := new(uint256.Int)
	for id, v := range merged {
		ids = append(ids, id)
		if _, overflow := total.AddOverflow(total, v); overflow {
			return nil, fmt.Errorf("%w: total", ErrScoreOverflow)
		}
	}
	if total.BitLen() > MaxScoreBits {
		return nil, fmt.Errorf("%w: total has %d bits, limit %d", ErrScoreOverflow, total.BitLen(), MaxScoreBits)
	}
	slices.Sort(ids)

	one := uint256.NewInt(One)
	type share struct {
		id        uint64
		weight    uint64
		remainder uint256.Int
	}
	shares := make([]share, len(ids))
	var sum uint64
	for i, id := range ids {
		num := new(uint256.Int).Mul(merged[id], one)
		q, r := new(uint256.Int), new(uint256.Int)
		q.DivMod(num, total, r)
		shares[i] = share{id: id, weight: q.Uint64(), remainder: *r}
		sum += shares[i].weight
	}
	// Hand out the rounding units to the largest remainders.
	order := make([]int, len(shares))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := shares[b].remainder.Cmp(&shares[a].remainder); c != 0 {
			return c
		}
		return compareUint(shares[a].id, shares[b].id)
	})
	for k := uint64(0); k < One-sum; k++ {
		shares[order[k]].weight++
	}
	out := make([]Weight, 0, len(shares))
	for _, s := range shares {
		if s.weight > 0 {
			out = append(out, Weight{ContributionID: s.id, Weight: s.weight})
		}
	}
	return out, nil
}

func compareUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Part is one engine's weights and the share (in units of One) it gets when
// combined with others.
type Part struct {
	Weights []Weight
	Share   uint64
}

// Combine mixes the weights of several engines: each contribution scores
// Σ share·weight, then Normalize. An engine with no weights gives its share to
// the others.
func Combine(parts ...Part) ([]Weight, error) {
	var scores []Score
	for _, p := range parts {
		if err := Validate(p.Weights); err != nil {
			return nil, err
		}
		for _, w := range p.Weights {
			s := new(uint256.Int).Mul(uint256.NewInt(p.Share), uint256.NewInt(w.Weight))
			scores = append(scores, Score{ContributionID: w.ContributionID, Score: s})
		}
	}
	return Normalize(scores)
}

// Validate checks a weight list: sorted by strictly increasing contribution
// id, no zero weight, and a sum of exactly One (or empty).
func Validate(ws []Weight) error {
	if len(ws) == 0 {
		return nil
	}
	var sum uint64
	for i, w := range ws {
		if w.Weight == 0 {
			return fmt.Errorf("%w: zero weight for contribution %d", ErrInvalid, w.ContributionID)
		}
		if i > 0 && ws[i-1].ContributionID >= w.ContributionID {
			return fmt.Errorf("%w: contribution ids not strictly increasing at %d", ErrInvalid, i)
		}
		if w.Weight > One-sum {
			return fmt.Errorf("%w: weights exceed 1e18", ErrInvalid)
		}
		sum += w.Weight
	}
	if sum != One {
		return fmt.Errorf("%w: weights sum to %d, not 1e18", ErrInvalid, sum)
	}
	return nil
}

// weightJSON spells both numbers as decimal strings: JavaScript clients lose
// precision above 2^53.
type weightJSON struct {
	ContributionID string `json:"contributionId"`
	Weight         string `json:"weight"`
}

// MarshalJSON encodes the weight with decimal-string numbers.
func (w Weight) MarshalJSON() ([]byte, error) {
	return json.Marshal(weightJSON{strconv.FormatUint(w.ContributionID, 10), strconv.FormatUint(w.Weight, 10)})
}

// UnmarshalJSON decodes decimal-string (or plain) numbers.
func (w *Weight) UnmarshalJSON(b []byte) error {
	var raw struct {
		ContributionID json.Number `json:"contributionId"`
		Weight         json.Number `json:"weight"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	id, err := strconv.ParseUint(raw.ContributionID.String(), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: contribution id: %v", ErrInvalid, err)
	}
	v, err := strconv.ParseUint(raw.Weight.String(), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: weight: %v", ErrInvalid, err)
	}
	*w = Weight{ContributionID: id, Weight: v}
	return nil
}
