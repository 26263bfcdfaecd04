package datanet

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

// Top-level storage slots of the registry. Append only, never reorder: the
// layout is consensus state.
const (
	slotDatanetCount      = iota // uint256 number of Datanets (ids 1..n)
	slotContributionCount        // uint256 number of contributions (ids 1..n)
	slotDatanets                 // mapping(uint256 => DatanetRecord)
	slotContributions            // mapping(uint256 => ContributionRecord)
	slotByContributor            // mapping(address => uint256[])
	slotCurators                 // RoleSet: scope = Datanet id
)

// Field offsets inside a Datanet record. Append only.
const (
	dnOwner         = iota // address
	dnName                 // string
	dnDescription          // string
	dnTags                 // string[]
	dnMetadataURI          // string
	dnCreatedAt            // uint64
	dnContributions        // uint256[] contribution ids, submission order
	dnAccepted             // uint256[] accepted contribution ids, leaf order
	dnVersions             // Version[]: versionSlots slots each
	dnContentHashes        // mapping(bytes32 => uint256) content hash → contribution id
	dnBranch               // bytes32[TreeDepth] incremental Merkle tree branch (TreeDepth slots)
)

// dnIndexes follows the branch's TreeDepth slots in a Datanet record: the
// attribution index shards of each version, mapping(uint256 version =>
// IndexShard[]). Further fields go after it.
const dnIndexes = dnBranch + TreeDepth

// Field offsets inside an IndexShard element. Append only.
const (
	ixTokenizerID = iota // bytes32
	ixContentHash        // bytes32
	ixURI                // string
	ixPublisher          // address
	ixPublishedAt        // uint64
	indexSlots
)

// Field offsets inside a Contribution record. Append only.
const (
	ctDatanetID       = iota // uint256
	ctContributor            // address
	ctContentHash            // bytes32
	ctSize                   // uint64
	ctURI                    // string
	ctMetadata               // string
	ctStatus                 // uint8
	ctSubmittedAt            // uint64
	ctReviewer               // address
	ctReviewReason           // string
	ctAcceptedIndex          // uint256 leaf index (valid when accepted)
	contributionSlots        // number of fixed slots, for gas
)

// Field offsets inside a Version element. Append only.
const (
	vRoot        = iota // bytes32
	vCount              // uint256 leaves covered
	vPublishedAt        // uint64
	vPublisher          // address
	versionSlots
)

// Review states, as IDatanetRegistry.Status.
const (
	StatusPending  uint8 = 0
	StatusAccepted uint8 = 1
	StatusRejected uint8 = 2
)

// store is the registry's storage view for one call.
type store struct {
	st precompiles.StateWriter
}

func (s store) root(n uint64) precompiles.Slot { return precompiles.NewSlot(Address, n) }

func (s store) datanetCount() uint64      { return s.root(slotDatanetCount).Uint64(s.st) }
func (s store) contributionCount() uint64 { return s.root(slotContributionCount).Uint64(s.st) }

func (s store) datanet(id uint64) precompiles.Slot {
	return s.root(slotDatanets).MappingUint(id)
}

func (s store) contribution(id uint64) precompiles.Slot {
	return s.root(slotContributions).MappingUint(id)
}

func (s store) byContributor(a common.Address) precompiles.Array {
	return precompiles.NewArray(s.root(slotByContributor).MappingAddress(a), 1)
}

func (s store) curators() precompiles.RoleSet { return precompiles.NewRoleSet(s.root(slotCurators)) }

func (s store) datanetExists(id uint64) bool { return id >= 1 && id <= s.datanetCount() }

func (s store) contributionExists(id uint64) bool { return id >= 1 && id <= s.contributionCount() }

func (s store) owner(id uint64) common.Address { return s.datanet(id).Offset(dnOwner).Address(s.st) }

func (s store) contributions(id uint64) precompiles.Array {
	return precompiles.NewArray(s.datanet(id).Offset(dnContributions), 1)
}

func (s store) accepted(id uint64) precompiles.Array {
	return precompiles.NewArray(s.datanet(id).Offset(dnAccepted), 1)
}

func (s store) versions(id uint64) precompiles.Array {
	return precompiles.NewArray(s.datanet(id).Offset(dnVersions), versionSlots)
}

func (s store) tags(id uint64) precompiles.Array {
	return precompiles.NewArray(s.datanet(id).Offset(dnTags), 1)
}

func (s store) indexes(id, version uint64) precompiles.Array {
	return precompiles.NewArray(s.datanet(id).Offset(dnIndexes).MappingUint(version), indexSlots)
}

// findIndex returns the position of the shard for tokenizerID among a
// version's shards (at most MaxIndexesPerVersion reads).
func (s store) findIndex(arr precompiles.Array, tokenizerID common.Hash) (uint64, bool) {
	n := min(arr.Len(s.st), MaxIndexesPerVersion)
	for i := uint64(0); i < n; i++ {
		if arr.At(i).Offset(ixTokenizerID).Get(s.st) == tokenizerID {
			return i, true
		}
	}
	return 0, false
}

func (s store) branch(id uint64, level int) precompiles.Slot {
	return s.datanet(id).Offset(dnBranch + uint64(level))
}

// isCuratorOrOwner reports whether a may review and publish for Datanet id.
func (s store) isCuratorOrOwner(id uint64, a common.Address) bool {
	return s.owner(id) == a || s.curators().Has(s.st, id, a)
}
