package model

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
)

// Input limits. A call over a limit reverts with InvalidArgument.
const (
	MaxNameLen         = 64  // bytes of a model's name (at least 1)
	MaxArchitectureLen = 64  // bytes of a base model's architecture
	MaxLicenseLen      = 64  // bytes of a base model's license
	MaxURILen          = 512 // bytes of a version's weights URI
	MaxTargetModules   = 16  // target modules of an adapter (at least 1)
	MaxModuleLen       = 64  // bytes of one target module name
	// MaxDatanets is the most Datanet versions one model version names.
	MaxDatanets = 64
	// MaxPage is the most models one paged query returns.
	MaxPage = 100
	// MaxVersionPage is the most versions versionsOf returns (each can carry
	// MaxDatanets references).
	MaxVersionPage = 16
)

// DatanetRefArg is IModelRegistry.DatanetRef as the ABI coder wants it.
type DatanetRefArg struct {
	DatanetId *big.Int
	Version   *big.Int
}

// AdapterSpec is IModelRegistry.AdapterSpec, registerAdapter's argument.
type AdapterSpec struct {
	BaseModelId   *big.Int
	Name          string
	WeightsHash   [32]byte
	Uri           string
	Rank          uint16
	TargetModules []string
	RateIn        *big.Int
	RateOut       *big.Int
	Datanets      []DatanetRefArg
}

func methods() map[string]precompiles.Method {
	return map[string]precompiles.Method{
		"registerBaseModel": {Writes: true, Gas: registerGas(baseFixedWrites, 2), Run: precompiles.Bind(registerBaseModel)},
		"registerAdapter":   {Writes: true, Gas: registerGas(adapterFixedWrites, 3), Run: precompiles.Bind(registerAdapter)},
		"publishVersion":    {Writes: true, Gas: publishGas, Run: precompiles.Bind(publishVersion)},
		"setRates":          {Writes: true, Gas: fixedGas(3, 2, 1, 2), Run: precompiles.Bind(setRates)},
		"deprecate":         {Writes: true, Gas: fixedGas(3, 1, 1, 0), Run: precompiles.Bind(deprecate)},
		"reactivate":        {Writes: true, Gas: fixedGas(3, 1, 1, 0), Run: precompiles.Bind(reactivate)},
		"transferOwnership": {Writes: true, Gas: fixedGas(6, transferWrites, 1, 0), Run: precompiles.Bind(transferOwnership)},
		"modelCount":        {Gas: viewGas(1), Run: precompiles.Bind(modelCount)},
		"getModel":          {Gas: viewGas(modelReadSlots), Run: precompiles.Bind(getModel)},
		"getVersion":        {Gas: viewGas(versionReadSlots + 2), Run: precompiles.Bind(getVersion)},
		"versionsOf":        {Gas: pagedGas(2, MaxVersionPage, versionReadSlots), Run: precompiles.Bind(versionsOf)},
		"provenance":        {Gas: viewGas(provenanceReadSlots), Run: precompiles.Bind(provenance)},
		"listModels":        {Gas: pagedGas(1, MaxPage, modelReadSlots), Run: precompiles.Bind(listModels)},
		"modelsOf":          {Gas: pagedGas(2, MaxPage, modelReadSlots+1), Run: precompiles.Bind(modelsOf)},
		"adaptersOf":        {Gas: pagedGas(2, MaxPage, modelReadSlots+1), Run: precompiles.Bind(adaptersOf)},
	}
}

// u64 and big64 convert ids between the ABI's uint256 and storage's uint64.
var (
	u64   = precompiles.Uint64Arg
	big64 = precompiles.BigUint64
)

func requireModel(s store, v *big.Int) (uint64, error) {
	id, ok := u64(v)
	if !ok || !s.exists(id) {
		return 0, errModelNotFound.With(v)
	}
	return id, nil
}

// requireOwned checks that model v exists and that caller owns it.
func requireOwned(s store, v *big.Int, caller common.Address) (uint64, error) {
	id, err := requireModel(s, v)
	if err != nil {
		return 0, err
	}
	if s.owner(id) != caller {
		return 0, errNotOwner.With(v, caller)
	}
	return id, nil
}

func checkLen(what, v string, minLen, maxLen int) error {
	if len(v) < minLen || len(v) > maxLen {
		return errInvalidArgument.With(what + " length out of range")
	}
	return nil
}

func checkWeights(weightsHash [32]byte, uri string) error {
	if weightsHash == ([32]byte{}) {
		return errInvalidArgument.With("weights hash is zero")
	}
	return checkLen("uri", uri, 0, MaxURILen)
}

