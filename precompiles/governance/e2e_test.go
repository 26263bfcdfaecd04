package governance_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	core "github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

var settlements = bindings.NewISettlement()

// Short periods of the e2e chain, in seconds: every block is one second
// later than its parent (the genesis is in the future, see e2eChain).
const (
	e2eVoting   = 20
	e2eTimelock = 5
	e2eUnlock   = 5
)

// Voters of the e2e chain: the fixture's contributors.
const (
	voterA = settlementtest.Contributor0     // locks 600 OPEN
	voterB = settlementtest.Contributor0 + 1 // locks 300 OPEN
	voterC = settlementtest.Contributor0 + 2 // locks 100 OPEN
)

// e2eChain is the settlement fixture on a dev chain whose genesis time is a
// day ahead of the clock, so each block is exactly one second after its
// parent however slowly the test runs, with governance's short periods.
func e2eChain(t *testing.T) *settlementtest.Fixture {
	cfg := governance.DefaultConfig()
	cfg.Params.VotingPeriod, cfg.Params.TimelockDelay, cfg.Params.UnlockDelay = e2eVoting, e2eTimelock, e2eUnlock
	cfg.Params.ProposalThreshold = open.Wei(1)
	for _, k := range []governance.ChangeKind{governance.KindVotingPeriod, governance.KindTimelockDelay, governance.KindUnlockDelay} {
		cfg.Bounds[k].Min = big.NewInt(1)
	}
	st, err := cfg.Storage()
	if err != nil {
		t.Fatal(err)
	}
	return settlementtest.New(t, settlementtest.Options{Mutate: func(g *genesis.Config) {
		g.Timestamp = uint64(time.Now().Unix()) + 24*3600
		g.PrecompileStorage[governance.Address] = st
	}})
}

// revertName is the custom error an eth_call reverted with, named from the
// governance or settlement ABI.
func revertName(t *testing.T, err error) string {
	t.Helper()
	var de rpc.DataError
	if !errors.As(err, &de) {
		t.Fatalf("call did not revert with data: %v", err)
	}
	s, _ := de.ErrorData().(string)
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		t.Fatalf("revert data %v", de.ErrorData())
	}
	for name, e := range governance.ABI.Errors {
		if string(e.ID[:4]) == string(data[:4]) {
			return name
		}
	}
	for name, e := range settlement.ABI.Errors {
		if string(e.ID[:4]) == string(data[:4]) {
			return name
		}
	}
	return "<unknown>"
}

// refused requires an eth_call from key to revert with the named error.
func refused(t *testing.T, f *settlementtest.Fixture, key int, to common.Address, data []byte, want string) {
	t.Helper()
	_, err := f.Call(f.Addr(key), to, data)
	if err == nil {
		t.Fatalf("call %x from %d succeeded, want %s", data[:4], key, want)
	}
	if got := revertName(t, err); got != want {
		t.Fatalf("call %x from %d reverted with %s, want %s", data[:4], key, got, want)
	}
}

func send(t *testing.T, f *settlementtest.Fixture, key int, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	return f.MustSend(f.Keys[key], governance.Address, data, value)
}

// proposeE2E sends a proposal and returns its id from the ProposalCreated log.
func proposeE2E(t *testing.T, f *settlementtest.Fixture, key int, changes []bindings.IGovernanceChange) (*big.Int, uint64) {
	t.Helper()
	r := send(t, f, key, gov.PackPropose(changes, "e2e"), nil)
	for _, l := range r.Logs {
		if ev, err := gov.UnpackProposalCreatedEvent(l); err == nil {
			return ev.ProposalId, ev.VoteEnd
		}
	}
	t.Fatal("no ProposalCreated log")
	return nil, 0
}

// until builds empty blocks until the head's time is at least ts.
func until(f *settlementtest.Fixture, ts uint64) {
	for f.HeadTime() < ts {
		f.Commit()
	}
}

