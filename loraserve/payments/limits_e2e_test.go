// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// limitMetrics counts what the settler records.
type limitMetrics struct {
	txMetrics
	mu          sync.Mutex
	quarantined int
}

func (m *limitMetrics) Quarantined(n int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.quarantined += n
}

// queueWith admits request i on adapter 0 and queues the receipt build
// makes from the admission.
func queueWith(t *testing.T, f *settlementtest.Fixture, ver *payments.Verifier, i int, build func(*payments.Admission) *settlement.Receipt) {
	t.Helper()
	a := f.Adapters[0]
	r := newRequest(t, f, a, uint64(i), uint256.NewInt(1e16), fmt.Sprint("q", i))
	adm, err := ver.Admit(context.Background(), r.signed, r.body, a.ID, 10, 10)
	require.NoError(t, err)
	require.NoError(t, adm.Commit(build(adm)))
}

// manyWeights credits n distinct contributions equally (ids past the
// fixture's, so settle rejects the receipt; what matters is that the batch
// goes through).
func manyWeights(n int) []weights.Weight {
	scores := make([]weights.Score, n)
	for i := range scores {
		scores[i] = weights.Score{ContributionID: uint64(10_000 + i), Score: uint256.NewInt(1)}
	}
	ws, _ := weights.Normalize(scores)
	return ws
}

// TestOversizedReceiptQuarantined reproduces the attack of a receipt with
// more contributions than settle accepts: queued among good ones (say by a
// loraserve from before receipts were capped), it made every settle call of
// its batch revert, so the settler re-sent the same oldest batch forever and
// nothing settled. Now the settler halves the batch until it finds the
// receipt that reverts alone, quarantines it (metric, log, quarantine/) and
// settles the rest. A receipt built from the same attribution by
// Admission.Receipt is capped and settles.
func TestOversizedReceiptQuarantined(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	require.NoError(t, err)
	ver := payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60)
	good := func(i int) func(*payments.Admission) *settlement.Receipt {
		return func(adm *payments.Admission) *settlement.Receipt {
			rec, err := adm.Receipt(10, 10, crypto.Keccak256Hash([]byte{byte(i)}), weightsFor(f, f.Adapters[0], i), common.Hash{})
			require.NoError(t, err)
			return rec
		}
	}
	for i := 1; i <= 3; i++ {
		queueWith(t, f, ver, i, good(i))
	}
	var bad common.Hash
	queueWith(t, f, ver, 4, func(adm *payments.Admission) *settlement.Receipt {
		rec, err := adm.Receipt(10, 10, common.Hash{4}, nil, common.Hash{})
		require.NoError(t, err)
		for i := 0; i <= payments.MaxContributions; i++ {
			rec.Contributions = append(rec.Contributions, settlement.Contribution{ID: uint256.NewInt(uint64(i + 1)), Weight: uint256.NewInt(1)})
		}
		bad = rec.VoucherHash
		return rec
	})
	for i := 5; i <= 6; i++ {
		queueWith(t, f, ver, i, good(i))
	}
	// The same attack through Admission.Receipt: capped, so it settles (its
	// unknown contributions are rejected by settle, not the batch).
	var capped *settlement.Receipt
	queueWith(t, f, ver, 7, func(adm *payments.Admission) *settlement.Receipt {
		rec, err := adm.Receipt(10, 10, common.Hash{7}, manyWeights(3*payments.MaxContributions), common.Hash{})
		require.NoError(t, err)
		require.Len(t, rec.Contributions, payments.MaxContributions)
		capped = rec
		return rec
	})

	startProducer(t, f)
	m := &limitMetrics{}
	s, err := payments.NewSettler(payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID), f.Client, q, log.Root(), m)
	require.NoError(t, err)
	ctx := context.Background()
	for round := 0; q.Len() > 0; round++ {
		require.Less(t, round, 5, "the queue does not drain")
		require.NoError(t, s.Round(ctx))
	}
	require.Equal(t, 1, m.quarantined)
	quarantined, err := q.Quarantined()
	require.NoError(t, err)
	require.Len(t, quarantined, 1)
	require.Equal(t, bad, quarantined[0].VoucherHash())
	require.Contains(t, quarantined[0].Reason, "too many contributions")
	chain := payments.NewChain(f.Client)
	for i := 1; i <= 6; i++ {
		id, err := chain.ReceiptOfNonce(ctx, f.Addr(settlementtest.Payer), uint256.NewInt(uint64(i)))
		require.NoError(t, err)
		require.Equal(t, i != 4, id != common.Hash{}, "nonce %d", i)
	}
	rejected, err := q.Rejected()
	require.NoError(t, err)
	require.Len(t, rejected, 1)
	require.Equal(t, capped.VoucherHash, rejected[0].VoucherHash())
	require.Contains(t, []string{bindings.RejectUnknownContrib, bindings.RejectNotInProvenance}, rejected[0].Reason)
	f.CheckSupply()
}

