package governance_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/settlement"
)

var (
	gov  = bindings.NewIGovernance()
	areg = bindings.NewIAgentRegistry()
	mreg = bindings.NewIModelRegistry()

	alice    = common.HexToAddress("0xa11ce")
	bob      = common.HexToAddress("0xb0b")
	carol    = common.HexToAddress("0xca201")
	settler  = common.HexToAddress("0x5e77")
	stranger = common.HexToAddress("0x5742")
)

const (
	hour     = 3600
	day      = 24 * hour
	treasury = 1_000_000 // wei in the governance precompile at genesis
)

// env runs precompiles directly on an in-memory StateDB holding the devnet
// parameters of every precompile, with a clock the test moves.
type env struct {
	t   testing.TB
	sdb *state.StateDB
	evm *vm.EVM
}

func newEnv(t testing.TB) *env {
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range precompiles.Registered() {
		sdb.SetNonce(a, 1, 0)
		sdb.SetCode(a, genesis.PrecompileCode, 0)
	}
	cfg := governance.DefaultConfig()
	cfg.Params.ProposalThreshold = big.NewInt(100)
	storages := map[common.Address]func() (map[common.Hash]common.Hash, error){
		governance.Address: cfg.Storage,
		agent.Address:      agent.Config{MinStake: big.NewInt(100), UnbondingDelay: 3, Slashers: []common.Address{carol}}.Storage,
		settlement.Address: settlement.DefaultConfig(settler).Storage,
	}
	for addr, storage := range storages {
		st, err := storage()
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range st {
			sdb.SetState(addr, k, v)
		}
	}
	sdb.AddBalance(governance.Address, uint256.NewInt(treasury), 0)
	for _, a := range []common.Address{alice, bob, carol, stranger} {
		sdb.AddBalance(a, uint256.NewInt(1_000_000_000), 0)
	}
	ctx := vm.BlockContext{
		CanTransfer: core.CanTransfer, Transfer: core.Transfer, GetHash: func(uint64) common.Hash { return common.Hash{} },
		BlockNumber: big.NewInt(100), Time: 1_000_000, GasLimit: 60_000_000, BaseFee: new(big.Int), BlobBaseFee: new(big.Int),
		Random: &common.Hash{},
	}
	return &env{t: t, sdb: sdb, evm: vm.NewEVM(ctx, sdb, genesis.ChainConfig(genesis.DevChainID), vm.Config{})}
}

// advance moves the clock by seconds and the block number by one.
func (e *env) advance(seconds uint64) {
	e.evm.Context.Time += seconds
	e.evm.Context.BlockNumber = new(big.Int).Add(e.evm.Context.BlockNumber, big.NewInt(1))
}

func (e *env) now() uint64 { return e.evm.Context.Time }

// call runs a precompile directly, first moving value from the caller to the
// precompile as the EVM does.
func (e *env) call(p *precompiles.Contract, from common.Address, input []byte, value uint64) ([]byte, error) {
	v := uint256.NewInt(value)
	if !v.IsZero() {
		if e.sdb.GetBalance(from).Lt(v) {
			return nil, errors.New("caller cannot pay the value")
		}
		e.sdb.SubBalance(from, v, 0)
		e.sdb.AddBalance(p.Address(), v, 0)
	}
	snap := e.sdb.Snapshot()
	out, err := p.RunStateful(e.evm, from, input, v, false)
	if err != nil {
		e.sdb.RevertToSnapshot(snap)
	}
	return out, err
}

func (e *env) must(from common.Address, input []byte, value uint64) []byte {
	e.t.Helper()
	out, err := e.call(governance.Contract, from, input, value)
	if err != nil {
		e.t.Fatalf("call %x: %v (%s)", input[:4], err, e.decode(out))
	}
	return out
}

// fails calls governance and requires a revert with the named custom error.
func (e *env) fails(from common.Address, input []byte, wantError string) {
	e.t.Helper()
	out, err := e.call(governance.Contract, from, input, 0)
	if !errors.Is(err, vm.ErrExecutionReverted) {
		e.t.Fatalf("call %x: err %v, want a revert with %s", input[:4], err, wantError)
	}
	if got := e.decode(out); got != wantError {
		e.t.Fatalf("call %x reverted with %s, want %s", input[:4], got, wantError)
	}
}

