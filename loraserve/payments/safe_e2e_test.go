// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// laggingSafe is the node with a safe head the test moves: on an OP Stack
// chain the safe head trails the sequencer's head until the batch holding
// a block is derived from L1, and a block above it can still be reorged out.
type laggingSafe struct {
	payments.Backend
	safe atomic.Uint64
}

func (l *laggingSafe) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n != nil && n.IsInt64() && n.Int64() == int64(rpc.SafeBlockNumber) {
		return l.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.safe.Load()))
	}
	return l.Backend.HeaderByNumber(ctx, n)
}

// TestSettlerKeepsReceiptsUntilSafe is the attack on the queue of a settler
// that deleted receipts as soon as their settle transaction was in a block:
// a sequencer reorg of that unsafe block loses the settlement, and the
// receipts are gone from the queue, so the operator is never paid. Now a
// settled receipt, and a rejected one, stay queued (and are not sent again)
// until the block is safe, and leave once the chain's state at the safe
// block shows the settlement.
func TestSettlerKeepsReceiptsUntilSafe(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{Rival: true})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	queueReceipts(t, f, q, 2)
	// A third receipt whose voucher names another operator: settle rejects it.
	a := f.Adapters[0]
	v, _ := f.VoucherFor(settlementtest.Payer, a.ID, 99, uint256.NewInt(1e16), crypto.Keccak256Hash([]byte("rival")))
	v.Operator = f.Addr(settlementtest.Rival)
	sig := f.Sign(settlementtest.Payer, v)
	fee, _ := settlement.Fee(10, 10, v.RateIn, v.RateOut, new(uint256.Int))
	it, err := payments.NewItem(&settlement.Receipt{VoucherHash: v.Hash(f.Domain), ModelID: v.ModelID, TokensIn: 10, TokensOut: 10, Fee: fee},
		payments.NewSignedVoucher(v, sig))
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Put(it); err != nil {
		t.Fatal(err)
	}
	startProducer(t, f)
	ctx := context.Background()
	head, err := f.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	node := &laggingSafe{Backend: f.Client}
	node.safe.Store(head.Number.Uint64())
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	s, err := payments.NewSettler(cfg, node, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	settlerTxs := func() uint64 {
		n, err := f.Client.NonceAt(ctx, f.Addr(settlementtest.Settler), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := settlerTxs()
	if err := s.Round(ctx); err != nil {
		t.Fatal(err)
	}
	if settlerTxs() != before+1 {
		t.Fatalf("%d settle transactions, want 1", settlerTxs()-before)
	}
	mined, err := f.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	chain := payments.NewChain(f.Client)
	settled := 0
	for _, it := range q.Pending(10) {
		sv, _ := it.Voucher.Voucher()
		if id, _ := chain.ReceiptOfNonce(ctx, sv.Payer, sv.Nonce); id == it.Receipt.ID {
			settled++
		}
	}
	if settled != 2 || q.Len() != 3 {
		t.Fatalf("after the mined round: %d of %d queued receipts settled on chain; want 2 settled, all 3 kept", settled, q.Len())
	}
	// Not safe yet: every receipt stays, and nothing is sent again.
	for _, safe := range []uint64{head.Number.Uint64(), mined.Number.Uint64() - 1} {
		node.safe.Store(safe)
		if err := s.Round(ctx); err != nil {
			t.Fatal(err)
		}
		if q.Len() != 3 || settlerTxs() != before+1 {
			t.Fatalf("safe head %d below the settle block %d: %d queued, %d transactions", safe, mined.Number, q.Len(), settlerTxs()-before)
		}
		if rej, _ := q.Rejected(); len(rej) != 0 {
			t.Fatalf("rejected before the block is safe: %d", len(rej))
		}
	}
	// Safe: the settled receipts leave, the rejected one moves to rejected/.
	node.safe.Store(mined.Number.Uint64())
	if err := s.Round(ctx); err != nil {
		t.Fatal(err)
	}
	rej, err := q.Rejected()
	if err != nil {
		t.Fatal(err)
	}
	if q.Len() != 0 || len(rej) != 1 || rej[0].VoucherHash() != it.VoucherHash() || rej[0].Reason != bindings.RejectWrongOperator || settlerTxs() != before+1 {
		t.Fatalf("after the block is safe: %d queued, %d rejected, %d transactions", q.Len(), len(rej), settlerTxs()-before)
	}
}
