// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/influence"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

func TestTrainingConfig(t *testing.T) {
	key := hexutil.Encode(crypto.FromECDSA(mustKey(t)))
	cfg, err := readFlags(t, map[string]string{"LEDGER_LORASERVE_SETTLEMENT_RPC": "http://node:8545", "LEDGER_LORASERVE_SETTLEMENT_KEY": key},
		"--settlement.adapter", "med=2:/idx/med", "--settlement.training", "med=/jobs/7/adapter", "--settlement.span-share", "0.25")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Training) != 1 || cfg.Training[0] != (payments.TrainingSpec{Name: "med", Path: "/jobs/7/adapter"}) || cfg.SpanShare != weights.One/4 {
		t.Fatalf("config %+v", cfg)
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	if d, _ := readFlags(t, nil, "--settlement.adapter", "med=2"); d.SpanShare != weights.One {
		t.Fatalf("default span share %d, want 1e18", d.SpanShare)
	}
	for name, mutate := range map[string]func(*payments.CLIConfig){
		"unknown-adapter": func(c *payments.CLIConfig) { c.Training = []payments.TrainingSpec{{Name: "legal", Path: "/x"}} },
		"twice":           func(c *payments.CLIConfig) { c.Training = append(c.Training, c.Training[0]) },
		"share-above-one": func(c *payments.CLIConfig) { c.SpanShare = weights.One + 1 },
	} {
		c := cfg
		c.Training = append([]payments.TrainingSpec{}, cfg.Training...)
		mutate(&c)
		if err := c.Check(); !errors.Is(err, payments.ErrBadConfig) {
			t.Errorf("%s: Check = %v", name, err)
		}
	}
	if _, err := readFlags(t, nil, "--settlement.span-share", "1.5"); !errors.Is(err, payments.ErrBadConfig) {
		t.Fatalf("span share 1.5: %v", err)
	}
	for _, bad := range []string{"med", "=x", "med="} {
		if _, err := payments.ParseTrainingSpec(bad); !errors.Is(err, payments.ErrBadConfig) {
			t.Fatalf("%q: %v", bad, err)
		}
	}
	if _, err := payments.LoadTraining(filepath.Join(t.TempDir(), "missing"), weights.One); !errors.Is(err, payments.ErrBadConfig) {
		t.Fatalf("missing document: %v", err)
	}
	if tr, err := payments.TrainingInDir(t.TempDir(), weights.One); tr != nil || err != nil {
		t.Fatalf("an adapter without training attribution: %v, %v", tr, err)
	}
}

// TestGateMixesTrainingAttribution: an adapter trained on contributions 1
// and 2 of Datanet 1 (not 3, which its span index still holds) is paid
// through the gate with its training influence mixed in, and the receipts
// settle on chain: an answer spelling trained text pays its spans, an
// answer spelling untrained text (3) or nothing pays by influence, and
// contribution 3 never earns.
func TestGateMixesTrainingAttribution(t *testing.T) {
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
	adapters := attributors(t, f) // adapter 0's index: Datanet 1 (contributions 1–3)
	a := f.Adapters[0]
	name := fmt.Sprintf("adapter-%d", a.ID)
	c1, c2, c3 := f.InProvenance[0], f.InProvenance[1], f.InProvenance[2]
	tr, err := payments.LoadTraining(trainedOn(t, c1, c2), weights.One)
	if err != nil {
		t.Fatal(err)
	}
	ad := adapters[name]
	ad.Training = tr
	gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60), s, map[string]payments.Adapter{name: ad})

	ctx := context.Background()
	outputs := []struct {
		text string
		want map[uint64]uint64 // contribution → weight
	}{
		{corpus[0], map[uint64]uint64{c1: weights.One}},
		// Contribution 3's text: its spans go nowhere, influence pays 1:4.
		{corpus[2], map[uint64]uint64{c1: weights.One / 5, c2: 4 * weights.One / 5}},
		{"nothing here comes from any contribution at all, zebra quantum", map[uint64]uint64{c1: weights.One / 5, c2: 4 * weights.One / 5}},
	}
	for i, o := range outputs {
		r := newRequest(t, f, a, uint64(i+1), uint256.NewInt(1e16), fmt.Sprint("q", i))
		voucher, _ := json.Marshal(r.signed)
		paid, err := gate.Admit(ctx, voucher, r.body, name, 12, 64)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		sum, err := paid.Finish(12, 10, o.text)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		got := map[uint64]uint64{}
		for _, c := range sum.Receipt.Contributions {
			got[c.ContributionID] = (*big.Int)(c.Weight).Uint64()
		}
		if len(got) != len(o.want) {
			t.Fatalf("output %d: contributions %v, want %v", i, got, o.want)
		}
		for id, w := range o.want {
			if got[id] != w {
				t.Fatalf("output %d: contributions %v, want %v", i, got, o.want)
			}
		}
		if got[c3] != 0 {
			t.Fatalf("output %d: contribution %d was never trained on and earns %d", i, c3, got[c3])
		}
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(ctx)
	settlementtest.WaitFor(t, 30*time.Second, "settlement", func() bool { return q.Len() == 0 })
	if rej, _ := q.Rejected(); len(rej) != 0 {
		t.Fatalf("rejected: %s", rej[0].Reason)
	}
	f.CheckSupply()
}

