package settlement_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/precompiles/model"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

var mreg = bindings.NewIModelRegistry()

// devnetParams are the fixture's split parameters.
var devnetParams = settlement.FeeParams{PlatformFee: new(uint256.Int), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}

// TestOwnerCannotVoidQueuedReceipts is the attack of a model owner on the
// receipts an operator has queued but not yet settled: after serving a paid
// answer, the owner raises its rates by one wei, publishes a new version
// whose provenance names another Datanet, and deprecates the model. Each
// receipt was served under the terms its payer signed (rates, model
// version), so each still settles, at the voucher's fee, crediting the
// contributors of the version it was served from.
func TestOwnerCannotVoidQueuedReceipts(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	a := f.Adapters[0] // "med": version 1 declares Datanet 1
	ids := f.InProvenance
	ownerKey := f.Keys[owner]
	mid := new(big.Int).SetUint64(a.ID)
	attacks := []struct {
		name string
		act  func()
	}{
		{"setRates+1wei", func() {
			f.MustSend(ownerKey, model.Address, mreg.PackSetRates(mid, big.NewInt(a.RateIn+1), big.NewInt(a.RateOut+1)), nil)
		}},
		{"publishVersion", func() {
			// Version 2 names only Datanet 2: contribution ids[0] (Datanet 1)
			// is not in the latest version's provenance.
			f.MustSend(ownerKey, model.Address, mreg.PackPublishVersion(mid, crypto.Keccak256Hash([]byte("med v2")), "",
				[]bindings.IModelRegistryDatanetRef{{DatanetId: big.NewInt(2), Version: big.NewInt(1)}}), nil)
		}},
		{"deprecate", func() { f.MustSend(ownerKey, model.Address, mreg.PackDeprecate(mid), nil) }},
	}
	nonce := uint64(0)
	for _, at := range attacks {
		t.Run(at.name, func(t *testing.T) {
			nonce++
			// Served from version 1 (the operator's weights) and queued
			// under the rates of the moment ...
			it := paidItem(t, f, payer, a, nonce, 1_000, 1_000, contrib{ids[0], 1})
			it.v.ModelVersion = 1
			it.sig, it.r.VoucherHash = f.Sign(payer, it.v), it.v.Hash(f.Domain)
			// ... then the owner acts before the settler's round.
			at.act()
			before := snap(f)
			claimBefore := f.Claimable(f.Contributions[ids[0]])
			r := settle(t, f, it)
			if got := outcomes(t, r); len(got) != 1 || got[0] != "" {
				t.Fatalf("after %s the queued receipt: %q, want it settled", at.name, got)
			}
			split, err := settlement.SplitFee(it.r.Fee, devnetParams, []*uint256.Int{uint256.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			if charged := new(big.Int).Sub(before.escrow, f.Escrow(f.Addr(payer))); charged.Cmp(it.r.Fee.ToBig()) != 0 {
				t.Fatalf("payer charged %s, signed for %s", charged, it.r.Fee)
			}
			if got := new(big.Int).Sub(f.Claimable(f.Contributions[ids[0]]), claimBefore); got.Cmp(split.Contributors[0].ToBig()) != 0 {
				t.Fatalf("contributor credited %s, want %s", got, split.Contributors[0])
			}
			if got := new(big.Int).Sub(f.Balance(f.Addr(owner)), before.owner); got.Cmp(split.Owner.ToBig()) != 0 {
				t.Fatalf("owner paid %s, want %s", got, split.Owner)
			}
		})
	}

	// The version binds both ways: a voucher for version 2 cannot credit a
	// contribution only version 1 was trained on ...
	nonce++
	v2 := paidItem(t, f, payer, a, nonce, 10, 10, contrib{ids[0], 1})
	if v2.v.ModelVersion != 2 {
		t.Fatalf("fixture signed version %d, want the latest (2)", v2.v.ModelVersion)
	}
	if got := outcomes(t, settle(t, f, v2)); len(got) != 1 || got[0] != precompile.RejectNotInProvenance {
		t.Fatalf("version-2 voucher crediting a version-1 contribution: %q", got)
	}
	// ... and it does credit version 2's own Datanet.
	nonce++
	if got := outcomes(t, settle(t, f, paidItem(t, f, payer, a, nonce, 10, 10, contrib{ids[3], 1}))); len(got) != 1 || got[0] != "" {
		t.Fatalf("version-2 voucher crediting Datanet 2: %q", got)
	}
}

// TestSettlerCannotFrontRun is the attack of a second settler that copies
// another operator's settle batch from the mempool (or its own copy of the
// receipts) and sends it first, to take the operator share and use up the
// payers' nonces: every receipt is rejected precompile.RejectWrongOperator, no balance
// moves and no nonce is used; the operator the vouchers name then settles
// them and is paid. The rival settles its own vouchers as before.
func TestSettlerCannotFrontRun(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{Rival: true})
	f.Deposit(payer, open.Wei(1))
	ids := f.InProvenance
	items := []item{
		paidItem(t, f, payer, f.Adapters[0], 1, 1_000, 500, contrib{ids[0], 1}),
		paidItem(t, f, payer, f.Adapters[1], 2, 700, 900, contrib{ids[3], 1}),
	}
	rival := f.Keys[settlementtest.Rival]
	before := snap(f)
	r := f.MustSend(rival, precompile.Address, packBatch(t, items...), nil)
	f.CheckSupply()
	if got := outcomes(t, r); len(got) != 2 || got[0] != precompile.RejectWrongOperator || got[1] != precompile.RejectWrongOperator {
		t.Fatalf("front-run batch: %q", got)
	}
	if !before.equal(snap(f)) {
		t.Fatal("the rival's settle moved balances")
	}
	for _, it := range items {
		used, _ := settlements.UnpackReceiptOfNonce(f.MustCall(f.Addr(0), precompile.Address, settlements.PackReceiptOfNonce(it.v.Payer, it.v.Nonce.ToBig())))
		if used != ([32]byte{}) {
			t.Fatal("the rival's settle used a nonce")
		}
	}

	opBefore := f.Balance(f.Addr(settler))
	r = settle(t, f, items...)
	if got := outcomes(t, r); len(got) != 2 || got[0] != "" || got[1] != "" {
		t.Fatalf("operator's own batch: %q", got)
	}
	want := new(big.Int)
	for _, it := range items {
		s, _ := settlement.SplitFee(it.r.Fee, devnetParams, []*uint256.Int{uint256.NewInt(1)})
		want.Add(want, s.Operator.ToBig())
	}
	got := new(big.Int).Sub(f.Balance(f.Addr(settler)), opBefore)
	if got.Add(got, txCost(t, f, r)).Cmp(want) != 0 {
		t.Fatalf("operator received %s, want %s", got, want)
	}

	// A voucher naming the rival pays the rival, who alone can settle it.
	it := paidItem(t, f, payer, f.Adapters[0], 3, 100, 100, contrib{ids[1], 1})
	it.v.Operator = f.Addr(settlementtest.Rival)
	it.sig, it.r.VoucherHash = f.Sign(payer, it.v), it.v.Hash(f.Domain)
	if got := outcomes(t, settle(t, f, it)); len(got) != 1 || got[0] != precompile.RejectWrongOperator {
		t.Fatalf("settler settling the rival's voucher: %q", got)
	}
	rivalBefore := f.Balance(f.Addr(settlementtest.Rival))
	r = f.MustSend(rival, precompile.Address, packBatch(t, it), nil)
	f.CheckSupply()
	if got := outcomes(t, r); len(got) != 1 || got[0] != "" {
		t.Fatalf("rival settling its own voucher: %q", got)
	}
	s, _ := settlement.SplitFee(it.r.Fee, devnetParams, []*uint256.Int{uint256.NewInt(1)})
	gain := new(big.Int).Sub(f.Balance(f.Addr(settlementtest.Rival)), rivalBefore)
	if gain.Add(gain, txCost(t, f, r)).Cmp(s.Operator.ToBig()) != 0 {
		t.Fatalf("rival received %s, want %s", gain, s.Operator)
	}
}
