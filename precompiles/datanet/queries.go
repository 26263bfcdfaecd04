package datanet

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

func datanetCount(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{big64(store{c.State}.datanetCount())}, nil
}

func contributionCount(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{big64(store{c.State}.contributionCount())}, nil
}

func (s store) datanetInfo(id uint64) DatanetInfo {
	rec := s.datanet(id)
	tagArr := s.tags(id)
	tags := make([]string, tagArr.Len(s.st))
	for i := range tags {
		tags[i] = tagArr.At(uint64(i)).String(s.st)
	}
	return DatanetInfo{
		Id:                big64(id),
		Owner:             rec.Offset(dnOwner).Address(s.st),
		Name:              rec.Offset(dnName).String(s.st),
		Description:       rec.Offset(dnDescription).String(s.st),
		Tags:              tags,
		MetadataURI:       rec.Offset(dnMetadataURI).String(s.st),
		CreatedAt:         rec.Offset(dnCreatedAt).Uint64(s.st),
		ContributionCount: big64(s.contributions(id).Len(s.st)),
		AcceptedCount:     big64(s.accepted(id).Len(s.st)),
		VersionCount:      big64(s.versions(id).Len(s.st)),
	}
}

func (s store) contributionInfo(id uint64) ContributionInfo {
	rec := s.contribution(id)
	return ContributionInfo{
		Id:            big64(id),
		DatanetId:     big64(rec.Offset(ctDatanetID).Uint64(s.st)),
		Contributor:   rec.Offset(ctContributor).Address(s.st),
		ContentHash:   rec.Offset(ctContentHash).Get(s.st),
		Size:          rec.Offset(ctSize).Uint64(s.st),
		Uri:           rec.Offset(ctURI).String(s.st),
		Metadata:      rec.Offset(ctMetadata).String(s.st),
		Status:        uint8(rec.Offset(ctStatus).Uint64(s.st)),
		SubmittedAt:   rec.Offset(ctSubmittedAt).Uint64(s.st),
		Reviewer:      rec.Offset(ctReviewer).Address(s.st),
		ReviewReason:  rec.Offset(ctReviewReason).String(s.st),
		AcceptedIndex: big64(rec.Offset(ctAcceptedIndex).Uint64(s.st)),
	}
}

func (s store) versionInfo(id, version uint64) VersionInfo {
	v := s.versions(id).At(version - 1)
	return VersionInfo{
		Version:           big64(version),
		Root:              v.Offset(vRoot).Get(s.st),
		ContributionCount: big64(v.Offset(vCount).Uint64(s.st)),
		PublishedAt:       v.Offset(vPublishedAt).Uint64(s.st),
		Publisher:         v.Offset(vPublisher).Address(s.st),
	}
}

func getDatanet(c *precompiles.Call, in DatanetInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	return []any{s.datanetInfo(id)}, nil
}

// page clips (offset, limit) arguments to n entries and MaxPage.
func page(n uint64, offset, limit *big.Int) (uint64, uint64) {
	return precompiles.PageArgs(n, offset, limit, MaxPage)
}

func listDatanets(c *precompiles.Call, in PageInput) ([]any, error) {
	s := store{c.State}
	from, to := page(s.datanetCount(), in.Offset, in.Limit)
	out := make([]DatanetInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.datanetInfo(i+1))
	}
	return []any{out}, nil
}

func isCurator(c *precompiles.Call, in IsCuratorInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	return []any{s.curators().Has(c.State, id, in.Account)}, nil
}

func getContribution(c *precompiles.Call, in ContributionInput) ([]any, error) {
	s := store{c.State}
	idArg := in.ContributionId
	id, ok := u64(idArg)
	if !ok || !s.contributionExists(id) {
		return nil, errContributionNotFound.With(idArg)
	}
	return []any{s.contributionInfo(id)}, nil
}

// contributionPage returns the contributions whose ids are listed in arr[from:to].
func (s store) contributionPage(arr precompiles.Array, offset, limit *big.Int) []ContributionInfo {
	from, to := page(arr.Len(s.st), offset, limit)
	out := make([]ContributionInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.contributionInfo(arr.At(i).Uint64(s.st)))
	}
	return out
}

func contributionsOf(c *precompiles.Call, in DatanetPageInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	return []any{s.contributionPage(s.contributions(id), in.Offset, in.Limit)}, nil
}

