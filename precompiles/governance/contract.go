package governance

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

func methods() map[string]precompiles.Method {
	return map[string]precompiles.Method{
		"lock":          {Writes: true, Payable: true, Gas: lockGas, Run: precompiles.Bind(lock)},
		"unlock":        {Writes: true, Gas: unlockGas, Run: precompiles.Bind(unlock)},
		"withdraw":      {Writes: true, Gas: withdrawGas, Run: precompiles.Bind(withdraw)},
		"propose":       {Writes: true, Gas: proposeGas, Run: precompiles.Bind(propose)},
		"vote":          {Writes: true, Gas: voteGas, Run: precompiles.Bind(vote)},
		"cancel":        {Writes: true, Gas: cancelGas, Run: precompiles.Bind(cancel)},
		"queue":         {Writes: true, Gas: queueGas, Run: precompiles.Bind(queue)},
		"execute":       {Writes: true, Gas: executeGas, Run: precompiles.Bind(execute)},
		"proposalCount": {Gas: viewGas(1), Run: precompiles.Bind(proposalCount)},
		"getProposal":   {Gas: viewGas(1 + recordSlots), Run: precompiles.Bind(getProposal)},
		"hasVoted":      {Gas: viewGas(2), Run: precompiles.Bind(hasVoted)},
		"votingPower":   {Gas: viewGas(2 + searchReads + 1), Run: precompiles.Bind(votingPower)},
		"lockedOf":      {Gas: viewGas(4), Run: precompiles.Bind(lockedOf)},
		"totalLocked":   {Gas: viewGas(2), Run: precompiles.Bind(totalLocked)},
		"treasury":      {Gas: viewGas(treasuryReads), Run: precompiles.Bind(treasury)},
		"params":        {Gas: viewGas(6), Run: precompiles.Bind(currentParams)},
		"bounds":        {Gas: viewGas(2 * uint64(NumKinds)), Run: precompiles.Bind(bounds)},
		"hashChanges":   {Gas: hashChangesGas, Run: precompiles.Bind(hashChanges)},
	}
}

// u64 and big64 convert ids between the ABI's uint256 and storage's uint64.
var (
	u64   = precompiles.Uint64Arg
	big64 = precompiles.BigUint64
)

func toBig(v *uint256.Int) *big.Int { return v.ToBig() }

func requireProposal(s store, v *big.Int) (uint64, error) {
	id, ok := u64(v)
	if !ok || !s.exists(id) {
		return 0, errProposalNotFound.With(v)
	}
	return id, nil
}

// power is the weight account votes with on a proposal whose snapshot is t:
// what it had locked before t, and never more than it has locked now.
func power(st precompiles.StateReader, account common.Address, t, now uint64) *uint256.Int {
	h := accountHistory(account)
	then := h.before(st, t, now)
	current, _ := h.latest(st)
	if current.Lt(then) {
		return current
	}
	return then
}

func lock(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	if c.Value.IsZero() {
		return nil, errInvalidArgument.With("no value sent")
	}
	now := c.BlockTime()
	h := accountHistory(c.Caller)
	current, _ := h.latest(c.State)
	locked := new(uint256.Int).Add(current, c.Value)
	h.record(c.State, now, locked)
	t := totalHistory()
	total, _ := t.latest(c.State)
	t.record(c.State, now, total.Add(total, c.Value))
	return nil, eventLocked.Emit(c, c.Caller, toBig(c.Value), toBig(locked))
}

func unlock(c *precompiles.Call, in UnlockInput) ([]any, error) {
	amount, overflow := uint256.FromBig(in.Amount)
	if overflow || amount.IsZero() {
		return nil, errInvalidArgument.With("amount out of range")
	}
	now := c.BlockTime()
	h := accountHistory(c.Caller)
	current, _ := h.latest(c.State)
	if amount.Gt(current) {
		return nil, errInsufficientLocked.With(in.Amount, toBig(current))
	}
	release := now + root(slotUnlockDelay).Uint64(c.State) // both < 2^63: no overflow
	locked := new(uint256.Int).Sub(current, amount)
	h.record(c.State, now, locked)
	t := totalHistory()
	total, _ := t.latest(c.State)
	t.record(c.State, now, total.Sub(total, amount))
	ul := unlockingSlot(c.Caller)
	ul.Offset(ulAmount).SetUint256(c.State, new(uint256.Int).Add(ul.Offset(ulAmount).Uint256(c.State), amount))
	ul.Offset(ulReleaseTime).SetUint64(c.State, release)
	tu := root(slotTotalUnlocking)
	tu.SetUint256(c.State, new(uint256.Int).Add(tu.Uint256(c.State), amount))
	return nil, eventUnlockRequested.Emit(c, c.Caller, in.Amount, toBig(locked), release)
}

