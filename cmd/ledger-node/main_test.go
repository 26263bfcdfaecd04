package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
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
	bin := filepath.Join(t.TempDir(), "ledger-node")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	logs, err := os.Create(filepath.Join(dir, "devnet.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	d, err := devnet.New(devnet.Config{
		Dir: dir, DevAccounts: 2, L1PollInterval: 500 * time.Millisecond, LogWriter: logs,
		DeployConfig: func(genesisTime uint64) chainspec.DeployConfig {
			dc := chainspec.DevDeployConfig(genesisTime, 2)
			dc.L1BlockTime, dc.L1FinalityDepth = 1, 3
			return dc
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())

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

	chainDir := filepath.Join(dir, "chain")
	cmd := exec.Command(bin,
		"--rollup.config="+filepath.Join(chainDir, chainspec.RollupConfigFile),
		"--rollup.l1-chain-config="+filepath.Join(chainDir, chainspec.L1GenesisFile),
		"--l1="+d.L1.HTTPEndpoint(), "--l1.http-poll-interval=500ms",
		"--l2="+engine.AuthEndpoint(), "--l2.jwt-secret="+jwtPath,
		"--altda.da-server="+d.DAEndpoint(),
		"--p2p.disable", "--rpc.port=0", "--log.level=warn")
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	}()

	target := d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64() + 3
	client := engine.Client()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		safe, err := client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
		if err == nil && safe.Number.Uint64() >= target {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("ledger-node exited: %v (log %s)", err, logs.Name())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("ledger-node's engine did not reach safe block %d (last: %v, %v)", target, safe, err)
		}
		time.Sleep(200 * time.Millisecond) // polling interval
	}
	for n := uint64(0); n <= target; n++ {
		want := d.SeqGeth.Backend().BlockChain().GetHeaderByNumber(n)
		got := engine.Backend().BlockChain().GetHeaderByNumber(n)
		if want == nil || got == nil || want.Hash() != got.Hash() || want.Root != got.Root {
			t.Fatalf("block %d: sequencer %v, ledger-node's engine %v", n, want, got)
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("ledger-node did not stop cleanly on interrupt: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("ledger-node did not stop within 30 s of an interrupt")
	}
}
