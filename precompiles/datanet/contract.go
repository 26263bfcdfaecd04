package datanet

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles"
)

// Input limits. A call over a limit reverts with InvalidArgument.
const (
	MaxNameLen        = 64
	MaxDescriptionLen = 2048
	MaxTags           = 16
	MaxTagLen         = 32
	MaxURILen         = 512
	MaxMetadataLen    = 2048
	MaxReasonLen      = 512
	// MaxPage is the most entries one paged query returns.
	MaxPage = 100
	// MaxIndexesPerVersion is the most attribution index shards (one per
	// tokenizer) a Datanet version holds.
	MaxIndexesPerVersion = 8
)

// DatanetInfo is IDatanetRegistry.Datanet as the ABI encoder wants it.
type DatanetInfo struct {
	Id                *big.Int
	Owner             common.Address
	Name              string
	Description       string
	Tags              []string
	MetadataURI       string
	CreatedAt         uint64
	ContributionCount *big.Int
	AcceptedCount     *big.Int
	VersionCount      *big.Int
}

// ContributionInfo is IDatanetRegistry.Contribution.
type ContributionInfo struct {
	Id            *big.Int
	DatanetId     *big.Int
	Contributor   common.Address
	ContentHash   [32]byte
	Size          uint64
	Uri           string
	Metadata      string
	Status        uint8
	SubmittedAt   uint64
	Reviewer      common.Address
	ReviewReason  string
	AcceptedIndex *big.Int
}

// VersionInfo is IDatanetRegistry.Version.
type VersionInfo struct {
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
	PublishedAt       uint64
	Publisher         common.Address
}

// IndexShardInfo is IDatanetRegistry.IndexShard.
type IndexShardInfo struct {
	TokenizerId [32]byte
	ContentHash [32]byte
	Uri         string
	Publisher   common.Address
	PublishedAt uint64
}

func methods() map[string]precompiles.Method {
	return map[string]precompiles.Method{
		"createDatanet":         {Writes: true, Gas: createDatanetGas, Run: precompiles.Bind(createDatanet)},
		"transferOwnership":     {Writes: true, Gas: fixedGas(2, 1, 1), Run: precompiles.Bind(transferOwnership)},
		"addCurator":            {Writes: true, Gas: fixedGas(2, 1, 1), Run: precompiles.Bind(addCurator)},
		"removeCurator":         {Writes: true, Gas: fixedGas(2, 1, 1), Run: precompiles.Bind(removeCurator)},
		"contribute":            {Writes: true, Gas: contributeGas, Run: precompiles.Bind(contribute)},
		"review":                {Writes: true, Gas: reviewGas, Run: precompiles.Bind(review)},
		"publishVersion":        {Writes: true, Gas: publishGas, Run: precompiles.Bind(publishVersion)},
		"publishIndex":          {Writes: true, Gas: publishIndexGas, Run: precompiles.Bind(publishIndex)},
		"datanetCount":          {Gas: viewGas(1), Run: precompiles.Bind(datanetCount)},
		"contributionCount":     {Gas: viewGas(1), Run: precompiles.Bind(contributionCount)},
		"getDatanet":            {Gas: viewGas(datanetReadSlots + 1), Run: precompiles.Bind(getDatanet)},
		"listDatanets":          {Gas: pagedGas(1, datanetReadSlots), Run: precompiles.Bind(listDatanets)},
		"isCurator":             {Gas: viewGas(2), Run: precompiles.Bind(isCurator)},
		"getContribution":       {Gas: viewGas(contributionReadSlots + 1), Run: precompiles.Bind(getContribution)},
		"contributionsOf":       {Gas: pagedGas(2, contributionReadSlots+1), Run: precompiles.Bind(contributionsOf)},
		"contributionsBy":       {Gas: pagedGas(2, contributionReadSlots+1), Run: precompiles.Bind(contributionsBy)},
		"acceptedContributions": {Gas: pagedGas(2, 1), Run: precompiles.Bind(acceptedContributions)},
		"getVersion":            {Gas: viewGas(versionSlots + 2), Run: precompiles.Bind(getVersion)},
		"versionsOf":            {Gas: pagedGas(2, versionSlots), Run: precompiles.Bind(versionsOf)},
		"verifyMembership":      {Gas: verifyGas, Run: precompiles.Bind(verifyMembership)},
		"getIndex":              {Gas: viewGas(MaxIndexesPerVersion + indexReadSlots + 3), Run: precompiles.Bind(getIndex)},
		"indexesOf":             {Gas: viewGas(MaxIndexesPerVersion*indexReadSlots + 3), Run: precompiles.Bind(indexesOf)},
	}
}