// checkDatanets validates an adapter version's training data: between 1 and
// MaxDatanets distinct Datanets, each at a version that exists in the Datanet
// registry.
func checkDatanets(st precompiles.StateReader, refs []DatanetRefArg) ([]DatanetRef, error) {
	if len(refs) == 0 || len(refs) > MaxDatanets {
		return nil, errInvalidArgument.With("datanet count out of range")
	}
	out := make([]DatanetRef, len(refs))
	seen := make(map[uint64]bool, len(refs))
	for i, r := range refs {
		id, ok := u64(r.DatanetId)
		if !ok || !datanet.Exists(st, id) {
			return nil, errDatanetNotFound.With(r.DatanetId)
		}
		version, ok := u64(r.Version)
		if !ok {
			return nil, errDatanetVersionNotFound.With(r.DatanetId, r.Version)
		}
		if _, _, ok := datanet.VersionOf(st, id, version); !ok {
			return nil, errDatanetVersionNotFound.With(r.DatanetId, r.Version)
		}
		if seen[id] {
			return nil, errInvalidArgument.With("datanet listed twice")
		}
		seen[id] = true
		out[i] = DatanetRef{DatanetID: id, Version: version}
	}
	return out, nil
}

// create writes the fields every model has and returns its id.
func create(c *precompiles.Call, s store, kind uint8, name string, baseID uint64) uint64 {
	id := s.modelCount() + 1
	s.root(slotModelCount).SetUint64(c.State, id)
	s.field(id, mdKind).SetUint64(c.State, uint64(kind))
	s.field(id, mdOwner).SetAddress(c.State, c.Caller)
	s.field(id, mdName).SetString(c.State, name)
	s.field(id, mdBaseModelID).SetUint64(c.State, baseID)
	s.field(id, mdCreatedAt).SetUint64(c.State, c.BlockTime())
	s.addToOwner(c.Caller, id)
	return id
}

// pushVersion appends a version and returns its number.
func pushVersion(c *precompiles.Call, s store, id uint64, weightsHash [32]byte, uri string, baseVersion uint64, refs []DatanetRef) uint64 {
	v, index := s.versions(id).Push(c.State)
	v.Offset(vWeightsHash).Set(c.State, weightsHash)
	v.Offset(vURI).SetString(c.State, uri)
	v.Offset(vBaseVersion).SetUint64(c.State, baseVersion)
	v.Offset(vPublishedAt).SetUint64(c.State, c.BlockTime())
	arr := precompiles.NewArray(v.Offset(vDatanets), 2)
	for _, r := range refs {
		e, _ := arr.Push(c.State)
		e.SetUint64(c.State, r.DatanetID)
		e.Offset(1).SetUint64(c.State, r.Version)
	}
	return index + 1
}

