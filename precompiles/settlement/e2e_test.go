package settlement_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/precompiletest"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var settlements = bindings.NewISettlement()

const (
	payer   = settlementtest.Payer
	owner   = settlementtest.ModelOwner
	settler = settlementtest.Settler
)

// item is one receipt with its voucher and signature.
type item struct {
	r   *settlement.Receipt
	v   *settlement.Voucher
	sig []byte
}

type contrib struct {
	id     uint64
	weight uint64
}

// paidItem builds a valid receipt of dev account `who` for adapter a: the fee
// from the voucher's rates (the adapter's current ones) and the platform fee,
// maxFee = fee, contributions as given.
func paidItem(t *testing.T, f *settlementtest.Fixture, who int, a settlementtest.Adapter, nonce, in, out uint64, cs ...contrib) item {
	t.Helper()
	v, _ := f.Voucher(who, a.ID, nonce, new(uint256.Int), "request "+string(rune('a'+nonce)))
	fee, err := settlement.Fee(in, out, v.RateIn, v.RateOut, u256(f.Config.PlatformFee))
	if err != nil {
		t.Fatal(err)
	}
	v.MaxFee = new(uint256.Int).Set(fee)
	sig := f.Sign(who, v)
	r := &settlement.Receipt{VoucherHash: v.Hash(f.Domain), ModelID: uint256.NewInt(a.ID), TokensIn: in, TokensOut: out,
		Fee: fee, OutputHash: crypto.Keccak256Hash([]byte("output")), ProofRoot: common.Hash{0xaa}}
	for _, c := range cs {
		r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(c.id), Weight: uint256.NewInt(c.weight)})
	}
	return item{r: r, v: v, sig: sig}
}

func u256(v *big.Int) *uint256.Int { x, _ := uint256.FromBig(v); return x }

