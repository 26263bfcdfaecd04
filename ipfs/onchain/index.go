// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package onchain

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
)

// DefaultMaxIndexBytes bounds one attribution index shard file.
const DefaultMaxIndexBytes = 64 << 30

// ErrIndexNotPublished is returned when a Datanet version has no attribution
// index shard for the tokenizer asked for.
var ErrIndexNotPublished = errors.New("no attribution index shard published")

// IndexShard is the attribution index shard of one Datanet version built
// with one tokenizer, as the Datanet registry records it (publishIndex).
type IndexShard struct {
	DatanetID, Version uint64
	// TokenizerID is keccak256 of the tokenizer.json the shard was built with.
	TokenizerID common.Hash
	// Hash is keccak256 of the shard file.
	Hash        common.Hash
	URI         string
	Publisher   common.Address
	PublishedAt uint64
}

// DatanetVersion names one published version of a Datanet.
type DatanetVersion struct {
	DatanetID, Version uint64
}

func (v DatanetVersion) String() string { return fmt.Sprintf("%d@%d", v.DatanetID, v.Version) }

func indexShard(id, version uint64, s bindings.IDatanetRegistryIndexShard) IndexShard {
	return IndexShard{DatanetID: id, Version: version, TokenizerID: s.TokenizerId, Hash: s.ContentHash, URI: s.Uri,
		Publisher: s.Publisher, PublishedAt: s.PublishedAt}
}

// IndexShard reads the index shard of Datanet datanetID's version built with
// tokenizerID; it wraps ErrIndexNotPublished when there is none.
func (r *Resolver) IndexShard(ctx context.Context, datanetID, version uint64, tokenizerID common.Hash) (IndexShard, error) {
	// getIndex reverts with IndexNotFound; indexesOf tells "no shard for this
	// tokenizer" apart from a missing Datanet or version without decoding
	// revert data.
	all, err := r.IndexShards(ctx, datanetID, version)
	if err != nil {
		return IndexShard{}, err
	}
	var have []string
	for _, s := range all {
		if s.TokenizerID == tokenizerID {
			return s, nil
		}
		have = append(have, s.TokenizerID.Hex())
	}
	if len(have) == 0 {
		return IndexShard{}, fmt.Errorf("datanet %d version %d: %w (none for any tokenizer)", datanetID, version, ErrIndexNotPublished)
	}
	return IndexShard{}, fmt.Errorf("datanet %d version %d: %w for tokenizer %s (published for %s)", datanetID, version,
		ErrIndexNotPublished, tokenizerID.Hex(), strings.Join(have, ", "))
}

// IndexShards reads every index shard of a Datanet version (at most one per
// tokenizer), in publication order.
func (r *Resolver) IndexShards(ctx context.Context, datanetID, version uint64) ([]IndexShard, error) {
	list, err := Call(ctx, r.chain, datanetRegistry, datanets.PackIndexesOf(u64(datanetID), u64(version)),
		fmt.Sprintf("indexesOf(%d, %d)", datanetID, version), datanets.UnpackIndexesOf)
	if err != nil {
		return nil, err
	}
	out := make([]IndexShard, 0, len(list))
	for _, s := range list {
		out = append(out, indexShard(datanetID, version, s))
	}
	return out, nil
}

// FetchIndexShard returns the local path of s's shard file, fetched from IPFS
// and verified against its on-chain hash.
func (r *Resolver) FetchIndexShard(ctx context.Context, s IndexShard) (string, error) {
	if !ipfs.IsURI(s.URI) {
		return "", fmt.Errorf("index shard of datanet %d version %d: %w: its URI is %q", s.DatanetID, s.Version, ErrNotOnIPFS, s.URI)
	}
	p, err := r.cache.Get(ctx, s.URI, s.Hash, ipfs.FetchOptions{MaxBytes: r.maxIndex})
	if err != nil {
		return "", fmt.Errorf("index shard of datanet %d version %d: %w", s.DatanetID, s.Version, err)
	}
	return p, nil
}