// decode names the custom error in revert data.
func (e *env) decode(out []byte) string {
	if len(out) < 4 {
		return "<none>"
	}
	for name, er := range governance.ABI.Errors {
		if string(er.ID[:4]) == string(out[:4]) {
			return name
		}
	}
	return "<unknown>"
}

func (e *env) view(input []byte) []byte {
	e.t.Helper()
	out, err := governance.Contract.RunStateful(e.evm, stranger, input, new(uint256.Int), true)
	if err != nil {
		e.t.Fatalf("view %x: %v", input[:4], err)
	}
	return out
}

func (e *env) proposal(id uint64) bindings.IGovernanceProposal {
	e.t.Helper()
	p, err := gov.UnpackGetProposal(e.view(gov.PackGetProposal(big.NewInt(int64(id)))))
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

func change(k governance.ChangeKind, account common.Address, id, value uint64) bindings.IGovernanceChange {
	return bindings.IGovernanceChange{Kind: uint8(k), Account: account, Id: new(big.Int).SetUint64(id), Value: new(big.Int).SetUint64(value)}
}

func id(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// lockAll locks for alice 600, bob 300, carol 100 and moves past the block.
func (e *env) lockAll() {
	e.must(alice, gov.PackLock(), 600)
	e.must(bob, gov.PackLock(), 300)
	e.must(carol, gov.PackLock(), 100)
	e.advance(2)
}

func TestDispatchCoversTheABI(t *testing.T) {
	if names := governance.Contract.MethodNames(); len(names) != len(governance.ABI.Methods) {
		t.Fatalf("%d bound methods, ABI has %d", len(names), len(governance.ABI.Methods))
	}
	if len(governance.ABI.Events) != 9 {
		t.Fatalf("ABI has %d events; events.go binds 9", len(governance.ABI.Events))
	}
	if int(governance.NumKinds) != 21 {
		t.Fatalf("%d change kinds", governance.NumKinds)
	}
}

func TestDispatchRejects(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name     string
		input    []byte
		readOnly bool
		want     error
	}{
		{"short_input", []byte{1}, false, precompiles.ErrShortInput},
		{"unknown_selector", []byte{0xde, 0xad, 0xbe, 0xef}, false, precompiles.ErrUnknownSelector},
		{"read_only_write", gov.PackUnlock(big.NewInt(1)), true, vm.ErrWriteProtection},
		{"truncated_args", gov.PackVote(big.NewInt(1), 1)[:40], false, precompiles.ErrInvalidInput},
		{"support_out_of_uint8", append(gov.PackVote(big.NewInt(1), 1)[:36], common.BigToHash(big.NewInt(256)).Bytes()...), false, precompiles.ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := governance.Contract.RunStateful(e.evm, alice, tc.input, new(uint256.Int), tc.readOnly)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
}

// TestLifecyclePasses: a proposal that reaches quorum and approval is queued,
// waits for its timelock, and its execution changes the settlement fee
// split, removes a settler, pays from the treasury and changes governance's
// own parameters; nothing changes before execution.
func TestLifecyclePasses(t *testing.T) {
	e := newEnv(t)
	e.lockAll()
	changes := []bindings.IGovernanceChange{
		change(governance.KindBurnBps, common.Address{}, 0, 3_000),
		change(governance.KindOwnerBps, common.Address{}, 0, 2_000),
		change(governance.KindRemoveSettler, settler, 0, 0),
		change(governance.KindTreasurySpend, stranger, 0, 400_000),
		change(governance.KindQuorumBps, common.Address{}, 0, 3_000),
	}
	e.must(alice, gov.PackPropose(changes, "raise the burn"), 0)
	p := e.proposal(1)
	if p.State != uint8(governance.StateActive) || p.Snapshot != e.now() || p.VoteEnd != e.now()+governance.DefaultVotingPeriod {
		t.Fatalf("proposal %+v", p)
	}
	if p.Quorum.Int64() != 1000*2000/10000 {
		t.Fatalf("quorum %s, want 20%% of 1000", p.Quorum)
	}
	e.advance(2)
	w, err := gov.UnpackVote(e.must(alice, gov.PackVote(id(1), governance.For), 0))
	if err != nil || w.Int64() != 600 {
		t.Fatalf("alice's weight %v %v", w, err)
	}
	e.must(bob, gov.PackVote(id(1), governance.Against), 0)
	e.fails(alice, gov.PackVote(id(1), governance.Against), "AlreadyVoted")
	e.fails(stranger, gov.PackQueue(id(1)), "VotingNotEnded")
	e.advance(governance.DefaultVotingPeriod)
	e.fails(carol, gov.PackVote(id(1), governance.For), "WrongState")
	if p := e.proposal(1); p.State != uint8(governance.StateSucceeded) || p.ForVotes.Int64() != 600 || p.AgainstVotes.Int64() != 300 {
		t.Fatalf("after voting: %+v", p)
	}
	e.must(stranger, gov.PackQueue(id(1)), 0)
	if p := e.proposal(1); p.State != uint8(governance.StateQueued) || p.Eta != e.now()+governance.DefaultTimelockDelay {
		t.Fatalf("queued: %+v", p)
	}
	e.advance(governance.DefaultTimelockDelay - 1)
	e.fails(stranger, gov.PackExecute(id(1), changes), "TimelockNotElapsed")
	if fp := settlement.FeeParams(e.sdb); fp.BurnBps != settlement.DefaultBurnBps || !settlement.IsSettler(e.sdb, settler) {
		t.Fatalf("parameters changed before execution: %+v", fp)
	}
	e.advance(1)
	e.fails(stranger, gov.PackExecute(id(1), changes[:4]), "ChangesMismatch")
	before := e.sdb.GetBalance(stranger).Uint64()
	e.must(stranger, gov.PackExecute(id(1), changes), 0)
	fp := settlement.FeeParams(e.sdb)
	if fp.BurnBps != 3_000 || fp.OwnerBps != 2_000 || settlement.IsSettler(e.sdb, settler) {
		t.Fatalf("after execution: %+v, settler %v", fp, settlement.IsSettler(e.sdb, settler))
	}
	if got := e.sdb.GetBalance(stranger).Uint64() - before; got != 400_000 {
		t.Fatalf("treasury paid %d", got)
	}
	if got, _ := gov.UnpackParams(e.view(gov.PackParams())); got.QuorumBps != 3_000 {
		t.Fatalf("quorum bps %d", got.QuorumBps)
	}
	if got, _ := gov.UnpackTreasury(e.view(gov.PackTreasury())); got.Int64() != treasury-400_000 {
		t.Fatalf("treasury %s", got)
	}
	if p := e.proposal(1); p.State != uint8(governance.StateExecuted) {
		t.Fatalf("state %d", p.State)
	}
	e.fails(stranger, gov.PackExecute(id(1), changes), "WrongState")
}

func TestDefeatedAndCanceled(t *testing.T) {
	e := newEnv(t)
	e.lockAll()
	ch := []bindings.IGovernanceChange{change(governance.KindWithdrawDelay, common.Address{}, 0, 2*hour)}
	for range 3 {
		e.must(alice, gov.PackPropose(ch, ""), 0)
	}
	e.advance(2)
	// 1: only carol votes (100 of 1,000 locked < 20 % quorum).
	e.must(carol, gov.PackVote(id(1), governance.For), 0)
	// 2: quorum reached, but for (300) does not beat against (600+100).
	e.must(bob, gov.PackVote(id(2), governance.For), 0)
	e.must(alice, gov.PackVote(id(2), governance.Against), 0)
	e.must(carol, gov.PackVote(id(2), governance.Abstain), 0)
	// 3: canceled by its proposer, not by anyone else.
	e.fails(bob, gov.PackCancel(id(3)), "NotProposer")
	e.must(alice, gov.PackCancel(id(3)), 0)
	e.fails(bob, gov.PackVote(id(3), governance.For), "WrongState")
	e.advance(governance.DefaultVotingPeriod)
	e.fails(alice, gov.PackCancel(id(1)), "WrongState") // voting ended
	want := []governance.ProposalState{governance.StateDefeated, governance.StateDefeated, governance.StateCanceled}
	for i, w := range want {
		if got := governance.ProposalState(e.proposal(uint64(i + 1)).State); got != w {
			t.Errorf("proposal %d: %s, want %s", i+1, got, w)
		}
		e.fails(stranger, gov.PackQueue(id(uint64(i+1))), "WrongState")
	}
	if settlement.WithdrawDelay(e.sdb) != settlement.DefaultWithdrawDelay {
		t.Fatal("a defeated proposal changed the withdrawal delay")
	}
}

// TestVotingPowerIsSnapshotted: OPEN locked in or after the proposal's block
// does not count; OPEN unlocked after it does not vote; OPEN moved to another
// account after the snapshot votes nowhere.
func TestVotingPowerIsSnapshotted(t *testing.T) {
	e := newEnv(t)
	e.must(alice, gov.PackLock(), 500)
	e.must(bob, gov.PackLock(), 500)
	e.advance(2)
	e.must(bob, gov.PackLock(), 1_000) // same block as the proposal: does not count
	e.must(alice, gov.PackPropose([]bindings.IGovernanceChange{change(governance.KindUnlockDelay, common.Address{}, 0, 2*hour)}, ""), 0)
	e.must(carol, gov.PackLock(), 1_000) // after: does not count
	e.advance(2)
	e.must(carol, gov.PackLock(), 1_000)
	e.fails(carol, gov.PackVote(id(1), governance.For), "NoVotingPower")
	// alice unlocks everything, then cannot vote.
	e.must(alice, gov.PackUnlock(big.NewInt(500)), 0)
	e.fails(alice, gov.PackVote(id(1), governance.For), "NoVotingPower")
	// bob votes with what he had before the proposal only.
	w, _ := gov.UnpackVote(e.must(bob, gov.PackVote(id(1), governance.For), 0))
	if w.Int64() != 500 {
		t.Fatalf("bob's weight %s, want 500", w)
	}
	// The quorum is 20 % of the 1,000 locked before the proposal.
	if q := e.proposal(1).Quorum.Int64(); q != 200 {
		t.Fatalf("quorum %d", q)
	}
	// alice's unlocking OPEN leaves only after the delay.
	e.fails(alice, gov.PackWithdraw(), "StillLocked")
	e.advance(governance.DefaultUnlockDelay)
	before := e.sdb.GetBalance(alice).Uint64()
	e.must(alice, gov.PackWithdraw(), 0)
	if got := e.sdb.GetBalance(alice).Uint64() - before; got != 500 {
		t.Fatalf("withdrew %d", got)
	}
	e.fails(alice, gov.PackWithdraw(), "NothingToWithdraw")
	// The treasury never included locked OPEN.
	if got, _ := gov.UnpackTreasury(e.view(gov.PackTreasury())); got.Int64() != treasury {
		t.Fatalf("treasury %s", got)
	}
}

// TestCheckpointSearch: the bounded search finds what a scan of the whole
// history finds: proposals opened throughout a long lock history, each
// checked at the end, when many checkpoints follow its snapshot.
func TestCheckpointSearch(t *testing.T) {
	e := newEnv(t)
	e.must(bob, gov.PackLock(), 100)
	e.advance(1)
	type point struct{ time, amount uint64 }
	var history []point
	var snapshots []uint64
	var locked uint64
	ch := []bindings.IGovernanceChange{change(governance.KindUnlockDelay, common.Address{}, 0, 2*hour)}
	for i := range 300 {
		if i%7 == 0 {
			e.must(bob, gov.PackPropose(ch, ""), 0)
			snapshots = append(snapshots, e.now())
		}
		if i%3 == 2 && locked > 0 {
			e.must(alice, gov.PackUnlock(big.NewInt(1)), 0)
			locked--
		} else {
			e.must(alice, gov.PackLock(), uint64(i+1))
			locked += uint64(i + 1)
		}
		if i%4 == 0 { // a second change in the same block: one checkpoint
			e.must(alice, gov.PackLock(), 1)
			locked++
		}
		history = append(history, point{e.now(), locked})
		e.advance(uint64(1 + i%5))
	}
	scan := func(t uint64) uint64 {
		var v uint64
		for _, p := range history {
			if p.time < t {
				v = p.amount
			}
		}
		return v
	}
	for i, snapshot := range snapshots {
		got, _ := gov.UnpackVotingPower(e.view(gov.PackVotingPower(id(uint64(i+1)), alice)))
		if want := min(scan(snapshot), locked); got.Uint64() != want {
			t.Fatalf("proposal %d (snapshot %d): power %s, want %d", i+1, snapshot, got, want)
		}
	}
}

func TestProposeValidates(t *testing.T) {
	e := newEnv(t)
	e.lockAll()
	many := make([]bindings.IGovernanceChange, governance.MaxChanges+1)
	for i := range many {
		many[i] = change(governance.KindBurnBps, common.Address{}, 0, 100)
	}
	tests := []struct {
		name    string
		from    common.Address
		changes []bindings.IGovernanceChange
		want    string
	}{
		{"no_changes", alice, nil, "InvalidArgument"},
		{"too_many_changes", alice, many, "InvalidArgument"},
		{"burn_over_bound", alice, []bindings.IGovernanceChange{change(governance.KindBurnBps, common.Address{}, 0, 5_001)}, "OutOfBounds"},
		{"delay_under_an_hour", alice, []bindings.IGovernanceChange{change(governance.KindWithdrawDelay, common.Address{}, 0, hour-1)}, "OutOfBounds"},
		{"unknown_kind", alice, []bindings.IGovernanceChange{change(governance.NumKinds, common.Address{}, 0, 0)}, "InvalidArgument"},
		{"settler_without_account", alice, []bindings.IGovernanceChange{change(governance.KindAddSettler, common.Address{}, 0, 0)}, "InvalidArgument"},
		{"stray_value", alice, []bindings.IGovernanceChange{change(governance.KindAddSettler, bob, 0, 1)}, "InvalidArgument"},
		{"no_such_agent", alice, []bindings.IGovernanceChange{change(governance.KindSuspendAgent, common.Address{}, 9, 0)}, "InvalidArgument"},
		{"below_threshold", stranger, []bindings.IGovernanceChange{change(governance.KindBurnBps, common.Address{}, 0, 100)}, "BelowProposalThreshold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e.fails(tc.from, gov.PackPropose(tc.changes, ""), tc.want)
		})
	}
}

// pass runs a proposal through voting and the timelock; alice's 600 of 1,000
// locked carry it.
func (e *env) pass(changes []bindings.IGovernanceChange) uint64 {
	e.t.Helper()
	pid, _ := gov.UnpackPropose(e.must(alice, gov.PackPropose(changes, ""), 0))
	e.advance(1)
	e.must(alice, gov.PackVote(pid, governance.For), 0)
	e.advance(governance.DefaultVotingPeriod)
	e.must(stranger, gov.PackQueue(pid), 0)
	e.advance(governance.DefaultTimelockDelay)
	return pid.Uint64()
}

func TestExecutionFailsWhole(t *testing.T) {
	e := newEnv(t)
	e.lockAll()
	// Burn 50 % + owner 30 % + operator 10 % + owner raised to 50 % = 110 %.
	bad := []bindings.IGovernanceChange{
		change(governance.KindBurnBps, common.Address{}, 0, 5_000),
		change(governance.KindOwnerBps, common.Address{}, 0, 5_000),
	}
	pid := e.pass(bad)
	e.fails(stranger, gov.PackExecute(id(pid), bad), "ExecutionFailed")
	if fp := settlement.FeeParams(e.sdb); fp.BurnBps != settlement.DefaultBurnBps {
		t.Fatalf("a failed execution left burn at %d", fp.BurnBps)
	}
	if st := governance.ProposalState(e.proposal(pid).State); st != governance.StateQueued {
		t.Fatalf("state %s, want queued", st)
	}
	spend := []bindings.IGovernanceChange{change(governance.KindTreasurySpend, bob, 0, treasury+1)}
	e.fails(stranger, gov.PackExecute(id(e.pass(spend)), spend), "ExecutionFailed")
}

// TestAgentRegulation: a proposal suspends an agent (inactive, stake frozen),
// slashes it (burned, gone from the supply), reinstates it, and changes the
// minimum stake, the unbonding delay and the slasher set.
func TestAgentRegulation(t *testing.T) {
	e := newEnv(t)
	e.lockAll()
	if _, err := e.call(model.Contract, bob, mreg.PackRegisterBaseModel("m", "", crypto.Keccak256Hash([]byte("w")), "", ""), 0); err != nil {
		t.Fatal(err)
	}
	if _, err := e.call(agent.Contract, bob, areg.PackRegister("agent", big.NewInt(1)), 1_000); err != nil {
		t.Fatal(err)
	}
	changes := []bindings.IGovernanceChange{
		change(governance.KindSuspendAgent, common.Address{}, 1, 0),
		change(governance.KindSlashAgent, common.Address{}, 1, 400),
		change(governance.KindMinAgentStake, common.Address{}, 0, 1e18),
		change(governance.KindUnbondingDelay, common.Address{}, 0, 5_000),
		change(governance.KindAddSlasher, alice, 0, 0),
		change(governance.KindRemoveSlasher, carol, 0, 0),
	}
	pid := e.pass(changes)
	supply := e.sdb.GetBalance(agent.Address).Uint64()
	e.must(stranger, gov.PackExecute(id(pid), changes), 0)
	if !agent.IsSuspended(e.sdb, 1) || e.sdb.GetBalance(agent.Address).Uint64() != supply-400 {
		t.Fatalf("suspended %v, registry balance %d", agent.IsSuspended(e.sdb, 1), e.sdb.GetBalance(agent.Address).Uint64())
	}
	if !agent.IsSlasher(e.sdb, alice) || agent.IsSlasher(e.sdb, carol) {
		t.Fatal("slasher set unchanged")
	}
	a, _ := areg.UnpackGetAgent(mustCall(t, e, agent.Contract, bob, areg.PackGetAgent(big.NewInt(1))))
	if a.Active || a.Stake.Int64() != 600 || a.Slashed.Int64() != 400 {
		t.Fatalf("agent after regulation: %+v", a)
	}
	if _, err := e.call(agent.Contract, bob, areg.PackRequestUnstake(big.NewInt(1), big.NewInt(600)), 0); !errors.Is(err, vm.ErrExecutionReverted) {
		t.Fatalf("a suspended agent unbonded: %v", err)
	}
	un := []bindings.IGovernanceChange{change(governance.KindUnsuspendAgent, common.Address{}, 1, 0)}
	e.must(stranger, gov.PackExecute(id(e.pass(un)), un), 0)
	if agent.IsSuspended(e.sdb, 1) {
		t.Fatal("still suspended")
	}
	mustCall(t, e, agent.Contract, bob, areg.PackRequestUnstake(big.NewInt(1), big.NewInt(600)))
}

func mustCall(t *testing.T, e *env, p *precompiles.Contract, from common.Address, input []byte) []byte {
	t.Helper()
	out, err := e.call(p, from, input, 0)
	if err != nil {
		t.Fatalf("call %x: %v", input[:4], err)
	}
	return out
}

func TestHashChangesMatchesSolidity(t *testing.T) {
	e := newEnv(t)
	ch := []bindings.IGovernanceChange{change(governance.KindTreasurySpend, bob, 0, 7), change(governance.KindSlashAgent, common.Address{}, 3, 9)}
	got, err := gov.UnpackHashChanges(e.view(gov.PackHashChanges(ch)))
	if err != nil {
		t.Fatal(err)
	}
	// abi.encode(changes) is hashChanges' calldata after the selector.
	if want := crypto.Keccak256Hash(gov.PackHashChanges(ch)[4:]); got != want {
		t.Fatalf("hash %x, want %x", got, want)
	}
	_ = open.OneOPEN
}