func packBatch(t testing.TB, items ...item) []byte {
	t.Helper()
	var rs []*settlement.Receipt
	var vs []*settlement.Voucher
	var sigs [][]byte
	for _, it := range items {
		rs, vs, sigs = append(rs, it.r), append(vs, it.v), append(sigs, it.sig)
	}
	data, err := precompile.PackSettle(rs, vs, sigs)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// settle sends a batch from the settler and checks the supply invariant.
func settle(t *testing.T, f *settlementtest.Fixture, items ...item) *types.Receipt {
	t.Helper()
	r := f.MustSend(f.Keys[settler], precompile.Address, packBatch(t, items...), nil)
	f.CheckSupply()
	return r
}

// outcome is what one receipt of a batch did: settled (reason "") or rejected.
func outcomes(t *testing.T, r *types.Receipt) []string {
	t.Helper()
	var out []string
	for _, l := range r.Logs {
		if ev, err := settlements.UnpackReceiptRejectedEvent(l); err == nil {
			out = append(out, ev.Reason)
		} else if _, err := settlements.UnpackReceiptSettledEvent(l); err == nil {
			out = append(out, "")
		}
	}
	return out
}

// feeVaults receive every fee an OP Stack transaction pays.
var feeVaults = []common.Address{
	common.HexToAddress("0x4200000000000000000000000000000000000011"),
	common.HexToAddress("0x4200000000000000000000000000000000000019"),
	common.HexToAddress("0x420000000000000000000000000000000000001a"),
	common.HexToAddress("0x420000000000000000000000000000000000001b"),
}

// txCost is what the only transaction of r's block paid in settlement.
func txCost(t *testing.T, f *settlementtest.Fixture, r *types.Receipt) *big.Int {
	t.Helper()
	ctx := context.Background()
	prev := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	cost := new(big.Int)
	for _, v := range feeVaults {
		after, err := f.Client.BalanceAt(ctx, v, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		before, err := f.Client.BalanceAt(ctx, v, prev)
		if err != nil {
			t.Fatal(err)
		}
		cost.Add(cost, after.Sub(after, before))
	}
	return cost
}

// snapshot is every balance settlement can move.
type snapshot struct {
	escrow, burned      *big.Int
	owner, payerBal     *big.Int
	claimable, balances []*big.Int
}

func snap(f *settlementtest.Fixture) snapshot {
	s := snapshot{escrow: f.Escrow(f.Addr(payer)), burned: f.TotalBurned(), owner: f.Balance(f.Addr(owner)),
		payerBal: f.Balance(f.Addr(payer))}
	for i := range f.Keys {
		s.claimable = append(s.claimable, f.Claimable(f.Addr(i)))
	}
	return s
}

func (s snapshot) equal(o snapshot) bool {
	if s.escrow.Cmp(o.escrow) != 0 || s.burned.Cmp(o.burned) != 0 || s.owner.Cmp(o.owner) != 0 || s.payerBal.Cmp(o.payerBal) != 0 {
		return false
	}
	for i := range s.claimable {
		if s.claimable[i].Cmp(o.claimable[i]) != 0 {
			return false
		}
	}
	return true
}

// TestSettlePaysTheSplit settles three receipts on three adapters and checks
// every payout against core/settlement, and one receipt against hand arithmetic.
func TestSettlePaysTheSplit(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 1_000})
	f.Deposit(payer, open.Wei(10))
	a := f.Adapters
	ids := f.InProvenance
	items := []item{
		// adapter "med": 1,500 in at 2e12/1k = 3e12; 700 out at 6e12/1k = 4.2e12; + 1,000 platform
		paidItem(t, f, payer, a[0], 1, 1_500, 700, contrib{ids[0], 3}, contrib{ids[1], 1}, contrib{ids[2], 0}),
		paidItem(t, f, payer, a[1], 2, 333, 1, contrib{ids[3], 5}),
		paidItem(t, f, payer, a[2], 3, 10, 20, contrib{ids[0], 1}, contrib{ids[1], 1}, contrib{ids[3], 1}),
	}
	// Hand check of the first receipt.
	if want := uint256.NewInt(3_000_000_000_000 + 4_200_000_000_000 + 1_000); !items[0].r.Fee.Eq(want) {
		t.Fatalf("fee %v, want %v", items[0].r.Fee, want)
	}
	before := snap(f)
	opBefore := f.Balance(f.Addr(settler))
	r := settle(t, f, items...)
	if got := outcomes(t, r); len(got) != 3 || got[0] != "" || got[1] != "" || got[2] != "" {
		t.Fatalf("outcomes %q", got)
	}

	params := settlement.FeeParams{PlatformFee: uint256.NewInt(1_000), BurnBps: 2_000, OwnerBps: 3_000, OperatorBps: 1_000}
	total, burn, ownerPay, opPay := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	claim := map[common.Address]*big.Int{}
	for _, it := range items {
		var ws []*uint256.Int
		for _, c := range it.r.Contributions {
			ws = append(ws, c.Weight)
		}
		s, err := settlement.SplitFee(it.r.Fee, params, ws)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, it.r.Fee.ToBig())
		burn.Add(burn, s.Burn.ToBig())
		ownerPay.Add(ownerPay, s.Owner.ToBig())
		opPay.Add(opPay, s.Operator.ToBig())
		for i, c := range it.r.Contributions {
			who := f.Contributions[c.ID.Uint64()]
			if claim[who] == nil {
				claim[who] = new(big.Int)
			}
			claim[who].Add(claim[who], s.Contributors[i].ToBig())
		}
	}
	// First receipt by hand: fee 7,200,000,001,000 → owner 30 % = 2,160,000,000,300,
	// operator 10 % = 720,000,000,100, pool 40 % = 2,880,000,000,400 split 3:1:0.
	if got := f.Escrow(f.Addr(payer)); new(big.Int).Sub(before.escrow, got).Cmp(total) != 0 {
		t.Fatalf("escrow charged %s, want %s", new(big.Int).Sub(before.escrow, got), total)
	}
	if got := new(big.Int).Sub(f.Balance(f.Addr(owner)), before.owner); got.Cmp(ownerPay) != 0 {
		t.Fatalf("owner received %s, want %s", got, ownerPay)
	}
	opGot := new(big.Int).Sub(f.Balance(f.Addr(settler)), opBefore)
	opGot.Add(opGot, txCost(t, f, r))
	if opGot.Cmp(opPay) != 0 {
		t.Fatalf("operator received %s, want %s", opGot, opPay)
	}
	if got := new(big.Int).Sub(f.TotalBurned(), before.burned); got.Cmp(burn) != 0 {
		t.Fatalf("burned %s, want %s", got, burn)
	}
	for who, want := range claim {
		if got := f.Claimable(who); got.Cmp(want) != 0 {
			t.Fatalf("claimable of %s: %s, want %s", who, got, want)
		}
	}
	s0, _ := settlement.SplitFee(items[0].r.Fee, params, []*uint256.Int{uint256.NewInt(3), uint256.NewInt(1), uint256.NewInt(0)})
	hand := []uint64{1_440_000_000_200, 2_160_000_000_300, 720_000_000_100, 2_160_000_000_300, 720_000_000_100, 0}
	for i, v := range append([]*uint256.Int{s0.Burn, s0.Owner, s0.Operator}, s0.Contributors...) {
		if v.Uint64() != hand[i] {
			t.Fatalf("first receipt part %d = %v, by hand %d", i, v, hand[i])
		}
	}

	if n := f.CheckSupplyEveryBlock(); n < 20 {
		t.Fatalf("checked %d blocks", n)
	}

	// The stored receipt and the nonce index.
	id := items[0].r.ID()
	got, err := settlements.UnpackGetReceipt(f.MustCall(f.Addr(0), precompile.Address, settlements.PackGetReceipt(id)))
	if err != nil || got.Fee.Cmp(items[0].r.Fee.ToBig()) != 0 || got.ModelId.Uint64() != a[0].ID || got.SettledAt != r.BlockNumber.Uint64() {
		t.Fatalf("getReceipt %+v, %v", got, err)
	}
	byNonce, _ := settlements.UnpackReceiptOfNonce(f.MustCall(f.Addr(0), precompile.Address, settlements.PackReceiptOfNonce(f.Addr(payer), big.NewInt(1))))
	if common.Hash(byNonce) != id {
		t.Fatalf("receiptOfNonce %x, want %s", byNonce, id)
	}
	hv, _ := settlements.UnpackHashVoucher(f.MustCall(f.Addr(0), precompile.Address, settlements.PackHashVoucher(bindings.ISettlementVoucher(precompile.FromVoucher(items[0].v)))))
	if common.Hash(hv) != items[0].r.VoucherHash {
		t.Fatalf("hashVoucher %x, want %s", hv, items[0].r.VoucherHash)
	}

	// Contributors claim exactly their balance, once.
	for who, want := range claim {
		if want.Sign() == 0 {
			continue
		}
		key := -1
		for i := range f.Keys {
			if f.Addr(i) == who {
				key = i
			}
		}
		balBefore := f.Balance(who)
		cr := f.MustSend(f.Keys[key], precompile.Address, settlements.PackClaim(), nil)
		f.CheckSupply()
		gain := new(big.Int).Sub(f.Balance(who), balBefore)
		if gain.Add(gain, txCost(t, f, cr)).Cmp(want) != 0 {
			t.Fatalf("claim paid %s, want %s", gain, want)
		}
		_, err := f.Call(who, precompile.Address, settlements.PackClaim())
		data, _ := precompiletest.RevertData(err)
		if name := precompiletest.RevertName(precompile.ABI, data); name != "NothingToClaim" {
			t.Fatalf("second claim: %v (%s)", err, name)
		}
	}
}

