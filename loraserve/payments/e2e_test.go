// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// producer builds a block whenever the transaction pool holds a transaction,
// like a sequencer, until paused or the test ends.
type producer struct {
	f      *settlementtest.Fixture
	mu     sync.Mutex
	paused bool
	stop   chan struct{}
	done   chan struct{}
}

func startProducer(t *testing.T, f *settlementtest.Fixture) *producer {
	p := &producer{f: f, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		for {
			select {
			case <-p.stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
			p.mu.Lock()
			if pending, _ := f.Node.Eth.TxPool().Stats(); !p.paused && pending > 0 {
				if _, err := f.Node.Commit(context.Background()); err != nil {
					t.Errorf("build block: %v", err)
				}
			}
			p.mu.Unlock()
		}
	}()
	t.Cleanup(func() { close(p.stop); <-p.done })
	return p
}

func (p *producer) pause(paused bool) {
	p.mu.Lock()
	p.paused = paused
	p.mu.Unlock()
}

// request is one paid inference of the test.
type request struct {
	adapter        settlementtest.Adapter
	in, out        int
	weights        []weights.Weight
	body           []byte
	signed         *payments.SignedVoucher
	receipt        *settlement.Receipt
	contributorsOf map[uint64]common.Address
}

// paidRequest makes a chat body for adapter a, signs its voucher (nonce,
// maxFee) and admits it.
func newRequest(t *testing.T, f *settlementtest.Fixture, a settlementtest.Adapter, nonce uint64, maxFee *uint256.Int, prompt string) *request {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"model": fmt.Sprintf("adapter-%d", a.ID), "max_tokens": 64,
		"messages": []map[string]string{{"role": "user", "content": prompt}}})
	rh, err := payments.RequestHash(body)
	if err != nil {
		t.Fatal(err)
	}
	v, sig := f.VoucherFor(settlementtest.Payer, a.ID, nonce, maxFee, rh)
	// The voucher travels in the body, as a client sends it.
	var m map[string]any
	_ = json.Unmarshal(body, &m)
	m["voucher"] = payments.NewSignedVoucher(v, sig)
	full, _ := json.Marshal(m)
	return &request{adapter: a, body: full, signed: payments.NewSignedVoucher(v, sig)}
}

// weightsFor spreads attribution over the contributions adapter a may credit.
func weightsFor(f *settlementtest.Fixture, a settlementtest.Adapter, i int) []weights.Weight {
	ids := f.InProvenance
	switch a.ID {
	case f.Adapters[0].ID: // Datanet 1
		return []weights.Weight{{ContributionID: ids[i%3], Weight: 6e17}, {ContributionID: ids[(i+1)%3], Weight: 4e17}}
	case f.Adapters[1].ID: // Datanet 2
		return []weights.Weight{{ContributionID: ids[3], Weight: 1e18}}
	default: // both
		if i%4 == 0 {
			return nil // nothing attributed: the pool is burned
		}
		return []weights.Weight{{ContributionID: ids[0], Weight: 1e17}, {ContributionID: ids[3], Weight: 2e17}, {ContributionID: ids[2], Weight: 7e17}}
	}
}

