// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
)

// The registries' addresses.
var (
	datanetRegistry = addresses.DatanetRegistry
	modelRegistry   = addresses.ModelRegistry
)

var (
	datanets = bindings.NewIDatanetRegistry()
	models   = bindings.NewIModelRegistry()
)

// Defaults of a Resolver.
const (
	// DefaultMaxWeightsBytes bounds the weights of one model version.
	DefaultMaxWeightsBytes = 256 << 30
	// pageSize is the registries' page limit.
	pageSize = 100
)

var (
	// ErrNoVersion is returned for a model without a published version.
	ErrNoVersion = errors.New("model has no published version")
	// ErrNotOnIPFS is returned when the chain names content by a URI that is
	// not ipfs:// (for example a file:// path on someone's machine).
	ErrNotOnIPFS = errors.New("content is not on ipfs")
)

// Status is a contribution's review state (IDatanetRegistry.Status).
type Status uint8

// Review states, in the order of the Solidity enum.
const (
	StatusPending Status = iota
	StatusAccepted
	StatusRejected
)

func (s Status) String() string {
	switch s {
	case StatusPending:
		return "pending"
	case StatusAccepted:
		return "accepted"
	case StatusRejected:
		return "rejected"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Contribution is a Datanet contribution as the chain records it.
type Contribution struct {
	ID          uint64
	DatanetID   uint64
	Contributor common.Address
	// Hash is keccak256 of the content; Size its length in bytes.
	Hash common.Hash
	Size uint64
	URI  string
	// Metadata is the contributor's free-form metadata.
	Metadata string
	Status   Status
}

// Weights is one published version of a model's weights.
type Weights struct {
	ModelID, Version uint64
	// Hash is keccak256 of a weights file or ipfs.HashTree of a directory.
	Hash common.Hash
	URI  string
	// Adapter marks a LoRA adapter; BaseModelID is then its base model.
	Adapter     bool
	BaseModelID uint64
	// Datanets are the Datanet versions an adapter version was trained on
	// (its provenance); empty for a base model.
	Datanets []DatanetVersion
}

// Caller makes read-only contract calls; *ethclient.Client implements it.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Resolver turns registry records into verified local content.
type Resolver struct {
	chain      Caller
	cache      *ipfs.Cache
	maxWeights uint64
	maxIndex   uint64
}

// Option configures a Resolver.
type Option func(*Resolver)

// WithMaxWeightsBytes bounds the weights FetchWeights accepts.
func WithMaxWeightsBytes(n uint64) Option { return func(r *Resolver) { r.maxWeights = n } }

// WithMaxIndexBytes bounds the attribution index shard files FetchIndexShard
// accepts.
func WithMaxIndexBytes(n uint64) Option { return func(r *Resolver) { r.maxIndex = n } }

// NewResolver reads the registries through chain and fetches into cache.
func NewResolver(chain Caller, cache *ipfs.Cache, opts ...Option) *Resolver {
	r := &Resolver{chain: chain, cache: cache, maxWeights: DefaultMaxWeightsBytes, maxIndex: DefaultMaxIndexBytes}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Call calls the view data at contract to through c and unpacks the answer;
// errors name what was read.
func Call[T any](ctx context.Context, c Caller, to common.Address, data []byte, what string, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", what, err)
	}
	return v, nil
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// Contribution reads contribution id.
func (r *Resolver) Contribution(ctx context.Context, id uint64) (Contribution, error) {
	c, err := Call(ctx, r.chain, datanetRegistry, datanets.PackGetContribution(u64(id)), fmt.Sprintf("getContribution(%d)", id), datanets.UnpackGetContribution)
	if err != nil {
		return Contribution{}, err
	}
	return Contribution{
		ID: c.Id.Uint64(), DatanetID: c.DatanetId.Uint64(), Contributor: c.Contributor, Hash: c.ContentHash,
		Size: c.Size, URI: c.Uri, Metadata: c.Metadata, Status: Status(c.Status),
	}, nil
}

// VersionContributions returns the contributions version of Datanet
// datanetID commits to: the first contributionCount accepted ones, in the
// order of the version's Merkle leaves.
func (r *Resolver) VersionContributions(ctx context.Context, datanetID, version uint64) ([]Contribution, error) {
	v, err := Call(ctx, r.chain, datanetRegistry, datanets.PackGetVersion(u64(datanetID), u64(version)),
		fmt.Sprintf("getVersion(%d, %d)", datanetID, version), datanets.UnpackGetVersion)
	if err != nil {
		return nil, err
	}
	count := v.ContributionCount.Uint64()
	out := make([]Contribution, 0, count)
	for offset := uint64(0); offset < count; offset += pageSize {
		ids, err := Call(ctx, r.chain, datanetRegistry, datanets.PackAcceptedContributions(u64(datanetID), u64(offset), u64(pageSize)),
			fmt.Sprintf("acceptedContributions(%d, %d)", datanetID, offset), datanets.UnpackAcceptedContributions)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return nil, fmt.Errorf("datanet %d version %d commits to %d contributions, the registry lists %d", datanetID, version, count, offset)
		}
		for _, id := range ids {
			if uint64(len(out)) == count {
				break
			}
			c, err := r.Contribution(ctx, id.Uint64())
			if err != nil {
				return nil, err
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// FetchContribution returns the local path of c's content, fetched from IPFS
// and verified against its on-chain hash and size.
func (r *Resolver) FetchContribution(ctx context.Context, c Contribution) (string, error) {
	if !ipfs.IsURI(c.URI) {
		return "", fmt.Errorf("contribution %d: %w: its URI is %q", c.ID, ErrNotOnIPFS, c.URI)
	}
	p, err := r.cache.Get(ctx, c.URI, c.Hash, ipfs.FetchOptions{MaxBytes: c.Size})
	if err != nil {
		return "", fmt.Errorf("contribution %d: %w", c.ID, err)
	}
	return p, nil
}

// ReadContribution returns c's content, verified; it must be a file.
func (r *Resolver) ReadContribution(ctx context.Context, c Contribution) ([]byte, error) {
	p, err := r.FetchContribution(ctx, c)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("contribution %d: %w", c.ID, err)
	}
	return b, nil
}

// Weights reads version of model modelID; version 0 means the latest.
func (r *Resolver) Weights(ctx context.Context, modelID, version uint64) (Weights, error) {
	m, err := Call(ctx, r.chain, modelRegistry, models.PackGetModel(u64(modelID)), fmt.Sprintf("getModel(%d)", modelID), models.UnpackGetModel)
	if err != nil {
		return Weights{}, err
	}
	if version == 0 {
		version = m.VersionCount.Uint64()
		if version == 0 {
			return Weights{}, fmt.Errorf("model %d: %w", modelID, ErrNoVersion)
		}
	}
	v, err := Call(ctx, r.chain, modelRegistry, models.PackGetVersion(u64(modelID), u64(version)),
		fmt.Sprintf("getVersion(%d, %d)", modelID, version), models.UnpackGetVersion)
	if err != nil {
		return Weights{}, err
	}
	w := Weights{
		ModelID: modelID, Version: v.Version.Uint64(), Hash: v.WeightsHash, URI: v.Uri,
		Adapter: m.Kind == 1, BaseModelID: m.BaseModelId.Uint64(),
	}
	for _, d := range v.Datanets {
		w.Datanets = append(w.Datanets, DatanetVersion{DatanetID: d.DatanetId.Uint64(), Version: d.Version.Uint64()})
	}
	return w, nil
}

// FetchWeights returns the local path of w's weights (a file, or a directory
// such as an adapter's PEFT files), fetched from IPFS and verified.
func (r *Resolver) FetchWeights(ctx context.Context, w Weights) (string, error) {
	if !ipfs.IsURI(w.URI) {
		return "", fmt.Errorf("model %d version %d: %w: its URI is %q", w.ModelID, w.Version, ErrNotOnIPFS, w.URI)
	}
	p, err := r.cache.Get(ctx, w.URI, w.Hash, ipfs.FetchOptions{MaxBytes: r.maxWeights})
	if err != nil {
		return "", fmt.Errorf("model %d version %d: %w", w.ModelID, w.Version, err)
	}
	return p, nil
}