// TestRejections: each bad receipt is rejected with its reason, in a batch
// with nothing else, and moves no balance.
func TestRejections(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	a := f.Adapters[0]
	ids := f.InProvenance
	nonce := uint64(100)
	next := func() uint64 { nonce++; return nonce }
	good := func() item { return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{ids[0], 1}) }
	resign := func(it item) item {
		sig, err := it.v.Sign(f.Keys[payer], f.Domain)
		if err != nil {
			t.Fatal(err)
		}
		it.sig, it.r.VoucherHash = sig, it.v.Hash(f.Domain)
		return it
	}
	// One receipt settles first, so reuse of its nonce can be tested.
	settled := good()
	settle(t, f, settled)

	tests := []struct {
		name   string
		make   func() item
		reason string
	}{
		{"wrong-signer", func() item {
			it := good()
			sig, _ := it.v.Sign(f.Keys[4], f.Domain)
			it.sig = sig
			return it
		}, precompile.RejectWrongSigner},
		{"garbage-signature", func() item { it := good(); it.sig = make([]byte, 65); return it }, precompile.RejectBadSignature},
		{"short-signature", func() item { it := good(); it.sig = it.sig[:64]; return it }, precompile.RejectBadSignature},
		{"voucher-hash-mismatch", func() item { it := good(); it.r.VoucherHash[0] ^= 1; return it }, precompile.RejectVoucherHash},
		{"reused-nonce", func() item {
			it := paidItem(t, f, payer, a, settled.v.Nonce.Uint64(), 2_000, 1, contrib{ids[1], 1})
			return it
		}, precompile.RejectNonceUsed},
		{"replayed-receipt", func() item { return settled }, precompile.RejectAlreadySettled},
		{"expired-deadline", func() item {
			it := good()
			it.v.Deadline = f.HeadTime() // the next block is later
			return resign(it)
		}, precompile.RejectExpired},
		{"fee-above-maxFee", func() item {
			it := good()
			it.v.MaxFee = new(uint256.Int).SubUint64(it.r.Fee, 1)
			return resign(it)
		}, precompile.RejectFeeAboveMax},
		{"fee-mismatch", func() item { it := good(); it.r.Fee.AddUint64(it.r.Fee, 1); return it }, precompile.RejectFeeMismatch},
		{"unknown-model", func() item {
			it := good()
			it.v.ModelID, it.r.ModelID = uint256.NewInt(99), uint256.NewInt(99)
			return resign(it)
		}, precompile.RejectUnknownModel},
		{"model-version-zero", func() item {
			it := good()
			it.v.ModelVersion = 0
			return resign(it)
		}, precompile.RejectUnknownVersion},
		{"model-version-not-published", func() item {
			it := good()
			it.v.ModelVersion = 2
			return resign(it)
		}, precompile.RejectUnknownVersion},
		{"voucher-names-another-operator", func() item {
			it := good()
			it.v.Operator = f.Addr(settlementtest.Rival)
			return resign(it)
		}, precompile.RejectWrongOperator},
		{"fee-below-voucher-rates", func() item {
			// A receipt priced below what the payer agreed to is not the
			// voucher's fee either.
			it := good()
			it.v.RateOut = new(uint256.Int).AddUint64(it.v.RateOut, 1_000)
			return resign(it)
		}, precompile.RejectFeeMismatch},
		{"model-mismatch", func() item { it := good(); it.r.ModelID = uint256.NewInt(f.Adapters[1].ID); return it }, precompile.RejectModelMismatch},
		{"contribution-in-unrelated-datanet", func() item {
			return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{f.Outside, 1})
		}, precompile.RejectNotInProvenance},
		{"contribution-after-declared-version", func() item {
			return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{f.Unpublished, 1})
		}, precompile.RejectNotInProvenance},
		{"contribution-of-other-declared-datanet", func() item {
			return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{ids[3], 1}) // Datanet 2; "med" names only 1
		}, precompile.RejectNotInProvenance},
		{"base-model-has-no-datanets", func() item {
			base := settlementtest.Adapter{ID: f.Base}
			return paidItem(t, f, payer, base, next(), 1, 1, contrib{ids[0], 1})
		}, precompile.RejectNotInProvenance},
		{"unknown-contribution", func() item {
			return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{1_000, 1})
		}, precompile.RejectUnknownContrib},
		{"duplicate-contribution", func() item {
			return paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{ids[0], 1}, contrib{ids[0], 1})
		}, precompile.RejectNotAscending},
		{"weights-overflow", func() item {
			it := paidItem(t, f, payer, a, next(), 1_000, 1_000, contrib{ids[0], 1}, contrib{ids[1], 1})
			max := new(uint256.Int).SetAllOne()
			it.r.Contributions[0].Weight, it.r.Contributions[1].Weight = max, max
			return it
		}, precompile.RejectWeightsOverflow},
		{"fee-overflow", func() item {
			it := good()
			it.r.TokensIn = ^uint64(0)
			return it
		}, precompile.RejectFeeMismatch},
		{"insufficient-escrow", func() item {
			it := paidItem(t, f, payer, a, next(), 1_000_000_000, 0, contrib{ids[0], 1}) // 2e18 > 1 OPEN
			return it
		}, precompile.RejectNoEscrow},
		{"no-escrow-at-all", func() item { return paidItem(t, f, 5, a, next(), 10, 10) }, precompile.RejectNoEscrow},
	}
	defer f.CheckSupplyEveryBlock()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := tc.make()
			before := snap(f)
			r := settle(t, f, it)
			if got := outcomes(t, r); len(got) != 1 || got[0] != tc.reason {
				t.Fatalf("outcomes %q, want [%q]", got, tc.reason)
			}
			ev, err := settlements.UnpackReceiptRejectedEvent(r.Logs[0])
			if err != nil || common.Hash(ev.VoucherHash) != it.v.Hash(f.Domain) {
				t.Fatalf("ReceiptRejected %+v, %v", ev, err)
			}
			if after := snap(f); !before.equal(after) {
				t.Fatalf("balances moved: %+v → %+v", before, after)
			}
			if tc.reason != precompile.RejectAlreadySettled && tc.reason != precompile.RejectNonceUsed {
				used, _ := settlements.UnpackReceiptOfNonce(f.MustCall(f.Addr(0), precompile.Address, settlements.PackReceiptOfNonce(it.v.Payer, it.v.Nonce.ToBig())))
				if used != ([32]byte{}) {
					t.Fatal("a rejected receipt used its nonce")
				}
			}
		})
	}
}

