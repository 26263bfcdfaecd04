package worstcase_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles/governance"
)

// Governance's probe state: setupGovernance builds it.
const (
	// govHour is the voting period, timelock and unlock delay the probes
	// start with; a proposal then lengthens the voting period to the most
	// any genesis allows, so a proposal opened long before probeTime is
	// still active then.
	govHour = 3_600
	// voterCheckpoints is how many checkpoints the voter's history gains
	// after the active proposal's snapshot (each search step halves them).
	voterCheckpoints = 4_096
)

// govEnv names the proposals and accounts of the governance probes.
type govEnv struct {
	voter, unlocker   common.Address
	active, succeeded uint64 // voting open; voting ended with approval
	queued            uint64 // executable at probeTime, with queuedChanges
	queuedChanges     []bindings.IGovernanceChange
	lengthen          uint64
}

// govConfig is the devnet governance with hour-long periods and no proposal
// threshold above one wei, and the voting period's bound at its cap.
func govConfig() governance.Config {
	c := governance.DefaultConfig()
	c.Params.VotingPeriod, c.Params.TimelockDelay, c.Params.UnlockDelay = govHour, govHour, govHour
	c.Params.ProposalThreshold = big.NewInt(1)
	c.Bounds[governance.KindVotingPeriod].Max = new(big.Int).SetUint64(governance.MaxVotingPeriod)
	return c
}

func gchange(k governance.ChangeKind, account common.Address, id uint64, value *big.Int) bindings.IGovernanceChange {
	return bindings.IGovernanceChange{Kind: uint8(k), Account: account, Id: new(big.Int).SetUint64(id), Value: value}
}

func zeroChanges(n int) []bindings.IGovernanceChange {
	out := make([]bindings.IGovernanceChange, n)
	for i := range out {
		out[i] = gchange(0, common.Address{}, 0, new(big.Int))
	}
	return out
}

// maxBoundedChanges is a proposal of MaxChanges changes that each read their
// bound (propose's dearest validation).
func maxBoundedChanges() []bindings.IGovernanceChange {
	out := make([]bindings.IGovernanceChange, governance.MaxChanges)
	for i := range out {
		out[i] = gchange(governance.KindTreasurySpend, common.BigToAddress(big.NewInt(int64(0xfeed00+i))), 0, big.NewInt(1))
	}
	return out
}

// dearestChanges is what one proposal can make execute do at most: slashes
// of agents 2.. (an agent read, five updates, a burn, two logs each) and
// treasury spends to fresh accounts, MaxChanges in all.
func dearestChanges() []bindings.IGovernanceChange {
	out := make([]bindings.IGovernanceChange, 0, governance.MaxChanges)
	for i := 0; i < governance.MaxChanges/2; i++ {
		out = append(out, gchange(governance.KindSlashAgent, common.Address{}, uint64(2+i), open.Wei(1)))
		out = append(out, gchange(governance.KindTreasurySpend, common.BigToAddress(big.NewInt(int64(0xbeef00+i))), 0, open.Wei(1)))
	}
	return out
}

// setupGovernance leaves: an Active proposal not yet voted on, whose voter
// has voterCheckpoints checkpoints since its snapshot; a Succeeded proposal not yet queued; a Queued proposal of the
// dearest changes whose eta has passed; an account whose unlocking OPEN is
// released. It moves the setup EVM's clock and leaves it before probeTime.
func (e *env) setupGovernance(evm *vm.EVM, call func(from, to common.Address, data []byte, value *big.Int) []byte) {
	g := &e.gov
	g.voter, g.unlocker = e.owner, e.contributor
	at := func(t uint64) { evm.Context.Time = t }
	propose := func(changes []bindings.IGovernanceChange) uint64 {
		return new(big.Int).SetBytes(call(g.voter, governance.Address, govs.PackPropose(changes, "probe"), nil)).Uint64()
	}
	vote := func(id uint64) {
		call(g.voter, governance.Address, govs.PackVote(new(big.Int).SetUint64(id), governance.For), nil)
	}

	at(100)
	call(g.voter, governance.Address, govs.PackLock(), open.Wei(10))
	call(g.unlocker, governance.Address, govs.PackLock(), open.Wei(1))
	call(g.unlocker, governance.Address, govs.PackUnlock(open.Wei(1)), nil)
	at(200)
	g.queuedChanges = dearestChanges()
	g.queued = propose(g.queuedChanges)
	g.succeeded = propose([]bindings.IGovernanceChange{gchange(governance.KindBurnBps, common.Address{}, 0, big.NewInt(1_000))})
	g.lengthen = propose([]bindings.IGovernanceChange{gchange(governance.KindVotingPeriod, common.Address{}, 0, new(big.Int).SetUint64(governance.MaxVotingPeriod))})
	at(300)
	for _, id := range []uint64{g.queued, g.succeeded, g.lengthen} {
		vote(id)
	}
	at(200 + govHour)
	for _, id := range []uint64{g.queued, g.lengthen} {
		call(e.stranger, governance.Address, govs.PackQueue(new(big.Int).SetUint64(id)), nil)
	}
	at(200 + 2*govHour)
	call(e.stranger, governance.Address, govs.PackExecute(new(big.Int).SetUint64(g.lengthen),
		[]bindings.IGovernanceChange{gchange(governance.KindVotingPeriod, common.Address{}, 0, new(big.Int).SetUint64(governance.MaxVotingPeriod))}), nil)
	at(probeTime - voterCheckpoints - 10)
	g.active = propose([]bindings.IGovernanceChange{gchange(governance.KindUnlockDelay, common.Address{}, 0, big.NewInt(2*govHour))})
	for i := uint64(1); i <= voterCheckpoints; i++ {
		at(probeTime - voterCheckpoints - 10 + i)
		call(g.voter, governance.Address, govs.PackLock(), big.NewInt(1))
	}
	at(setupTime)
}