func contributionsBy(c *precompiles.Call, in ContributionsByInput) ([]any, error) {
	s := store{c.State}
	arr := s.byContributor(in.Contributor)
	return []any{s.contributionPage(arr, in.Offset, in.Limit)}, nil
}

func acceptedContributions(c *precompiles.Call, in DatanetPageInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	arr := s.accepted(id)
	from, to := page(arr.Len(c.State), in.Offset, in.Limit)
	out := make([]*big.Int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, big64(arr.At(i).Uint64(c.State)))
	}
	return []any{out}, nil
}

func requireVersion(s store, id uint64, v *big.Int) (uint64, error) {
	version, ok := u64(v)
	if !ok || version == 0 || version > s.versions(id).Len(s.st) {
		return 0, errVersionNotFound.With(big64(id), v)
	}
	return version, nil
}

// requireDatanetVersion checks that Datanet dn exists and has version v.
func requireDatanetVersion(s store, dn, v *big.Int) (id, version uint64, err error) {
	if id, err = requireDatanet(s, dn); err != nil {
		return 0, 0, err
	}
	if version, err = requireVersion(s, id, v); err != nil {
		return 0, 0, err
	}
	return id, version, nil
}

func getVersion(c *precompiles.Call, in VersionInput) ([]any, error) {
	s := store{c.State}
	id, version, err := requireDatanetVersion(s, in.DatanetId, in.Version)
	if err != nil {
		return nil, err
	}
	return []any{s.versionInfo(id, version)}, nil
}

func versionsOf(c *precompiles.Call, in DatanetPageInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	from, to := page(s.versions(id).Len(c.State), in.Offset, in.Limit)
	out := make([]VersionInfo, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, s.versionInfo(id, i+1))
	}
	return []any{out}, nil
}

func verifyMembership(c *precompiles.Call, in VerifyMembershipInput) ([]any, error) {
	s := store{c.State}
	id, version, err := requireDatanetVersion(s, in.DatanetId, in.Version)
	if err != nil {
		return nil, err
	}
	cID, ok1 := u64(in.ContributionId)
	index, ok2 := u64(in.Index)
	raw := in.Proof
	v := s.versionInfo(id, version)
	if !ok1 || !ok2 || !s.contributionExists(cID) || index >= v.ContributionCount.Uint64() || len(raw) != TreeDepth {
		return []any{false}, nil
	}
	rec := s.contribution(cID)
	if rec.Offset(ctDatanetID).Uint64(c.State) != id {
		return []any{false}, nil
	}
	leaf := Leaf(cID, rec.Offset(ctContentHash).Get(c.State), rec.Offset(ctContributor).Address(c.State))
	proof := make([]common.Hash, len(raw))
	for i, p := range raw {
		proof[i] = p
	}
	return []any{VerifyProof(v.Root, leaf, index, proof)}, nil
}

func (s store) indexInfo(e precompiles.Slot) IndexShardInfo {
	return IndexShardInfo{
		TokenizerId: e.Offset(ixTokenizerID).Get(s.st),
		ContentHash: e.Offset(ixContentHash).Get(s.st),
		Uri:         e.Offset(ixURI).String(s.st),
		Publisher:   e.Offset(ixPublisher).Address(s.st),
		PublishedAt: e.Offset(ixPublishedAt).Uint64(s.st),
	}
}

func getIndex(c *precompiles.Call, in IndexInput) ([]any, error) {
	s := store{c.State}
	id, version, err := requireDatanetVersion(s, in.DatanetId, in.Version)
	if err != nil {
		return nil, err
	}
	arr := s.indexes(id, version)
	i, ok := s.findIndex(arr, common.Hash(in.TokenizerId))
	if !ok {
		return nil, errIndexNotFound.With(big64(id), big64(version), in.TokenizerId)
	}
	return []any{s.indexInfo(arr.At(i))}, nil
}

func indexesOf(c *precompiles.Call, in VersionInput) ([]any, error) {
	s := store{c.State}
	id, version, err := requireDatanetVersion(s, in.DatanetId, in.Version)
	if err != nil {
		return nil, err
	}
	arr := s.indexes(id, version)
	n := min(arr.Len(c.State), MaxIndexesPerVersion)
	out := make([]IndexShardInfo, 0, n)
	for i := uint64(0); i < n; i++ {
		out = append(out, s.indexInfo(arr.At(i)))
	}
	return []any{out}, nil
}
