package execnode

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/chainspec"
)

// TestEngineAPIRequiresJWT checks that the engine API answers only callers
// holding the node's JWT secret, and that the chain starts at the L2 genesis.
func TestEngineAPIRequiresJWT(t *testing.T) {
	dc := chainspec.DevDeployConfig(1_700_000_000, 1)
	g, err := dc.L2Genesis()
	if err != nil {
		t.Fatal(err)
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	jwtPath := filepath.Join(t.TempDir(), "jwt.hex")
	if err := os.WriteFile(jwtPath, []byte(hex.EncodeToString(secret)), 0o600); err != nil {
		t.Fatal(err)
	}
	n, err := New(Config{Genesis: g, HTTPHost: "127.0.0.1", AuthHost: "127.0.0.1", JWTSecretPath: jwtPath})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop(context.Background())
	ctx := context.Background()
	if got, want := n.Backend().BlockChain().Genesis().Hash(), g.ToBlock().Hash(); got != want {
		t.Fatalf("genesis %s, want %s", got, want)
	}
	var caps []string
	anon, err := rpc.DialContext(ctx, n.AuthEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer anon.Close()
	if err := anon.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{"engine_forkchoiceUpdatedV3"}); err == nil {
		t.Fatal("the engine API answered a caller without the JWT")
	}
	var s32 [32]byte
	copy(s32[:], secret)
	authed, err := rpc.DialOptions(ctx, n.AuthEndpoint(), rpc.WithHTTPAuth(node.NewJWTAuth(s32)))
	if err != nil {
		t.Fatal(err)
	}
	defer authed.Close()
	if err := authed.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{"engine_forkchoiceUpdatedV3"}); err != nil || len(caps) == 0 {
		t.Fatalf("engine_exchangeCapabilities with the JWT: %v, %v", caps, err)
	}
	chainID, err := n.Client().ChainID(ctx)
	if err != nil || chainID.Uint64() != dc.L2ChainID {
		t.Fatalf("chain id %v, %v", chainID, err)
	}
	if err := n.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.Stop(ctx); !errors.Is(err, ErrAlreadyStopped) {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := New(Config{}); err == nil {
		t.Fatal("New without a genesis succeeded")
	}
}
