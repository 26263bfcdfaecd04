package datanet

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

// The functions below read the registry's state for other precompiles (the
// model registry checks provenance, settlement checks contributions). They
// only read, so any StateReader — a precompile call's StateDB — will do.

// readStore adapts a reader to the registry's store; writes through it panic.
func readStore(st precompiles.StateReader) store { return store{readOnlyState{st}} }

type readOnlyState struct{ precompiles.StateReader }

func (readOnlyState) SetState(common.Address, common.Hash, common.Hash) common.Hash {
	panic("datanet: write through a read-only view")
}

// Exists reports whether Datanet id exists.
func Exists(st precompiles.StateReader, id uint64) bool { return readStore(st).datanetExists(id) }

// VersionOf returns the Merkle root and leaf count of version `version` of
// Datanet id, and whether that version exists.
func VersionOf(st precompiles.StateReader, id, version uint64) (root common.Hash, count uint64, ok bool) {
	s := readStore(st)
	if !s.datanetExists(id) || version == 0 || version > s.versions(id).Len(st) {
		return common.Hash{}, 0, false
	}
	v := s.versions(id).At(version - 1)
	return v.Offset(vRoot).Get(st), v.Offset(vCount).Uint64(st), true
}

// ContributionRecord is what other precompiles need to know of a contribution.
type ContributionRecord struct {
	DatanetID   uint64
	Contributor common.Address
	ContentHash common.Hash
	Status      uint8
	// AcceptedIndex is its leaf index; meaningful when Status is StatusAccepted.
	AcceptedIndex uint64
}

// ContributionOf returns contribution id's record, and whether it exists.
// A contribution is in version v of its Datanet exactly when it is accepted
// and AcceptedIndex < the version's count.
func ContributionOf(st precompiles.StateReader, id uint64) (ContributionRecord, bool) {
	s := readStore(st)
	if !s.contributionExists(id) {
		return ContributionRecord{}, false
	}
	rec := s.contribution(id)
	return ContributionRecord{
		DatanetID:     rec.Offset(ctDatanetID).Uint64(st),
		Contributor:   rec.Offset(ctContributor).Address(st),
		ContentHash:   rec.Offset(ctContentHash).Get(st),
		Status:        uint8(rec.Offset(ctStatus).Uint64(st)),
		AcceptedIndex: rec.Offset(ctAcceptedIndex).Uint64(st),
	}, true
}