// TestOnlySettlersSettle: any other caller reverts with NotSettler and
// nothing moves.
func TestOnlySettlersSettle(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	it := paidItem(t, f, payer, f.Adapters[0], 1, 100, 100, contrib{f.InProvenance[0], 1})
	data := packBatch(t, it)
	for _, who := range []int{payer, owner, settlementtest.Contributor0} {
		_, err := f.Call(f.Addr(who), precompile.Address, data)
		rd, _ := precompiletest.RevertData(err)
		if len(rd) < 4 {
			t.Fatalf("caller %d: no revert data: %v", who, err)
		}
		e, uerr := settlements.UnpackNotSettlerError(rd[4:])
		if uerr != nil || e.Caller != f.Addr(who) {
			t.Fatalf("caller %d: %v", who, err)
		}
	}
	before := snap(f)
	r := f.Send(f.Keys[settlementtest.Contributor0+2], precompile.Address, data, nil, 2_000_000)
	f.CheckSupply()
	if r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
		t.Fatalf("non-settler settle: status %d, %d logs", r.Status, len(r.Logs))
	}
	if !before.equal(snap(f)) {
		t.Fatal("balances moved")
	}
	settlerAddr := f.Addr(settler)
	if ok, _ := settlements.UnpackIsSettler(f.MustCall(f.Addr(0), precompile.Address, settlements.PackIsSettler(settlerAddr))); !ok {
		t.Fatal("genesis settler is not a settler")
	}
}

