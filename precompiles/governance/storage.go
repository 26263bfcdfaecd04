package governance

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// Top-level storage slots. Append only, never reorder: the layout is
// consensus state.
const (
	slotVotingPeriod      = iota // uint64 seconds
	slotTimelockDelay            // uint64 seconds
	slotUnlockDelay              // uint64 seconds
	slotQuorumBps                // uint16
	slotThresholdBps             // uint16
	slotProposalThreshold        // uint256 wei of voting power
	slotBounds                   // mapping(uint8 kind => Bound{uint256 min; uint256 max})
	slotCheckpoints              // mapping(address => Checkpoint[]) lock history per account
	slotTotalCheckpoints         // Checkpoint[] history of the total locked
	slotUnlocking                // mapping(address => Unlocking{uint256 amount; uint64 releaseTime})
	slotTotalUnlocking           // uint256 wei
	slotProposalCount            // uint256 (ids 1..n)
	slotProposals                // mapping(uint256 => ProposalRecord)
	slotVoted                    // mapping(uint256 proposalId => mapping(address => bool))
)

// Field offsets of a ProposalRecord. Append only.
const (
	prCore    = iota // address proposer (bytes 12..31) | uint8 status (byte 11)
	prTimes          // uint64 snapshot (bytes 24..31) | uint64 voteEnd (16..23) | uint64 eta (8..15)
	prHash           // bytes32 keccak256(abi.encode(changes))
	prTally          // uint128 for (bytes 16..31) | uint128 against (0..15)
	prAbstain        // uint128 abstain (bytes 16..31) | uint128 quorum (0..15)
)

// Offsets of Unlocking's fields.
const (
	ulAmount      = iota // uint256 wei
	ulReleaseTime        // uint64 seconds
)

// Stored statuses. Defeated and Succeeded are not stored: an Active proposal
// whose voting ended is one or the other by its tally.
const (
	statusActive   = uint8(StateActive)
	statusCanceled = uint8(StateCanceled)
	statusQueued   = uint8(StateQueued)
	statusExecuted = uint8(StateExecuted)
)

func root(n uint64) precompiles.Slot { return precompiles.NewSlot(Address, n) }

// store is governance's storage view for one call.
type store struct {
	st precompiles.StateWriter
}

func (s store) proposalCount() uint64 { return root(slotProposalCount).Uint64(s.st) }

func (s store) exists(id uint64) bool { return id >= 1 && id <= s.proposalCount() }

func (s store) field(id, f uint64) precompiles.Slot {
	return root(slotProposals).MappingUint(id).Offset(f)
}

func (s store) votedSlot(id uint64, a common.Address) precompiles.Slot {
	return root(slotVoted).MappingUint(id).MappingAddress(a)
}

func unlockingSlot(a common.Address) precompiles.Slot { return root(slotUnlocking).MappingAddress(a) }

func boundSlot(kind uint8) precompiles.Slot { return root(slotBounds).MappingUint(uint64(kind)) }

// record is a proposal as stored.
type record struct {
	proposer               common.Address
	status                 uint8
	snapshot, voteEnd, eta uint64
	changesHash            common.Hash
	forVotes, against      *uint256.Int
	abstain, quorum        *uint256.Int
}

// hi and lo split a slot into two uint128 halves.
func hi(w common.Hash) *uint256.Int { return new(uint256.Int).SetBytes(w[:16]) }
func lo(w common.Hash) *uint256.Int { return new(uint256.Int).SetBytes(w[16:]) }

// pair packs two values below 2^128 (votes and quorums are at most the
// supply, < 2^90) into one slot.
func pair(high, low *uint256.Int) common.Hash {
	var w common.Hash
	h, l := high.Bytes32(), low.Bytes32()
	copy(w[:16], h[16:])
	copy(w[16:], l[16:])
	return w
}

func u64At(w common.Hash, from int) uint64 {
	return new(uint256.Int).SetBytes(w[from : from+8]).Uint64()
}

func putU64(w *common.Hash, from int, v uint64) {
	b := uint256.NewInt(v).Bytes32()
	copy(w[from:from+8], b[24:])
}

func (s store) readCore(id uint64) (common.Address, uint8) {
	w := s.field(id, prCore).Get(s.st)
	return common.BytesToAddress(w[12:]), w[11]
}

func (s store) writeCore(id uint64, proposer common.Address, status uint8) {
	var w common.Hash
	copy(w[12:], proposer[:])
	w[11] = status
	s.field(id, prCore).Set(s.st, w)
}