func registerBaseModel(c *precompiles.Call, in RegisterBaseModelInput) ([]any, error) {
	name, arch, weightsHash, uri, license := in.Name, in.Architecture, in.WeightsHash, in.Uri, in.License
	if err := checkLen("name", name, 1, MaxNameLen); err != nil {
		return nil, err
	}
	if err := checkLen("architecture", arch, 0, MaxArchitectureLen); err != nil {
		return nil, err
	}
	if err := checkLen("license", license, 0, MaxLicenseLen); err != nil {
		return nil, err
	}
	if err := checkWeights(weightsHash, uri); err != nil {
		return nil, err
	}
	s := store{c.State}
	id := create(c, s, KindBase, name, 0)
	s.field(id, mdArchitecture).SetString(c.State, arch)
	s.field(id, mdLicense).SetString(c.State, license)
	version := pushVersion(c, s, id, weightsHash, uri, 0, nil)
	if err := eventModelRegistered.Emit(c, big64(id), c.Caller, new(big.Int), KindBase, name); err != nil {
		return nil, err
	}
	if err := eventVersionPublished.Emit(c, big64(id), big64(version), weightsHash, uri); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

func registerAdapter(c *precompiles.Call, in RegisterAdapterInput) ([]any, error) {
	spec := in.Spec
	if err := checkLen("name", spec.Name, 1, MaxNameLen); err != nil {
		return nil, err
	}
	if err := checkWeights(spec.WeightsHash, spec.Uri); err != nil {
		return nil, err
	}
	if spec.Rank == 0 {
		return nil, errInvalidArgument.With("rank is zero")
	}
	if len(spec.TargetModules) == 0 || len(spec.TargetModules) > MaxTargetModules {
		return nil, errInvalidArgument.With("target module count out of range")
	}
	for _, m := range spec.TargetModules {
		if err := checkLen("target module", m, 1, MaxModuleLen); err != nil {
			return nil, err
		}
	}
	s := store{c.State}
	baseID, err := requireModel(s, spec.BaseModelId)
	if err != nil {
		return nil, err
	}
	if s.kind(baseID) != KindBase {
		return nil, errNotABaseModel.With(spec.BaseModelId)
	}
	if s.status(baseID) != StatusActive {
		return nil, errModelInactive.With(spec.BaseModelId)
	}
	refs, err := checkDatanets(c.State, spec.Datanets)
	if err != nil {
		return nil, err
	}
	rateIn, overIn := uint256.FromBig(spec.RateIn)
	rateOut, overOut := uint256.FromBig(spec.RateOut)
	if overIn || overOut {
		return nil, errInvalidArgument.With("rate does not fit 256 bits")
	}

	id := create(c, s, KindAdapter, spec.Name, baseID)
	s.field(id, mdRank).SetUint64(c.State, uint64(spec.Rank))
	modules := s.targetModules(id)
	for _, m := range spec.TargetModules {
		slot, _ := modules.Push(c.State)
		slot.SetString(c.State, m)
	}
	s.field(id, mdRateIn).SetUint256(c.State, rateIn)
	s.field(id, mdRateOut).SetUint256(c.State, rateOut)
	slot, _ := s.adapters(baseID).Push(c.State)
	slot.SetUint64(c.State, id)
	version := pushVersion(c, s, id, spec.WeightsHash, spec.Uri, s.versions(baseID).Len(c.State), refs)

	if err := eventModelRegistered.Emit(c, big64(id), c.Caller, spec.BaseModelId, KindAdapter, spec.Name); err != nil {
		return nil, err
	}
	if err := eventVersionPublished.Emit(c, big64(id), big64(version), spec.WeightsHash, spec.Uri); err != nil {
		return nil, err
	}
	if err := eventRatesSet.Emit(c, big64(id), spec.RateIn, spec.RateOut); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

func publishVersion(c *precompiles.Call, in PublishVersionInput) ([]any, error) {
	s := store{c.State}
	id, err := requireOwned(s, in.ModelId, c.Caller)
	if err != nil {
		return nil, err
	}
	weightsHash, uri, rawRefs := in.WeightsHash, in.Uri, in.Datanets
	if err := checkWeights(weightsHash, uri); err != nil {
		return nil, err
	}
	var refs []DatanetRef
	var baseVersion uint64
	if s.kind(id) == KindAdapter {
		if refs, err = checkDatanets(c.State, rawRefs); err != nil {
			return nil, err
		}
		baseVersion = s.versions(s.field(id, mdBaseModelID).Uint64(c.State)).Len(c.State)
	} else if len(rawRefs) != 0 {
		return nil, errInvalidArgument.With("a base model has no datanets")
	}
	version := pushVersion(c, s, id, weightsHash, uri, baseVersion, refs)
	if err := eventVersionPublished.Emit(c, big64(id), big64(version), weightsHash, uri); err != nil {
		return nil, err
	}
	return []any{big64(version)}, nil
}

func setRates(c *precompiles.Call, in SetRatesInput) ([]any, error) {
	s := store{c.State}
	id, err := requireOwned(s, in.ModelId, c.Caller)
	if err != nil {
		return nil, err
	}
	rateIn, overIn := uint256.FromBig(in.RateIn)
	rateOut, overOut := uint256.FromBig(in.RateOut)
	if overIn || overOut {
		return nil, errInvalidArgument.With("rate does not fit 256 bits")
	}
	s.field(id, mdRateIn).SetUint256(c.State, rateIn)
	s.field(id, mdRateOut).SetUint256(c.State, rateOut)
	return nil, eventRatesSet.Emit(c, big64(id), in.RateIn, in.RateOut)
}

// setStatus moves a model to status `to`, emitting ev; it reverts when the
// model already has that status.
func setStatus(c *precompiles.Call, in ModelInput, to uint8, ev precompiles.Event) ([]any, error) {
	s := store{c.State}
	id, err := requireOwned(s, in.ModelId, c.Caller)
	if err != nil {
		return nil, err
	}
	if s.status(id) == to {
		return nil, errStatusUnchanged.With(big64(id), to)
	}
	s.field(id, mdStatus).SetUint64(c.State, uint64(to))
	return nil, ev.Emit(c, big64(id))
}

func deprecate(c *precompiles.Call, in ModelInput) ([]any, error) {
	return setStatus(c, in, StatusDeprecated, eventModelDeprecated)
}

func reactivate(c *precompiles.Call, in ModelInput) ([]any, error) {
	return setStatus(c, in, StatusActive, eventModelReactivated)
}

func transferOwnership(c *precompiles.Call, in TransferOwnershipInput) ([]any, error) {
	s := store{c.State}
	id, err := requireOwned(s, in.ModelId, c.Caller)
	if err != nil {
		return nil, err
	}
	newOwner := in.NewOwner
	if newOwner == (common.Address{}) {
		return nil, errInvalidArgument.With("new owner is the zero address")
	}
	if newOwner == c.Caller {
		return nil, errInvalidArgument.With("new owner is the current owner")
	}
	s.removeFromOwner(c.Caller, id)
	s.field(id, mdOwner).SetAddress(c.State, newOwner)
	s.addToOwner(newOwner, id)
	return nil, eventOwnershipTransferred.Emit(c, big64(id), c.Caller, newOwner)
}