// TestBatchesSizedByBytes reproduces the transaction pool's 128 KiB limit
// biting: ten receipts of 256 contributions are 170 kB of calldata, which
// the pool refused whole, round after round. Rounds now take the oldest
// receipts that fit MaxTxBytes, so every receipt reaches the chain.
func TestBatchesSizedByBytes(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	require.NoError(t, err)
	ver := payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60)
	const n = 10
	for i := 1; i <= n; i++ {
		queueWith(t, f, ver, i, func(adm *payments.Admission) *settlement.Receipt {
			rec, err := adm.Receipt(10, 10, crypto.Keccak256Hash([]byte{byte(i)}), manyWeights(payments.MaxContributions), common.Hash{})
			require.NoError(t, err)
			return rec
		})
	}
	startProducer(t, f)
	m := &limitMetrics{}
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	require.Greater(t, cfg.BatchSize, n, "the receipt count alone would send them in one transaction")
	s, err := payments.NewSettler(cfg, f.Client, q, log.Root(), m)
	require.NoError(t, err)
	for round := 0; q.Len() > 0; round++ {
		require.Less(t, round, 5, "the queue does not drain")
		require.NoError(t, s.Round(context.Background()))
	}
	require.GreaterOrEqual(t, m.count("mined"), 2, "more than one transaction")
	rejected, err := q.Rejected()
	require.NoError(t, err)
	require.Len(t, rejected, n, "every receipt reached settle")
	require.Zero(t, m.quarantined)
	f.CheckSupply()
}

// TestAdmitSubtractsPendingWithdrawal reproduces the escrow race: a payer
// requests the withdrawal of its whole escrow, then buys paid inference
// whose receipt settles after the withdrawal's release; admission counted
// the escrow as free and the payer withdrew first. Admission now subtracts
// a pending withdrawal that releases by the voucher's deadline; one that
// releases after the deadline (the receipt settles before it or not at
// all) does not count.
func TestAdmitSubtractsPendingWithdrawal(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	require.NoError(t, err)
	ver := payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 1)
	a := f.Adapters[0]
	ctx := context.Background()
	// Before any withdrawal request: admitted.
	r := newRequest(t, f, a, 1, uint256.NewInt(1e16), "before")
	adm, err := ver.Admit(ctx, r.signed, r.body, a.ID, 10, 10)
	require.NoError(t, err)
	adm.Release()

	// The whole escrow is requested out, released in WithdrawDelay seconds.
	f.MustSend(f.Keys[settlementtest.Payer], addresses.Settlement, bindings.NewISettlement().PackRequestWithdraw(open.Wei(1)), nil)
	r = newRequest(t, f, a, 2, uint256.NewInt(1e16), "after")
	_, err = ver.Admit(ctx, r.signed, r.body, a.ID, 10, 10)
	require.True(t, errors.Is(err, payments.ErrEscrow), "%v", err)

	// A voucher whose deadline comes before the release is safe to admit.
	now := f.HeadTime()
	require.Greater(t, uint64(settlementtest.WithdrawDelay), uint64(2))
	v, _ := f.VoucherFor(settlementtest.Payer, a.ID, 3, uint256.NewInt(1e16), r.signed.RequestHash)
	v.Deadline = now + 2
	sig := f.Sign(settlementtest.Payer, v)
	adm, err = ver.Admit(ctx, payments.NewSignedVoucher(v, sig), r.body, a.ID, 10, 10)
	require.NoError(t, err)
	adm.Release()

	// Half the escrow leaving leaves the other half to pay with.
	half := new(big.Int).Quo(open.Wei(1), big.NewInt(2))
	f.MustSend(f.Keys[settlementtest.Payer], addresses.Settlement, bindings.NewISettlement().PackRequestWithdraw(half), nil)
	r = newRequest(t, f, a, 4, uint256.NewInt(1e16), "half")
	adm, err = ver.Admit(ctx, r.signed, r.body, a.ID, 10, 10)
	require.NoError(t, err)
	adm.Release()
}
