package gethnode_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/gethnode"
)

// TestNodeServesTheDevAPIs starts nodes with and without HTTP and the engine
// API and checks over real RPC what each serves: the chain id, log filters,
// tracing, and the engine API only when asked for.
func TestNodeServesTheDevAPIs(t *testing.T) {
	dc := chainspec.DevDeployConfig(1_700_000_000, 1)
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		cfg       gethnode.Config
		wantHTTP  bool
		wantAuth  bool
		wantNamed string
	}{
		{"in-memory, no HTTP", gethnode.Config{Genesis: g}, false, false, gethnode.DefaultName},
		{"HTTP", gethnode.Config{Name: "l1", Genesis: g, HTTPHost: "127.0.0.1"}, true, false, "l1"},
		{"HTTP and engine API", gethnode.Config{Genesis: g, HTTPHost: "127.0.0.1", EngineAPI: true, AuthHost: "127.0.0.1",
			JWTSecretPath: filepath.Join(t.TempDir(), "jwt.hex")}, true, true, gethnode.DefaultName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.DataDir = t.TempDir()
			n, err := gethnode.New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer n.Close()
			if got := filepath.Base(n.Stack.InstanceDir()); got != tt.wantNamed {
				t.Errorf("instance dir %q, want %q", got, tt.wantNamed)
			}
			client := n.Stack.Attach()
			if tt.wantHTTP {
				if n.HTTPEndpoint() == "" {
					t.Fatal("no HTTP endpoint")
				}
				if client, err = rpc.Dial(n.HTTPEndpoint()); err != nil {
					t.Fatal(err)
				}
				defer client.Close()
			}
			ctx := context.Background()
			chainID, err := n.Client().ChainID(ctx)
			if err != nil || chainID.Cmp(g.Config.ChainID) != 0 {
				t.Fatalf("chain id %v, %v; want %v", chainID, err, g.Config.ChainID)
			}
			var filterID string
			if err := client.CallContext(ctx, &filterID, "eth_newBlockFilter"); err != nil || filterID == "" {
				t.Errorf("eth_newBlockFilter: %q, %v", filterID, err)
			}
			// The tracer answers (genesis itself cannot be traced; a missing
			// method would be JSON-RPC error -32601 instead).
			var trace []any
			err = client.CallContext(ctx, &trace, "debug_traceBlockByNumber", "latest", map[string]any{"tracer": "callTracer"})
			if err == nil || err.Error() != "genesis is not traceable" {
				t.Errorf("debug_traceBlockByNumber: %v, want the tracer's answer for genesis", err)
			}
			if !tt.wantAuth {
				return
			}
			// Without the JWT the engine API refuses the call.
			anon, err := rpc.Dial(n.AuthEndpoint())
			if err != nil {
				t.Fatal(err)
			}
			defer anon.Close()
			var caps []string
			err = anon.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{})
			var httpErr rpc.HTTPError
			if !errors.As(err, &httpErr) || httpErr.StatusCode != 401 {
				t.Errorf("engine API without JWT: %v, want HTTP 401", err)
			}
		})
	}
	if _, err := gethnode.New(gethnode.Config{}); err == nil {
		t.Error("a node without genesis started")
	}
}
