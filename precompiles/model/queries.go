package model

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
)

// ModelInfo is IModelRegistry.Model as the ABI encoder wants it.
type ModelInfo struct {
	Id            *big.Int
	Kind          uint8
	Owner         common.Address
	Name          string
	Architecture  string
	License       string
	BaseModelId   *big.Int
	Rank          uint16
	TargetModules []string
	RateIn        *big.Int
	RateOut       *big.Int
	Status        uint8
	CreatedAt     uint64
	VersionCount  *big.Int
	AdapterCount  *big.Int
}

// VersionInfo is IModelRegistry.ModelVersion.
type VersionInfo struct {
	Version     *big.Int
	WeightsHash [32]byte
	Uri         string
	BaseVersion *big.Int
	Datanets    []DatanetRefArg
	PublishedAt uint64
}

// DatanetProvenance is IModelRegistry.DatanetProvenance.
type DatanetProvenance struct {
	DatanetId         *big.Int
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
}

// ProvenanceInfo is IModelRegistry.Provenance.
type ProvenanceInfo struct {
	ModelId         *big.Int
	Version         *big.Int
	WeightsHash     [32]byte
	BaseModelId     *big.Int
	BaseVersion     *big.Int
	BaseWeightsHash [32]byte
	Datanets        []DatanetProvenance
}

func (s store) modelInfo(id uint64) ModelInfo {
	modules := s.targetModules(id)
	targets := make([]string, modules.Len(s.st))
	for i := range targets {
		targets[i] = modules.At(uint64(i)).String(s.st)
	}
	return ModelInfo{
		Id:            big64(id),
		Kind:          s.kind(id),
		Owner:         s.owner(id),
		Name:          s.field(id, mdName).String(s.st),
		Architecture:  s.field(id, mdArchitecture).String(s.st),
		License:       s.field(id, mdLicense).String(s.st),
		BaseModelId:   big64(s.field(id, mdBaseModelID).Uint64(s.st)),
		Rank:          uint16(s.field(id, mdRank).Uint64(s.st)),
		TargetModules: targets,
		RateIn:        s.field(id, mdRateIn).Uint256(s.st).ToBig(),
		RateOut:       s.field(id, mdRateOut).Uint256(s.st).ToBig(),
		Status:        s.status(id),
		CreatedAt:     s.field(id, mdCreatedAt).Uint64(s.st),
		VersionCount:  big64(s.versions(id).Len(s.st)),
		AdapterCount:  big64(s.adapters(id).Len(s.st)),
	}
}

func (s store) versionInfo(id, version uint64) VersionInfo {
	v := s.version(id, version)
	refs := s.datanetRefs(id, version)
	refArgs := make([]DatanetRefArg, len(refs))
	for i, r := range refs {
		refArgs[i] = DatanetRefArg{DatanetId: big64(r.DatanetID), Version: big64(r.Version)}
	}
	return VersionInfo{
		Version:     big64(version),
		WeightsHash: v.Offset(vWeightsHash).Get(s.st),
		Uri:         v.Offset(vURI).String(s.st),
		BaseVersion: big64(v.Offset(vBaseVersion).Uint64(s.st)),
		Datanets:    refArgs,
		PublishedAt: v.Offset(vPublishedAt).Uint64(s.st),
	}
}

// resolveVersion maps a version argument (0: the latest) to an existing
// version number of model id.
func resolveVersion(s store, id uint64, v *big.Int) (uint64, error) {
	n := s.versions(id).Len(s.st)
	version, ok := u64(v)
	if ok && version == 0 {
		version = n
	}
	if !ok || version == 0 || version > n {
		return 0, errVersionNotFound.With(big64(id), v)
	}
	return version, nil
}

func modelCount(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{big64(store{c.State}.modelCount())}, nil
}

func getModel(c *precompiles.Call, in ModelInput) ([]any, error) {
	s := store{c.State}
	id, err := requireModel(s, in.ModelId)
	if err != nil {
		return nil, err
	}
	return []any{s.modelInfo(id)}, nil
}