// TestRuntimeAdapterCarriesTrainingAttribution: an adapter priced while
// serving (RuntimeAdapters.AddPaid, as POST /v1/adapters with a model id
// does) from a fetched directory that holds its training-time attribution
// pays by influence when its answer reproduces no text, with the gate's
// span share; a directory without one prices the adapter without it.
func TestRuntimeAdapterCarriesTrainingAttribution(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 1_000})
	f.Deposit(settlementtest.Payer, open.Wei(1))
	q, err := payments.OpenQueue(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s, err := payments.NewSettler(payments.DefaultSettlerConfig(f.Keys[settlementtest.Settler], f.ChainID), f.Client, q, log.Root(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a := f.Adapters[0]
	name := fmt.Sprintf("adapter-%d", a.ID)
	c1, c2 := f.InProvenance[0], f.InProvenance[1]
	trained := trainedOn(t, c1, c2)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		dir  string
		want map[uint64]uint64 // contribution → weight of an answer that quotes nothing
	}{
		{"with training attribution", trained, map[uint64]uint64{c1: weights.One / 5, c2: 4 * weights.One / 5}},
		{"without", t.TempDir(), map[uint64]uint64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gate := payments.NewGate(payments.NewVerifier(payments.NewChain(f.Client), q, f.Domain, f.Addr(settlementtest.Settler), 60), s, nil)
			// No Datanet versions: no span index is opened, so the
			// receipt's contributions come from training alone.
			rt := payments.NewRuntimeAdapters(gate, nil, nil, common.Hash{})
			defer rt.Close()
			if err := rt.AddPaid(ctx, name, a.ID, 1, tc.dir, nil); err != nil {
				t.Fatal(err)
			}
			r := newRequest(t, f, a, uint64(len(tc.want)+1), uint256.NewInt(1e16), "q")
			voucher, _ := json.Marshal(r.signed)
			paid, err := gate.Admit(ctx, voucher, r.body, name, 12, 64)
			if err != nil {
				t.Fatal(err)
			}
			sum, err := paid.Finish(12, 10, "nothing here comes from any contribution at all, zebra quantum")
			if err != nil {
				t.Fatal(err)
			}
			got := map[uint64]uint64{}
			for _, c := range sum.Receipt.Contributions {
				got[c.ContributionID] = (*big.Int)(c.Weight).Uint64()
			}
			if len(got) != len(tc.want) {
				t.Fatalf("contributions %v, want %v", got, tc.want)
			}
			for id, w := range tc.want {
				if got[id] != w {
					t.Fatalf("contributions %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// trainedOn writes the training-time attribution of an adapter trained on
// contributions c1 and c2, with influence 1:4, into a new directory.
func trainedOn(t *testing.T, c1, c2 uint64) string {
	t.Helper()
	doc, err := attribution.NewTrainingInfluence([]uint64{c1, c2},
		[]influence.Score{{ContributionID: c1, Value: 0.125}, {ContributionID: c2, Value: 0.5}}, "held-out", 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, attribution.TrainingInfluenceFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
