package settlement_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles/precompiletest"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// TestThroughSolidityCaller: a contract escrows value for itself through the
// precompile and reads it back with a static call; a settle it forwards runs
// with the contract as the caller and reverts with NotSettler, moving nothing.
func TestThroughSolidityCaller(t *testing.T) {
	f := settlementtest.New(t, settlementtest.Options{})
	caller := bindings.NewSettlementCaller()
	code, _, err := artifacts.Code("SettlementCaller")
	if err != nil {
		t.Fatal(err)
	}
	addr := f.Deploy(f.Keys[0], code)
	f.Tracked = append(f.Tracked, addr)
	r := f.MustSend(f.Keys[0], addr, caller.PackDepositFor(), open.Wei(3))
	f.CheckSupply()
	if len(r.Logs) != 1 || r.Logs[0].Address != precompile.Address {
		t.Fatalf("deposit through the contract logged %d events", len(r.Logs))
	}
	ev, err := settlements.UnpackDepositedEvent(r.Logs[0])
	if err != nil || ev.Payer != addr || ev.Escrow.Cmp(open.Wei(3)) != 0 {
		t.Fatalf("Deposited %+v, %v", ev, err)
	}
	got, err := caller.UnpackMyEscrow(f.MustCall(f.Addr(0), addr, caller.PackMyEscrow()))
	if err != nil || got.Cmp(open.Wei(3)) != 0 || f.Escrow(addr).Cmp(open.Wei(3)) != 0 {
		t.Fatalf("escrow of the contract %v, %v", got, err)
	}
	if b := f.Balance(precompile.Address); b.Cmp(open.Wei(3)) != 0 {
		t.Fatalf("precompile balance %s", b)
	}

	it := paidItem(t, f, payer, f.Adapters[0], 1, 10, 10, contrib{f.InProvenance[0], 1})
	f.Deposit(payer, open.Wei(1))
	before := snap(f)
	a := precompile.FromReceipt(it.r)
	v := precompile.FromVoucher(it.v)
	data := caller.PackForwardSettle([]bindings.ISettlementReceipt{toBindingReceipt(a)}, []bindings.ISettlementVoucher{bindings.ISettlementVoucher(v)}, [][]byte{it.sig})
	r = f.Send(f.Keys[settler], addr, data, nil, 3_000_000)
	f.CheckSupply()
	if r.Status != types.ReceiptStatusFailed || !before.equal(snap(f)) {
		t.Fatalf("settle forwarded by a non-settler contract: status %d", r.Status)
	}
	_, err = f.Call(f.Addr(settler), addr, data)
	rd, _ := precompiletest.RevertData(err)
	if len(rd) < 4 {
		t.Fatalf("no revert data: %v", err)
	}
	e, err := settlements.UnpackNotSettlerError(rd[4:])
	if err != nil || e.Caller != addr {
		t.Fatalf("revert %x: %v", rd, err)
	}
}

func toBindingReceipt(r precompile.ABIReceipt) bindings.ISettlementReceipt {
	out := bindings.ISettlementReceipt{VoucherHash: r.VoucherHash, ModelId: r.ModelId, TokensIn: r.TokensIn, TokensOut: r.TokensOut,
		Fee: r.Fee, OutputHash: r.OutputHash, ProofRoot: r.ProofRoot}
	for _, c := range r.Contributions {
		out.Contributions = append(out.Contributions, bindings.ISettlementContribution{ContributionId: c.ContributionId, Weight: c.Weight})
	}
	return out
}