// settleOne settles one receipt of 1,000 tokens each way for adapter 2 from
// the settler key and returns the fee and what it burned.
func settleOne(t *testing.T, f *settlementtest.Fixture, settlerKey int, nonce uint64) (*uint256.Int, *big.Int) {
	t.Helper()
	a := f.Adapters[0]
	fee, err := core.Fee(1_000, 1_000, uint256.NewInt(uint64(a.RateIn)), uint256.NewInt(uint64(a.RateOut)), new(uint256.Int))
	if err != nil {
		t.Fatal(err)
	}
	v, _ := f.Voucher(settlementtest.Payer, a.ID, nonce, fee, "request")
	v.Operator = f.Addr(settlerKey) // the voucher names the settler that settles it
	sig := f.Sign(settlementtest.Payer, v)
	r := &core.Receipt{VoucherHash: v.Hash(f.Domain), ModelID: uint256.NewInt(a.ID), TokensIn: 1_000, TokensOut: 1_000, Fee: fee,
		OutputHash: crypto.Keccak256Hash([]byte("out")), ProofRoot: common.Hash{1},
		Contributions: []core.Contribution{{ID: uint256.NewInt(f.InProvenance[0]), Weight: uint256.NewInt(1)}}}
	data, err := settlement.PackSettle([]*core.Receipt{r}, []*core.Voucher{v}, [][]byte{sig})
	if err != nil {
		t.Fatal(err)
	}
	before := f.TotalBurned()
	f.MustSend(f.Keys[settlerKey], settlement.Address, data, nil)
	f.CheckSupply()
	return fee, new(big.Int).Sub(f.TotalBurned(), before)
}

