// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package faultstest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/faults"
)

// Dev accounts of the paid load (genesis.DevKey): the model owner (who also
// curates the Datanet), the settler (the devnet genesis makes dev account 1
// the one settler), the payer; a transaction load sends from FirstLoad on,
// so that no two senders share a nonce.
const (
	OwnerKey   = 0
	SettlerKey = 1
	PayerKey   = 2
	FirstLoad  = 3
)

// Adapter's prices in the model registry (wei per token in and out).
var (
	RateIn  = big.NewInt(1_000_000_000)
	RateOut = big.NewInt(2_000_000_000)
)

// Paid is the paid adapter RegisterAdapter recorded.
type Paid struct {
	// ModelID is the adapter's model-registry id.
	ModelID uint64
	// Datanet is the Datanet version it was trained on, with its one
	// contribution (what an attribution index shard of it holds).
	Datanet attribution.DatanetVersion
}

// RegisterAdapter records a paid adapter on the chain c talks to, from the
// owner dev account: version 1 of a new Datanet (named name) with one
// accepted contribution, a base model, and the adapter (rank 8, q_proj and
// v_proj, priced RateIn/RateOut, trained on that Datanet version) whose
// weights are the tree hash weights (ipfs.HashTree of its directory) at uri
// ("" for files only the server has).
func RegisterAdapter(t testing.TB, ctx context.Context, c *ethclient.Client, name string, weights common.Hash, uri string) Paid {
	t.Helper()
	owner := genesis.DevKey(OwnerKey)
	send := func(to common.Address, data []byte) *types.Receipt {
		t.Helper()
		return MustSend(t, ctx, c, owner, to, data, nil)
	}
	dreg, mreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry()
	r := send(addresses.DatanetRegistry, dreg.PackCreateDatanet(name, "", nil, ""))
	created, err := dreg.UnpackDatanetCreatedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	text := "the fault suite's one contribution"
	r = send(addresses.DatanetRegistry, dreg.PackContribute(created.DatanetId, crypto.Keccak256Hash([]byte(text)), uint64(len(text)), "", ""))
	contributed, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	send(addresses.DatanetRegistry, dreg.PackReview(contributed.ContributionId, true, ""))
	send(addresses.DatanetRegistry, dreg.PackPublishVersion(created.DatanetId))
	modelCount := func() *big.Int {
		t.Helper()
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addresses.ModelRegistry, Data: mreg.PackModelCount()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		n, err := mreg.UnpackModelCount(out)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	send(addresses.ModelRegistry, mreg.PackRegisterBaseModel(name+"-base", "llama", crypto.Keccak256Hash([]byte(name+"-base")), "", ""))
	base := modelCount()
	send(addresses.ModelRegistry, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: base, Name: name + "-lora", WeightsHash: weights, Uri: uri, Rank: 8, TargetModules: []string{"q_proj", "v_proj"},
		RateIn: RateIn, RateOut: RateOut,
		Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: created.DatanetId, Version: big.NewInt(1)}},
	}))
	return Paid{ModelID: modelCount().Uint64(), Datanet: attribution.DatanetVersion{DatanetID: created.DatanetId.Uint64(), Version: 1,
		Contributions: []attribution.Contribution{{ID: contributed.ContributionId.Uint64(), Contributor: crypto.PubkeyToAddress(owner.PublicKey), Text: text}}}}
}

// Deposit puts amount into the payer dev account's settlement escrow.
func Deposit(t testing.TB, ctx context.Context, c *ethclient.Client, amount *big.Int) {
	t.Helper()
	MustSend(t, ctx, c, genesis.DevKey(PayerKey), addresses.Settlement, bindings.NewISettlement().PackDeposit(), amount)
}

// MustSend sends a transaction from key and waits (up to a minute) for its
// successful receipt.
func MustSend(t testing.TB, ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		t.Fatalf("estimate %x… to %s: %v", data[:min(4, len(data))], to, err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip), Gas: gas * 2, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	r, err := bind.WaitMined(wctx, c, tx.Hash())
	if err != nil {
		t.Fatalf("tx %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s to %s failed", tx.Hash(), to)
	}
	return r
}

// RequireSurvived logs a fault run's report (the paid load, the transaction
// load, what was checked, each fault's downtime and recovery) and fails t
// unless the run ended without error, survived every fault of want, checked
// blocks on both chains under load, and settled every paid request it
// answered (at least two).
func RequireSurvived(t testing.TB, rep *faults.Report, err error, want []string) {
	t.Helper()
	if rep != nil && rep.Paid != nil {
		p := rep.Paid
		t.Logf("paid inference (%s, model %d): %d requests, %d answered with a receipt, %d failed by a fault; %d receipts settled once each, fees %s wei = escrow spent %v wei, burned %s wei",
			p.Model, p.ModelID, p.Sent, p.Answered, p.Failed, p.Settled, p.Fees, p.EscrowSpent, p.Burned)
	}
	if rep != nil {
		t.Logf("load: %d sent, %d included, %d dropped by a fault and re-sent; %.2f tx/s over %s",
			rep.Sent, rep.Included, rep.Dropped, rep.TxPerSecond, rep.Duration.Round(time.Second))
		t.Logf("checked: supply invariant in %d sequencer blocks (%d accounts in the last), %d verifier safe blocks against the sequencer; %d sequencer blocks replaced after a check",
			rep.SupplyBlocks, rep.Accounts, rep.SafeBlocks, rep.SequencerReorgs)
		for _, o := range rep.Outcomes {
			t.Logf("survived %-24s down %6.1fs, recovered in %6.1fs", o.Fault, o.Down.Seconds(), o.Recovery.Seconds())
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Outcomes) != len(want) {
		t.Fatalf("survived %d of %d faults", len(rep.Outcomes), len(want))
	}
	if rep.Included == 0 || rep.SupplyBlocks == 0 || rep.SafeBlocks == 0 || rep.Paid == nil || rep.Paid.Answered < 2 {
		t.Fatalf("the fault suite checked nothing: %+v", rep)
	}
	if rep.Paid.Settled != rep.Paid.Answered {
		t.Fatalf("%d receipts settled, %d requests answered", rep.Paid.Settled, rep.Paid.Answered)
	}
}
