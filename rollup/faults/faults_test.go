package faults_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
	"github.com/openledger/openledger/rollup/faults"
	"github.com/openledger/openledger/rollup/faults/faultstest"
)

// The CI size keeps the EigenDA outage short; `make faults` runs the full
// size (-faults.outage=60s).
var (
	outage  = flag.Duration("faults.outage", 5*time.Second, "how long the EigenDA server stays down")
	reorg   = flag.Uint64("faults.reorg", 3, "L1 reorg depth in blocks")
	senders = flag.Int("faults.senders", 4, "load generator accounts")
)

// TestFaults runs the fault suite on a devnet: every fault of
// faults.DefaultFaults in turn under load, with the invariants checked all
// along (see package faults), and reports the load held and the recoveries.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the fault suite runs the rollup for minutes")
	}
	d := devnettest.Start(t, devnettest.Options{Accounts: firstLoad + *senders})
	var keys []*ecdsa.PrivateKey
	for i := 0; i < *senders; i++ {
		keys = append(keys, genesis.DevKey(firstLoad+i))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	target := startPaid(t, ctx, faults.DevnetTarget(d))
	rep, err := faults.Run(ctx, target, faults.Config{Senders: keys, Payer: genesis.DevKey(payerKey), DAOutage: *outage, ReorgDepth: *reorg, Logf: t.Logf})
	faultstest.RequireSurvived(t, rep, err, faults.DefaultPaidFaults)

	// The same checks catch a broken invariant on this chain.
	if err := faults.CheckOnce(ctx, target, 0); err != nil {
		t.Fatalf("checks on the chain after the run: %v", err)
	}
	for _, tc := range []struct {
		name   string
		target faults.Target
		offset int64
		want   error
	}{
		{"supply off by one wei", target, 1, faults.ErrSupply},
		{"verifier on another chain", otherVerifier{faults.DevnetTarget(d)}, 0, faults.ErrDiverged},
	} {
		if err := faults.CheckOnce(ctx, tc.target, tc.offset); !errors.Is(err, tc.want) {
			t.Errorf("%s: checks returned %v, want %v", tc.name, err, tc.want)
		}
	}

	// And the receipt checks catch a charge loraserve did not report.
	p, payer := rep.Paid, crypto.PubkeyToAddress(genesis.DevKey(payerKey).PublicKey)
	if err := faults.CheckReceipts(ctx, target, payer, p.From, p.Receipts, p.FailedNonces); err != nil {
		t.Fatalf("receipt checks after the run: %v", err)
	}
	wrongFee := append([]faults.PaidReceipt(nil), p.Receipts...)
	wrongFee[0].Fee = new(big.Int).Add(wrongFee[0].Fee, big.NewInt(1))
	for _, tc := range []struct {
		name     string
		answered []faults.PaidReceipt
		failed   []uint64
	}{
		{"an answered request taken for a failed one", p.Receipts[1:], append([]uint64{p.Receipts[0].Nonce}, p.FailedNonces...)},
		{"a fee other than the answer's", wrongFee, p.FailedNonces},
		{"a settled receipt nobody asked for", p.Receipts[1:], p.FailedNonces},
	} {
		if err := faults.CheckReceipts(ctx, target, payer, p.From, tc.answered, tc.failed); !errors.Is(err, faults.ErrReceipts) {
			t.Errorf("%s: receipt checks returned %v, want %v", tc.name, err, faults.ErrReceipts)
		}
	}
}

// otherVerifier is a Target whose verifier execution node is the L1: its
// blocks are not the sequencer's.
type otherVerifier struct{ faults.Target }

func (o otherVerifier) Endpoints() faults.Endpoints {
	ep := o.Target.Endpoints()
	ep.VerifierRPC = ep.L1RPC
	return ep
}
