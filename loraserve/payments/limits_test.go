// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/settlement"
)

// TestContributionsWithinLimit is the first half of the attack of a
// receipt over settle's 256-contribution limit (a prompt repeating a phrase
// found in more than 256 contributions; settle then reverts the whole batch
// and the settler resends it forever): a receipt never carries more than
// MaxContributions, the kept ones are the largest, their weights keep their
// proportions and sum to exactly 1e18.
func TestContributionsWithinLimit(t *testing.T) {
	for _, n := range []int{1, 255, 256, 257, 1000, 4096} {
		scores := make([]weights.Score, n)
		for i := range scores {
			// Uneven scores with ties, ids in no particular order.
			scores[i] = weights.Score{ContributionID: uint64((i*7919)%100_003 + 1), Score: uint256.NewInt(uint64(1 + (i*37)%500))}
		}
		ws, err := weights.Normalize(scores)
		require.NoError(t, err)
		cs := Contributions(ws)
		require.Len(t, cs, min(n, MaxContributions), "n=%d", n)
		sum := new(uint256.Int)
		for i, c := range cs {
			if i > 0 {
				require.True(t, cs[i-1].ID.Lt(c.ID), "ids ascending")
			}
			sum.Add(sum, c.Weight)
		}
		require.Equal(t, uint256.NewInt(weights.One), sum, "n=%d: weights sum to 1e18", n)
		if n <= MaxContributions {
			continue
		}
		// The kept ones are the largest weights (ties: lower ids).
		in := map[uint64]uint64{}
		for _, w := range ws {
			in[w.ContributionID] += w.Weight
		}
		order := make([]uint64, 0, len(in))
		for id := range in {
			order = append(order, id)
		}
		sort.Slice(order, func(a, b int) bool {
			if in[order[a]] != in[order[b]] {
				return in[order[a]] > in[order[b]]
			}
			return order[a] < order[b]
		})
		kept := map[uint64]bool{}
		var keptSum big.Int
		for _, id := range order[:MaxContributions] {
			kept[id] = true
			keptSum.Add(&keptSum, new(big.Int).SetUint64(in[id]))
		}
		for _, c := range cs {
			id := c.ID.Uint64()
			require.True(t, kept[id], "n=%d: contribution %d is not among the largest", n, id)
			// Rescaled in proportion: floor(w·1e18/kept) or one more.
			want := new(big.Int).Mul(new(big.Int).SetUint64(in[id]), big.NewInt(int64(weights.One)))
			want.Quo(want, &keptSum)
			diff := new(big.Int).Sub(c.Weight.ToBig(), want)
			require.True(t, diff.Sign() >= 0 && diff.Cmp(big.NewInt(1)) <= 0, "n=%d: id %d weight %s, proportional %s", n, id, c.Weight, want)
		}
		// The same weights in another order give the same receipt.
		rev := append([]weights.Weight(nil), ws...)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		require.Equal(t, cs, Contributions(rev))
	}
}

// TestSettleCalldataSize checks the size a round budgets for a batch is
// the size of its packed settle call.
func TestSettleCalldataSize(t *testing.T) {
	for _, counts := range [][]int{{0}, {1}, {256}, {0, 3, 256, 17}, make([]int, 150)} {
		rs := make([]*settlement.Receipt, len(counts))
		vs := make([]*settlement.Voucher, len(counts))
		sigs := make([][]byte, len(counts))
		for i, c := range counts {
			r := &settlement.Receipt{ModelID: uint256.NewInt(2), Fee: uint256.NewInt(1)}
			for j := 0; j < c; j++ {
				r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(uint64(j + 1)), Weight: uint256.NewInt(1)})
			}
			rs[i] = r
			vs[i] = &settlement.Voucher{Payer: common.Address{1}, Operator: common.Address{2}, ModelID: uint256.NewInt(2), ModelVersion: 1,
				RateIn: uint256.NewInt(1), RateOut: uint256.NewInt(1), MaxFee: uint256.NewInt(1), Nonce: uint256.NewInt(uint64(i))}
			sigs[i] = make([]byte, settlement.SignatureLen)
		}
		data, err := packSettle(rs, vs, sigs)
		require.NoError(t, err)
		require.Equal(t, len(data), settleCalldataSize(counts...), "counts %v", counts)
	}
}