// u64 and big64 convert ids between the ABI's uint256 and storage's uint64.
var (
	u64   = precompiles.Uint64Arg
	big64 = precompiles.BigUint64
)

func requireDatanet(s store, v *big.Int) (uint64, error) {
	id, ok := u64(v)
	if !ok || !s.datanetExists(id) {
		return 0, errDatanetNotFound.With(v)
	}
	return id, nil
}

func requireOwner(s store, id uint64, caller common.Address) error {
	if s.owner(id) != caller {
		return errNotOwner.With(big64(id), caller)
	}
	return nil
}

func checkLen(what, v string, minLen, maxLen int) error {
	if len(v) < minLen || len(v) > maxLen {
		return errInvalidArgument.With(what + " length out of range")
	}
	return nil
}

func createDatanet(c *precompiles.Call, in CreateDatanetInput) ([]any, error) {
	name, description, tags, uri := in.Name, in.Description, in.Tags, in.MetadataURI
	if err := checkLen("name", name, 1, MaxNameLen); err != nil {
		return nil, err
	}
	if err := checkLen("description", description, 0, MaxDescriptionLen); err != nil {
		return nil, err
	}
	if len(tags) > MaxTags {
		return nil, errInvalidArgument.With("too many tags")
	}
	for _, t := range tags {
		if err := checkLen("tag", t, 1, MaxTagLen); err != nil {
			return nil, err
		}
	}
	if err := checkLen("metadataURI", uri, 0, MaxURILen); err != nil {
		return nil, err
	}
	s := store{c.State}
	id := s.datanetCount() + 1
	s.root(slotDatanetCount).SetUint64(c.State, id)
	rec := s.datanet(id)
	rec.Offset(dnOwner).SetAddress(c.State, c.Caller)
	rec.Offset(dnName).SetString(c.State, name)
	rec.Offset(dnDescription).SetString(c.State, description)
	rec.Offset(dnMetadataURI).SetString(c.State, uri)
	rec.Offset(dnCreatedAt).SetUint64(c.State, c.BlockTime())
	tagArr := s.tags(id)
	for _, t := range tags {
		slot, _ := tagArr.Push(c.State)
		slot.SetString(c.State, t)
	}
	if err := eventDatanetCreated.Emit(c, big64(id), c.Caller, name); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

func transferOwnership(c *precompiles.Call, in TransferOwnershipInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	newOwner := in.NewOwner
	if err := requireOwner(s, id, c.Caller); err != nil {
		return nil, err
	}
	if newOwner == (common.Address{}) {
		return nil, errInvalidArgument.With("new owner is the zero address")
	}
	s.datanet(id).Offset(dnOwner).SetAddress(c.State, newOwner)
	return nil, eventOwnershipTransferred.Emit(c, big64(id), c.Caller, newOwner)
}

func addCurator(c *precompiles.Call, in CuratorInput) ([]any, error) {
	return changeCurator(c, in, true)
}

func removeCurator(c *precompiles.Call, in CuratorInput) ([]any, error) {
	return changeCurator(c, in, false)
}

// changeCurator grants or revokes the curator role of in.Curator on Datanet
// in.DatanetId; only the owner may.
func changeCurator(c *precompiles.Call, in CuratorInput, grant bool) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	curator := in.Curator
	if err := requireOwner(s, id, c.Caller); err != nil {
		return nil, err
	}
	if !grant {
		if !s.curators().Revoke(c.State, id, curator) {
			return nil, errNoSuchCurator.With(big64(id), curator)
		}
		return nil, eventCuratorRemoved.Emit(c, big64(id), curator)
	}
	if curator == (common.Address{}) {
		return nil, errInvalidArgument.With("curator is the zero address")
	}
	if !s.curators().Grant(c.State, id, curator) {
		return nil, errAlreadyCurator.With(big64(id), curator)
	}
	return nil, eventCuratorAdded.Emit(c, big64(id), curator)
}