// TestPaidRequestsSettleExactlyOnce: a user deposits; 20 paid requests over
// three adapters are admitted, priced and queued; the settler is killed with
// its first transaction unmined; a new settler over the same queue directory
// settles the rest; owner, operator and every contributor receive exactly
// what the fee math says, once.
func TestPaidRequestsSettleExactlyOnce(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 12_345})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	dir := t.TempDir()
	q, err := payments.OpenQueue(dir)
	if err != nil {
		t.Fatal(err)
	}
	chain := payments.NewChain(f.Client)
	ver := payments.NewVerifier(chain, q, f.Domain, f.Addr(settlementtest.Settler), 60)
	ctx := context.Background()

	var reqs []*request
	for i := 0; i < 20; i++ {
		a := f.Adapters[i%3]
		r := newRequest(t, f, a, uint64(i+1), uint256.NewInt(1e17), fmt.Sprintf("question %d", i))
		adm, err := ver.Admit(ctx, r.signed, r.body, a.ID, 10+i, 64)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		r.in, r.out, r.weights = 10+i, 1+(i*7)%64, weightsFor(f, a, i)
		rec, err := adm.Receipt(r.in, r.out, crypto.Keccak256Hash([]byte(fmt.Sprint("output", i))), r.weights, common.Hash{byte(i)})
		if err != nil {
			t.Fatal(err)
		}
		if err := adm.Commit(rec); err != nil {
			t.Fatal(err)
		}
		r.receipt = rec
		reqs = append(reqs, r)
	}
	if q.Len() != 20 {
		t.Fatalf("queue holds %d receipts", q.Len())
	}

	// What the fee math says each party gets.
	params := settlement.FeeParams{PlatformFee: uint256.NewInt(12_345), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	total, owner, operator, burn := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	claim := map[common.Address]*big.Int{}
	for _, r := range reqs {
		fee, _ := settlement.Fee(uint64(r.in), uint64(r.out), uint256.NewInt(uint64(r.adapter.RateIn)), uint256.NewInt(uint64(r.adapter.RateOut)), params.PlatformFee)
		if !fee.Eq(r.receipt.Fee) {
			t.Fatalf("receipt fee %v, fee math %v", r.receipt.Fee, fee)
		}
		var ws []*uint256.Int
		for _, c := range r.receipt.Contributions {
			ws = append(ws, c.Weight)
		}
		s, _ := settlement.SplitFee(fee, params, ws)
		total.Add(total, fee.ToBig())
		owner.Add(owner, s.Owner.ToBig())
		operator.Add(operator, s.Operator.ToBig())
		burn.Add(burn, s.Burn.ToBig())
		for i, c := range r.receipt.Contributions {
			who := f.Contributions[c.ID.Uint64()]
			if claim[who] == nil {
				claim[who] = new(big.Int)
			}
			claim[who].Add(claim[who], s.Contributors[i].ToBig())
		}
	}
	escrow0, owner0, op0 := f.Escrow(f.Addr(settlementtest.Payer)), f.Balance(f.Addr(settlementtest.ModelOwner)), f.Balance(f.Addr(settlementtest.Settler))
	vaults0 := vaultTotal(t, f)

	// Settler A sends its first batch (8 receipts) and is killed before it is mined.
	prod := startProducer(t, f)
	prod.pause(true)
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	cfg.BatchSize, cfg.Interval, cfg.ConfirmTimeout, cfg.MaxBackoff = 8, 20*time.Millisecond, 5*time.Second, 200*time.Millisecond
	a, err := payments.NewSettler(cfg, f.Client, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	settlementtest.WaitFor(t, 10*time.Second, "settler A's transaction", func() bool {
		pending, _ := f.Node.Eth.TxPool().Stats()
		return pending == 1
	})
	stopCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := a.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if q.Len() != 20 {
		t.Fatalf("killed settler removed receipts: %d left", q.Len())
	}
	// Its transaction lands after it died.
	prod.pause(false)
	settlementtest.WaitFor(t, 10*time.Second, "the orphaned batch to be mined", func() bool {
		pending, _ := f.Node.Eth.TxPool().Stats()
		return pending == 0
	})

	// A new process: reopen the queue and settle.
	q2, err := payments.OpenQueue(dir)
	if err != nil {
		t.Fatal(err)
	}
	if q2.Len() != 20 {
		t.Fatalf("reopened queue holds %d", q2.Len())
	}
	counts := &countMetrics{}
	b, err := payments.NewSettler(cfg, f.Client, q2, log.Root(), counts)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	settlementtest.WaitFor(t, 30*time.Second, "the queue to drain", func() bool { return q2.Len() == 0 })
	if err := b.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	// The orphaned batch was found on chain, not sent again.
	if found, sent := counts.get(); found != 8 || sent != 12 {
		t.Fatalf("settler B found %d receipts settled and settled %d itself; want 8 and 12", found, sent)
	}
	if rej, _ := q2.Rejected(); len(rej) != 0 {
		t.Fatalf("%d receipts rejected, first: %s", len(rej), rej[0].Reason)
	}
	prod.pause(true)
	f.CheckSupply()
	f.CheckSupplyEveryBlock()

	// Exactly once: every party got exactly its share.
	if got := new(big.Int).Sub(escrow0, f.Escrow(f.Addr(settlementtest.Payer))); got.Cmp(total) != 0 {
		t.Fatalf("escrow charged %s, fees total %s", got, total)
	}
	if got := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.ModelOwner)), owner0); got.Cmp(owner) != 0 {
		t.Fatalf("owner received %s, want %s", got, owner)
	}
	gas := new(big.Int).Sub(vaultTotal(t, f), vaults0) // only the settler sent transactions
	if got := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.Settler)), op0); got.Add(got, gas).Cmp(operator) != 0 {
		t.Fatalf("operator received %s net of %s gas, want %s", got, gas, operator)
	}
	if f.TotalBurned().Cmp(burn) != 0 {
		t.Fatalf("burned %s, want %s", f.TotalBurned(), burn)
	}
	for who, want := range claim {
		if got := f.Claimable(who); got.Cmp(want) != 0 {
			t.Fatalf("claimable of %s: %s, want %s", who, got, want)
		}
	}
	for _, r := range reqs {
		id, err := chain.ReceiptOfNonce(ctx, f.Addr(settlementtest.Payer), uint256.MustFromBig((*big.Int)(r.signed.Nonce)))
		if err != nil || id != r.receipt.ID() {
			t.Fatalf("nonce %v settled as %s, want %s (%v)", r.signed.Nonce, id, r.receipt.ID(), err)
		}
	}
}