func withdraw(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	ul := unlockingSlot(c.Caller)
	amount := ul.Offset(ulAmount).Uint256(c.State)
	if amount.IsZero() {
		return nil, errNothingToWithdraw.With(c.Caller)
	}
	release := ul.Offset(ulReleaseTime).Uint64(c.State)
	if c.BlockTime() < release {
		return nil, errStillLocked.With(c.Caller, release)
	}
	if c.State.GetBalance(c.Self).Lt(amount) {
		// The balance is the treasury plus every locked and unlocking amount;
		// refuse rather than create value if that were ever broken.
		return nil, errInvalidArgument.With("governance balance below the unlocking amount")
	}
	ul.Offset(ulAmount).SetUint256(c.State, new(uint256.Int))
	ul.Offset(ulReleaseTime).SetUint64(c.State, 0)
	tu := root(slotTotalUnlocking)
	tu.SetUint256(c.State, new(uint256.Int).Sub(tu.Uint256(c.State), amount))
	c.State.SubBalance(c.Self, amount, tracing.BalanceChangeTransfer)
	c.State.AddBalance(c.Caller, amount, tracing.BalanceChangeTransfer)
	if err := eventWithdrawn.Emit(c, c.Caller, toBig(amount)); err != nil {
		return nil, err
	}
	return []any{toBig(amount)}, nil
}

