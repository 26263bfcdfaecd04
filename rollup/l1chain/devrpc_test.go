package l1chain

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/chainspec"
)

// startHTTPChain starts a dev L1 serving HTTP on a free port, with or
// without the dev namespace, and mines blocks of it.
func startHTTPChain(t *testing.T, devRPC bool, blocks int) (*Chain, *rpc.Client) {
	t.Helper()
	dc := chainspec.DevDeployConfig(1_700_000_000, 1)
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{Genesis: g, HTTPHost: "127.0.0.1", DevRPC: devRPC, FinalityDepth: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop(context.Background()) })
	ctx := context.Background()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < blocks; i++ {
		if _, err := c.MineBlock(ctx); err != nil {
			t.Fatal(err)
		}
	}
	client, err := rpc.DialContext(ctx, c.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return c, client
}

// TestDevReorgOverHTTP: dev_reorg replaces the newest blocks over HTTP — the
// blocks below keep their hashes, the replaced heights get other blocks, the
// head moves one block higher — and refuses depths it must not serve.
func TestDevReorgOverHTTP(t *testing.T) {
	_, client := startHTTPChain(t, true, 6)
	ctx := context.Background()
	ec := ethclient.NewClient(client)
	before := map[uint64]*types.Header{}
	for n := uint64(1); n <= 6; n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		before[n] = h
	}
	var res ReorgResult
	if err := client.CallContext(ctx, &res, "dev_reorg", hexutil.Uint64(3)); err != nil {
		t.Fatal(err)
	}
	if res.OldNumber != 6 || res.OldHash != before[6].Hash() || res.Number != 7 {
		t.Fatalf("dev_reorg 3 at head 6 %s: got old %d %s, new %d", before[6].Hash(), res.OldNumber, res.OldHash, res.Number)
	}
	for n := uint64(1); n <= 7; n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case n <= 3 && h.Hash() != before[n].Hash():
			t.Errorf("block %d below the reorg changed: %s, was %s", n, h.Hash(), before[n].Hash())
		case n > 3 && n <= 6 && h.Hash() == before[n].Hash():
			t.Errorf("block %d was not replaced", n)
		case n == 7 && h.Hash() != res.Hash:
			t.Errorf("head 7 is %s, dev_reorg said %s", h.Hash(), res.Hash)
		}
	}
	for _, tc := range []struct {
		depth uint64
		want  string
	}{
		{0, "outside 1..64"},
		{MaxRPCReorgDepth + 1, "outside 1..64"},
		{5, "would drop finalized block 3"},
		{7, "cannot reorg 7 blocks of a chain at 7"},
	} {
		err := client.CallContext(ctx, &res, "dev_reorg", hexutil.Uint64(tc.depth))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("dev_reorg %d: %v, want an error saying %q", tc.depth, err, tc.want)
		}
	}
}

// TestNoDevRPCByDefault: without Config.DevRPC the dev namespace is not served.
func TestNoDevRPCByDefault(t *testing.T) {
	_, client := startHTTPChain(t, false, 2)
	var res ReorgResult
	err := client.CallContext(context.Background(), &res, "dev_reorg", hexutil.Uint64(1))
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("dev_reorg without DevRPC: %v, want method not found", err)
	}
}
