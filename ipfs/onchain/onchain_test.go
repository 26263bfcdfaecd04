// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package onchain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var (
	datanets = bindings.NewIDatanetRegistry()
	models   = bindings.NewIModelRegistry()
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A contributor publishes through one IPFS node and records the content on
// chain; a trainer on another machine (its own IPFS node and cache) reads the
// Datanet version's contributions and a model's weights from the chain alone,
// and every byte it gets is checked against the chain.
func TestResolverAcrossMachines(t *testing.T) {
	chain := devchaintest.NewChain(t, devchaintest.Options{})
	contributorNode, trainerNode := kubotest.Pair(t)
	ctx := context.Background()
	publisher := ipfs.NewStore(contributorNode.Client)
	owner, contributor := chain.Keys[0], chain.Keys[1]
	one := big.NewInt(1)

	chain.MustSend(owner, datanet.Address, datanets.PackCreateDatanet("medical-qa", "", nil, ""), nil)

	src := t.TempDir()
	good := write(t, src, "good.jsonl", `{"q":"What lowers fever?","a":"Paracetamol."}`+"\n")
	other := write(t, src, "other.jsonl", `{"q":"tampered"}`+"\n")
	goodRef, err := publisher.Publish(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	otherRef, err := publisher.Publish(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	// 1: honest. 2: records a hash its URI's content does not have. 3: a
	// path on the contributor's disk, as the old local store recorded.
	fakeHash := crypto.Keccak256Hash([]byte("what the contributor claims"))
	chain.MustSend(contributor, datanet.Address, datanets.PackContribute(one, goodRef.Hash, goodRef.Size, goodRef.URI, ""), nil)
	chain.MustSend(contributor, datanet.Address, datanets.PackContribute(one, fakeHash, otherRef.Size, otherRef.URI, ""), nil)
	chain.MustSend(contributor, datanet.Address, datanets.PackContribute(one, crypto.Keccak256Hash([]byte("x")), 1, "file:///home/alice/.openledger/store/abc", ""), nil)
	for id := int64(1); id <= 3; id++ {
		chain.MustSend(owner, datanet.Address, datanets.PackReview(big.NewInt(id), true, ""), nil)
	}
	chain.MustSend(owner, datanet.Address, datanets.PackPublishVersion(one), nil)

	cache, err := ipfs.NewCache(t.TempDir(), ipfs.NewStore(trainerNode.Client))
	if err != nil {
		t.Fatal(err)
	}
	r := onchain.NewResolver(chain.Client, cache)
	cs, err := r.VersionContributions(ctx, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 || cs[0].ID != 1 || cs[0].Status != onchain.StatusAccepted || cs[0].Contributor != chain.Addr(1) || cs[0].URI != goodRef.URI {
		t.Fatalf("contributions %+v", cs)
	}
	tests := []struct {
		name string
		c    onchain.Contribution
		want []byte
		err  error
	}{
		{"honest", cs[0], []byte(`{"q":"What lowers fever?","a":"Paracetamol."}` + "\n"), nil},
		{"hash-does-not-match-content", cs[1], nil, ipfs.ErrHashMismatch},
		{"local-path-instead-of-ipfs", cs[2], nil, onchain.ErrNotOnIPFS},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := r.ReadContribution(ctx, tc.c)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Fatalf("content %q", got)
			}
		})
	}

	// A base model and an adapter whose weights are directories on IPFS.
	baseDir := filepath.Join(t.TempDir(), "base")
	write(t, baseDir, "config.json", `{"hidden_size":64}`)
	write(t, baseDir, "tokenizer.json", `{"model":{}}`)
	adapterDir := filepath.Join(t.TempDir(), "med-lora")
	write(t, adapterDir, "adapter_config.json", `{"r":8}`)
	write(t, adapterDir, "adapter_model.safetensors", "weights")
	baseRef, err := publisher.Publish(ctx, baseDir)
	if err != nil {
		t.Fatal(err)
	}
	adapterRef, err := publisher.Publish(ctx, adapterDir)
	if err != nil {
		t.Fatal(err)
	}
	chain.MustSend(owner, model.Address, models.PackRegisterBaseModel("tiny", "llama", baseRef.Hash, baseRef.URI, "apache-2.0"), nil)
	chain.MustSend(owner, model.Address, models.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: one, Name: "med-lora", WeightsHash: adapterRef.Hash, Uri: adapterRef.URI, Rank: 8,
		TargetModules: []string{"q_proj"}, RateIn: new(big.Int), RateOut: new(big.Int),
		Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: one, Version: one}},
	}), nil)
	w, err := r.Weights(ctx, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Adapter || w.BaseModelID != 1 || w.Version != 1 || w.Hash != adapterRef.Hash {
		t.Fatalf("weights %+v", w)
	}
	dir, err := r.FetchWeights(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	if h, _, err := ipfs.HashTree(dir); err != nil || h != adapterRef.Hash {
		t.Fatalf("fetched tree %s %v", h, err)
	}
	if _, err := r.Weights(ctx, 2, 5); err == nil {
		t.Fatal("a version that does not exist resolved")
	}
}