func propose(c *precompiles.Call, in ProposeInput) ([]any, error) {
	if len(in.Changes) == 0 || len(in.Changes) > MaxChanges {
		return nil, errInvalidArgument.With("a proposal carries 1 to 16 changes")
	}
	if len(in.Description) > MaxDescriptionLen {
		return nil, errInvalidArgument.With("description too long")
	}
	for i := range in.Changes {
		if err := validate(c.State, &in.Changes[i]); err != nil {
			return nil, err
		}
	}
	now := c.BlockTime()
	threshold := root(slotProposalThreshold).Uint256(c.State)
	if p := power(c.State, c.Caller, now, now); p.Lt(threshold) {
		return nil, errBelowProposalThreshold.With(toBig(p), toBig(threshold))
	}
	s := store{c.State}
	id := s.proposalCount() + 1
	root(slotProposalCount).SetUint64(c.State, id)
	voteEnd := now + root(slotVotingPeriod).Uint64(c.State)
	total := totalHistory().before(c.State, now, now)
	quorum := new(uint256.Int).Mul(total, uint256.NewInt(root(slotQuorumBps).Uint64(c.State)))
	quorum.Div(quorum, uint256.NewInt(BpsDenominator))
	hash, err := changesHash(in.Changes)
	if err != nil {
		return nil, err
	}
	s.writeCore(id, c.Caller, statusActive)
	s.writeTimes(id, now, voteEnd, 0)
	s.field(id, prHash).Set(c.State, hash)
	s.field(id, prAbstain).Set(c.State, pair(quorum, new(uint256.Int)))
	if err := eventProposalCreated.Emit(c, big64(id), c.Caller, in.Changes, in.Description, now, voteEnd, toBig(quorum)); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

// state returns a proposal's state at time now.
func (r record) state(now uint64, thresholdBps uint64) ProposalState {
	switch r.status {
	case statusCanceled, statusQueued, statusExecuted:
		return ProposalState(r.status)
	}
	if now < r.voteEnd {
		return StateActive
	}
	if r.passed(thresholdBps) {
		return StateSucceeded
	}
	return StateDefeated
}

// passed reports whether the tally meets the quorum (for + abstain) and the
// approval threshold (for·10,000 > thresholdBps·(for + against)).
func (r record) passed(thresholdBps uint64) bool {
	turnout := new(uint256.Int).Add(r.forVotes, r.abstain)
	if turnout.Lt(r.quorum) {
		return false
	}
	lhs := new(uint256.Int).Mul(r.forVotes, uint256.NewInt(BpsDenominator))
	rhs := new(uint256.Int).Add(r.forVotes, r.against)
	rhs.Mul(rhs, uint256.NewInt(thresholdBps))
	return lhs.Gt(rhs)
}

func vote(c *precompiles.Call, in VoteInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	if in.Support > Abstain {
		return nil, errInvalidArgument.With("support is 0 (against), 1 (for) or 2 (abstain)")
	}
	now := c.BlockTime()
	_, status := s.readCore(id)
	snapshot, voteEnd, _ := s.readTimes(id)
	if status != statusActive || now >= voteEnd {
		st := StateDefeated // reported as ended; the exact outcome is getProposal's
		if status != statusActive {
			st = ProposalState(status)
		}
		return nil, errWrongState.With(in.ProposalId, uint8(st))
	}
	voted := s.votedSlot(id, c.Caller)
	if voted.Bool(c.State) {
		return nil, errAlreadyVoted.With(in.ProposalId, c.Caller)
	}
	weight := power(c.State, c.Caller, snapshot, now)
	if weight.IsZero() {
		return nil, errNoVotingPower.With(c.Caller, in.ProposalId)
	}
	voted.SetBool(c.State, true)
	if in.Support == Abstain {
		f := s.field(id, prAbstain)
		w := f.Get(c.State)
		f.Set(c.State, pair(hi(w), new(uint256.Int).Add(lo(w), weight)))
	} else {
		f := s.field(id, prTally)
		w := f.Get(c.State)
		forVotes, against := lo(w), hi(w)
		if in.Support == For {
			forVotes.Add(forVotes, weight)
		} else {
			against.Add(against, weight)
		}
		f.Set(c.State, pair(against, forVotes))
	}
	if err := eventVoteCast.Emit(c, in.ProposalId, c.Caller, in.Support, toBig(weight)); err != nil {
		return nil, err
	}
	return []any{toBig(weight)}, nil
}

func cancel(c *precompiles.Call, in ProposalInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	proposer, status := s.readCore(id)
	if proposer != c.Caller {
		return nil, errNotProposer.With(in.ProposalId, c.Caller)
	}
	_, voteEnd, _ := s.readTimes(id)
	if status != statusActive || c.BlockTime() >= voteEnd {
		st := StateDefeated
		if status != statusActive {
			st = ProposalState(status)
		}
		return nil, errWrongState.With(in.ProposalId, uint8(st))
	}
	s.writeCore(id, proposer, statusCanceled)
	return nil, eventProposalCanceled.Emit(c, in.ProposalId)
}

func queue(c *precompiles.Call, in ProposalInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	r := s.readRecord(id)
	now := c.BlockTime()
	if r.status == statusActive && now < r.voteEnd {
		return nil, errVotingNotEnded.With(in.ProposalId, r.voteEnd)
	}
	if st := r.state(now, root(slotThresholdBps).Uint64(c.State)); st != StateSucceeded {
		return nil, errWrongState.With(in.ProposalId, uint8(st))
	}
	eta := now + root(slotTimelockDelay).Uint64(c.State)
	s.writeCore(id, r.proposer, statusQueued)
	s.writeTimes(id, r.snapshot, r.voteEnd, eta)
	if err := eventProposalQueued.Emit(c, in.ProposalId, eta); err != nil {
		return nil, err
	}
	return []any{eta}, nil
}

func execute(c *precompiles.Call, in ExecuteInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	proposer, status := s.readCore(id)
	if status != statusQueued {
		st := ProposalState(status)
		if status == statusActive {
			r := s.readRecord(id)
			st = r.state(c.BlockTime(), root(slotThresholdBps).Uint64(c.State))
		}
		return nil, errWrongState.With(in.ProposalId, uint8(st))
	}
	_, _, eta := s.readTimes(id)
	if c.BlockTime() < eta {
		return nil, errTimelockNotElapsed.With(in.ProposalId, eta)
	}
	want := s.field(id, prHash).Get(c.State)
	given, err := changesHash(in.Changes)
	if err != nil {
		return nil, err
	}
	if given != want {
		return nil, errChangesMismatch.With(in.ProposalId, [32]byte(want), [32]byte(given))
	}
	s.writeCore(id, proposer, statusExecuted)
	if err := apply(c, id, in.Changes); err != nil {
		return nil, err
	}
	return nil, eventProposalExecuted.Emit(c, in.ProposalId)
}