// OpenIndex assembles the attribution index of the given Datanet versions
// from public data alone: for each version it reads the shard the chain
// records for tokenizerID, fetches it from IPFS (verified against the
// on-chain hash), and checks that the file is a shard of that Datanet
// version built with that tokenizer. The index's shards are in the order of
// versions, so its Root is the same on every machine. The caller closes it.
func (r *Resolver) OpenIndex(ctx context.Context, tokenizerID common.Hash, versions []DatanetVersion) (*index.Index, error) {
	if len(versions) == 0 {
		return nil, errors.New("open index: no Datanet versions")
	}
	seen := map[DatanetVersion]bool{}
	var shards []*index.Shard
	fail := func(err error) (*index.Index, error) {
		for _, s := range shards {
			s.Close()
		}
		return nil, err
	}
	for _, v := range versions {
		if seen[v] {
			return fail(fmt.Errorf("open index: datanet version %s listed twice", v))
		}
		seen[v] = true
		rec, err := r.IndexShard(ctx, v.DatanetID, v.Version, tokenizerID)
		if err != nil {
			return fail(err)
		}
		path, err := r.FetchIndexShard(ctx, rec)
		if err != nil {
			return fail(err)
		}
		s, err := index.OpenShard(path)
		if err != nil {
			return fail(fmt.Errorf("index shard of datanet %s (%s): %w", v, rec.URI, err))
		}
		shards = append(shards, s)
		if m := s.Meta(); m.DatanetID != v.DatanetID || m.DatanetVersion != v.Version || m.TokenizerID != tokenizerID {
			return fail(fmt.Errorf("index shard of datanet %s (%s): %w: the file holds datanet %d version %d built with tokenizer %s",
				v, rec.URI, index.ErrCorrupt, m.DatanetID, m.DatanetVersion, m.TokenizerID.Hex()))
		}
	}
	return index.NewFromShards(shards...), nil
}

// VersionAdded returns the contributions version of Datanet datanetID added
// to the previous one, in leaf order: the documents of that version's index
// shard (an index holds one shard per version, so a new version never
// rebuilds the older ones).
func (r *Resolver) VersionAdded(ctx context.Context, datanetID, version uint64) ([]Contribution, error) {
	all, err := r.VersionContributions(ctx, datanetID, version)
	if err != nil {
		return nil, err
	}
	var before uint64
	if version > 1 {
		prev, err := Call(ctx, r.chain, datanetRegistry, datanets.PackGetVersion(u64(datanetID), u64(version-1)),
			fmt.Sprintf("getVersion(%d, %d)", datanetID, version-1), datanets.UnpackGetVersion)
		if err != nil {
			return nil, err
		}
		before = prev.ContributionCount.Uint64()
	}
	if before > uint64(len(all)) {
		return nil, fmt.Errorf("datanet %d: version %d holds %d contributions, fewer than version %d's %d", datanetID, version, len(all), version-1, before)
	}
	return all[before:], nil
}

// VersionCorpus fetches the text of every contribution version of Datanet
// datanetID added (verified against the chain) as the input of
// attribution.BuildIndex for that version's shard.
func (r *Resolver) VersionCorpus(ctx context.Context, datanetID, version uint64) (attribution.DatanetVersion, error) {
	cs, err := r.VersionAdded(ctx, datanetID, version)
	if err != nil {
		return attribution.DatanetVersion{}, err
	}
	v := attribution.DatanetVersion{DatanetID: datanetID, Version: version}
	for _, c := range cs {
		text, err := r.ReadContribution(ctx, c)
		if err != nil {
			return attribution.DatanetVersion{}, err
		}
		v.Contributions = append(v.Contributions, attribution.Contribution{ID: c.ID, Contributor: c.Contributor, Text: string(text)})
	}
	return v, nil
}

// UpTo lists versions 1..version of a Datanet: the shards of an index over
// the Datanet as that version publishes it.
func UpTo(datanetID, version uint64) []DatanetVersion {
	out := make([]DatanetVersion, 0, version)
	for v := uint64(1); v <= version; v++ {
		out = append(out, DatanetVersion{DatanetID: datanetID, Version: v})
	}
	return out
}

// ParseDatanetVersion parses ID@VERSION (both positive).
func ParseDatanetVersion(s string) (DatanetVersion, error) {
	id, v, ok := strings.Cut(s, "@")
	d, err1 := strconv.ParseUint(id, 10, 64)
	n, err2 := strconv.ParseUint(v, 10, 64)
	if !ok || err1 != nil || err2 != nil || d == 0 || n == 0 {
		return DatanetVersion{}, fmt.Errorf("%q is not DATANET_ID@VERSION (two positive integers)", s)
	}
	return DatanetVersion{DatanetID: d, Version: n}, nil
}

// OpenIndexUpTo is OpenIndex over every version up to and including each of
// specs (DATANET@3 means versions 1, 2 and 3 of that Datanet): the corpus of
// a Datanet as a published version holds it. Each spec's version must exist
// on chain.
func (r *Resolver) OpenIndexUpTo(ctx context.Context, tokenizerID common.Hash, specs []DatanetVersion) (*index.Index, error) {
	var versions []DatanetVersion
	for _, s := range specs {
		// The last version first: it exists (or the registry says why not)
		// before the list is built.
		if _, err := r.IndexShards(ctx, s.DatanetID, s.Version); err != nil {
			return nil, fmt.Errorf("datanet %s: %w", s, err)
		}
		versions = append(versions, UpTo(s.DatanetID, s.Version)...)
	}
	return r.OpenIndex(ctx, tokenizerID, versions)
}
