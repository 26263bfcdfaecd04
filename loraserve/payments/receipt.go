// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/settlement"
)

// ContributionJSON is one attribution credit of a receipt in JSON.
type ContributionJSON struct {
	ContributionID uint64                `json:"contributionId"`
	Weight         *math.HexOrDecimal256 `json:"weight"`
}

// ReceiptJSON is a receipt as loraserve returns and stores it.
type ReceiptJSON struct {
	// ID is keccak256(abi.encode(receipt)), the id settle stores it under.
	ID            common.Hash           `json:"id"`
	VoucherHash   common.Hash           `json:"voucherHash"`
	ModelID       uint64                `json:"modelId"`
	TokensIn      uint64                `json:"tokensIn"`
	TokensOut     uint64                `json:"tokensOut"`
	Fee           *math.HexOrDecimal256 `json:"fee"`
	OutputHash    common.Hash           `json:"outputHash"`
	Contributions []ContributionJSON    `json:"contributions"`
	ProofRoot     common.Hash           `json:"proofRoot"`
}

// ToJSON converts r for JSON.
func ToJSON(r *settlement.Receipt) ReceiptJSON {
	out := ReceiptJSON{ID: r.ID(), VoucherHash: r.VoucherHash, ModelID: r.ModelID.Uint64(), TokensIn: r.TokensIn,
		TokensOut: r.TokensOut, Fee: (*math.HexOrDecimal256)(r.Fee.ToBig()), OutputHash: r.OutputHash, ProofRoot: r.ProofRoot,
		Contributions: make([]ContributionJSON, len(r.Contributions))}
	for i, c := range r.Contributions {
		out.Contributions[i] = ContributionJSON{ContributionID: c.ID.Uint64(), Weight: (*math.HexOrDecimal256)(c.Weight.ToBig())}
	}
	return out
}

// Receipt converts back, checking that the stored id still matches.
func (j ReceiptJSON) Receipt() (*settlement.Receipt, error) {
	fee, err := toU256("fee", j.Fee)
	if err != nil {
		return nil, err
	}
	r := &settlement.Receipt{VoucherHash: j.VoucherHash, ModelID: uint256.NewInt(j.ModelID), TokensIn: j.TokensIn,
		TokensOut: j.TokensOut, Fee: fee, OutputHash: j.OutputHash, ProofRoot: j.ProofRoot}
	for _, c := range j.Contributions {
		w, err := toU256("weight", c.Weight)
		if err != nil {
			return nil, err
		}
		r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(c.ContributionID), Weight: w})
	}
	if r.ID() != j.ID {
		return nil, fmt.Errorf("receipt id %s does not match its fields (%s)", j.ID, r.ID())
	}
	return r, nil
}

// MaxContributions is the most contributions a receipt carries: settle
// refuses a whole batch holding a receipt with more.
const MaxContributions = bindings.SettlementMaxContributions

// Contributions turns attribution weights into a receipt's contributions:
// positive weights only, in increasing contribution id (the order settle
// requires), duplicates of an id summed, at most MaxContributions. When
// attribution credits more, the MaxContributions largest weights (ties: the
// lower id) are kept and rescaled to the total of all the weights (1e18
// for attribution's weights): each kept contribution's share of the dropped
// tail is in proportion to its own weight, floors first and the remaining
// units to the largest remainders (ties: the lower id), so the sum is exact.
func Contributions(ws []weights.Weight) []settlement.Contribution {
	sum := map[uint64]*big.Int{}
	total := new(big.Int)
	for _, w := range ws {
		if w.Weight == 0 {
			continue
		}
		if sum[w.ContributionID] == nil {
			sum[w.ContributionID] = new(big.Int)
		}
		v := new(big.Int).SetUint64(w.Weight)
		sum[w.ContributionID].Add(sum[w.ContributionID], v)
		total.Add(total, v)
	}
	ids := make([]uint64, 0, len(sum))
	for id := range sum {
		ids = append(ids, id)
	}
	if len(ids) > MaxContributions {
		ids = keepLargest(ids, sum, total)
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	out := make([]settlement.Contribution, len(ids))
	for i, id := range ids {
		out[i] = settlement.Contribution{ID: uint256.NewInt(id), Weight: u256(sum[id])}
	}
	return out
}

// keepLargest keeps the MaxContributions largest of sum's ids and rescales
// their weights in sum to total.
func keepLargest(ids []uint64, sum map[uint64]*big.Int, total *big.Int) []uint64 {
	sort.Slice(ids, func(a, b int) bool {
		if c := sum[ids[a]].Cmp(sum[ids[b]]); c != 0 {
			return c > 0
		}
		return ids[a] < ids[b]
	})
	ids = ids[:MaxContributions]
	kept := new(big.Int)
	for _, id := range ids {
		kept.Add(kept, sum[id])
	}
	rems := make(map[uint64]*big.Int, len(ids))
	given := new(big.Int)
	for _, id := range ids {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(sum[id], total), kept, new(big.Int))
		sum[id], rems[id] = q, r
		given.Add(given, q)
	}
	byRem := append([]uint64(nil), ids...)
	sort.Slice(byRem, func(a, b int) bool {
		if c := rems[byRem[a]].Cmp(rems[byRem[b]]); c != 0 {
			return c > 0
		}
		return byRem[a] < byRem[b]
	})
	// Fewer than len(ids) units are left: each remainder is below one.
	left := new(big.Int).Sub(total, given).Int64()
	for i := int64(0); i < left; i++ {
		sum[byRem[i]].Add(sum[byRem[i]], big.NewInt(1))
	}
	return ids
}
