package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/internal/bintest"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
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
	bin := bintest.Build(t, ".")
	d := devnettest.Start(t, devnettest.Options{Accounts: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := d.StopBatcher(ctx); err != nil {
		t.Fatal(err)
	}
	_, key, _, _ := chainspec.DevKeys(0)
	logs, err := os.Create(filepath.Join(t.TempDir(), "ledger-batcher.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	p := bintest.Start(t, logs, bin,
		"--l1-eth-rpc="+d.L1.HTTPEndpoint(), "--l2-eth-rpc="+d.SeqGeth.HTTPEndpoint(), "--rollup-rpc="+d.SeqNode.HTTPEndpoint(),
		"--altda.da-server="+d.DAEndpoint(), "--private-key="+hex.EncodeToString(crypto.FromECDSA(key)),
		"--num-confirmations=1", "--max-channel-duration=1", "--poll-interval=250ms", "--sub-safety-margin=4",
		"--txmgr.receipt-query-interval=250ms", "--rpc.port=0", "--log.level=warn")
	target := d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64() + 5
	p.WaitFor(t, 2*time.Minute, func() string {
		return fmt.Sprintf("the verifier's safe head (at %d) to reach %d (log %s)", d.VerNode.SyncStatus().SafeL2.Number, target, logs.Name())
	}, func() bool { return d.VerNode.SyncStatus().SafeL2.Number >= target })
	for n := uint64(0); n <= target; n++ {
		a, b := d.SeqGeth.Backend().BlockChain().GetHeaderByNumber(n), d.VerGeth.Backend().BlockChain().GetHeaderByNumber(n)
		if a == nil || b == nil || a.Hash() != b.Hash() {
			t.Fatalf("block %d differs between sequencer and verifier", n)
		}
	}
	p.Interrupt(t, 30*time.Second)
}
