package agent

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/model"
)

// Input limits. A call over a limit reverts with InvalidArgument.
const (
	MaxMetadataURILen = 512 // bytes of an agent's metadata URI
	MaxReasonLen      = 512 // bytes of a slashing reason
	// MaxPage is the most agents one paged query returns.
	MaxPage = 100
)

// burnReason tags the balance change of slashed stake for tracers: value that
// leaves the supply (op-geth has no reason named for a plain burn).
const burnReason = tracing.BalanceDecreaseSelfdestructBurn

// AgentInfo is IAgentRegistry.Agent as the ABI encoder wants it.
type AgentInfo struct {
	Id                    *big.Int
	Owner                 common.Address
	MetadataURI           string
	ModelId               *big.Int
	Stake                 *big.Int
	Unbonding             *big.Int
	UnbondingReleaseBlock uint64
	Slashed               *big.Int
	Active                bool
	RegisteredAt          uint64
}

func methods() map[string]precompiles.Method {
	return map[string]precompiles.Method{
		"register":       {Writes: true, Payable: true, Gas: registerGas, Run: precompiles.Bind(register)},
		"addStake":       {Writes: true, Payable: true, Gas: fixedGas(4, 2, 2), Run: precompiles.Bind(addStake)},
		"requestUnstake": {Writes: true, Gas: fixedGas(6, 3, 2), Run: precompiles.Bind(requestUnstake)},
		"withdraw":       {Writes: true, Gas: withdrawGas, Run: precompiles.Bind(withdraw)},
		"slash":          {Writes: true, Gas: slashGas, Run: precompiles.Bind(slash)},
		"agentCount":     {Gas: viewGas(1), Run: precompiles.Bind(agentCount)},
		"getAgent":       {Gas: viewGas(agentReadSlots), Run: precompiles.Bind(getAgent)},
		"agentsOf":       {Gas: pagedGas(agentReadSlots + 1), Run: precompiles.Bind(agentsOf)},
		"minStake":       {Gas: viewGas(1), Run: precompiles.Bind(minStake)},
		"unbondingDelay": {Gas: viewGas(1), Run: precompiles.Bind(unbondingDelay)},
		"totalStaked":    {Gas: viewGas(1), Run: precompiles.Bind(totalStaked)},
		"totalSlashed":   {Gas: viewGas(1), Run: precompiles.Bind(totalSlashed)},
		"isSlasher":      {Gas: viewGas(1), Run: precompiles.Bind(isSlasher)},
		"isSuspended":    {Gas: viewGas(2), Run: precompiles.Bind(isSuspended)},
	}
}

// u64 and big64 convert ids between the ABI's uint256 and storage's uint64.
var (
	u64   = precompiles.Uint64Arg
	big64 = precompiles.BigUint64
)

func requireAgent(s store, v *big.Int) (uint64, error) {
	id, ok := u64(v)
	if !ok || !s.exists(id) {
		return 0, errAgentNotFound.With(v)
	}
	return id, nil
}

func requireOwned(s store, v *big.Int, caller common.Address) (uint64, error) {
	id, err := requireAgent(s, v)
	if err != nil {
		return 0, err
	}
	if s.owner(id) != caller {
		return 0, errNotAgentOwner.With(v, caller)
	}
	return id, nil
}

// toBig converts for the ABI encoder.
func toBig(v *uint256.Int) *big.Int { return v.ToBig() }

