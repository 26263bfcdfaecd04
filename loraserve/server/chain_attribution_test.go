// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/httpapi"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// TestChainAttributionEndpoint: a curator publishes a Datanet version's
// index shard (built with the served model's tokenizer) through its IPFS
// node and records it on chain; loraserve on another machine (its own IPFS
// node and cache) serves POST /v1/attribution over it, found by Datanet id
// and version alone.
func TestChainAttributionEndpoint(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg, err := DevConfig(dir, 1, "127.0.0.1:0")
	require.NoError(t, err)
	tok, err := tokenizer.Load(cfg.ModelDir)
	require.NoError(t, err)
	chain := devchaintest.NewChain(t, devchaintest.Options{})
	curatorNode, serverNode := kubotest.Pair(t)
	curatorStore := ipfs.NewStore(curatorNode.Client)
	reg := bindings.NewIDatanetRegistry()
	owner, contributor := chain.Keys[0], chain.Keys[1]
	one := big.NewInt(1)

	copied := "the patient presented with a mild fever and was treated with rest and fluids for three days"
	texts := []string{
		"an unrelated note about the weather in the mountains during spring",
		"case report: " + copied + ". follow-up showed no complications.",
	}
	chain.MustSend(owner, addresses.DatanetRegistry, reg.PackCreateDatanet("clinic", "", nil, ""), nil)
	for i, text := range texts {
		p := filepath.Join(t.TempDir(), "doc.txt")
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		ref, err := curatorStore.Publish(ctx, p)
		require.NoError(t, err)
		chain.MustSend(contributor, addresses.DatanetRegistry, reg.PackContribute(one, ref.Hash, ref.Size, ref.URI, ""), nil)
		chain.MustSend(owner, addresses.DatanetRegistry, reg.PackReview(big.NewInt(int64(i+1)), true, ""), nil)
	}
	chain.MustSend(owner, addresses.DatanetRegistry, reg.PackPublishVersion(one), nil)

	curatorCache, err := ipfs.NewCache(t.TempDir(), curatorStore)
	require.NoError(t, err)
	corpus, err := onchain.NewResolver(chain.Client, curatorCache).VersionCorpus(ctx, 1, 1)
	require.NoError(t, err)
	indexDir := t.TempDir()
	entries, err := attribution.BuildIndex(indexDir, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{corpus},
		attribution.BuildOptions{TokenizerID: tok.Hash()})
	require.NoError(t, err)
	shard, err := curatorStore.Publish(ctx, filepath.Join(indexDir, entries[0].File))
	require.NoError(t, err)
	chain.MustSend(owner, addresses.DatanetRegistry, reg.PackPublishIndex(one, one, tok.Hash(), shard.Hash, shard.URI), nil)

	serverCache, err := ipfs.NewCache(t.TempDir(), ipfs.NewStore(serverNode.Client))
	require.NoError(t, err)
	r := onchain.NewResolver(chain.Client, serverCache)
	att, h, err := OpenChainAttribution(ctx, r, []onchain.DatanetVersion{{DatanetID: 1, Version: 1}}, cfg.ModelDir)
	require.NoError(t, err)
	defer att.Close()
	cfg.ExtraRoutes = map[string]http.Handler{AttributionRoute: h}
	s := startService(t, cfg)

	resp, body := post(t, s.URL()+"/v1/attribution", map[string]any{"text": copied})
	require.Equal(t, http.StatusOK, resp.StatusCode, "%s", body)
	var got httpapi.Response
	require.NoError(t, json.Unmarshal(body, &got))
	var to2 uint64
	for _, c := range got.Contributions {
		if c.ContributionID == 2 {
			to2 = c.Weight
			require.Equal(t, chain.Addr(1), c.Contributor)
		}
	}
	require.GreaterOrEqual(t, to2, uint64(9e17), "copied text must credit its contribution: %s", body)

	// A version without a shard for this tokenizer, and a Datanet that does
	// not exist, are configuration errors that name what is missing.
	chain.MustSend(contributor, addresses.DatanetRegistry, reg.PackContribute(one, common.HexToHash("0x3"), 1, "ipfs://x", ""), nil)
	chain.MustSend(owner, addresses.DatanetRegistry, reg.PackReview(big.NewInt(3), true, ""), nil)
	chain.MustSend(owner, addresses.DatanetRegistry, reg.PackPublishVersion(one), nil)
	_, _, err = OpenChainAttribution(ctx, r, []onchain.DatanetVersion{{DatanetID: 1, Version: 2}}, cfg.ModelDir)
	require.ErrorIs(t, err, onchain.ErrIndexNotPublished)
	_, _, err = OpenChainAttribution(ctx, r, []onchain.DatanetVersion{{DatanetID: 9, Version: 1}}, cfg.ModelDir)
	require.ErrorContains(t, err, "indexesOf(9, 1)")
}
