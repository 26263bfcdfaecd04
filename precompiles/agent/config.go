package agent

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles"
)

// Defaults of the devnet genesis.
const (
	// DefaultMinStakeOPEN is the minimum stake in whole OPEN.
	DefaultMinStakeOPEN = 1_000
	// DefaultUnbondingDelay is the unbonding delay in blocks (200 s at 2 s blocks).
	DefaultUnbondingDelay uint64 = 100
)

// ErrBadConfig is returned by Config.Verify for unusable parameters.
var ErrBadConfig = errors.New("bad agent registry config")

// Config is the registry's genesis parameters.
type Config struct {
	// MinStake is the least bonded stake, in wei, of an active agent.
	MinStake *big.Int `json:"minStake"`
	// UnbondingDelay is how many blocks unbonding stake waits before withdrawal.
	UnbondingDelay uint64 `json:"unbondingDelay"`
	// Slashers may slash any agent. Governance changes the set later.
	Slashers []common.Address `json:"slashers"`
}

// DefaultConfig returns the devnet parameters with the given slashers.
func DefaultConfig(slashers ...common.Address) Config {
	return Config{MinStake: open.Wei(DefaultMinStakeOPEN), UnbondingDelay: DefaultUnbondingDelay, Slashers: slashers}
}

// Verify checks that the minimum stake is positive and fits 256 bits, the
// delay is at least one block, and the slashers are distinct and non-zero.
func (c Config) Verify() error {
	if c.MinStake == nil || c.MinStake.Sign() <= 0 || c.MinStake.BitLen() > 256 {
		return fmt.Errorf("%w: minimum stake must be positive and fit 256 bits", ErrBadConfig)
	}
	if c.UnbondingDelay == 0 {
		return fmt.Errorf("%w: unbonding delay is zero blocks", ErrBadConfig)
	}
	if err := precompiles.CheckAccounts("slasher", c.Slashers); err != nil {
		return fmt.Errorf("%w: %v", ErrBadConfig, err)
	}
	return nil
}

// Storage returns the registry's genesis storage for genesis.Config's
// PrecompileStorage[Address].
func (c Config) Storage() (map[common.Hash]common.Hash, error) {
	if err := c.Verify(); err != nil {
		return nil, err
	}
	st := precompiles.MemoryState{}
	minimum, _ := uint256.FromBig(c.MinStake)
	SetMinStake(st, minimum)
	SetUnbondingDelay(st, c.UnbondingDelay)
	for _, a := range c.Slashers {
		GrantSlasher(st, a)
	}
	return st, nil
}

// The setters below write the registry's parameters; genesis and governance
// use them.

// SetMinStake sets the minimum bonded stake of an active agent.
func SetMinStake(st precompiles.StateWriter, v *uint256.Int) { root(slotMinStake).SetUint256(st, v) }

// SetUnbondingDelay sets the unbonding delay in blocks.
func SetUnbondingDelay(st precompiles.StateWriter, blocks uint64) {
	root(slotUnbondingDelay).SetUint64(st, blocks)
}

// GrantSlasher adds a to the slasher set; it reports false if a was in it.
func GrantSlasher(st precompiles.StateWriter, a common.Address) bool {
	return slashers().Grant(st, 0, a)
}

// RevokeSlasher removes a from the slasher set; it reports false if a was not in it.
func RevokeSlasher(st precompiles.StateWriter, a common.Address) bool {
	return slashers().Revoke(st, 0, a)
}

// IsSlasher reports whether a is in the slasher set.
func IsSlasher(st precompiles.StateReader, a common.Address) bool { return slashers().Has(st, 0, a) }

// TotalSlashed returns the wei burned by slashing so far.
func TotalSlashed(st precompiles.StateReader) *uint256.Int { return root(slotTotalSlashed).Uint256(st) }

// TotalStaked returns the bonded and unbonding stake of every agent: the
// registry's balance.
func TotalStaked(st precompiles.StateReader) *uint256.Int { return root(slotTotalStaked).Uint256(st) }

// Exists reports whether agent id is registered.
func Exists(st precompiles.StateReader, id uint64) bool {
	return id >= 1 && id <= root(slotAgentCount).Uint64(st)
}

// IsSuspended reports whether governance suspended agent id.
func IsSuspended(st precompiles.StateReader, id uint64) bool {
	return root(slotAgents).MappingUint(id).Offset(agSuspended).Bool(st)
}

// The functions below are governance's: an executed proposal runs them inside
// the governance precompile's call (c), and their events are logged at the
// registry's address.

// GovernanceSuspend sets or clears agent id's suspension and logs
// SuspensionChanged; it reports false (and logs nothing) when the flag already
// had that value. The agent must exist.
func GovernanceSuspend(c *precompiles.Call, id uint64, suspended bool) (bool, error) {
	if !Exists(c.State, id) {
		return false, errAgentNotFound.With(big64(id))
	}
	f := store{c.State}.field(id, agSuspended)
	if f.Bool(c.State) == suspended {
		return false, nil
	}
	f.SetBool(c.State, suspended)
	return true, eventSuspension.Emit(at(c), big64(id), suspended)
}

// GovernanceSlash burns up to amount of agent id's stake as slash does, with
// the governance precompile (c.Caller of the returned log is c.Self) as the
// slasher, and returns what was burned.
func GovernanceSlash(c *precompiles.Call, id uint64, amount *big.Int, reason string) (*uint256.Int, error) {
	ac := at(c)
	ac.Caller = c.Self
	return slashAgent(ac, SlashInput{AgentId: big64(id), Amount: amount, Reason: reason})
}

// at returns c running as the registry: same EVM and state, events logged at Address.
func at(c *precompiles.Call) *precompiles.Call {
	ac := *c
	ac.Self = Address
	return &ac
}
