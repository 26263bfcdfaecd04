package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/bintest"
)

// startDev runs `ledger-geth --dev` on a free port and returns its RPC URL
// read from the banner.
func startDev(t *testing.T, bin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--dev", "--http.port", "0", "--dev.period", "200ms", "--verbosity", "1"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("ledger-geth did not stop on interrupt")
		}
	})
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "RPC URL:"); ok {
				urls <- strings.TrimSpace(u)
			}
		}
	}()
	select {
	case u := <-urls:
		return u
	case <-time.After(60 * time.Second):
		t.Fatal("ledger-geth --dev printed no RPC URL")
		return ""
	}
}

// TestEthersAgainstDevNode drives a running `ledger-geth --dev` with ethers v6
// (npm), which no one here wrote: transactions to the Datanet precompile with
// the generated ABI, event decoding, custom-error decoding, gas estimation.
func TestEthersAgainstDevNode(t *testing.T) {
	if _, err := toolchain.NodeModules(); err != nil {
		t.Fatal(err)
	}
	url := startDev(t, bintest.Build(t, "."))
	root, _ := toolchain.RepoRoot()
	key := genesis.DevKey(0)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd, err := toolchain.NodeCommand(ctx, filepath.Join("testdata", "ethers_datanet.js"),
		url, hexutil.Encode(crypto.FromECDSA(key)), filepath.Join(root, "contracts", "artifacts", "IDatanetRegistry.json"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ethers script: %v", err)
	}
	var got struct {
		ChainID, Balance, DatanetID, Owner, ContributionID, Contributor, StoredHash string
		Status                                                                      int
		DuplicateError, BadArgError, Estimate                                       string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("script output %q: %v", out, err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	want := crypto.Keccak256Hash([]byte("hello world")).Hex()
	switch {
	case got.ChainID != "1612":
		t.Errorf("chain id %s", got.ChainID)
	case got.Balance == "" || got.Balance == "0":
		t.Errorf("balance %s", got.Balance)
	case got.DatanetID != "1" || common.HexToAddress(got.Owner) != me:
		t.Errorf("DatanetCreated decoded as id %s owner %s", got.DatanetID, got.Owner)
	case got.ContributionID != "1" || common.HexToAddress(got.Contributor) != me:
		t.Errorf("ContributionSubmitted decoded as id %s contributor %s", got.ContributionID, got.Contributor)
	case got.StoredHash != want || got.Status != 0:
		t.Errorf("getContribution: hash %s status %d", got.StoredHash, got.Status)
	case got.DuplicateError != "DuplicateContribution":
		t.Errorf("duplicate contribution error decoded as %q", got.DuplicateError)
	case got.BadArgError != "InvalidArgument:name length out of range":
		t.Errorf("bad argument error decoded as %q", got.BadArgError)
	case got.Estimate != "NothingToPublish":
		t.Errorf("publish with nothing accepted estimated as %q, want the NothingToPublish revert", got.Estimate)
	}
}

func TestDevFlagValidation(t *testing.T) {
	bin := bintest.Build(t, ".")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--dev", "--dev.period", "1ms"}, "--dev.period must be between"},
		{[]string{"--dev", "--dev.accounts", "0"}, "--dev.accounts must be between"},
		{[]string{"--dev", "--http.port", "70000"}, "is not a port"},
		{[]string{"--verbosity", "9"}, "--verbosity must be 0..5"},
		{[]string{"stray-argument"}, "unexpected arguments"},
		{[]string{"--datadir", "DATADIR"}, "run `ledger-geth init"},
	}
	for _, tc := range tests {
		args := make([]string, len(tc.args))
		for i, a := range tc.args {
			args[i] = strings.ReplaceAll(a, "DATADIR", t.TempDir())
		}
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err == nil || !strings.Contains(string(out), tc.want) {
			t.Errorf("ledger-geth %v: err %v, output %q; want an error containing %q", tc.args, err, out, tc.want)
		}
	}
}

// TestInitThenRun initialises a datadir with the devnet genesis and starts a
// regular (engine-API driven) node on it.
func TestInitThenRun(t *testing.T) {
	bin := bintest.Build(t, ".")
	dir := t.TempDir()
	if out, err := exec.Command(bin, "init", "--datadir", dir).CombinedOutput(); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	// Idempotent.
	if out, err := exec.Command(bin, "init", "--datadir", dir).CombinedOutput(); err != nil {
		t.Fatalf("second init: %v\n%s", err, out)
	}
	// A regular node serves the initialised chain (here over IPC, the engine API on a free port).
	cmd := exec.Command(bin, "--datadir", dir, "--authrpc.port", "0", "--port", "0", "--nodiscover", "--verbosity", "2")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	}()
	ipc := filepath.Join(dir, "ledger-geth.ipc")
	var client *ethclient.Client
	deadline := time.Now().Add(60 * time.Second)
	for client == nil {
		if c, err := ethclient.Dial(ipc); err == nil {
			client = c
		} else if time.Now().After(deadline) {
			t.Fatalf("node never served %s: %v", ipc, err)
		} else {
			time.Sleep(50 * time.Millisecond)
		}
	}
	defer client.Close()
	id, err := client.ChainID(context.Background())
	if err != nil || id.Uint64() != genesis.DevChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	code, err := client.CodeAt(context.Background(), common.HexToAddress("0x0A01"), nil)
	if err != nil || len(code) != 1 || code[0] != 0xFE {
		t.Fatalf("precompile stub code %x, %v", code, err)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	_ = os.WriteFile(bad, []byte(`{"config":{"chainId":1},"gasLimit":"0x1000000","difficulty":"0x0","alloc":{}}`), 0o644)
	if out, err := exec.Command(bin, "init", "--datadir", t.TempDir(), bad).CombinedOutput(); err == nil || !strings.Contains(string(out), "not an OP Stack chain") {
		t.Fatalf("init with a non-OP genesis: %v %s", err, out)
	}
}
