package governance

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

// ProposalInfo is IGovernance.Proposal as the ABI encoder wants it.
type ProposalInfo struct {
	Id           *big.Int
	Proposer     common.Address
	ChangesHash  [32]byte
	Snapshot     uint64
	VoteEnd      uint64
	Eta          uint64
	ForVotes     *big.Int
	AgainstVotes *big.Int
	AbstainVotes *big.Int
	Quorum       *big.Int
	State        uint8
}

// ParamsInfo is IGovernance.Params as the ABI encoder wants it.
type ParamsInfo struct {
	VotingPeriod      uint64
	TimelockDelay     uint64
	UnlockDelay       uint64
	QuorumBps         uint16
	ThresholdBps      uint16
	ProposalThreshold *big.Int
}

// BoundInfo is IGovernance.Bound as the ABI encoder wants it.
type BoundInfo struct {
	Min *big.Int
	Max *big.Int
}

func proposalCount(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{big64(store{c.State}.proposalCount())}, nil
}

func getProposal(c *precompiles.Call, in ProposalInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	r := s.readRecord(id)
	return []any{ProposalInfo{
		Id: in.ProposalId, Proposer: r.proposer, ChangesHash: r.changesHash, Snapshot: r.snapshot, VoteEnd: r.voteEnd,
		Eta: r.eta, ForVotes: toBig(r.forVotes), AgainstVotes: toBig(r.against), AbstainVotes: toBig(r.abstain),
		Quorum: toBig(r.quorum), State: uint8(r.state(c.BlockTime(), root(slotThresholdBps).Uint64(c.State))),
	}}, nil
}

func hasVoted(c *precompiles.Call, in ProposalAccountInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	return []any{s.votedSlot(id, in.Account).Bool(c.State)}, nil
}

func votingPower(c *precompiles.Call, in ProposalAccountInput) ([]any, error) {
	s := store{c.State}
	id, err := requireProposal(s, in.ProposalId)
	if err != nil {
		return nil, err
	}
	snapshot, voteEnd, _ := s.readTimes(id)
	now := c.BlockTime()
	if now >= voteEnd {
		// Voting ended: nobody votes on it any more (and the snapshot may
		// lie beyond the bounded search).
		return []any{new(big.Int)}, nil
	}
	return []any{toBig(power(c.State, in.Account, snapshot, now))}, nil
}

func lockedOf(c *precompiles.Call, in AccountInput) ([]any, error) {
	locked, _ := accountHistory(in.Account).latest(c.State)
	ul := unlockingSlot(in.Account)
	return []any{toBig(locked), toBig(ul.Offset(ulAmount).Uint256(c.State)), ul.Offset(ulReleaseTime).Uint64(c.State)}, nil
}

func totalLocked(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	total, _ := totalHistory().latest(c.State)
	return []any{toBig(total)}, nil
}

func treasury(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{toBig(treasuryAvailable(c))}, nil
}

func currentParams(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	p := ReadParams(c.State)
	return []any{ParamsInfo{
		VotingPeriod: p.VotingPeriod, TimelockDelay: p.TimelockDelay, UnlockDelay: p.UnlockDelay,
		QuorumBps: uint16(p.QuorumBps), ThresholdBps: uint16(p.ThresholdBps), ProposalThreshold: p.ProposalThreshold,
	}}, nil
}

func bounds(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	out := make([]BoundInfo, NumKinds)
	for k := ChangeKind(0); k < NumKinds; k++ {
		lo, hi := bound(c.State, k)
		out[k] = BoundInfo{Min: toBig(lo), Max: toBig(hi)}
	}
	return []any{out}, nil
}

func hashChanges(_ *precompiles.Call, in ChangesInput) ([]any, error) {
	h, err := changesHash(in.Changes)
	if err != nil {
		return nil, err
	}
	return []any{[32]byte(h)}, nil
}
