package governance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles"
)

// ChangeKind is IGovernance.ChangeKind: what a proposal's Change does.
type ChangeKind uint8

// Change kinds, in IGovernance.ChangeKind's order.
const (
	KindBurnBps ChangeKind = iota
	KindOwnerBps
	KindOperatorBps
	KindPlatformFee
	KindAddSettler
	KindRemoveSettler
	KindAddSlasher
	KindRemoveSlasher
	KindMinAgentStake
	KindUnbondingDelay
	KindWithdrawDelay
	KindTreasurySpend
	KindSlashAgent
	KindSuspendAgent
	KindUnsuspendAgent
	KindVotingPeriod
	KindTimelockDelay
	KindUnlockDelay
	KindQuorumBps
	KindThresholdBps
	KindProposalThreshold
	// NumKinds is the number of change kinds.
	NumKinds
)

var kindNames = [NumKinds]string{
	"burnBps", "ownerBps", "operatorBps", "platformFee", "addSettler", "removeSettler", "addSlasher",
	"removeSlasher", "minAgentStake", "unbondingDelay", "withdrawDelay", "treasurySpend", "slashAgent",
	"suspendAgent", "unsuspendAgent", "votingPeriod", "timelockDelay", "unlockDelay", "quorumBps",
	"thresholdBps", "proposalThreshold",
}