func getVersion(c *precompiles.Call, in ModelVersionInput) ([]any, error) {
	s := store{c.State}
	id, err := requireModel(s, in.ModelId)
	if err != nil {
		return nil, err
	}
	version, err := resolveVersion(s, id, in.Version)
	if err != nil {
		return nil, err
	}
	return []any{s.versionInfo(id, version)}, nil
}

func versionsOf(c *precompiles.Call, in ModelPageInput) ([]any, error) {
	s := store{c.State}
	id, err := requireModel(s, in.ModelId)
	if err != nil {
		return nil, err
	}
	from, to := precompiles.PageArgs(s.versions(id).Len(c.State), in.Offset, in.Limit, MaxVersionPage)
	out := make([]VersionInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.versionInfo(id, i+1))
	}
	return []any{out}, nil
}

func provenance(c *precompiles.Call, in ModelVersionInput) ([]any, error) {
	s := store{c.State}
	id, err := requireModel(s, in.ModelId)
	if err != nil {
		return nil, err
	}
	version, err := resolveVersion(s, id, in.Version)
	if err != nil {
		return nil, err
	}
	p, err := provenanceOf(c.State, id, version)
	if err != nil {
		return nil, err
	}
	return []any{p}, nil
}

// provenanceOf assembles the provenance of an existing version. Datanet
// versions are immutable once published, so their roots are read now.
func provenanceOf(st precompiles.StateReader, id, version uint64) (ProvenanceInfo, error) {
	s := readStore(st)
	v := s.version(id, version)
	p := ProvenanceInfo{
		ModelId:     big64(id),
		Version:     big64(version),
		WeightsHash: v.Offset(vWeightsHash).Get(st),
		BaseModelId: new(big.Int),
		BaseVersion: new(big.Int),
	}
	if s.kind(id) == KindAdapter {
		baseID := s.field(id, mdBaseModelID).Uint64(st)
		baseVersion := v.Offset(vBaseVersion).Uint64(st)
		p.BaseModelId, p.BaseVersion = big64(baseID), big64(baseVersion)
		if baseVersion >= 1 && baseVersion <= s.versions(baseID).Len(st) {
			p.BaseWeightsHash = s.version(baseID, baseVersion).Offset(vWeightsHash).Get(st)
		}
	}
	refs := s.datanetRefs(id, version)
	p.Datanets = make([]DatanetProvenance, len(refs))
	for i, r := range refs {
		root, count, ok := datanet.VersionOf(st, r.DatanetID, r.Version)
		if !ok {
			// Checked when the version was published, and Datanet versions are never removed.
			return ProvenanceInfo{}, errDatanetVersionNotFound.With(big64(r.DatanetID), big64(r.Version))
		}
		p.Datanets[i] = DatanetProvenance{
			DatanetId: big64(r.DatanetID), Version: big64(r.Version), Root: root, ContributionCount: big64(count),
		}
	}
	return p, nil
}

// modelPage returns the models whose ids are listed in arr[from:to].
func (s store) modelPage(arr precompiles.Array, offset, limit *big.Int) []ModelInfo {
	from, to := precompiles.PageArgs(arr.Len(s.st), offset, limit, MaxPage)
	out := make([]ModelInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.modelInfo(arr.At(i).Uint64(s.st)))
	}
	return out
}

func listModels(c *precompiles.Call, in PageInput) ([]any, error) {
	s := store{c.State}
	from, to := precompiles.PageArgs(s.modelCount(), in.Offset, in.Limit, MaxPage)
	out := make([]ModelInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.modelInfo(i+1))
	}
	return []any{out}, nil
}

func modelsOf(c *precompiles.Call, in ModelsOfInput) ([]any, error) {
	s := store{c.State}
	return []any{s.modelPage(s.byOwner(in.Owner), in.Offset, in.Limit)}, nil
}

func adaptersOf(c *precompiles.Call, in AdaptersOfInput) ([]any, error) {
	s := store{c.State}
	id, err := requireModel(s, in.BaseModelId)
	if err != nil {
		return nil, err
	}
	return []any{s.modelPage(s.adapters(id), in.Offset, in.Limit)}, nil
}
