// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package onchain_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// byteTokens is a tokenizer with one token per byte.
var byteTokens = attribution.TokenizerFunc(func(s string) ([]uint32, error) {
	out := make([]uint32, len(s))
	for i := range len(s) {
		out[i] = uint32(s[i])
	}
	return out, nil
})

// A curator builds the attribution index shards of a Datanet's versions from
// what the chain and IPFS hold, publishes them through its IPFS node and
// records them with publishIndex; a verifier on another machine (its own IPFS
// node and cache) assembles the same index from the Datanet id and version
// alone, and every shard it opens hashes to what the chain records.
func TestIndexShardsAcrossMachines(t *testing.T) {
	chain := devchaintest.NewChain(t, devchaintest.Options{})
	curatorNode, verifierNode := kubotest.Pair(t)
	ctx := context.Background()
	curatorStore := ipfs.NewStore(curatorNode.Client)
	owner, contributor := chain.Keys[0], chain.Keys[1]
	one := big.NewInt(1)
	tokID := crypto.Keccak256Hash([]byte("byte-level tokenizer.json"))

	texts := []string{
		"Paracetamol lowers fever in adults and children when taken as directed.",
		"Ibuprofen reduces inflammation, pain and fever; take it with food.",
		"Oral rehydration salts replace the water and salts lost to diarrhoea.",
	}
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackCreateDatanet("medical-qa", "", nil, ""), nil)
	src := t.TempDir()
	contribute := func(i int) {
		ref, err := curatorStore.Publish(ctx, write(t, src, "doc"+string(rune('0'+i))+".txt", texts[i]))
		if err != nil {
			t.Fatal(err)
		}
		chain.MustSend(contributor, addresses.DatanetRegistry, datanets.PackContribute(one, ref.Hash, ref.Size, ref.URI, ""), nil)
		chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackReview(big.NewInt(int64(i+1)), true, ""), nil)
	}
	contribute(0)
	contribute(1)
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishVersion(one), nil) // version 1: docs 1, 2
	contribute(2)
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishVersion(one), nil) // version 2: doc 3

	// The curator's side: build each version's shard from the chain's
	// records, publish it, record it.
	curatorCache, err := ipfs.NewCache(t.TempDir(), curatorStore)
	if err != nil {
		t.Fatal(err)
	}
	curator := onchain.NewResolver(chain.Client, curatorCache)
	indexDir := t.TempDir()
	refs := map[uint64]ipfs.Ref{}
	for v := uint64(1); v <= 2; v++ {
		corpus, err := curator.VersionCorpus(ctx, 1, v)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[uint64]int{1: 2, 2: 1}[v]; len(corpus.Contributions) != want {
			t.Fatalf("version %d added %d contributions, want %d", v, len(corpus.Contributions), want)
		}
		entries, err := attribution.BuildIndex(indexDir, byteTokens, []attribution.DatanetVersion{corpus}, attribution.BuildOptions{TokenizerID: tokID})
		if err != nil {
			t.Fatal(err)
		}
		ref, err := curatorStore.Publish(ctx, filepath.Join(indexDir, entries[0].File))
		if err != nil {
			t.Fatal(err)
		}
		refs[v] = ref
		chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishIndex(one, big.NewInt(int64(v)), tokID, ref.Hash, ref.URI), nil)
	}
	local, err := attribution.Open(indexDir, byteTokens, span.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer local.Close()

	// Records that lie: tokenizer "tampered" names version 2's file with
	// another hash; tokenizer "swapped" names version 1's file (honest hash)
	// as version 2's shard.
	tampered := crypto.Keccak256Hash([]byte("tampered tokenizer.json"))
	swapped := crypto.Keccak256Hash([]byte("swapped tokenizer.json"))
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishIndex(one, big.NewInt(2), tampered, crypto.Keccak256Hash([]byte("x")), refs[2].URI), nil)
	chain.MustSend(owner, addresses.DatanetRegistry, datanets.PackPublishIndex(one, big.NewInt(2), swapped, refs[1].Hash, refs[1].URI), nil)

	// The verifier's side: nothing but the chain and its own IPFS node.
	verifierCache, err := ipfs.NewCache(t.TempDir(), ipfs.NewStore(verifierNode.Client))
	if err != nil {
		t.Fatal(err)
	}
	verifier := onchain.NewResolver(chain.Client, verifierCache)
	shards, err := verifier.IndexShards(ctx, 1, 2)
	if err != nil || len(shards) != 3 || shards[0].TokenizerID != tokID || shards[0].URI != refs[2].URI || shards[0].Publisher != chain.Addr(0) {
		t.Fatalf("indexesOf(1, 2) = %+v, %v", shards, err)
	}
	ix, err := verifier.OpenIndexUpTo(ctx, tokID, []onchain.DatanetVersion{{DatanetID: 1, Version: 2}})
	if err != nil {
		t.Fatal(err)
	}
	remote, err := attribution.NewAttributor(ix, byteTokens, span.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	if ix.Root() != local.Index().Root() || ix.NumDocs() != 3 {
		t.Fatalf("assembled index root %s (%d docs), the curator's %s", ix.Root(), ix.NumDocs(), local.Index().Root())
	}
	output := "As the leaflet says: oral rehydration salts replace the water and salts lost to diarrhoea."
	att, toks, err := remote.AttributeText(output)
	if err != nil {
		t.Fatal(err)
	}
	if len(att.Weights) != 1 || att.Weights[0].ContributionID != 3 {
		t.Fatalf("weights %+v, want all on contribution 3", att.Weights)
	}
	// Anyone recomputes the curator's attribution from the public index.
	want, _, err := local.AttributeText(output)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Verify(toks, want); err != nil || att.ProofRoot != want.ProofRoot {
		t.Fatalf("verify the curator's attribution: %v (roots %s, %s)", err, att.ProofRoot, want.ProofRoot)
	}

	tests := []struct {
		name  string
		tok   common.Hash
		specs []onchain.DatanetVersion
		upTo  bool // OpenIndexUpTo instead of OpenIndex
		err   error
		msg   string
	}{
		{"content-does-not-hash-to-the-record", tampered, []onchain.DatanetVersion{{DatanetID: 1, Version: 2}}, false, ipfs.ErrHashMismatch, ""},
		{"shard-of-another-version", swapped, []onchain.DatanetVersion{{DatanetID: 1, Version: 2}}, false, index.ErrCorrupt, "holds datanet 1 version 1"},
		{"no-shard-for-the-tokenizer", tampered, []onchain.DatanetVersion{{DatanetID: 1, Version: 1}}, false, onchain.ErrIndexNotPublished, "published for"},
		{"unknown-version", tokID, []onchain.DatanetVersion{{DatanetID: 1, Version: 3}}, true, nil, "indexesOf(1, 3)"},
		{"unknown-datanet", tokID, []onchain.DatanetVersion{{DatanetID: 7, Version: 1}}, false, nil, "indexesOf(7, 1)"},
		{"version-listed-twice", tokID, []onchain.DatanetVersion{{DatanetID: 1, Version: 1}, {DatanetID: 1, Version: 1}}, false, nil, "listed twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			open := verifier.OpenIndex
			if tc.upTo {
				open = verifier.OpenIndexUpTo
			}
			ix, err := open(ctx, tc.tok, tc.specs)
			if err == nil {
				ix.Close()
				t.Fatal("opened")
			}
			if (tc.err != nil && !errors.Is(err, tc.err)) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("err = %v, want %v containing %q", err, tc.err, tc.msg)
			}
		})
	}
}

func TestParseDatanetVersion(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want onchain.DatanetVersion
		ok   bool
	}{
		{"1@2", onchain.DatanetVersion{DatanetID: 1, Version: 2}, true},
		{"18446744073709551615@1", onchain.DatanetVersion{DatanetID: 1<<64 - 1, Version: 1}, true},
		{"1", onchain.DatanetVersion{}, false},
		{"0@1", onchain.DatanetVersion{}, false},
		{"1@0", onchain.DatanetVersion{}, false},
		{"1@-2", onchain.DatanetVersion{}, false},
		{"a@b", onchain.DatanetVersion{}, false},
		{"1@2@3", onchain.DatanetVersion{}, false},
		{"18446744073709551616@1", onchain.DatanetVersion{}, false},
	} {
		got, err := onchain.ParseDatanetVersion(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDatanetVersion(%q) = %v, %v", tc.in, got, err)
		}
	}
}