func expectedBurn(t *testing.T, fee *uint256.Int, burnBps uint64) *big.Int {
	t.Helper()
	s, err := core.SplitFee(fee, core.FeeParams{PlatformFee: new(uint256.Int), BurnBps: burnBps, OwnerBps: settlement.DefaultOwnerBps,
		OperatorBps: settlement.DefaultOperatorBps}, []*uint256.Int{uint256.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	return s.Burn.ToBig()
}

// TestGovernanceThroughANode runs the whole lifecycle through a dev node
// with three voters: a proposal that passes raises the burn, removes the
// settler and adds another, and only applies after its timelock (a
// settlement in between still burns at the old rate, the removed settler
// can no longer settle, the new one settles at the new rate); proposals that
// fail on quorum and on threshold cannot be queued; a proposal is canceled
// by its proposer only; a double vote and a vote after unlocking are
// refused.
func TestGovernanceThroughANode(t *testing.T) {
	f := e2eChain(t)
	oldSettler, newSettler := settlementtest.Settler, settlementtest.ModelOwner
	for key, amount := range map[int]int64{voterA: 600, voterB: 300, voterC: 100} {
		send(t, f, key, gov.PackLock(), open.Wei(amount))
	}
	f.Deposit(settlementtest.Payer, open.Wei(10))
	fee, burned := settleOne(t, f, oldSettler, 1)
	if want := expectedBurn(t, fee, settlement.DefaultBurnBps); burned.Cmp(want) != 0 {
		t.Fatalf("burned %s before any proposal, want %s", burned, want)
	}

	pass := []bindings.IGovernanceChange{
		change(governance.KindBurnBps, common.Address{}, 0, 4_000),
		change(governance.KindRemoveSettler, f.Addr(oldSettler), 0, 0),
		change(governance.KindAddSettler, f.Addr(newSettler), 0, 0),
	}
	p1, voteEnd := proposeE2E(t, f, voterA, pass)
	p2, _ := proposeE2E(t, f, voterB, []bindings.IGovernanceChange{change(governance.KindWithdrawDelay, common.Address{}, 0, 4_000)})
	p3, _ := proposeE2E(t, f, voterB, []bindings.IGovernanceChange{change(governance.KindWithdrawDelay, common.Address{}, 0, 5_000)})
	p4, lastEnd := proposeE2E(t, f, voterB, []bindings.IGovernanceChange{change(governance.KindWithdrawDelay, common.Address{}, 0, 6_000)})

	// p1 passes: 600 for, 300 against.
	send(t, f, voterA, gov.PackVote(p1, governance.For), nil)
	send(t, f, voterB, gov.PackVote(p1, governance.Against), nil)
	refused(t, f, voterA, governance.Address, gov.PackVote(p1, governance.For), "AlreadyVoted")
	// p2 fails on quorum: 100 of 1,000 is under 20 %.
	send(t, f, voterC, gov.PackVote(p2, governance.For), nil)
	// p3 fails on threshold: 300 for, 600 against.
	send(t, f, voterB, gov.PackVote(p3, governance.For), nil)
	send(t, f, voterA, gov.PackVote(p3, governance.Against), nil)
	// p4 is canceled by its proposer, not by anyone else.
	refused(t, f, voterA, governance.Address, gov.PackCancel(p4), "NotProposer")
	send(t, f, voterB, gov.PackCancel(p4), nil)
	refused(t, f, voterA, governance.Address, gov.PackVote(p4, governance.For), "WrongState")
	// voterC unlocks and can no longer vote on p1.
	send(t, f, voterC, gov.PackUnlock(open.Wei(100)), nil)
	refused(t, f, voterC, governance.Address, gov.PackVote(p1, governance.For), "NoVotingPower")

	refused(t, f, voterA, governance.Address, gov.PackQueue(p1), "VotingNotEnded")
	until(f, max(voteEnd, lastEnd))
	for _, p := range []*big.Int{p2, p3, p4} {
		refused(t, f, voterA, governance.Address, gov.PackQueue(p), "WrongState")
	}
	states := map[*big.Int]governance.ProposalState{p2: governance.StateDefeated, p3: governance.StateDefeated, p4: governance.StateCanceled}
	for p, want := range states {
		got, err := gov.UnpackGetProposal(f.MustCall(f.Addr(0), governance.Address, gov.PackGetProposal(p)))
		if err != nil || governance.ProposalState(got.State) != want {
			t.Fatalf("proposal %s: state %d (%v), want %s", p, got.State, err, want)
		}
	}
	r := send(t, f, settlementtest.Payer, gov.PackQueue(p1), nil)
	var eta uint64
	for _, l := range r.Logs {
		if ev, err := gov.UnpackProposalQueuedEvent(l); err == nil {
			eta = ev.Eta
		}
	}
	refused(t, f, settlementtest.Payer, governance.Address, gov.PackExecute(p1, pass), "TimelockNotElapsed")
	// Before execution the old burn and the old settler still apply.
	fee, burned = settleOne(t, f, oldSettler, 2)
	if want := expectedBurn(t, fee, settlement.DefaultBurnBps); burned.Cmp(want) != 0 {
		t.Fatalf("burned %s before execution, want %s", burned, want)
	}
	until(f, eta)
	r = send(t, f, settlementtest.Payer, gov.PackExecute(p1, pass), nil)
	applied := 0
	for _, l := range r.Logs {
		if _, err := gov.UnpackChangeAppliedEvent(l); err == nil {
			applied++
		}
	}
	if applied != len(pass) {
		t.Fatalf("%d ChangeApplied logs, want %d", applied, len(pass))
	}
	// The removed settler can no longer settle; the new one settles at 40 %.
	data, _ := settlement.PackSettle(nil, nil, nil)
	refused(t, f, oldSettler, settlement.Address, data, "NotSettler")
	fee, burned = settleOne(t, f, newSettler, 3)
	if want := expectedBurn(t, fee, 4_000); burned.Cmp(want) != 0 {
		t.Fatalf("burned %s after execution, want %s (40 %%)", burned, want)
	}
	got, err := settlements.UnpackFeeParams(f.MustCall(f.Addr(0), settlement.Address, settlements.PackFeeParams()))
	if err != nil || got.BurnBps != 4_000 {
		t.Fatalf("feeParams %+v %v", got, err)
	}
	refused(t, f, settlementtest.Payer, governance.Address, gov.PackExecute(p1, pass), "WrongState")
	// voterC's unlocked OPEN comes back after the delay.
	until(f, f.HeadTime()+e2eUnlock)
	send(t, f, voterC, gov.PackWithdraw(), nil)
}
