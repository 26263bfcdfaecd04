package governance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/settlement"
)

// changesHash is keccak256(abi.encode(changes)), as Solidity computes it:
// the offset word 0x20, the length, then four words per change (kind,
// account, id, value). It streams the words into the hasher, allocating
// nothing per change.
func changesHash(changes []Change) (common.Hash, error) {
	h := crypto.NewKeccakState()
	var w [32]byte
	put := func() { _, _ = h.Write(w[:]) }
	word := func(v uint64) {
		clear(w[:])
		for i := 0; i < 8; i++ {
			w[31-i] = byte(v >> (8 * i))
		}
		put()
	}
	big256 := func(v *big.Int) error {
		if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("encode changes: value out of uint256 range")
		}
		v.FillBytes(w[:])
		put()
		return nil
	}
	word(32)
	word(uint64(len(changes)))
	for i := range changes {
		ch := &changes[i]
		word(uint64(ch.Kind))
		clear(w[:12])
		copy(w[12:], ch.Account[:])
		put()
		if err := big256(ch.Id); err != nil {
			return common.Hash{}, err
		}
		if err := big256(ch.Value); err != nil {
			return common.Hash{}, err
		}
	}
	var out common.Hash
	_, _ = h.Read(out[:])
	return out, nil
}

// HashChanges is keccak256(abi.encode(changes)): what propose records and
// execute checks (clients use it to find a proposal's changes).
func HashChanges(changes []Change) (common.Hash, error) { return changesHash(changes) }

// validate checks one change of a proposal: a known kind, the fields it does
// not use zero, an account where it takes one, an existing agent where it
// names one, and a value within the kind's genesis bound.
func validate(st precompiles.StateReader, ch *Change) error {
	k := ChangeKind(ch.Kind)
	if k >= NumKinds {
		return errInvalidArgument.With(fmt.Sprintf("unknown change kind %d", ch.Kind))
	}
	if k.TakesAccount() == (ch.Account == common.Address{}) {
		if k.TakesAccount() {
			return errInvalidArgument.With(k.String() + " needs a non-zero account")
		}
		return errInvalidArgument.With(k.String() + " takes no account")
	}
	if k.TakesAgent() {
		id, ok := u64(ch.Id)
		if !ok || !agent.Exists(st, id) {
			return errInvalidArgument.With(fmt.Sprintf("%s: no agent %s", k, ch.Id))
		}
	} else if ch.Id.Sign() != 0 {
		return errInvalidArgument.With(k.String() + " takes no id")
	}
	if !k.TakesValue() {
		if ch.Value.Sign() != 0 {
			return errInvalidArgument.With(k.String() + " takes no value")
		}
		return nil
	}
	if k == KindSlashAgent {
		if ch.Value.Sign() == 0 {
			return errInvalidArgument.With("slashAgent needs a non-zero amount")
		}
		return nil
	}
	lo, hi := bound(st, k)
	v := uint256.MustFromBig(ch.Value) // an ABI uint256 always fits
	if v.Lt(lo) || v.Gt(hi) {
		return errOutOfBounds.With(ch.Kind, ch.Value, toBig(lo), toBig(hi))
	}
	return nil
}

// treasuryAvailable is the precompile's balance less the OPEN locked and
// unlocking: what a TreasurySpend may pay.
func treasuryAvailable(c *precompiles.Call) *uint256.Int {
	locked, _ := totalHistory().latest(c.State)
	held := locked.Add(locked, root(slotTotalUnlocking).Uint256(c.State))
	bal := c.State.GetBalance(c.Self)
	if bal.Lt(held) {
		return new(uint256.Int)
	}
	return new(uint256.Int).Sub(bal, held)
}

// apply writes a proposal's changes, in order, into the storage of the
// precompiles that read them, and logs ChangeApplied for each. A change that
// cannot apply (a fee split over 100 %, a spend beyond the treasury, an agent
// with nothing to slash) fails the whole execution: every write reverts and
// the proposal stays Queued.
func apply(c *precompiles.Call, id uint64, changes []Change) error {
	st := c.State
	feeIndex := -1
	for i := range changes {
		ch := &changes[i]
		k := ChangeKind(ch.Kind)
		fail := func(reason string) error { return errExecutionFailed.With(big64(id), big.NewInt(int64(i)), reason) }
		v := uint256.MustFromBig(ch.Value)
		switch k {
		case KindBurnBps, KindOwnerBps, KindOperatorBps, KindPlatformFee:
			p := settlement.FeeParams(st)
			switch k {
			case KindBurnBps:
				p.BurnBps = v.Uint64()
			case KindOwnerBps:
				p.OwnerBps = v.Uint64()
			case KindOperatorBps:
				p.OperatorBps = v.Uint64()
			default:
				p.PlatformFee = v
			}
			settlement.SetFeeParams(st, p)
			feeIndex = i
		case KindAddSettler:
			settlement.GrantSettler(st, ch.Account)
		case KindRemoveSettler:
			settlement.RevokeSettler(st, ch.Account)
		case KindAddSlasher:
			agent.GrantSlasher(st, ch.Account)
		case KindRemoveSlasher:
			agent.RevokeSlasher(st, ch.Account)
		case KindMinAgentStake:
			agent.SetMinStake(st, v)
		case KindUnbondingDelay:
			agent.SetUnbondingDelay(st, v.Uint64())
		case KindWithdrawDelay:
			settlement.SetWithdrawDelay(st, v.Uint64())
		case KindTreasurySpend:
			if avail := treasuryAvailable(c); v.Gt(avail) {
				return fail(fmt.Sprintf("treasury holds %s wei, spend is %s", avail, v))
			}
			st.SubBalance(c.Self, v, tracing.BalanceChangeTransfer)
			st.AddBalance(ch.Account, v, tracing.BalanceChangeTransfer)
		case KindSlashAgent, KindSuspendAgent, KindUnsuspendAgent:
			agentID, _ := u64(ch.Id)
			var err error
			switch k {
			case KindSlashAgent:
				_, err = agent.GovernanceSlash(c, agentID, ch.Value, fmt.Sprintf("governance proposal %d", id))
			case KindSuspendAgent:
				_, err = agent.GovernanceSuspend(c, agentID, true)
			default:
				_, err = agent.GovernanceSuspend(c, agentID, false)
			}
			if err != nil {
				var re *precompiles.RevertError
				if errors.As(err, &re) {
					return fail(re.Reason)
				}
				return err
			}
		case KindVotingPeriod:
			root(slotVotingPeriod).SetUint64(st, v.Uint64())
		case KindTimelockDelay:
			root(slotTimelockDelay).SetUint64(st, v.Uint64())
		case KindUnlockDelay:
			root(slotUnlockDelay).SetUint64(st, v.Uint64())
		case KindQuorumBps:
			root(slotQuorumBps).SetUint64(st, v.Uint64())
		case KindThresholdBps:
			root(slotThresholdBps).SetUint64(st, v.Uint64())
		case KindProposalThreshold:
			root(slotProposalThreshold).SetUint256(st, v)
		default:
			return fail("unknown change kind") // validate refused it at propose
		}
		if err := eventChangeApplied.Emit(c, big64(id), ch.Kind, ch.Account, ch.Id, ch.Value); err != nil {
			return err
		}
	}
	if feeIndex >= 0 {
		if err := settlement.FeeParams(st).Verify(); err != nil {
			return errExecutionFailed.With(big64(id), big.NewInt(int64(feeIndex)), err.Error())
		}
	}
	return nil
}