// TestReplayedBatchPaysNothingTwice sends the same batch twice (and a batch
// repeating one receipt): the second time every receipt is "already settled".
func TestReplayedBatchPaysNothingTwice(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	ids := f.InProvenance
	var items []item
	for i, a := range f.Adapters {
		items = append(items, paidItem(t, f, payer, a, uint64(i+1), 900, 300, contrib{ids[3], 2}))
	}
	items[0] = paidItem(t, f, payer, f.Adapters[0], 1, 900, 300, contrib{ids[0], 2}, contrib{ids[2], 1})
	items[1] = paidItem(t, f, payer, f.Adapters[1], 2, 900, 300, contrib{ids[3], 2})
	items[2] = paidItem(t, f, payer, f.Adapters[2], 3, 900, 300, contrib{ids[1], 2}, contrib{ids[3], 7})
	// The same receipt twice in one batch settles once.
	r := settle(t, f, append(items, items[0])...)
	if got := outcomes(t, r); len(got) != 4 || got[0]+got[1]+got[2] != "" || got[3] != precompile.RejectAlreadySettled {
		t.Fatalf("first batch outcomes %q", got)
	}
	after := snap(f)
	r = settle(t, f, items...)
	for _, o := range outcomes(t, r) {
		if o != precompile.RejectAlreadySettled {
			t.Fatalf("replay outcome %q", o)
		}
	}
	if !after.equal(snap(f)) {
		t.Fatal("the replay moved balances")
	}
	f.CheckSupplyEveryBlock()
}

