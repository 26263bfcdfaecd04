// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/weights"
)

// Score is one training contribution's influence on a test output.
type Score struct {
	ContributionID uint64  `json:"contributionId"`
	Value          float64 `json:"value"` // vᵀ H^-1 g_k: > 0 helped, < 0 hurt
}

// Influence scores every cached training example against the output ex of
// model m. Scores are in cache order.
func (c *Cache) Influence(m GradientModel, ex Example) ([]Score, error) {
	if err := ex.Check(); err != nil {
		return nil, err
	}
	if !slices.Equal(m.Layers(), c.layers) {
		return nil, fmt.Errorf("%w: model layers differ from the cache's", ErrModel)
	}
	_, v, err := m.LossGradient(ex)
	if err != nil {
		return nil, fmt.Errorf("test gradient: %w", err)
	}
	if err := checkGradient(v, c.offsets[len(c.layers)]); err != nil {
		return nil, err
	}
	return c.InfluenceOfGradient(v), nil
}

// InfluenceOfGradient scores the cached examples against a test gradient v.
func (c *Cache) InfluenceOfGradient(v []float32) []Score {
	n, L := len(c.ids), len(c.layers)
	dim := c.offsets[L]
	// r = Σ_l 1/(n λ_l) Σ_i (v_l − c_il g_il), c_il = v_l·g_il / (λ_l + ‖g_il‖²)
	r := make([]float64, dim)
	coef := make([]float64, L)
	for i := range n {
		row := c.grads[i*dim : (i+1)*dim]
		for l := range L {
			lo, hi := c.offsets[l], c.offsets[l+1]
			coef[l] = dot32(v[lo:hi], row[lo:hi]) / (c.lambda[l] + c.sqnorm[i*L+l])
		}
		for l := range L {
			cl := coef[l]
			rl := r[c.offsets[l]:c.offsets[l+1]]
			gl := row[c.offsets[l]:c.offsets[l+1]]
			for j := range rl {
				rl[j] -= cl * float64(gl[j])
			}
		}
	}
	for l := range L {
		inv := 1 / c.lambda[l]
		scale := 1 / (float64(n) * c.lambda[l])
		rl := r[c.offsets[l]:c.offsets[l+1]]
		vl := v[c.offsets[l]:c.offsets[l+1]]
		for j := range rl {
			rl[j] = float64(vl[j])*inv + rl[j]*scale
		}
	}
	out := make([]Score, n)
	for i := range n {
		out[i] = Score{ContributionID: c.ids[i], Value: dot64x32(r, c.grads[i*dim:(i+1)*dim])}
	}
	return out
}

// Rank returns the scores sorted from most to least helpful (ties by id).
func Rank(scores []Score) []Score {
	out := slices.Clone(scores)
	slices.SortFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.ContributionID, b.ContributionID))
	})
	return out
}

// QuantBits is the precision of quantised scores: the largest positive score
// becomes 2^QuantBits.
const QuantBits = 48

// Quantize keeps the positive scores and maps them to integers relative to the
// largest, ⌊2^48 · s / max⌋, merging scores of the same contribution. These
// integers are the influence evidence a receipt commits to.
func Quantize(scores []Score) []weights.Score {
	var best float64
	merged := map[uint64]float64{}
	for _, s := range scores {
		if s.Value > 0 && !math.IsInf(s.Value, 0) {
			merged[s.ContributionID] += s.Value
		}
	}
	for _, v := range merged {
		best = max(best, v)
	}
	if best == 0 {
		return nil
	}
	ids := make([]uint64, 0, len(merged))
	for id := range merged {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var out []weights.Score
	for _, id := range ids {
		q := uint64(math.Ldexp(merged[id]/best, QuantBits))
		if q > 0 {
			out = append(out, weights.Score{ContributionID: id, Score: uint256.NewInt(q)})
		}
	}
	return out
}

// Weights turns influence scores into 1e18 fixed-point weights (positive
// influence only; empty if nothing helped).
func Weights(scores []Score) ([]weights.Weight, error) {
	return weights.Normalize(Quantize(scores))
}
