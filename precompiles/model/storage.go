package model

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

// Top-level storage slots of the registry. Append only, never reorder: the
// layout is consensus state.
const (
	slotModelCount = iota // uint256 number of models (ids 1..n)
	slotModels            // mapping(uint256 => ModelRecord)
	slotByOwner           // mapping(address => uint256[]) ids owned, unordered
)

// Field offsets inside a model record. Append only.
const (
	mdKind          = iota // uint8 Kind
	mdOwner                // address
	mdName                 // string
	mdArchitecture         // string (base models)
	mdLicense              // string (base models)
	mdBaseModelID          // uint256 (adapters)
	mdRank                 // uint16 (adapters)
	mdTargetModules        // string[] (adapters)
	mdRateIn               // uint256 wei per 1,000 input tokens
	mdRateOut              // uint256 wei per 1,000 output tokens
	mdStatus               // uint8 Status
	mdCreatedAt            // uint64 block time
	mdVersions             // Version[]: versionSlots slots each
	mdAdapters             // uint256[] adapter ids (base models), registration order
	mdOwnerIndex           // uint256 position of the id in the owner's list
)

// Field offsets inside a version element. Append only.
const (
	vWeightsHash = iota // bytes32
	vURI                // string
	vBaseVersion        // uint256 (adapters)
	vDatanets           // DatanetRef[]: 2 slots each (id, version)
	vPublishedAt        // uint64 block time
	versionSlots
)

// Kinds of model, as IModelRegistry.Kind.
const (
	KindBase    uint8 = 0
	KindAdapter uint8 = 1
)

// Statuses, as IModelRegistry.Status.
const (
	StatusActive     uint8 = 0
	StatusDeprecated uint8 = 1
)

// store is the registry's storage view for one call.
type store struct {
	st precompiles.StateWriter
}

func (s store) root(n uint64) precompiles.Slot { return precompiles.NewSlot(Address, n) }

func (s store) modelCount() uint64 { return s.root(slotModelCount).Uint64(s.st) }

func (s store) exists(id uint64) bool { return id >= 1 && id <= s.modelCount() }

func (s store) model(id uint64) precompiles.Slot { return s.root(slotModels).MappingUint(id) }

func (s store) field(id, f uint64) precompiles.Slot { return s.model(id).Offset(f) }

func (s store) byOwner(a common.Address) precompiles.Array {
	return precompiles.NewArray(s.root(slotByOwner).MappingAddress(a), 1)
}

func (s store) kind(id uint64) uint8 { return uint8(s.field(id, mdKind).Uint64(s.st)) }

func (s store) owner(id uint64) common.Address { return s.field(id, mdOwner).Address(s.st) }

func (s store) status(id uint64) uint8 { return uint8(s.field(id, mdStatus).Uint64(s.st)) }

func (s store) targetModules(id uint64) precompiles.Array {
	return precompiles.NewArray(s.field(id, mdTargetModules), 1)
}

func (s store) versions(id uint64) precompiles.Array {
	return precompiles.NewArray(s.field(id, mdVersions), versionSlots)
}

func (s store) adapters(id uint64) precompiles.Array {
	return precompiles.NewArray(s.field(id, mdAdapters), 1)
}

// version returns the first slot of version v (1-based; callers check range).
func (s store) version(id, v uint64) precompiles.Slot { return s.versions(id).At(v - 1) }

func (s store) versionDatanets(id, v uint64) precompiles.Array {
	return precompiles.NewArray(s.version(id, v).Offset(vDatanets), 2)
}

// datanetRefs reads the Datanet versions of version v.
func (s store) datanetRefs(id, v uint64) []DatanetRef {
	arr := s.versionDatanets(id, v)
	out := make([]DatanetRef, arr.Len(s.st))
	for i := range out {
		e := arr.At(uint64(i))
		out[i] = DatanetRef{DatanetID: e.Uint64(s.st), Version: e.Offset(1).Uint64(s.st)}
	}
	return out
}

// addToOwner appends id to a's list and records its position.
func (s store) addToOwner(a common.Address, id uint64) {
	slot, index := s.byOwner(a).Push(s.st)
	slot.SetUint64(s.st, id)
	s.field(id, mdOwnerIndex).SetUint64(s.st, index)
}

// removeFromOwner removes id from a's list by moving the last entry into its
// place (so the list stays dense; paging order changes).
func (s store) removeFromOwner(a common.Address, id uint64) {
	list := s.byOwner(a)
	n := list.Len(s.st)
	index := s.field(id, mdOwnerIndex).Uint64(s.st)
	last := list.At(n - 1).Uint64(s.st)
	if index != n-1 {
		list.At(index).SetUint64(s.st, last)
		s.field(last, mdOwnerIndex).SetUint64(s.st, index)
	}
	list.At(n-1).Set(s.st, common.Hash{})
	list.Slot.SetUint64(s.st, n-1)
}
