package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/internal/bintest"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
	"github.com/openledger/openledger/rollup/execnode"
)

// TestLedgerNodeDerivesTheDevnet runs the ledger-node binary, configured only
// through op-node's own flags over OpenLedger's defaults, as a third verifier
// of an in-process devnet: its execution node must reach the sequencer's
// blocks as safe, and an interrupt must stop it cleanly.
func TestLedgerNodeDerivesTheDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a devnet")
	}
	bin := bintest.Build(t, ".")
	dir := t.TempDir()
	d := devnettest.Start(t, devnettest.Options{Dir: dir, Accounts: 2})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	jwtPath := filepath.Join(dir, "third", "jwt.hex")
	if err := os.MkdirAll(filepath.Dir(jwtPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jwtPath, []byte(hex.EncodeToString(secret)), 0o600); err != nil {
		t.Fatal(err)
	}
	engine, err := execnode.New(execnode.Config{Name: "third", Genesis: d.Spec.L2, DataDir: filepath.Join(dir, "third", "geth"),
		AuthHost: "127.0.0.1", JWTSecretPath: jwtPath})
	if err != nil {
		t.Fatal(err)
	}
	defer engine.Stop(context.Background())

	logs, err := os.Create(filepath.Join(t.TempDir(), "ledger-node.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	chainDir := filepath.Join(dir, "chain")
	p := bintest.Start(t, logs, bin,
		"--rollup.config="+filepath.Join(chainDir, chainspec.RollupConfigFile),
		"--rollup.l1-chain-config="+filepath.Join(chainDir, chainspec.L1GenesisFile),
		"--l1="+d.L1.HTTPEndpoint(), "--l1.http-poll-interval=500ms",
		"--l2="+engine.AuthEndpoint(), "--l2.jwt-secret="+jwtPath,
		"--altda.da-server="+d.DAEndpoint(),
		"--p2p.disable", "--rpc.port=0", "--log.level=warn")

	target := d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64() + 3
	client := engine.Client()
	var safe *types.Header
	p.WaitFor(t, 2*time.Minute, func() string {
		return fmt.Sprintf("ledger-node's engine to reach safe block %d (last: %v; log %s)", target, safe, logs.Name())
	}, func() bool {
		h, err := client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		if err == nil {
			safe = h
		}
		return err == nil && h.Number.Uint64() >= target
	})
	for n := uint64(0); n <= target; n++ {
		want := d.SeqGeth.Backend().BlockChain().GetHeaderByNumber(n)
		got := engine.Backend().BlockChain().GetHeaderByNumber(n)
		if want == nil || got == nil || want.Hash() != got.Hash() || want.Root != got.Root {
			t.Fatalf("block %d: sequencer %v, ledger-node's engine %v", n, want, got)
		}
	}
	p.Interrupt(t, 30*time.Second)
}