// TestMixedBatchIsPerReceipt: a bad receipt between good ones is skipped and
// the good ones settle.
func TestMixedBatchIsPerReceipt(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	ids := f.InProvenance
	a := f.Adapters[0]
	good1 := paidItem(t, f, payer, a, 1, 10, 10, contrib{ids[0], 1})
	bad := paidItem(t, f, payer, a, 2, 10, 10, contrib{f.Outside, 1})
	good2 := paidItem(t, f, payer, a, 3, 10, 10, contrib{ids[1], 1})
	r := settle(t, f, good1, bad, good2)
	if got := outcomes(t, r); len(got) != 3 || got[0] != "" || got[1] != precompile.RejectNotInProvenance || got[2] != "" {
		t.Fatalf("outcomes %q", got)
	}
	n, err := settlements.UnpackSettle(f.MustCall(f.Addr(settler), precompile.Address, packBatch(t,
		paidItem(t, f, payer, a, 4, 10, 10), bad, paidItem(t, f, payer, a, 5, 10, 10))))
	if err != nil || n.Int64() != 2 {
		t.Fatalf("settle returned %v, %v; want 2", n, err)
	}
	// The escrow runs down within a batch: with room for two receipts, the
	// third of the same payer is rejected and the others settle.
	f.Deposit(5, new(big.Int).Mul(big.NewInt(2), paidItem(t, f, 5, a, 1, 10, 10).r.Fee.ToBig()))
	r = settle(t, f, paidItem(t, f, 5, a, 1, 10, 10), paidItem(t, f, 5, a, 2, 10, 10), paidItem(t, f, 5, a, 3, 10, 10),
		paidItem(t, f, payer, a, 6, 10, 10))
	if got := outcomes(t, r); len(got) != 4 || got[0] != "" || got[1] != "" || got[2] != precompile.RejectNoEscrow || got[3] != "" {
		t.Fatalf("outcomes %q", got)
	}
	if e := f.Escrow(f.Addr(5)); e.Sign() != 0 {
		t.Fatalf("escrow left %s, want 0", e)
	}
	// Mismatched lengths revert the whole call.
	data, _ := precompile.PackSettle([]*settlement.Receipt{good1.r}, nil, nil)
	_, err = f.Call(f.Addr(settler), precompile.Address, data)
	rd, _ := precompiletest.RevertData(err)
	if precompiletest.RevertName(precompile.ABI, rd) != "InvalidArgument" {
		t.Fatalf("mismatched lengths: %v", err)
	}
}

