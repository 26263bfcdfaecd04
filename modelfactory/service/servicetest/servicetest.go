// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package servicetest gives tests of ModelFactory a real world to train in: a
// dev chain, two IPFS (Kubo) nodes on loopback — the contributors' node, where
// the base model and every contribution are added, and the trainer's node,
// through which the service fetches them by CID — a generated base model
// registered on chain (model 1), two published Datanet versions (1@1: a
// plain-text and an instruction JSONL contribution; 2@1: a copy of the plain
// text), and a running service over them.
package servicetest

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var (
	datanets = bindings.NewIDatanetRegistry()
	models   = bindings.NewIModelRegistry()
)

// Env is a dev chain, two IPFS nodes, a base model registered on chain and a
// Datanet version of three contributions, one of them a duplicate.
type Env struct {
	Chain *devchaintest.Chain
	// Node and Store are the trainer's IPFS node, the one the service uses;
	// the contents were added through ContributorNode and reach Node only
	// over the swarm.
	Node            *kubotest.Node
	Store           *ipfs.Store
	ContributorNode *kubotest.Node
	Resolver        *onchain.Resolver
	// BaseDir is the base model's directory (registered as model 1).
	BaseDir string
}

// NewEnv builds the world; everything stops when the test ends.
func NewEnv(t *testing.T) *Env {
	ctx := context.Background()
	chain := devchaintest.NewChain(t, devchaintest.Options{})
	contributorNode := kubotest.Start(t)
	store := ipfs.NewStore(contributorNode.Client)
	owner, contributor := chain.Keys[0], chain.Keys[1]
	one := big.NewInt(1)

	baseDir := filepath.Join(t.TempDir(), "base")
	_, err := testmodel.WriteModel(baseDir, testmodel.Spec{Seed: 5})
	require.NoError(t, err)
	baseRef, err := store.Publish(ctx, baseDir)
	require.NoError(t, err)
	chain.MustSend(owner, addresses.ModelRegistry, models.PackRegisterBaseModel("tiny", "llama", baseRef.Hash, baseRef.URI, "apache-2.0"), nil)

	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackCreateDatanet("fox-facts", "", nil, ""), nil)
	src := t.TempDir()
	texts := []string{
		"the fox reads the data in the forest. a dog writes some code at home. the model trains every day.",
		`{"instruction":"What does the curator check?","response":"The curator checks every contribution with care."}` + "\n" +
			`{"instruction":"Where does the fox read?","response":"The fox reads in the forest."}`,
		// The chain refuses the same content twice in one Datanet; a second
		// Datanet holds a copy of the first text.
		"the fox reads the data in the forest. a dog writes some code at home. the model trains every day.",
	}
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackCreateDatanet("fox-copies", "", nil, ""), nil)
	for i, text := range texts {
		p := filepath.Join(src, fmt.Sprintf("c%d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		ref, err := store.Publish(ctx, p)
		require.NoError(t, err)
		dn := one
		if i == 2 {
			dn = big.NewInt(2)
		}
		chain.MustSend(contributor, addresses.DatanetRegistry, datanets.PackContribute(dn, ref.Hash, ref.Size, ref.URI, ""), nil)
		chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackReview(big.NewInt(int64(i+1)), true, ""), nil)
	}
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishVersion(one), nil)
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishVersion(big.NewInt(2)), nil)

	node := kubotest.Start(t)
	require.NoError(t, node.Client.Connect(ctx, contributorNode.SwarmAddr(t)), "connect the trainer's node to the contributors'")
	trainerStore := ipfs.NewStore(node.Client)
	cache, err := ipfs.NewCache(t.TempDir(), trainerStore)
	require.NoError(t, err)
	return &Env{Chain: chain, Node: node, Store: trainerStore, ContributorNode: contributorNode,
		Resolver: onchain.NewResolver(chain.Client, cache), BaseDir: baseDir}
}

// Start runs a service over the world with its jobs in dataDir and returns
// it and its base URL; stop it with Stop (or let the test end).
func (e *Env) Start(t *testing.T, dataDir string) (*service.Service, string) {
	s, err := service.New(service.Config{ListenAddr: "127.0.0.1:0", DataDir: dataDir, CheckpointEvery: 2, Chain: e.Chain.Client},
		e.Resolver, e.Store, log.Root())
	require.NoError(t, err)
	require.NoError(t, s.Start(context.Background()))
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s, "http://" + s.Addr()
}