// String returns the kind's name as the CLI spells it (IGovernance's name
// with a lower-case first letter).
func (k ChangeKind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// ParseKind returns the kind named name (as String spells it).
func ParseKind(name string) (ChangeKind, bool) {
	for i, n := range kindNames {
		if n == name {
			return ChangeKind(i), true
		}
	}
	return 0, false
}

// Bounded reports whether the kind's value is checked against a genesis
// [min, max] bound (the numeric kinds and TreasurySpend's amount).
func (k ChangeKind) Bounded() bool {
	switch k {
	case KindAddSettler, KindRemoveSettler, KindAddSlasher, KindRemoveSlasher,
		KindSlashAgent, KindSuspendAgent, KindUnsuspendAgent:
		return false
	}
	return k < NumKinds
}

// TakesAccount reports whether the kind uses Change.account.
func (k ChangeKind) TakesAccount() bool {
	switch k {
	case KindAddSettler, KindRemoveSettler, KindAddSlasher, KindRemoveSlasher, KindTreasurySpend:
		return true
	}
	return false
}

// TakesAgent reports whether the kind uses Change.id as an agent id.
func (k ChangeKind) TakesAgent() bool {
	return k == KindSlashAgent || k == KindSuspendAgent || k == KindUnsuspendAgent
}

// TakesValue reports whether the kind uses Change.value.
func (k ChangeKind) TakesValue() bool { return k.Bounded() || k == KindSlashAgent }

// ProposalState is IGovernance.ProposalState.
type ProposalState uint8

// Proposal states, in IGovernance.ProposalState's order.
const (
	StateActive ProposalState = iota
	StateCanceled
	StateDefeated
	StateSucceeded
	StateQueued
	StateExecuted
)

var stateNames = [...]string{"active", "canceled", "defeated", "succeeded", "queued", "executed"}

// String returns the state's name.
func (s ProposalState) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Vote support values.
const (
	Against uint8 = 0
	For     uint8 = 1
	Abstain uint8 = 2
)

// Hard limits of the implementation; genesis bounds must lie within them.
const (
	// MaxChanges is the most changes one proposal carries.
	MaxChanges = 16
	// MaxDescriptionLen is the most bytes of a proposal's description.
	MaxDescriptionLen = 4_096
	// MaxVotingPeriod is the longest voting period any genesis may allow (30
	// days): it bounds how many lock checkpoints a vote searches.
	MaxVotingPeriod uint64 = 30 * 24 * 3600
	// MaxDelay is the longest timelock, unlock, unbonding (blocks) or
	// withdrawal delay any genesis may allow (ten years of seconds), so that
	// no time or block number overflows.
	MaxDelay uint64 = 10 * 365 * 24 * 3600
	// BpsDenominator is 100 % in basis points.
	BpsDenominator = 10_000
)

// Defaults of the devnet genesis.
const (
	DefaultVotingPeriod  uint64 = 3 * 24 * 3600 // three days
	DefaultTimelockDelay uint64 = 2 * 24 * 3600 // two days
	DefaultUnlockDelay   uint64 = 7 * 24 * 3600 // a week
	DefaultQuorumBps     uint64 = 2_000         // 20 % of the OPEN locked at the snapshot
	DefaultThresholdBps  uint64 = 5_000         // more for than against
	// DefaultProposalThresholdOPEN is the voting power needed to propose, in whole OPEN.
	DefaultProposalThresholdOPEN = 10_000
	// DefaultTreasuryOPEN is the devnet treasury, in whole OPEN, taken out
	// of the ecosystem share.
	DefaultTreasuryOPEN = 10_000_000
)

// ErrBadConfig is returned by Config.Verify for unusable parameters.
var ErrBadConfig = errors.New("bad governance config")

// Params is governance's own parameters (IGovernance.Params).
type Params struct {
	VotingPeriod      uint64   `json:"votingPeriod"`
	TimelockDelay     uint64   `json:"timelockDelay"`
	UnlockDelay       uint64   `json:"unlockDelay"`
	QuorumBps         uint64   `json:"quorumBps"`
	ThresholdBps      uint64   `json:"thresholdBps"`
	ProposalThreshold *big.Int `json:"proposalThreshold"`
}

// Bound is the [Min, Max] range a numeric change kind's value must lie in.
type Bound struct {
	Min *big.Int `json:"min"`
	Max *big.Int `json:"max"`
}

// Config is governance's genesis: its parameters and the hard bounds of
// every numeric change kind. The treasury is a balance: genesis.Config's
// Treasury moves it from the ecosystem share to Address (nothing is minted).
type Config struct {
	Params Params `json:"params"`
	// Bounds holds one bound per ChangeKind; unbounded kinds must be zero.
	Bounds [NumKinds]Bound `json:"bounds"`
}

func b(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// DefaultBounds returns the devnet's hard bounds: burn at most 50 %, each
// other share at most 50 %, platform fee at most 1 OPEN, delays of at least
// an hour (unbonding: 1,800 blocks) and at most 30 days, voting between an
// hour and 14 days, quorum 5–50 %, threshold 50–90 %, a treasury spend of at
// most 1,000,000 OPEN per change, minimum agent stake 1–1,000,000 OPEN.
func DefaultBounds() [NumKinds]Bound {
	var out [NumKinds]Bound
	zero := Bound{Min: new(big.Int), Max: new(big.Int)}
	for i := range out {
		out[i] = zero
	}
	const hour, day = 3600, 24 * 3600
	out[KindBurnBps] = Bound{b(0), b(5_000)}
	out[KindOwnerBps] = Bound{b(0), b(5_000)}
	out[KindOperatorBps] = Bound{b(0), b(5_000)}
	out[KindPlatformFee] = Bound{b(0), open.Wei(1)}
	out[KindMinAgentStake] = Bound{open.Wei(1), open.Wei(1_000_000)}
	out[KindUnbondingDelay] = Bound{b(hour / 2), b(30 * day / 2)}
	out[KindWithdrawDelay] = Bound{b(hour), b(30 * day)}
	out[KindTreasurySpend] = Bound{b(1), open.Wei(1_000_000)}
	out[KindVotingPeriod] = Bound{b(hour), b(14 * day)}
	out[KindTimelockDelay] = Bound{b(hour), b(30 * day)}
	out[KindUnlockDelay] = Bound{b(hour), b(30 * day)}
	out[KindQuorumBps] = Bound{b(500), b(5_000)}
	out[KindThresholdBps] = Bound{b(5_000), b(9_000)}
	out[KindProposalThreshold] = Bound{b(0), open.Wei(10_000_000)}
	return out
}

// DefaultConfig returns the devnet governance: three-day voting, a two-day
// timelock, a one-week unlock delay, 20 % quorum, simple majority, 10,000 OPEN
// to propose, and DefaultBounds.
func DefaultConfig() Config {
	return Config{
		Params: Params{
			VotingPeriod: DefaultVotingPeriod, TimelockDelay: DefaultTimelockDelay, UnlockDelay: DefaultUnlockDelay,
			QuorumBps: DefaultQuorumBps, ThresholdBps: DefaultThresholdBps,
			ProposalThreshold: open.Wei(DefaultProposalThresholdOPEN),
		},
		Bounds: DefaultBounds(),
	}
}

// kindCap is the most any genesis may let a kind's value be.
func kindCap(k ChangeKind) *big.Int {
	switch k {
	case KindBurnBps, KindOwnerBps, KindOperatorBps, KindQuorumBps, KindThresholdBps:
		return b(BpsDenominator)
	case KindVotingPeriod:
		return b(MaxVotingPeriod)
	case KindUnbondingDelay, KindWithdrawDelay, KindTimelockDelay, KindUnlockDelay:
		return b(MaxDelay)
	}
	return open.TotalSupply()
}

// kindFloor is the least any genesis may let a kind's value be: delays and
// the voting period are at least one second (one block), a quorum at least
// one basis point, a threshold at least half, a minimum stake and a spend at
// least one wei.
func kindFloor(k ChangeKind) *big.Int {
	switch k {
	case KindVotingPeriod, KindUnbondingDelay, KindWithdrawDelay, KindTimelockDelay, KindUnlockDelay,
		KindQuorumBps, KindMinAgentStake, KindTreasurySpend:
		return b(1)
	case KindThresholdBps:
		return b(BpsDenominator / 2)
	}
	return new(big.Int)
}

// Verify checks the bounds (each numeric kind's within the implementation's
// limits, min ≤ max; unbounded kinds zero), the parameters within their
// bounds.
func (c Config) Verify() error {
	for k := ChangeKind(0); k < NumKinds; k++ {
		bd := c.Bounds[k]
		if bd.Min == nil || bd.Max == nil {
			return fmt.Errorf("%w: bound of %s unset", ErrBadConfig, k)
		}
		if !k.Bounded() {
			if bd.Min.Sign() != 0 || bd.Max.Sign() != 0 {
				return fmt.Errorf("%w: %s takes no bound", ErrBadConfig, k)
			}
			continue
		}
		if bd.Min.Cmp(kindFloor(k)) < 0 || bd.Max.Cmp(kindCap(k)) > 0 || bd.Min.Cmp(bd.Max) > 0 {
			return fmt.Errorf("%w: bound of %s [%s, %s] outside [%s, %s] or empty", ErrBadConfig, k, bd.Min, bd.Max, kindFloor(k), kindCap(k))
		}
	}
	p := c.Params
	if p.ProposalThreshold == nil {
		return fmt.Errorf("%w: proposal threshold unset", ErrBadConfig)
	}
	for _, v := range []struct {
		k ChangeKind
		v *big.Int
	}{
		{KindVotingPeriod, b(p.VotingPeriod)}, {KindTimelockDelay, b(p.TimelockDelay)}, {KindUnlockDelay, b(p.UnlockDelay)},
		{KindQuorumBps, b(p.QuorumBps)}, {KindThresholdBps, b(p.ThresholdBps)}, {KindProposalThreshold, p.ProposalThreshold},
	} {
		if bd := c.Bounds[v.k]; v.v.Cmp(bd.Min) < 0 || v.v.Cmp(bd.Max) > 0 {
			return fmt.Errorf("%w: %s %s outside its bound [%s, %s]", ErrBadConfig, v.k, v.v, bd.Min, bd.Max)
		}
	}
	return nil
}

// Storage returns governance's genesis storage for genesis.Config's
// PrecompileStorage[Address].
func (c Config) Storage() (map[common.Hash]common.Hash, error) {
	if err := c.Verify(); err != nil {
		return nil, err
	}
	st := precompiles.MemoryState{}
	s := store{st}
	s.setParams(c.Params)
	for k := ChangeKind(0); k < NumKinds; k++ {
		if k.Bounded() {
			bs := boundSlot(uint8(k))
			bs.SetUint256(st, uint256.MustFromBig(c.Bounds[k].Min))
			bs.Offset(1).SetUint256(st, uint256.MustFromBig(c.Bounds[k].Max))
		}
	}
	return st, nil
}

func (s store) setParams(p Params) {
	root(slotVotingPeriod).SetUint64(s.st, p.VotingPeriod)
	root(slotTimelockDelay).SetUint64(s.st, p.TimelockDelay)
	root(slotUnlockDelay).SetUint64(s.st, p.UnlockDelay)
	root(slotQuorumBps).SetUint64(s.st, p.QuorumBps)
	root(slotThresholdBps).SetUint64(s.st, p.ThresholdBps)
	root(slotProposalThreshold).SetUint256(s.st, uint256.MustFromBig(p.ProposalThreshold))
}

// ReadParams returns governance's current parameters.
func ReadParams(st precompiles.StateReader) Params {
	return Params{
		VotingPeriod:      root(slotVotingPeriod).Uint64(st),
		TimelockDelay:     root(slotTimelockDelay).Uint64(st),
		UnlockDelay:       root(slotUnlockDelay).Uint64(st),
		QuorumBps:         root(slotQuorumBps).Uint64(st),
		ThresholdBps:      root(slotThresholdBps).Uint64(st),
		ProposalThreshold: root(slotProposalThreshold).Uint256(st).ToBig(),
	}
}

// bound reads a kind's [min, max].
func bound(st precompiles.StateReader, k ChangeKind) (*uint256.Int, *uint256.Int) {
	bs := boundSlot(uint8(k))
	return bs.Uint256(st), bs.Offset(1).Uint256(st)
}