// TestEscrowWithdrawal: the delay, the cap, and settlement still charging a
// pending withdrawal.
func TestEscrowWithdrawal(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	revert := func(from int, data []byte) string {
		_, err := f.Call(f.Addr(from), precompile.Address, data)
		rd, _ := precompiletest.RevertData(err)
		return precompiletest.RevertName(precompile.ABI, rd)
	}
	if got := revert(payer, settlements.PackDeposit()); got != "InvalidArgument" {
		t.Fatalf("empty deposit: %s", got)
	}
	r := f.Deposit(payer, open.Wei(2))
	ev, err := settlements.UnpackDepositedEvent(r.Logs[0])
	if err != nil || ev.Escrow.Cmp(open.Wei(2)) != 0 {
		t.Fatalf("Deposited %+v, %v", ev, err)
	}
	if got := revert(payer, settlements.PackWithdraw()); got != "NothingToWithdraw" {
		t.Fatalf("withdraw without request: %s", got)
	}
	if got := revert(payer, settlements.PackRequestWithdraw(open.Wei(3))); got != "InsufficientEscrow" {
		t.Fatalf("request above escrow: %s", got)
	}
	f.MustSend(f.Keys[payer], precompile.Address, settlements.PackRequestWithdraw(open.Wei(2)), nil)
	f.CheckSupply()
	if got := revert(payer, settlements.PackWithdraw()); got != "WithdrawalLocked" {
		t.Fatalf("early withdraw: %s", got)
	}
	// Settlement still charges the escrow during the delay.
	it := paidItem(t, f, payer, f.Adapters[0], 1, 100_000, 0, contrib{f.InProvenance[0], 1})
	settle(t, f, it)
	for i := 0; i < settlementtest.WithdrawDelay; i++ {
		f.Commit()
	}
	before := f.Balance(f.Addr(payer))
	r = f.MustSend(f.Keys[payer], precompile.Address, settlements.PackWithdraw(), nil)
	f.CheckSupply()
	w, err := settlements.UnpackWithdrawnEvent(r.Logs[0])
	left := new(big.Int).Sub(open.Wei(2), it.r.Fee.ToBig())
	if err != nil || w.Amount.Cmp(left) != 0 || w.Escrow.Sign() != 0 {
		t.Fatalf("Withdrawn %+v, %v; want the %s left", w, err, left)
	}
	gain := new(big.Int).Sub(f.Balance(f.Addr(payer)), before)
	if gain.Add(gain, txCost(t, f, r)).Cmp(left) != 0 {
		t.Fatalf("payer received %s, want %s", gain, left)
	}
	if got := revert(payer, settlements.PackWithdraw()); got != "NothingToWithdraw" {
		t.Fatalf("second withdraw: %s", got)
	}
}

// TestConfig covers Verify and the genesis storage round trip.
func TestConfig(t *testing.T) {
	s := common.HexToAddress("0x01")
	tests := []struct {
		name string
		cfg  precompile.Config
		ok   bool
	}{
		{"default", precompile.DefaultConfig(s), true},
		{"no-settlers", precompile.DefaultConfig(), true},
		{"bps-over", func() precompile.Config { c := precompile.DefaultConfig(s); c.BurnBps = 6_001; return c }(), false},
		{"zero-delay", func() precompile.Config { c := precompile.DefaultConfig(s); c.WithdrawDelay = 0; return c }(), false},
		{"nil-platform-fee", func() precompile.Config { c := precompile.DefaultConfig(s); c.PlatformFee = nil; return c }(), false},
		{"negative-platform-fee", func() precompile.Config { c := precompile.DefaultConfig(s); c.PlatformFee = big.NewInt(-1); return c }(), false},
		{"zero-settler", precompile.DefaultConfig(common.Address{}), false},
		{"duplicate-settler", precompile.DefaultConfig(s, s), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.cfg.Storage()
			if (err == nil) != tc.ok {
				t.Fatalf("Storage err %v, want ok=%v", err, tc.ok)
			}
		})
	}
	f := settlementtest.New(t, settlementtest.Options{PlatformFee: 77})
	p, err := settlements.UnpackFeeParams(f.MustCall(f.Addr(0), precompile.Address, settlements.PackFeeParams()))
	if err != nil || p.PlatformFee.Int64() != 77 || p.BurnBps != 2_000 || p.OwnerBps != 3_000 || p.OperatorBps != 1_000 ||
		p.WithdrawDelay != settlementtest.WithdrawDelay {
		t.Fatalf("feeParams %+v, %v", p, err)
	}
	ds, _ := settlements.UnpackDomainSeparator(f.MustCall(f.Addr(0), precompile.Address, settlements.PackDomainSeparator()))
	if common.Hash(ds) != settlement.DomainSeparator(f.ChainID, precompile.Address) {
		t.Fatal("domainSeparator disagrees with core/settlement")
	}
}