func (s store) readTimes(id uint64) (snapshot, voteEnd, eta uint64) {
	w := s.field(id, prTimes).Get(s.st)
	return u64At(w, 24), u64At(w, 16), u64At(w, 8)
}

func (s store) writeTimes(id, snapshot, voteEnd, eta uint64) {
	var w common.Hash
	putU64(&w, 24, snapshot)
	putU64(&w, 16, voteEnd)
	putU64(&w, 8, eta)
	s.field(id, prTimes).Set(s.st, w)
}

func (s store) readRecord(id uint64) record {
	var r record
	r.proposer, r.status = s.readCore(id)
	r.snapshot, r.voteEnd, r.eta = s.readTimes(id)
	r.changesHash = s.field(id, prHash).Get(s.st)
	t := s.field(id, prTally).Get(s.st)
	r.forVotes, r.against = lo(t), hi(t)
	a := s.field(id, prAbstain).Get(s.st)
	r.abstain, r.quorum = lo(a), hi(a)
	return r
}

// checkpoints is a lock history: a Solidity array of Checkpoint{uint64 time;
// uint192 amount}, one slot each (time in bytes 0..7, amount in 8..31), times
// strictly increasing. The amount at a checkpoint holds from its time on.
type checkpoints struct {
	arr precompiles.Array
}

func accountHistory(a common.Address) checkpoints {
	return checkpoints{precompiles.NewArray(root(slotCheckpoints).MappingAddress(a), 1)}
}

func totalHistory() checkpoints {
	return checkpoints{precompiles.NewArray(root(slotTotalCheckpoints), 1)}
}

func unpackCheckpoint(w common.Hash) (uint64, *uint256.Int) {
	return u64At(w, 0), new(uint256.Int).SetBytes(w[8:])
}

func packCheckpoint(t uint64, amount *uint256.Int) common.Hash {
	var w common.Hash
	putU64(&w, 0, t)
	a := amount.Bytes32()
	copy(w[8:], a[8:])
	return w
}

// latest returns the current amount (zero for an empty history) and the
// history's length.
func (c checkpoints) latest(st precompiles.StateReader) (*uint256.Int, uint64) {
	n := c.arr.Len(st)
	if n == 0 {
		return new(uint256.Int), 0
	}
	_, amount := unpackCheckpoint(c.arr.At(n - 1).Get(st))
	return amount, n
}

// record sets the amount from time now on: it updates the last checkpoint
// when it is from now, else appends one. Reads 2 slots, writes at most 2.
func (c checkpoints) record(st precompiles.StateWriter, now uint64, amount *uint256.Int) {
	n := c.arr.Len(st)
	if n > 0 {
		last := c.arr.At(n - 1)
		if t, _ := unpackCheckpoint(last.Get(st)); t == now {
			last.Set(st, packCheckpoint(now, amount))
			return
		}
	}
	slot, _ := c.arr.Push(st)
	slot.Set(st, packCheckpoint(now, amount))
}

// before returns the amount in effect just before time t: that of the last
// checkpoint with time < t (zero if none).
//
// Checkpoint times are distinct and at most the block time, so at most
// now-t+1 checkpoints have time ≥ t. Callers only ask for t > now -
// MaxVotingPeriod (a proposal's snapshot while it can be voted on, or the
// current block time), so the answer lies among the last MaxVotingPeriod+1
// checkpoints: a binary search there reads at most searchReads slots however
// long the history grows.
func (c checkpoints) before(st precompiles.StateReader, t, now uint64) *uint256.Int {
	n := c.arr.Len(st)
	if n == 0 {
		return new(uint256.Int)
	}
	// Fast path: nothing changed since t.
	lastT, lastAmount := unpackCheckpoint(c.arr.At(n - 1).Get(st))
	if lastT < t {
		return lastAmount
	}
	lowest := uint64(0)
	window := min(now-min(t, now)+1, MaxVotingPeriod+1)
	if n > window+1 {
		lowest = n - window - 1
	}
	// Find the first index in [lowest, n-1] whose time is ≥ t; n-1 is one.
	lo, hi := lowest, n-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if mt, _ := unpackCheckpoint(c.arr.At(mid).Get(st)); mt < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return new(uint256.Int)
	}
	_, amount := unpackCheckpoint(c.arr.At(lo - 1).Get(st))
	return amount
}
