package main

import (
	"context"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
)

// TestLedgerBatcherPostsForTheDevnet replaces a devnet's in-process batcher
// with the ledger-batcher binary, configured through op-batcher's own flags
// over OpenLedger's defaults (Alt-DA, generic commitments, calldata): the
// verifier must keep deriving safe blocks from what it posts, and an
// interrupt must stop it cleanly.
func TestLedgerBatcherPostsForTheDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs a devnet")
	}
	bin := filepath.Join(t.TempDir(), "ledger-batcher")
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
		Dir: dir, DevAccounts: 1, L1PollInterval: 500 * time.Millisecond, LogWriter: logs,
		DeployConfig: func(genesisTime uint64) chainspec.DeployConfig {
			dc := chainspec.DevDeployConfig(genesisTime, 1)
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
	if err := d.StopBatcher(ctx); err != nil {
		t.Fatal(err)
	}
	_, key, _, _ := chainspec.DevKeys(0)
	cmd := exec.Command(bin,
		"--l1-eth-rpc="+d.L1.HTTPEndpoint(), "--l2-eth-rpc="+d.SeqGeth.HTTPEndpoint(), "--rollup-rpc="+d.SeqNode.HTTPEndpoint(),
		"--altda.da-server="+d.DAEndpoint(), "--private-key="+hex.EncodeToString(crypto.FromECDSA(key)),
		"--num-confirmations=1", "--max-channel-duration=1", "--poll-interval=250ms", "--sub-safety-margin=4",
		"--txmgr.receipt-query-interval=250ms", "--rpc.port=0", "--log.level=warn")
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

	target := d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64() + 5
	deadline := time.Now().Add(2 * time.Minute)
	for d.VerNode.SyncStatus().SafeL2.Number < target {
		select {
		case err := <-exited:
			t.Fatalf("ledger-batcher exited: %v (log %s)", err, logs.Name())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the verifier's safe head stayed at %d, below %d", d.VerNode.SyncStatus().SafeL2.Number, target)
		}
		time.Sleep(200 * time.Millisecond) // polling interval
	}
	for n := uint64(0); n <= target; n++ {
		a, b := d.SeqGeth.Backend().BlockChain().GetHeaderByNumber(n), d.VerGeth.Backend().BlockChain().GetHeaderByNumber(n)
		if a == nil || b == nil || a.Hash() != b.Hash() {
			t.Fatalf("block %d differs between sequencer and verifier", n)
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("ledger-batcher did not stop cleanly on interrupt: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("ledger-batcher did not stop within 30 s of an interrupt")
	}
}
