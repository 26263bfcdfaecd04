package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/cmd/geth/gethapp"
	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
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
		{[]string{"stray-argument"}, "unexpected arguments"},
		{[]string{"--datadir", "DATADIR"}, "run `ledger-geth init"},
		{[]string{"console", "--datadir", "DATADIR"}, "run `ledger-geth init"},
		{[]string{"--no-such-flag"}, "flag provided but not defined"},
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

// TestFlagsAreOpGeths checks ledger-geth's help against op-geth's own
// command-line app (gethapp, loaded untouched in this test process): every
// op-geth flag but its developer-mode ones is there with its GETH_*
// environment twin, and so are op-geth's subcommands and OpenLedger's flags
// (hidden deprecated aliases aside, which geth's help does not show either).
func TestFlagsAreOpGeths(t *testing.T) {
	out, err := exec.Command(bintest.Build(t, "."), "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("--help: %v\n%s", err, out)
	}
	help := string(out)
	geth := gethapp.App()
	n := 0
	for _, f := range geth.Flags {
		name := f.Names()[0]
		if slices.Contains(gethDevFlags, name) {
			continue // replaced by ledger-geth's --dev chain
		}
		if v, ok := f.(interface{ IsVisible() bool }); ok && !v.IsVisible() {
			continue // deprecated aliases, which geth's help hides too
		}
		n++
		if !strings.Contains(help, "--"+name) {
			t.Errorf("op-geth flag --%s missing", name)
		}
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
			for _, e := range ev.GetEnvVars() { // (op-geth gives a few flag types none)
				if !strings.Contains(help, "$"+e) {
					t.Errorf("flag --%s: env twin %s missing from the help", name, e)
				}
			}
		}
	}
	if n < 150 {
		t.Errorf("op-geth's app shows %d flags; expected its ~170", n)
	}
	for _, name := range []string{"--metrics ", "--pprof ", "--log.file ", "--state.scheme ", "--syncmode ", "--rollup.sequencerhttp ",
		"($GETH_DEV)", "($GETH_DEV_PERIOD)", "($GETH_DEV_ACCOUNTS)"} {
		if !strings.Contains(help, name) {
			t.Errorf("help lacks %q", name)
		}
	}
	for _, c := range geth.Commands {
		if !strings.Contains(help, "   "+c.Name) {
			t.Errorf("op-geth subcommand %q missing", c.Name)
		}
	}
	if strings.Contains(help, utils.DeveloperFlag.Usage) || strings.Contains(help, "--"+utils.DeveloperGasLimitFlag.Name) {
		t.Errorf("geth's developer mode is still offered")
	}
	if !strings.Contains(help, `--syncmode value`) || !strings.Contains(help, `(default: "full")`) {
		t.Errorf("--syncmode does not default to full")
	}
}

// TestInitThenRun initialises a datadir with the devnet genesis (with geth's
// --state.scheme) and runs a regular (engine-API driven) node on it
// configured through GETH_* environment twins only, then talks to it as an
// operator would: `attach`, HTTP JSON-RPC with geth's default modules, a
// precompile call, the log file, and `db metadata` once it stopped.
func TestInitThenRun(t *testing.T) {
	bin := bintest.Build(t, ".")
	dir := t.TempDir()
	if out, err := exec.Command(bin, "init", "--datadir", dir, "--state.scheme", "path").CombinedOutput(); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	// Idempotent.
	if out, err := exec.Command(bin, "init", "--datadir", dir).CombinedOutput(); err != nil {
		t.Fatalf("second init: %v\n%s", err, out)
	}
	logFile := filepath.Join(dir, "node.log")
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GETH_DATADIR="+dir, "GETH_AUTHRPC_PORT=0", "GETH_PORT=0", "GETH_NODISCOVER=true",
		"GETH_HTTP=true", "GETH_HTTP_PORT=0", "GETH_METRICS=true", "GETH_LOG_FILE="+logFile, "GETH_VERBOSITY=3")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			_ = cmd.Process.Signal(os.Interrupt)
			_ = cmd.Wait()
		}
	}
	defer stop()
	ipc := filepath.Join(dir, "geth.ipc")
	var client *ethclient.Client
	deadline := time.Now().Add(90 * time.Second)
	for client == nil {
		if c, err := ethclient.Dial(ipc); err == nil {
			client = c
		} else if time.Now().After(deadline) {
			t.Fatalf("node never served %s: %v", ipc, err)
		} else {
			time.Sleep(50 * time.Millisecond) // polling interval
		}
	}
	defer client.Close()
	ctx := context.Background()
	id, err := client.ChainID(ctx)
	if err != nil || id.Uint64() != genesis.DevChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}

	// attach, geth's JavaScript console on the IPC socket.
	out, err := exec.Command(bin, "attach", "--exec", "eth.chainId()", ipc).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("%#x", genesis.DevChainID)) {
		t.Fatalf("attach: %v\n%s", err, out)
	}

	// HTTP on the port the node logged (to --log.file), geth's default modules.
	var httpURL string
	for httpURL == "" {
		b, _ := os.ReadFile(logFile)
		if m := httpEndpoint.FindSubmatch(b); m != nil {
			httpURL = "http://" + string(m[1])
		} else if time.Now().After(deadline) {
			t.Fatalf("no HTTP endpoint in the log file %s:\n%s", logFile, b)
		} else {
			time.Sleep(50 * time.Millisecond) // polling interval
		}
	}
	rc, err := rpc.Dial(httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var modules map[string]string
	if err := rc.CallContext(ctx, &modules, "rpc_modules"); err != nil {
		t.Fatal(err)
	}
	if _, ok := modules["eth"]; !ok || modules["debug"] != "" {
		t.Errorf("HTTP modules %v: want eth and no debug", modules)
	}
	var trace any
	if err := rc.CallContext(ctx, &trace, "debug_traceBlockByNumber", "latest"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("debug_traceBlockByNumber over HTTP: %v; want method not found", err)
	}

	// A stateful precompile answers from the genesis state: dev account 1 is the settler.
	sreg := bindings.NewISettlement()
	settler := crypto.PubkeyToAddress(genesis.DevKey(1).PublicKey)
	res, err := ethclient.NewClient(rc).CallContract(ctx, ethereum.CallMsg{To: &addresses.Settlement, Data: sreg.PackIsSettler(settler)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := sreg.UnpackIsSettler(res); err != nil || !ok {
		t.Errorf("Settlement.isSettler(%s) = %v, %v; want true", settler, ok, err)
	}

	stop()
	out, err = exec.Command(bin, "db", "metadata", "--datadir", dir).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "databaseVersion") {
		t.Errorf("db metadata: %v\n%s", err, out)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	_ = os.WriteFile(bad, []byte(`{"config":{"chainId":1},"gasLimit":"0x1000000","difficulty":"0x0","alloc":{}}`), 0o644)
	if out, err := exec.Command(bin, "init", "--datadir", t.TempDir(), bad).CombinedOutput(); err == nil || !strings.Contains(string(out), "not an OP Stack chain") {
		t.Fatalf("init with a non-OP genesis: %v %s", err, out)
	}
}

// httpEndpoint finds geth's "HTTP server started" log line's endpoint.
var httpEndpoint = regexp.MustCompile(`HTTP server started\s+endpoint=([0-9.]+:[0-9]+) auth=false`)
