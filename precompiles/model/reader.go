package model

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// The functions below read the registry's state for other precompiles
// (settlement prices a receipt with a model's rates and pays its owner; the
// agent registry checks that a model exists). They only read, so any
// StateReader — a precompile call's StateDB — will do.

// readStore adapts a reader to the registry's store; writes through it panic.
func readStore(st precompiles.StateReader) store { return store{readOnlyState{st}} }

type readOnlyState struct{ precompiles.StateReader }

func (readOnlyState) SetState(common.Address, common.Hash, common.Hash) common.Hash {
	panic("model: write through a read-only view")
}

// DatanetRef names one Datanet version a model version was trained on.
type DatanetRef struct {
	DatanetID uint64
	Version   uint64
}

// Record is what other precompiles need to know of a model.
type Record struct {
	// Kind is KindBase or KindAdapter.
	Kind uint8
	// Owner receives the owner's share of the fees.
	Owner common.Address
	// BaseModelID is the base model of an adapter (0 for a base model).
	BaseModelID uint64
	// RateIn and RateOut are in wei per 1,000 input and output tokens.
	RateIn, RateOut *uint256.Int
	// Status is StatusActive or StatusDeprecated.
	Status uint8
	// LatestVersion is the number of the newest version (versions start at 1).
	LatestVersion uint64
}

// Active reports whether the model may be used.
func (r Record) Active() bool { return r.Status == StatusActive }

// Exists reports whether model id exists.
func Exists(st precompiles.StateReader, id uint64) bool { return readStore(st).exists(id) }

// RecordOf returns model id's record, and whether the model exists.
func RecordOf(st precompiles.StateReader, id uint64) (Record, bool) {
	s := readStore(st)
	if !s.exists(id) {
		return Record{}, false
	}
	return Record{
		Kind:          s.kind(id),
		Owner:         s.owner(id),
		BaseModelID:   s.field(id, mdBaseModelID).Uint64(st),
		RateIn:        s.field(id, mdRateIn).Uint256(st),
		RateOut:       s.field(id, mdRateOut).Uint256(st),
		Status:        s.status(id),
		LatestVersion: s.versions(id).Len(st),
	}, true
}

// DatanetsOf returns the Datanet versions that version `version` of model id
// was trained on (version 0: the latest), and whether that version exists.
// Base models have none.
func DatanetsOf(st precompiles.StateReader, id, version uint64) ([]DatanetRef, bool) {
	s := readStore(st)
	if !s.exists(id) {
		return nil, false
	}
	n := s.versions(id).Len(st)
	if version == 0 {
		version = n
	}
	if version == 0 || version > n {
		return nil, false
	}
	return s.datanetRefs(id, version), true
}
