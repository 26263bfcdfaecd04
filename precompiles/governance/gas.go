package governance

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
)

// searchReads is the most slots a voting-power lookup reads: the history's
// length and last checkpoint, a binary search over the last
// MaxVotingPeriod+1 checkpoints, and the checkpoint found.
var searchReads = uint64(bits.Len64(MaxVotingPeriod+1)) + 3

// recordSlots is how many slots a proposal record takes.
const recordSlots = 5

// treasuryReads is what treasuryAvailable reads: the total history's length
// and last checkpoint, the total unlocking, and the balance (priced as a slot).
const treasuryReads = 4

// changeWords is how many ABI words one Change takes.
const changeWords = 4

// logGas is one log with three topics and `words` data words.
func logGas(words uint64) uint64 { return precompiles.GasLog + words*precompiles.GasLogDataWord }

const (
	read  = precompiles.GasSlotRead
	write = precompiles.GasSlotWrite
)

// viewGas prices a read of `reads` slots.
func viewGas(reads uint64) func([]byte) uint64 {
	return func(args []byte) uint64 { return precompiles.InputGas(args) + reads*read }
}

// hashGas is keccak256 over the ABI encoding of the changes in args (at most
// the input's size plus a word).
func hashGas(args []byte) uint64 {
	return params.Keccak256Gas + (precompiles.Words(len(args))+1)*params.Keccak256WordGas
}

// lockGas: both histories' length and last checkpoint read, and each a new
// checkpoint (length and element) written; one log.
func lockGas(args []byte) uint64 {
	return precompiles.InputGas(args) + 4*read + 4*write + logGas(2)
}

// unlockGas: lockGas's histories, the unlock delay, the account's unlocking
// amount and release time, the total unlocking; one log.
func unlockGas(args []byte) uint64 {
	return precompiles.InputGas(args) + 7*read + 7*write + logGas(3)
}

// withdrawGas: the unlocking record and total, the balance, their updates,
// the value transfer, one log.
func withdrawGas(args []byte) uint64 {
	return precompiles.InputGas(args) + 4*read + 3*write + precompiles.GasValueTransfer + logGas(1)
}

// proposeFixedReads: the proposal threshold, the proposer's power (the
// latest checkpoint and a search over the last two), the count, the voting
// period, the total locked before now (up to four), the quorum share.
const proposeFixedReads = 1 + 6 + 1 + 1 + 4 + 1

// proposeGas: per change its bound (two slots) or its agent's existence; the
// fixed reads; the count and the record written; the hash of the changes;
// one log carrying the changes and the description (at most the input's
// words and five more).
func proposeGas(args []byte) uint64 {
	n := arrayLen(args, 0)
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + (proposeFixedReads+2*n)*read + (1+recordSlots)*write + hashGas(args) +
		logGas(words+5)
}

// voteGas: the count, the record's status and times, the voted flag, the
// power (a bounded search and the latest checkpoint), the tally; the flag
// and the tally written; one log.
func voteGas(args []byte) uint64 {
	return precompiles.InputGas(args) + (5+searchReads+2)*read + 2*write + logGas(2)
}

// cancelGas: the count, status and times read, the status written, one log.
func cancelGas(args []byte) uint64 {
	return precompiles.InputGas(args) + 3*read + write + logGas(0)
}

// queueGas: the count, the record, the threshold and the timelock read; the
// status and times written; one log.
func queueGas(args []byte) uint64 {
	return precompiles.InputGas(args) + (3+recordSlots)*read + 2*write + logGas(1)
}

// executeFixedReads: the count, the record (read whole on a wrong state), the
// threshold, the hash; and the fee split read back to verify it.
const executeFixedReads = 1 + recordSlots + 1 + 1 + 4

// changeGas is what applying one change of kind k costs, its ChangeApplied
// log (three data words) included.
func changeGas(k ChangeKind) uint64 {
	var g uint64
	switch k {
	case KindBurnBps, KindOwnerBps, KindOperatorBps, KindPlatformFee:
		g = 4*read + 4*write
	case KindAddSettler, KindRemoveSettler, KindAddSlasher, KindRemoveSlasher:
		g = read + write
	case KindTreasurySpend:
		g = treasuryReads*read + precompiles.GasValueTransfer + params.CallNewAccountGas
	case KindSlashAgent:
		g = read + agent.GovernanceSlashGas
	case KindSuspendAgent, KindUnsuspendAgent:
		g = agent.GovernanceSuspendGas
	default: // one parameter slot
		g = write
	}
	return g + logGas(3)
}

// maxChangeGas is changeGas of the dearest kind, charged for a kind the
// calldata names that is unknown (execute then fails on the hash or at
// validation).
var maxChangeGas = func() uint64 {
	var m uint64
	for k := ChangeKind(0); k < NumKinds; k++ {
		m = max(m, changeGas(k))
	}
	return m
}()

// executeGas: the fixed reads, the status written, the hash of the changes,
// each change at its kind's price, one log.
func executeGas(args []byte) uint64 {
	g := precompiles.InputGas(args) + executeFixedReads*read + write + hashGas(args) + logGas(0)
	n := arrayLen(args, 1)
	off, _ := word(args, 32)
	for i := uint64(0); i < n; i++ {
		kind, ok := word(args, off+32+i*changeWords*32)
		if ok && kind < uint64(NumKinds) {
			g += changeGas(ChangeKind(kind))
		} else {
			g += maxChangeGas
		}
	}
	return g
}

// hashChangesGas: the input and its hash.
func hashChangesGas(args []byte) uint64 { return precompiles.InputGas(args) + hashGas(args) }

// word reads the 32-byte word at byte offset off of args as a uint64; ok is
// false when it is out of range or does not fit.
func word(args []byte, off uint64) (uint64, bool) {
	if off > uint64(len(args)) || uint64(len(args))-off < 32 {
		return 0, false
	}
	var v uint64
	for j, c := range args[off : off+32] {
		if j < 24 {
			if c != 0 {
				return 0, false
			}
			continue
		}
		v = v<<8 | uint64(c)
	}
	return v, true
}

// arrayLen is the length of the Change[] argument at head position i of
// canonical calldata, capped by what the input can hold.
func arrayLen(args []byte, i uint64) uint64 {
	off, ok := word(args, 32*i)
	if !ok {
		return 0
	}
	n, ok := word(args, off)
	if !ok {
		return 0
	}
	return min(n, uint64(len(args))/(32*changeWords))
}