var feeVaults = []common.Address{
	common.HexToAddress("0x4200000000000000000000000000000000000011"),
	common.HexToAddress("0x4200000000000000000000000000000000000019"),
	common.HexToAddress("0x420000000000000000000000000000000000001a"),
	common.HexToAddress("0x420000000000000000000000000000000000001b"),
}

func vaultTotal(t *testing.T, f *settlementtest.Fixture) *big.Int {
	sum := new(big.Int)
	for _, v := range feeVaults {
		sum.Add(sum, f.Balance(v))
	}
	return sum
}

// TestAdmissionRejects: each bad voucher is refused before inference with
// its sentinel error.
func TestAdmissionRejects(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(settlementtest.Payer, big.NewInt(1e16))
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ver := payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60)
	ctx := context.Background()
	a := f.Adapters[0]
	ok := func(nonce uint64) *request { return newRequest(t, f, a, nonce, uint256.NewInt(1e15), "hi") }
	resign := func(r *request, mutate func(v *settlement.Voucher), key int) *request {
		v, _ := r.signed.Voucher()
		mutate(v)
		sig, _ := v.Sign(f.Keys[key], f.Domain)
		r.signed = payments.NewSignedVoucher(v, sig)
		return r
	}
	// One admitted and queued receipt holds nonce 1 and reserves its fee.
	first := ok(1)
	adm, err := ver.Admit(ctx, first.signed, first.body, a.ID, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := adm.Receipt(10, 64, common.Hash{}, nil, common.Hash{})
	if err := adm.Commit(rec); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		req    *request
		model  uint64
		prompt int
		want   error
	}{
		{"wrong-model", ok(2), f.Adapters[1].ID, 10, payments.ErrModelMismatch},
		{"wrong-signer", resign(ok(3), func(*settlement.Voucher) {}, 4), a.ID, 10, payments.ErrBadSignature},
		{"other-request", func() *request { r := ok(4); r.body = ok(5).body; r.body = []byte(`{"model":"x"}`); return r }(), a.ID, 10, payments.ErrRequestHash},
		{"expired", resign(ok(6), func(v *settlement.Voucher) { v.Deadline = f.HeadTime() + 30 }, settlementtest.Payer), a.ID, 10, payments.ErrExpired},
		{"fee-cap", ok(7), a.ID, 1_000_000, payments.ErrFeeCap},
		{"nonce-held-by-queue", ok(1), a.ID, 10, payments.ErrNonceUsed},
		{"deprecated-model", resign(ok(8), func(v *settlement.Voucher) { v.ModelID = uint256.NewInt(f.Deprecated) }, settlementtest.Payer), f.Deprecated, 10, payments.ErrModelInactive},
		{"another-operator", resign(ok(11), func(v *settlement.Voucher) { v.Operator = f.Addr(settlementtest.Rival) }, settlementtest.Payer), a.ID, 10, payments.ErrWrongOperator},
		{"model-version-zero", resign(ok(12), func(v *settlement.Voucher) { v.ModelVersion = 0 }, settlementtest.Payer), a.ID, 10, payments.ErrModelVersion},
		{"model-version-unpublished", resign(ok(13), func(v *settlement.Voucher) { v.ModelVersion = 2 }, settlementtest.Payer), a.ID, 10, payments.ErrModelVersion},
		{"rate-in-below-model", resign(ok(14), func(v *settlement.Voucher) { v.RateIn = new(uint256.Int).SubUint64(v.RateIn, 1) }, settlementtest.Payer), a.ID, 10, payments.ErrRates},
		{"rate-out-above-model", resign(ok(15), func(v *settlement.Voucher) { v.RateOut = new(uint256.Int).AddUint64(v.RateOut, 1) }, settlementtest.Payer), a.ID, 10, payments.ErrRates},
		{"escrow", resign(ok(9), func(v *settlement.Voucher) { v.MaxFee = uint256.NewInt(1e18) }, settlementtest.Payer), a.ID, 10_000_000, payments.ErrEscrow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ver.Admit(ctx, tc.req.signed, tc.req.body, tc.model, tc.prompt, 64)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
	// A released admission frees its nonce and reservation.
	r := ok(10)
	adm2, err := ver.Admit(ctx, r.signed, r.body, a.ID, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ver.Admit(ctx, r.signed, r.body, a.ID, 10, 64); !errors.Is(err, payments.ErrNonceUsed) {
		t.Fatalf("second admission of one voucher: %v", err)
	}
	adm2.Release()
	if _, err := ver.Admit(ctx, r.signed, r.body, a.ID, 10, 64); err != nil {
		t.Fatalf("after release: %v", err)
	}
}

// countMetrics counts settled receipts by how the settler learned of them.
type countMetrics struct {
	payments.NoopMetrics
	mu          sync.Mutex
	found, sent int
}

func (c *countMetrics) Settled(n int, found bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if found {
		c.found += n
	} else {
		c.sent += n
	}
}

func (c *countMetrics) get() (int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.found, c.sent
}