func contribute(c *precompiles.Call, in ContributeInput) ([]any, error) {
	s := store{c.State}
	dnID, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	contentHash := common.Hash(in.ContentHash)
	size, uri, metadata := in.Size, in.Uri, in.Metadata
	if contentHash == (common.Hash{}) {
		return nil, errInvalidArgument.With("content hash is zero")
	}
	if size == 0 {
		return nil, errInvalidArgument.With("size is zero")
	}
	if err := checkLen("uri", uri, 0, MaxURILen); err != nil {
		return nil, err
	}
	if err := checkLen("metadata", metadata, 0, MaxMetadataLen); err != nil {
		return nil, err
	}
	dup := s.datanet(dnID).Offset(dnContentHashes).Mapping(contentHash)
	if dup.Uint64(c.State) != 0 {
		return nil, errDuplicateContribution.With(big64(dnID), [32]byte(contentHash))
	}
	id := s.contributionCount() + 1
	s.root(slotContributionCount).SetUint64(c.State, id)
	dup.SetUint64(c.State, id)
	rec := s.contribution(id)
	rec.Offset(ctDatanetID).SetUint64(c.State, dnID)
	rec.Offset(ctContributor).SetAddress(c.State, c.Caller)
	rec.Offset(ctContentHash).Set(c.State, contentHash)
	rec.Offset(ctSize).SetUint64(c.State, size)
	rec.Offset(ctURI).SetString(c.State, uri)
	rec.Offset(ctMetadata).SetString(c.State, metadata)
	rec.Offset(ctSubmittedAt).SetUint64(c.State, c.BlockTime())
	slot, _ := s.contributions(dnID).Push(c.State)
	slot.SetUint64(c.State, id)
	slot, _ = s.byContributor(c.Caller).Push(c.State)
	slot.SetUint64(c.State, id)
	if err := eventContributionSubmitted.Emit(c, big64(dnID), big64(id), c.Caller, [32]byte(contentHash), size); err != nil {
		return nil, err
	}
	return []any{big64(id)}, nil
}

func review(c *precompiles.Call, in ReviewInput) ([]any, error) {
	s := store{c.State}
	idArg, accept, reason := in.ContributionId, in.Accept, in.Reason
	id, ok := u64(idArg)
	if !ok || !s.contributionExists(id) {
		return nil, errContributionNotFound.With(idArg)
	}
	if err := checkLen("reason", reason, 0, MaxReasonLen); err != nil {
		return nil, err
	}
	rec := s.contribution(id)
	dnID := rec.Offset(ctDatanetID).Uint64(c.State)
	if !s.isCuratorOrOwner(dnID, c.Caller) {
		return nil, errNotCurator.With(big64(dnID), c.Caller)
	}
	if rec.Offset(ctStatus).Uint64(c.State) != uint64(StatusPending) {
		return nil, errAlreadyReviewed.With(idArg)
	}
	status := StatusRejected
	if accept {
		status = StatusAccepted
		accepted := s.accepted(dnID)
		index := accepted.Len(c.State)
		leaf := Leaf(id, rec.Offset(ctContentHash).Get(c.State), rec.Offset(ctContributor).Address(c.State))
		err := treeInsert(index, leaf,
			func(h int) common.Hash { return s.branch(dnID, h).Get(c.State) },
			func(h int, v common.Hash) { s.branch(dnID, h).Set(c.State, v) })
		if err != nil {
			return nil, errInvalidArgument.With(err.Error())
		}
		slot, _ := accepted.Push(c.State)
		slot.SetUint64(c.State, id)
		rec.Offset(ctAcceptedIndex).SetUint64(c.State, index)
	}
	rec.Offset(ctStatus).SetUint64(c.State, uint64(status))
	rec.Offset(ctReviewer).SetAddress(c.State, c.Caller)
	rec.Offset(ctReviewReason).SetString(c.State, reason)
	return nil, eventContributionReviewed.Emit(c, big64(dnID), idArg, c.Caller, accept, reason)
}

