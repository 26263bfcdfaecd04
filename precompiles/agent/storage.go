package agent

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// Top-level storage slots of the registry. Append only, never reorder: the
// layout is consensus state.
const (
	slotMinStake       = iota // uint256 wei
	slotUnbondingDelay        // uint64 blocks
	slotSlashers              // RoleSet, scope 0
	slotAgentCount            // uint256 number of agents (ids 1..n)
	slotAgents                // mapping(uint256 => AgentRecord)
	slotByOwner               // mapping(address => uint256[])
	slotTotalStaked           // uint256 sum of bonded + unbonding stake
	slotTotalSlashed          // uint256 wei burned by slashing
)

// Field offsets inside an agent record. Append only.
const (
	agOwner        = iota // address
	agMetadataURI         // string
	agModelID             // uint256
	agStake               // uint256 bonded wei
	agUnbonding           // uint256 unbonding wei
	agReleaseBlock        // uint64 block from which unbonding stake is withdrawable
	agSlashed             // uint256 wei slashed in total
	agRegisteredAt        // uint64 block number
	agSuspended           // bool, set and cleared by governance
)

// store is the registry's storage view for one call.
type store struct {
	st precompiles.StateWriter
}

func root(n uint64) precompiles.Slot { return precompiles.NewSlot(Address, n) }

func (s store) minStake() *uint256.Int    { return root(slotMinStake).Uint256(s.st) }
func (s store) unbondingDelay() uint64    { return root(slotUnbondingDelay).Uint64(s.st) }
func (s store) agentCount() uint64        { return root(slotAgentCount).Uint64(s.st) }
func (s store) totalStaked() *uint256.Int { return root(slotTotalStaked).Uint256(s.st) }
func (s store) totalSlashed() *uint256.Int {
	return root(slotTotalSlashed).Uint256(s.st)
}

func slashers() precompiles.RoleSet { return precompiles.NewRoleSet(root(slotSlashers)) }

func (s store) exists(id uint64) bool { return id >= 1 && id <= s.agentCount() }

func (s store) field(id, f uint64) precompiles.Slot {
	return root(slotAgents).MappingUint(id).Offset(f)
}

func (s store) byOwner(a common.Address) precompiles.Array {
	return precompiles.NewArray(root(slotByOwner).MappingAddress(a), 1)
}

func (s store) owner(id uint64) common.Address { return s.field(id, agOwner).Address(s.st) }

func (s store) suspended(id uint64) bool { return s.field(id, agSuspended).Bool(s.st) }

func (s store) stake(id uint64) *uint256.Int     { return s.field(id, agStake).Uint256(s.st) }
func (s store) unbonding(id uint64) *uint256.Int { return s.field(id, agUnbonding).Uint256(s.st) }

// addTotal adds delta to the uint256 at slot n.
func (s store) addTotal(n uint64, delta *uint256.Int) {
	slot := root(n)
	slot.SetUint256(s.st, new(uint256.Int).Add(slot.Uint256(s.st), delta))
}

// subTotal subtracts delta from the uint256 at slot n (callers keep it ≥ 0).
func (s store) subTotal(n uint64, delta *uint256.Int) {
	slot := root(n)
	slot.SetUint256(s.st, new(uint256.Int).Sub(slot.Uint256(s.st), delta))
}
