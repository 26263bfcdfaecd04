// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/openledger/openledger/core/settlement"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// corpus are the texts of the fixture's contributions 1–4 (Datanet 1: 1–3,
// Datanet 2: 4).
var corpus = []string{
	"the patient presented with a persistent cough and mild fever for three days",
	"aspirin is commonly used to reduce fever and relieve mild to moderate pain",
	"regular exercise lowers blood pressure and improves heart health over time",
	"a contract is void when one party lacked the capacity to agree to its terms",
}

// attributors builds one span index per adapter over the contributions its
// provenance names, with the generated model's tokenizer.
func attributors(t *testing.T, f *settlementtest.Fixture) map[string]payments.Adapter {
	t.Helper()
	tok, err := testmodel.Tokenizer(testmodel.Tiny.BPEVocab)
	if err != nil {
		t.Fatal(err)
	}
	contribution := func(i int) attribution.Contribution {
		id := f.InProvenance[i]
		return attribution.Contribution{ID: id, Contributor: f.Contributions[id], Text: corpus[i]}
	}
	d1 := attribution.DatanetVersion{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{contribution(0), contribution(1), contribution(2)}}
	d2 := attribution.DatanetVersion{DatanetID: 2, Version: 1, Contributions: []attribution.Contribution{contribution(3)}}
	out := map[string]payments.Adapter{}
	for i, versions := range [][]attribution.DatanetVersion{{d1}, {d2}, {d1, d2}} {
		dir := filepath.Join(t.TempDir(), fmt.Sprint("index", i))
		if _, err := attribution.BuildIndex(dir, attribution.FromIntEncoder(tok), versions, attribution.BuildOptions{}); err != nil {
			t.Fatal(err)
		}
		a, err := attribution.Open(dir, attribution.FromIntEncoder(tok), span.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		out[fmt.Sprintf("adapter-%d", f.Adapters[i].ID)] = payments.Adapter{ModelID: f.Adapters[i].ID, ModelVersion: 1, Attributor: a}
	}
	return out
}

// TestGateAttributesAndSettles: 20 paid requests over three adapters go
// through the gate (admission, attribution of the output with a real span
// index, receipt, durable queue); the settler lands them; every party gets
// exactly what the fee math says for the weights the attribution produced.
func TestGateAttributesAndSettles(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 1_000})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	startProducer(t, f)
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cfg := payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID)
	cfg.Interval, cfg.ConfirmTimeout = 50*time.Millisecond, 5*time.Second
	s, err := payments.NewSettler(cfg, f.Client, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	adapters := attributors(t, f)
	gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60), s, adapters)
	ctx := context.Background()
	outputs := []string{
		"it is known that aspirin is commonly used to reduce fever and relieve pain",
		"a contract is void when one party lacked the capacity to agree, said the court",
		"the patient presented with a persistent cough; regular exercise lowers blood pressure",
		"nothing here comes from any contribution at all, zebra quantum",
	}
	escrow0, owner0 := f.Escrow(f.Addr(settlementtest.Payer)), f.Balance(f.Addr(settlementtest.ModelOwner))
	var sums []*payments.Summary
	attributed := 0
	for i := 0; i < 20; i++ {
		a := f.Adapters[i%3]
		r := newRequest(t, f, a, uint64(i+1), uint256.NewInt(1e16), fmt.Sprint("q", i))
		voucher, _ := json.Marshal(r.signed)
		paid, err := gate.Admit(ctx, voucher, r.body, fmt.Sprintf("adapter-%d", a.ID), 12, 64)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		out := outputs[(i/3+i)%len(outputs)]
		sum, err := paid.Finish(12, 5+i, out)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		if len(sum.Receipt.Contributions) > 0 {
			attributed++
		}
		sums = append(sums, sum)
	}
	if attributed < 10 {
		t.Fatalf("only %d of 20 outputs were attributed", attributed)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(ctx)
	settlementtest.WaitFor(t, 30*time.Second, "settlement", func() bool { return q.Len() == 0 })
	if rej, _ := q.Rejected(); len(rej) != 0 {
		t.Fatalf("rejected: %s", rej[0].Reason)
	}

	params := settlement.FeeParams{PlatformFee: uint256.NewInt(1_000), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	total, owner := new(big.Int), new(big.Int)
	claim := map[common.Address]*big.Int{}
	for _, sum := range sums {
		r, err := sum.Receipt.Receipt()
		if err != nil {
			t.Fatal(err)
		}
		var ws []*uint256.Int
		for _, c := range r.Contributions {
			ws = append(ws, c.Weight)
		}
		sp, _ := settlement.SplitFee(r.Fee, params, ws)
		total.Add(total, r.Fee.ToBig())
		owner.Add(owner, sp.Owner.ToBig())
		for i, c := range r.Contributions {
			who := f.Contributions[c.ID.Uint64()]
			if claim[who] == nil {
				claim[who] = new(big.Int)
			}
			claim[who].Add(claim[who], sp.Contributors[i].ToBig())
		}
	}
	if got := new(big.Int).Sub(escrow0, f.Escrow(f.Addr(settlementtest.Payer))); got.Cmp(total) != 0 {
		t.Fatalf("escrow charged %s, want %s", got, total)
	}
	if got := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.ModelOwner)), owner0); got.Cmp(owner) != 0 {
		t.Fatalf("owner received %s, want %s", got, owner)
	}
	for who, want := range claim {
		if got := f.Claimable(who); got.Cmp(want) != 0 {
			t.Fatalf("claimable of %s: %s, want %s", who, got, want)
		}
	}
	if len(claim) < 3 {
		t.Fatalf("only %d contributors credited", len(claim))
	}
	f.CheckSupply()
}

func TestHTTPStatus(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{payments.ErrEscrow, http.StatusPaymentRequired},
		{fmt.Errorf("x: %w", payments.ErrFeeCap), http.StatusPaymentRequired},
		{payments.ErrMalformedVoucher, http.StatusBadRequest},
		{payments.ErrBadSignature, http.StatusForbidden},
		{payments.ErrNonceUsed, http.StatusConflict},
		{payments.ErrUnpricedModel, http.StatusNotFound},
		{errors.New("dial tcp: refused"), http.StatusBadGateway},
	}
	for _, tc := range tests {
		if got := payments.HTTPStatus(tc.err); got != tc.want {
			t.Errorf("%v: %d, want %d", tc.err, got, tc.want)
		}
	}
}
