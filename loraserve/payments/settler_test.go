// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// queueReceipts admits and queues n paid requests on adapter 0.
func queueReceipts(t *testing.T, f *settlementtest.Fixture, q *payments.Queue, n int) {
	t.Helper()
	ver := payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60)
	a := f.Adapters[0]
	for i := 0; i < n; i++ {
		r := newRequest(t, f, a, uint64(i+1), uint256.NewInt(1e16), fmt.Sprint("q", i))
		adm, err := ver.Admit(context.Background(), r.signed, r.body, a.ID, 10, 10)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := adm.Receipt(10, 10, crypto.Keccak256Hash([]byte{byte(i)}), weightsFor(f, a, i), common.Hash{})
		if err != nil {
			t.Fatal(err)
		}
		if err := adm.Commit(rec); err != nil {
			t.Fatal(err)
		}
	}
}

// txMetrics counts settle transactions by outcome.
type txMetrics struct {
	payments.NoopMetrics
	mu  sync.Mutex
	txs map[string]int
}

func (m *txMetrics) Tx(outcome string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.txs == nil {
		m.txs = map[string]int{}
	}
	m.txs[outcome]++
}

func (m *txMetrics) count(outcome string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.txs[outcome]
}

// TestSettlerResendsUnminedTransaction: a transaction that is not mined in
// time is replaced at the same nonce with higher fees, within a round and
// across failed rounds; exactly one lands.
func TestSettlerResendsUnminedTransaction(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	queueReceipts(t, f, q, 3)
	prod := startProducer(t, f)
	prod.pause(true)
	ctx := context.Background()
	settlerAddr := f.Addr(settlementtest.Settler)
	nonce0, err := f.Client.NonceAt(ctx, settlerAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := &txMetrics{}
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	cfg.Interval, cfg.ConfirmTimeout, cfg.Resends, cfg.MaxBackoff = 20*time.Millisecond, 150*time.Millisecond, 1, 40*time.Millisecond
	s, err := payments.NewSettler(cfg, f.Client, q, log.Root(), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(ctx)
	// Rounds fail after one resend each; later rounds replace the same
	// transaction rather than queue new ones behind it.
	settlementtest.WaitFor(t, 20*time.Second, "failed rounds", func() bool { return m.count("failed") >= 3 })
	if pending, _ := f.Node.Eth.TxPool().Stats(); pending != 1 {
		t.Fatalf("%d transactions pending; the resends must replace one another", pending)
	}
	prod.pause(false)
	settlementtest.WaitFor(t, 20*time.Second, "settlement", func() bool { return q.Len() == 0 })
	nonce1, _ := f.Client.NonceAt(ctx, settlerAddr, nil)
	if nonce1 != nonce0+1 {
		t.Fatalf("settler landed %d transactions, want 1", nonce1-nonce0)
	}
	f.CheckSupply()
}

// flakyBackend fails the first `failures` gas estimates.
type flakyBackend struct {
	payments.Backend
	failures  int32
	estimates atomic.Int32
}

var errFlaky = errors.New("connection reset by peer")

func (b *flakyBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if b.estimates.Add(1) <= b.failures {
		return 0, errFlaky
	}
	return b.Backend.EstimateGas(ctx, msg)
}

// TestSettlerBacksOffAndRecovers: failing RPC calls fail rounds, which back
// off and retry until the chain answers; nothing is lost or doubled.
func TestSettlerBacksOffAndRecovers(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	queueReceipts(t, f, q, 4)
	startProducer(t, f)
	b := &flakyBackend{Backend: f.Client, failures: 3}
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	cfg.Interval, cfg.MaxBackoff = 10*time.Millisecond, 80*time.Millisecond
	s, err := payments.NewSettler(cfg, b, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// A round by hand fails with the RPC error and leaves the queue intact.
	if err := s.Round(ctx); !errors.Is(err, errFlaky) || q.Len() != 4 {
		t.Fatalf("round: %v, %d queued", err, q.Len())
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	settlementtest.WaitFor(t, 20*time.Second, "settlement", func() bool { return q.Len() == 0 })
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(s.Stop(ctx), payments.ErrAlreadyStopped) || !s.Stopped() {
		t.Fatal("second Stop")
	}
	if n := b.estimates.Load(); n < 4 {
		t.Fatalf("%d gas estimates; the failures were not retried", n)
	}
	for i := 1; i <= 4; i++ {
		id, err := payments.NewChain(f.Client).ReceiptOfNonce(ctx, f.Addr(settlementtest.Payer), uint256.NewInt(uint64(i)))
		if err != nil || id == (common.Hash{}) {
			t.Fatalf("nonce %d not settled: %v", i, err)
		}
	}
	f.CheckSupply()
}