func publishVersion(c *precompiles.Call, in DatanetInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	if !s.isCuratorOrOwner(id, c.Caller) {
		return nil, errNotCurator.With(big64(id), c.Caller)
	}
	count := s.accepted(id).Len(c.State)
	versions := s.versions(id)
	n := versions.Len(c.State)
	if count == 0 || (n > 0 && versions.At(n-1).Offset(vCount).Uint64(c.State) == count) {
		return nil, errNothingToPublish.With(big64(id))
	}
	root := treeRoot(count, func(h int) common.Hash { return s.branch(id, h).Get(c.State) })
	v, _ := versions.Push(c.State)
	v.Offset(vRoot).Set(c.State, root)
	v.Offset(vCount).SetUint64(c.State, count)
	v.Offset(vPublishedAt).SetUint64(c.State, c.BlockTime())
	v.Offset(vPublisher).SetAddress(c.State, c.Caller)
	version := n + 1
	if err := eventVersionPublished.Emit(c, big64(id), big64(version), [32]byte(root), big64(count)); err != nil {
		return nil, err
	}
	return []any{big64(version), [32]byte(root), big64(count)}, nil
}

// publishIndex records the attribution index shard of a version for one
// tokenizer; only the owner or a curator may, once per tokenizer.
func publishIndex(c *precompiles.Call, in PublishIndexInput) ([]any, error) {
	s := store{c.State}
	id, err := requireDatanet(s, in.DatanetId)
	if err != nil {
		return nil, err
	}
	if !s.isCuratorOrOwner(id, c.Caller) {
		return nil, errNotCurator.With(big64(id), c.Caller)
	}
	version, err := requireVersion(s, id, in.Version)
	if err != nil {
		return nil, err
	}
	tokenizerID, contentHash := common.Hash(in.TokenizerId), common.Hash(in.ContentHash)
	switch {
	case tokenizerID == (common.Hash{}):
		return nil, errInvalidArgument.With("tokenizer id is zero")
	case contentHash == (common.Hash{}):
		return nil, errInvalidArgument.With("content hash is zero")
	}
	if err := checkLen("uri", in.Uri, 1, MaxURILen); err != nil {
		return nil, err
	}
	arr := s.indexes(id, version)
	if _, ok := s.findIndex(arr, tokenizerID); ok {
		return nil, errIndexExists.With(big64(id), big64(version), in.TokenizerId)
	}
	if arr.Len(c.State) >= MaxIndexesPerVersion {
		return nil, errInvalidArgument.With("the version holds the most index shards it may")
	}
	e, _ := arr.Push(c.State)
	e.Offset(ixTokenizerID).Set(c.State, tokenizerID)
	e.Offset(ixContentHash).Set(c.State, contentHash)
	e.Offset(ixURI).SetString(c.State, in.Uri)
	e.Offset(ixPublisher).SetAddress(c.State, c.Caller)
	e.Offset(ixPublishedAt).SetUint64(c.State, c.BlockTime())
	return nil, eventIndexPublished.Emit(c, big64(id), big64(version), in.TokenizerId, in.ContentHash, in.Uri)
}