func register(c *precompiles.Call, in RegisterInput) ([]any, error) {
	uri, modelArg := in.MetadataURI, in.ModelId
	if len(uri) > MaxMetadataURILen {
		return nil, errInvalidArgument.With("metadataURI too long")
	}
	modelID, ok := u64(modelArg)
	if !ok || !model.Exists(c.State, modelID) {
		return nil, errModelNotFound.With(modelArg)
	}
	s := store{c.State}
	if minimum := s.minStake(); c.Value.Lt(minimum) {
		return nil, errStakeBelowMinimum.With(toBig(c.Value), toBig(minimum))
	}
	id := s.agentCount() + 1
	root(slotAgentCount).SetUint64(c.State, id)
	s.field(id, agOwner).SetAddress(c.State, c.Caller)
	s.field(id, agMetadataURI).SetString(c.State, uri)
	s.field(id, agModelID).SetUint64(c.State, modelID)
	s.field(id, agStake).SetUint256(c.State, c.Value)
	s.field(id, agRegisteredAt).SetUint64(c.State, c.BlockNumber())
	slot, _ := s.byOwner(c.Caller).Push(c.State)
	slot.SetUint64(c.State, id)
	s.addTotal(slotTotalStaked, c.Value)
	if err := eventAgentRegistered.Emit(c, big64(id), c.Caller, modelArg, uri, toBig(c.Value)); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

func addStake(c *precompiles.Call, in AgentInput) ([]any, error) {
	s := store{c.State}
	id, err := requireAgent(s, in.AgentId)
	if err != nil {
		return nil, err
	}
	if c.Value.IsZero() {
		return nil, errInvalidArgument.With("no value sent")
	}
	minimum := s.minStake()
	before := s.stake(id)
	after := new(uint256.Int).Add(before, c.Value)
	s.field(id, agStake).SetUint256(c.State, after)
	s.addTotal(slotTotalStaked, c.Value)
	if err := eventStakeAdded.Emit(c, big64(id), c.Caller, toBig(c.Value), toBig(after)); err != nil {
		return nil, err
	}
	if before.Lt(minimum) && !after.Lt(minimum) {
		return nil, eventAgentActivated.Emit(c, big64(id))
	}
	return nil, nil
}

func requestUnstake(c *precompiles.Call, in RequestUnstakeInput) ([]any, error) {
	s := store{c.State}
	idArg := in.AgentId
	id, err := requireOwned(s, idArg, c.Caller)
	if err != nil {
		return nil, err
	}
	if s.suspended(id) {
		return nil, errAgentIsSuspended.With(idArg)
	}
	amount, overflow := uint256.FromBig(in.Amount)
	if overflow || amount.IsZero() {
		return nil, errInvalidArgument.With("amount out of range")
	}
	stake := s.stake(id)
	if amount.Gt(stake) {
		return nil, errInsufficientStake.With(idArg, in.Amount, toBig(stake))
	}
	minimum := s.minStake()
	left := new(uint256.Int).Sub(stake, amount)
	if !left.IsZero() && left.Lt(minimum) {
		return nil, errStakeBelowMinimum.With(toBig(left), toBig(minimum))
	}
	release := c.BlockNumber() + s.unbondingDelay()
	if release < c.BlockNumber() {
		return nil, errInvalidArgument.With("unbonding delay overflows the block number")
	}
	unbonding := new(uint256.Int).Add(s.unbonding(id), amount)
	s.field(id, agStake).SetUint256(c.State, left)
	s.field(id, agUnbonding).SetUint256(c.State, unbonding)
	s.field(id, agReleaseBlock).SetUint64(c.State, release)
	if err := eventUnstakeRequested.Emit(c, idArg, toBig(amount), toBig(unbonding), release); err != nil {
		return nil, err
	}
	if !stake.Lt(minimum) && left.Lt(minimum) {
		return nil, eventAgentDeactivated.Emit(c, idArg)
	}
	return nil, nil
}

func withdraw(c *precompiles.Call, in AgentInput) ([]any, error) {
	s := store{c.State}
	idArg := in.AgentId
	id, err := requireOwned(s, idArg, c.Caller)
	if err != nil {
		return nil, err
	}
	if s.suspended(id) {
		return nil, errAgentIsSuspended.With(idArg)
	}
	amount := s.unbonding(id)
	if amount.IsZero() {
		return nil, errNothingToWithdraw.With(idArg)
	}
	release := s.field(id, agReleaseBlock).Uint64(c.State)
	if c.BlockNumber() < release {
		return nil, errStillUnbonding.With(idArg, release)
	}
	if c.State.GetBalance(c.Self).Lt(amount) {
		// The invariant balance == totalStaked makes this unreachable; refuse
		// rather than create value if it were ever broken.
		return nil, errInvalidArgument.With("registry balance below unbonding stake")
	}
	s.field(id, agUnbonding).SetUint256(c.State, new(uint256.Int))
	s.subTotal(slotTotalStaked, amount)
	c.State.SubBalance(c.Self, amount, tracing.BalanceChangeTransfer)
	c.State.AddBalance(c.Caller, amount, tracing.BalanceChangeTransfer)
	if err := eventStakeWithdrawn.Emit(c, idArg, c.Caller, toBig(amount)); err != nil {
		return nil, err
	}
	return []any{toBig(amount)}, nil
}

func slash(c *precompiles.Call, in SlashInput) ([]any, error) {
	if !slashers().Has(c.State, 0, c.Caller) {
		return nil, errNotSlasher.With(c.Caller)
	}
	burned, err := slashAgent(c, in)
	if err != nil {
		return nil, err
	}
	return []any{toBig(burned)}, nil
}

// slashAgent burns up to in.Amount of an agent's stake, bonded first, and
// logs AgentSlashed with c.Caller as the slasher.
func slashAgent(c *precompiles.Call, in SlashInput) (*uint256.Int, error) {
	s := store{c.State}
	idArg, reason := in.AgentId, in.Reason
	id, err := requireAgent(s, idArg)
	if err != nil {
		return nil, err
	}
	requested, overflow := uint256.FromBig(in.Amount)
	if overflow || requested.IsZero() {
		return nil, errInvalidArgument.With("amount out of range")
	}
	if len(reason) > MaxReasonLen {
		return nil, errInvalidArgument.With("reason too long")
	}
	stake, unbonding := s.stake(id), s.unbonding(id)
	fromStake := new(uint256.Int).Set(requested)
	if fromStake.Gt(stake) {
		fromStake.Set(stake)
	}
	fromUnbonding := new(uint256.Int).Sub(requested, fromStake)
	if fromUnbonding.Gt(unbonding) {
		fromUnbonding.Set(unbonding)
	}
	burned := new(uint256.Int).Add(fromStake, fromUnbonding)
	if burned.IsZero() {
		return nil, errInsufficientStake.With(idArg, in.Amount, new(big.Int))
	}
	if c.State.GetBalance(c.Self).Lt(burned) {
		return nil, errInvalidArgument.With("registry balance below the stake to burn")
	}
	left := new(uint256.Int).Sub(stake, fromStake)
	s.field(id, agStake).SetUint256(c.State, left)
	s.field(id, agUnbonding).SetUint256(c.State, new(uint256.Int).Sub(unbonding, fromUnbonding))
	slashed := s.field(id, agSlashed)
	slashed.SetUint256(c.State, new(uint256.Int).Add(slashed.Uint256(c.State), burned))
	s.subTotal(slotTotalStaked, burned)
	s.addTotal(slotTotalSlashed, burned)
	// Burn: out of the registry's balance, into no account.
	c.State.SubBalance(c.Self, burned, burnReason)
	if err := eventAgentSlashed.Emit(c, idArg, c.Caller, toBig(burned), reason); err != nil {
		return nil, err
	}
	if minimum := s.minStake(); !stake.Lt(minimum) && left.Lt(minimum) {
		if err := eventAgentDeactivated.Emit(c, idArg); err != nil {
			return nil, err
		}
	}
	return burned, nil
}