// TestSettleGasBoundary: settle succeeds with exactly intrinsic gas plus
// RequiredGas and runs out of gas with one less, leaving nothing behind.
func TestSettleGasBoundary(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1))
	ids := f.InProvenance
	data := packBatch(t,
		paidItem(t, f, payer, f.Adapters[0], 1, 100, 100, contrib{ids[0], 1}, contrib{ids[1], 2}),
		paidItem(t, f, payer, f.Adapters[2], 2, 100, 100, contrib{ids[3], 1}))
	exact := intrinsicGas(data) + precompile.Contract.RequiredGas(data)
	before := snap(f)
	r := f.Send(f.Keys[settler], precompile.Address, data, nil, exact-1)
	f.CheckSupply()
	if r.Status != types.ReceiptStatusFailed || r.GasUsed != exact-1 || !before.equal(snap(f)) {
		t.Fatalf("one gas short: status %d, gas used %d of %d, state moved=%v", r.Status, r.GasUsed, exact-1, !before.equal(snap(f)))
	}
	r = f.Send(f.Keys[settler], precompile.Address, data, nil, exact)
	f.CheckSupply()
	if r.Status != types.ReceiptStatusSuccessful || r.GasUsed != exact {
		t.Fatalf("exact gas: status %d, gas used %d of %d", r.Status, r.GasUsed, exact)
	}
	if got := outcomes(t, r); len(got) != 2 || got[0] != "" || got[1] != "" {
		t.Fatalf("outcomes %q", got)
	}
}

// rawStorage is genesis storage written through the exported setters.
type rawStorage map[common.Hash]common.Hash

func (m rawStorage) GetState(_ common.Address, k common.Hash) common.Hash { return m[k] }

func (m rawStorage) SetState(_ common.Address, k, v common.Hash) common.Hash {
	prev := m[k]
	m[k] = v
	return prev
}

// TestInvalidStoredParamsRefuseSettle: shares over 100 % in storage (which
// Config.Verify would refuse) make settle revert instead of splitting.
func TestInvalidStoredParamsRefuseSettle(t *testing.T) {
	st := rawStorage{}
	precompile.SetFeeParams(st, settlement.FeeParams{PlatformFee: uint256.NewInt(0), BurnBps: 9_000, OwnerBps: 9_000})
	precompile.GrantSettler(st, crypto.PubkeyToAddress(genesis.DevKey(settler).PublicKey))
	c := devchaintest.NewChain(t, devchaintest.Options{Mutate: func(g *genesis.Config) {
		g.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{precompile.Address: st}
	}})
	data, err := precompile.PackSettle(nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Call(c.Addr(settler), precompile.Address, data)
	rd, _ := precompiletest.RevertData(err)
	if len(rd) < 4 {
		t.Fatalf("settle with invalid parameters: %v", err)
	}
	e, uerr := settlements.UnpackInvalidArgumentError(rd[4:])
	if uerr != nil || e.Reason != "fee parameters are invalid" {
		t.Fatalf("revert %v (%v)", e, uerr)
	}
}
