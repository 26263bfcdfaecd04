package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/openledger/openledger/cmd/ledger/internal/commands"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// binary is the ledger executable, built once for the package.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "ledger-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "ledger")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build ledger:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testChain is a dev chain serving HTTP JSON-RPC that builds a block whenever
// a transaction enters its pool, as a sequencer would.
type testChain struct {
	*devchaintest.Chain
	rpc string
	// ipfsAPI is the IPFS node the binary publishes to and fetches from
	// (LEDGER_IPFS_API); by default a port nothing listens on.
	ipfsAPI string
	// cache is the binary's verified content cache (LEDGER_IPFS_CACHE).
	cache string
}

// unreachableIPFS is an IPFS API address nothing listens on.
const unreachableIPFS = "http://127.0.0.1:1"

// withIPFS starts a Kubo node for the binary to publish to, and returns it.
func (c *testChain) withIPFS(t *testing.T) *kubotest.Node {
	n := kubotest.Start(t)
	c.ipfsAPI = n.Daemon.APIURL()
	return n
}

func newTestChain(t *testing.T) *testChain {
	c := devchaintest.NewChain(t, devchaintest.Options{HTTP: true, Mutate: func(cfg *genesis.Config) {
		ac := agent.DefaultConfig(crypto.PubkeyToAddress(genesis.DevKey(3).PublicKey))
		ac.UnbondingDelay = 5
		st, err := ac.Storage()
		if err != nil {
			t.Fatal(err)
		}
		cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{agent.Address: st}
	}})
	c.BuildOnTx()
	return &testChain{Chain: c, rpc: c.Node.HTTPEndpoint(), ipfsAPI: unreachableIPFS, cache: filepath.Join(t.TempDir(), "cache")}
}

func keyHex(i int) string { return hexutil.Encode(crypto.FromECDSA(genesis.DevKey(i))) }

// run runs the binary with LEDGER_RPC pointing at the chain and
// LEDGER_IPFS_API at the test's IPFS node (the env twins of --rpc and
// --ipfs.api) and returns stdout, stderr and whether it exited 0.
func (c *testChain) run(t *testing.T, args ...string) (string, string, bool) {
	t.Helper()
	return c.runEnv(t, nil, args...)
}

// runEnv is run with extra environment variables.
func (c *testChain) runEnv(t *testing.T, env []string, args ...string) (string, string, bool) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "LEDGER_RPC="+c.rpc, "LEDGER_IPFS_API="+c.ipfsAPI, "LEDGER_IPFS_CACHE="+c.cache,
		"LEDGER_IPFS_ATTEMPTS=2", "LEDGER_TIMEOUT=30s")
	cmd.Env = append(cmd.Env, env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("run ledger: %v", err)
		}
	}
	return stdout.String(), stderr.String(), err == nil
}

// volatile are output fields that depend on time, block production or gas
// accounting rather than on what the command did.
var volatile = map[string]bool{
	"tx": true, "block": true, "gasUsed": true, "createdAt": true, "publishedAt": true, "registeredAt": true,
	"releaseBlock": true, "unbondingReleaseBlock": true, "submittedAt": true,
}

func normalise(v any, cache string) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if volatile[k] {
				x[k] = "<volatile>"
			} else {
				x[k] = normalise(e, cache)
			}
		}
	case []any:
		for i, e := range x {
			x[i] = normalise(e, cache)
		}
	case string:
		return strings.ReplaceAll(x, cache, "<cache>")
	}
	return v
}

// golden compares JSON output, normalised, with testdata/<name>.golden.json.
func (c *testChain) golden(t *testing.T, name, out string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%s: output is not JSON: %v\n%s", name, err, out)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(normalise(v, c.cache)); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/ledger -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s:\n%s", name, path, got)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestWorkflow drives a Datanet, a base model, an adapter with provenance and
// a staked agent through the binary, checking every JSON output against its
// golden file.
func TestWorkflow(t *testing.T) {
	c := newTestChain(t)
	node := c.withIPFS(t)
	doc := writeFile(t, "qa.jsonl", `{"q":"What is LoRA?","a":"Low-rank adaptation."}`+"\n")
	weights := writeFile(t, "base.safetensors", "not really weights")
	adapterDir := filepath.Join(t.TempDir(), "med-lora")
	os.Mkdir(adapterDir, 0o755)
	os.WriteFile(filepath.Join(adapterDir, "adapter_config.json"), []byte(`{"r":16,"target_modules":["q_proj","v_proj"]}`), 0o644)
	os.WriteFile(filepath.Join(adapterDir, "adapter_model.safetensors"), []byte("not really an adapter"), 0o644)
	addr1 := crypto.PubkeyToAddress(genesis.DevKey(1).PublicKey).Hex()
	steps := []struct {
		name string
		args []string
	}{
		{"datanet_create", []string{"--key", keyHex(0), "--json", "datanet", "create", "--name", "medical-qa",
			"--description", "Medical Q&A", "--tag", "medical,qa", "--metadata-uri", "ipfs://meta"}},
		{"datanet_contribute", []string{"--key", keyHex(1), "--json", "datanet", "contribute", "--datanet", "1",
			"--metadata", `{"lang":"en"}`, doc}},
		{"datanet_review", []string{"--key", keyHex(0), "--json", "datanet", "review", "--contribution", "1", "--accept", "--reason", "good"}},
		{"datanet_contributions", []string{"--json", "datanet", "contributions", "1"}},
		{"datanet_publish", []string{"--key", keyHex(0), "--json", "datanet", "publish", "--datanet", "1"}},
		{"datanet_show", []string{"--json", "datanet", "show", "1"}},
		{"datanet_list", []string{"--json", "datanet", "list"}},
		{"model_register", []string{"--key", keyHex(0), "--json", "model", "register", "--name", "llama-3-8b", "--arch", "llama",
			"--license", "llama3", "--weights", weights}},
		{"model_adapter", []string{"--key", keyHex(1), "--json", "model", "adapter", "--base", "1", "--name", "med-lora",
			"--rank", "16", "--target", "q_proj,v_proj", "--rate-in", "0.000002OPEN", "--rate-out", "6000000000000",
			"--datanet", "1:1", "--weights", adapterDir}},
		{"model_version", []string{"--key", keyHex(1), "--json", "model", "version", "--model", "2", "--datanet", "1:1",
			"--weights-hash", hexutil.Encode(crypto.Keccak256([]byte("lora-v2"))), "--uri", "https://example.org/lora-v2"}},
		{"model_show", []string{"--json", "model", "show", "2"}},
		{"model_provenance", []string{"--json", "model", "provenance", "--version", "1", "2"}},
		{"model_list_owner", []string{"--json", "model", "list", "--owner", addr1}},
		{"model_list_base", []string{"--json", "model", "list", "--base", "1"}},
		{"model_rates", []string{"--key", keyHex(1), "--json", "model", "rates", "--model", "2", "--rate-in", "0.000003OPEN",
			"--rate-out", "7000000000000"}},
		{"model_deprecate", []string{"--key", keyHex(1), "--json", "model", "deprecate", "2"}},
		{"model_reactivate", []string{"--key", keyHex(1), "--json", "model", "reactivate", "2"}},
		{"model_transfer", []string{"--key", keyHex(0), "--json", "model", "transfer", "--model", "1", "--to", addr1}},
		{"model_list_new_owner", []string{"--json", "model", "list", "--owner", addr1}},
		{"agent_register", []string{"--key", keyHex(2), "--json", "agent", "register", "--metadata-uri", "ipfs://agent",
			"--model", "2", "--stake", "1500OPEN"}},
		{"agent_stake", []string{"--key", keyHex(3), "--json", "agent", "stake", "--agent", "1", "--amount", "250.5OPEN"}},
		{"agent_unstake", []string{"--key", keyHex(2), "--json", "agent", "unstake", "--agent", "1", "--amount", "750.5OPEN"}},
		{"agent_show", []string{"--json", "agent", "show", "1"}},
	}
	for _, s := range steps {
		out, errOut, ok := c.run(t, s.args...)
		if !ok {
			t.Fatalf("%s failed: %s", s.name, errOut)
		}
		c.golden(t, s.name, out)
	}
	// What the binary published is pinned on its node; a reader on another
	// machine (its own IPFS node and cache) fetches it by the chain's records.
	pins, err := node.Client.Pinned(context.Background(), mustCID(t, c, "datanet", "contributions", "1"))
	if err != nil || !pins {
		t.Fatalf("contribution not pinned: %v %v", pins, err)
	}
	reader := &testChain{Chain: c.Chain, rpc: c.rpc, cache: filepath.Join(t.TempDir(), "reader-cache")}
	readerNode := reader.withIPFS(t)
	if err := readerNode.Client.Connect(context.Background(), node.SwarmAddr(t)); err != nil {
		t.Fatal(err)
	}
	got := filepath.Join(t.TempDir(), "review.jsonl")
	if _, errOut, ok := reader.run(t, "--json", "datanet", "fetch", "--contribution", "1", "--out", got); !ok {
		t.Fatalf("datanet fetch: %s", errOut)
	}
	if data, err := os.ReadFile(got); err != nil || !strings.Contains(string(data), "Low-rank adaptation") {
		t.Fatalf("fetched contribution: %q %v", data, err)
	}
	gotAdapter := filepath.Join(t.TempDir(), "adapter")
	if _, errOut, ok := reader.run(t, "--json", "model", "fetch", "--version", "1", "--out", gotAdapter, "2"); !ok {
		t.Fatalf("model fetch: %s", errOut)
	}
	adapterURI, adapterHash := firstVersion(t, c, "2")
	if h, _, err := ipfs.HashTree(gotAdapter); err != nil || adapterHash != h.Hex() {
		t.Fatalf("fetched adapter hashes to %s (%v)", h, err)
	}
	// A version whose recorded hash its content does not have is refused;
	// one that is not on IPFS is reported as such.
	if _, errOut, ok := c.run(t, "--key", keyHex(1), "model", "version", "--model", "2", "--datanet", "1:1",
		"--weights-hash", hexutil.Encode(crypto.Keccak256([]byte("not the adapter"))), "--uri", adapterURI); !ok {
		t.Fatalf("record a mismatching version: %s", errOut)
	}
	for _, tc := range []struct{ version, want string }{
		{"3", "content does not match its on-chain hash"},
		{"2", "content is not on ipfs: its URI is \"https://example.org/lora-v2\""},
	} {
		out := filepath.Join(t.TempDir(), "x")
		if _, errOut, ok := reader.run(t, "model", "fetch", "--version", tc.version, "--out", out, "2"); ok || !strings.Contains(errOut, tc.want) {
			t.Fatalf("fetch version %s: ok=%v stderr %q", tc.version, ok, errOut)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("refused content written to --out: %v", err)
		}
	}
	// Withdrawing before the unbonding delay has passed is refused before sending.
	_, errOut, ok := c.run(t, "--key", keyHex(2), "agent", "withdraw", "--agent", "1")
	if ok || !strings.Contains(errOut, "still unbonding: agent 1 can withdraw 750.5 OPEN from block") {
		t.Fatalf("early withdraw: ok=%v stderr %q", ok, errOut)
	}
	// Someone else's withdrawal is refused with the decoded error.
	_, errOut, _ = c.run(t, "--key", keyHex(3), "agent", "withdraw", "--agent", "1")
	if !strings.Contains(errOut, "still unbonding") {
		t.Fatalf("stranger's early withdraw: %q", errOut)
	}
	// Once the block before the release block is the head, the withdrawal goes
	// into the release block.
	out, _, _ := c.run(t, "--json", "agent", "show", "1")
	var shown struct {
		Release uint64 `json:"unbondingReleaseBlock"`
	}
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	for c.Commit().NumberU64() < shown.Release-1 {
	}
	out, errOut, ok = c.run(t, "--key", keyHex(2), "--json", "agent", "withdraw", "--agent", "1")
	if !ok {
		t.Fatalf("withdraw: %s", errOut)
	}
	c.golden(t, "agent_withdraw", out)
	var withdrawn struct {
		Block uint64 `json:"block"`
	}
	if err := json.Unmarshal([]byte(out), &withdrawn); err != nil || withdrawn.Block != shown.Release {
		t.Fatalf("withdrawn in block %d, release block %d (%v)", withdrawn.Block, shown.Release, err)
	}
	_, errOut, _ = c.run(t, "--key", keyHex(3), "agent", "withdraw", "--agent", "1")
	if !strings.Contains(errOut, "reverted: NotAgentOwner(agentId=1, caller=") {
		t.Fatalf("stranger's withdraw: %q", errOut)
	}
	_, errOut, _ = c.run(t, "--key", keyHex(2), "agent", "withdraw", "--agent", "1")
	if !strings.Contains(errOut, "reverted: NothingToWithdraw(agentId=1)") {
		t.Fatalf("withdraw with nothing unbonding: %q", errOut)
	}
	// Text output keeps the field order.
	out, errOut, ok = c.run(t, "model", "show", "1")
	if !ok || !strings.HasPrefix(out, "id: 1\nkind: base\n") || !strings.Contains(out, "name: llama-3-8b\n") {
		t.Fatalf("text output %q (%s)", out, errOut)
	}
}

// mustCID returns the CID inside the first "uri" of a command's JSON list.
func mustCID(t *testing.T, c *testChain, args ...string) cid.Cid {
	t.Helper()
	out, errOut, ok := c.run(t, append([]string{"--json"}, args...)...)
	if !ok {
		t.Fatal(errOut)
	}
	var list []struct {
		URI string `json:"uri"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) == 0 {
		t.Fatalf("%s: %v", out, err)
	}
	id, _, err := ipfs.ParseURI(list[0].URI)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// firstVersion returns the weights URI and hash of a model's first version.
func firstVersion(t *testing.T, c *testChain, model string) (uri, hash string) {
	t.Helper()
	out, errOut, ok := c.run(t, "--json", "model", "show", model)
	if !ok {
		t.Fatal(errOut)
	}
	var m struct {
		Versions []struct {
			URI         string `json:"uri"`
			WeightsHash string `json:"weightsHash"`
		} `json:"versions"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil || len(m.Versions) == 0 {
		t.Fatalf("%s: %v", out, err)
	}
	return m.Versions[0].URI, m.Versions[0].WeightsHash
}

// TestErrors checks that every kind of failure exits non-zero with a message
// that says what went wrong.
func TestErrors(t *testing.T) {
	c := newTestChain(t)
	zeroHash := common.Hash{}.Hex()
	if _, errOut, ok := c.run(t, "--key", keyHex(0), "model", "register", "--name", "b", "--weights-hash",
		hexutil.Encode(crypto.Keccak256([]byte("b")))); !ok {
		t.Fatalf("setup: %s", errOut)
	}
	notOwner := crypto.PubkeyToAddress(genesis.DevKey(1).PublicKey).Hex()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unreachable_rpc", []string{"--rpc", "http://127.0.0.1:1", "datanet", "list"}, "cannot reach the JSON-RPC endpoint http://127.0.0.1:1"},
		{"bad_key", []string{"--key", "0x1234", "datanet", "create", "--name", "x"}, "bad signing key: --key"},
		{"no_key", []string{"datanet", "create", "--name", "x"}, "no signing key"},
		{"both_keys", []string{"--key", keyHex(0), "--keystore", "k.json", "datanet", "create", "--name", "x"}, "not both"},
		{"missing_keystore", []string{"--keystore", "/nonexistent/key.json", "datanet", "create", "--name", "x"}, "bad signing key: --keystore"},
		{"unknown_datanet", []string{"--key", keyHex(1), "model", "adapter", "--base", "1", "--name", "a", "--rank", "8",
			"--target", "q_proj", "--datanet", "9:1", "--weights-hash", hexutil.Encode(crypto.Keccak256([]byte("a")))},
			"reverted: DatanetNotFound(datanetId=9)"},
		{"not_owner", []string{"--key", keyHex(1), "model", "rates", "--model", "1", "--rate-in", "1", "--rate-out", "1"},
			"reverted: NotOwner(modelId=1, caller=" + notOwner + ")"},
		{"no_such_model", []string{"model", "show", "7"}, "reverted: ModelNotFound(modelId=7)"},
		{"stake_below_minimum", []string{"--key", keyHex(2), "agent", "register", "--metadata-uri", "u", "--model", "1", "--stake", "1OPEN"},
			"reverted: StakeBelowMinimum(stake=1000000000000000000, minimum=1000000000000000000000)"},
		{"bad_amount", []string{"--key", keyHex(2), "agent", "register", "--metadata-uri", "u", "--model", "1", "--stake", "1.2.3OPEN"},
			"bad argument: amount"},
		{"bad_datanet_ref", []string{"--key", keyHex(1), "model", "version", "--model", "1", "--datanet", "3", "--weights-hash",
			hexutil.Encode(crypto.Keccak256([]byte("a")))}, "want id:version"},
		{"missing_file", []string{"--key", keyHex(1), "datanet", "contribute", "--datanet", "1", "/nonexistent/file"}, "bad argument"},
		{"ipfs_node_down", []string{"--key", keyHex(1), "datanet", "contribute", "--datanet", "1", writeFile(t, "c.txt", "x")},
			"ipfs node unavailable: http://127.0.0.1:1 did not answer after 2 attempts: dial tcp 127.0.0.1:1: connect: connection refused"},
		{"ipfs_node_down_retry_shown", []string{"--key", keyHex(1), "datanet", "contribute", "--datanet", "1", writeFile(t, "c.txt", "x")},
			"ipfs node http://127.0.0.1:1 is not answering (dial tcp 127.0.0.1:1: connect: connection refused); retrying in 500ms (attempt 2 of 2)"},
		{"weights_and_uri", []string{"--key", keyHex(0), "model", "register", "--name", "x", "--weights", writeFile(t, "w", "w"),
			"--uri", "ipfs://x"}, "pass either --weights or --weights-hash with --uri"},
		{"bad_ipfs_uri", []string{"--key", keyHex(0), "model", "register", "--name", "x", "--weights-hash",
			hexutil.Encode(crypto.Keccak256([]byte("b"))), "--uri", "ipfs://not-a-cid"}, "not an ipfs:// URI"},
		{"bad_ipfs_api", []string{"--ipfs.api", "localhost:5001", "--key", keyHex(1), "datanet", "contribute", "--datanet", "1",
			writeFile(t, "c.txt", "x")}, "bad ipfs config: --ipfs.api"},
		{"show_without_id", []string{"agent", "show"}, "takes one ID"},
		{"bad_id", []string{"model", "show", "x1"}, "bad argument"},
		{"escrow_show_without_account", []string{"escrow", "show"}, "give an ADDRESS or a signer key"},
		{"receipt_show_without_id", []string{"receipt", "show"}, "takes one RECEIPT_ID"},
		{"reactivate_active", []string{"--key", keyHex(0), "model", "reactivate", "1"}, "reverted: StatusUnchanged(modelId=1"},
		{"transfer_to_self", []string{"--key", keyHex(0), "model", "transfer", "--model", "1", "--to", crypto.PubkeyToAddress(genesis.DevKey(0).PublicKey).Hex()},
			"new owner is the current owner"},
		{"wrong_chain", []string{"--chain-id", "900", "datanet", "list"},
			"wrong chain: " + c.rpc + " is chain 1612, not chain 900"},
		{"wrong_chain_hint", []string{"--chain-id", "900", "--key", keyHex(1), "datanet", "create", "--name", "x"},
			"or pass --chain-id 1612 to use this chain"},
		{"bad_chain_id", []string{"--chain-id", "l2", "datanet", "list"}, "chain-id"},
		{"bridge_bad_amount", []string{"--key", keyHex(0), "bridge", "withdraw", "--amount", "lots"}, "bad argument: amount"},
		{"bridge_without_tx", []string{"--key", keyHex(0), "bridge", "prove"}, "prove takes one L2_TX_HASH"},
		{"bridge_l1_down", []string{"--key", keyHex(0), "bridge", "--l1-rpc", "http://127.0.0.1:1", "status", zeroHash},
			"cannot reach the JSON-RPC endpoint http://127.0.0.1:1"},
		{"bridge_no_portal", []string{"--key", keyHex(0), "bridge", "--l1-rpc", c.rpc, "finalize", zeroHash},
			"has no output oracle (a chain without withdrawals?)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, ok := c.run(t, tc.args...)
			if ok {
				t.Fatalf("succeeded: %s", out)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Fatalf("stderr %q, want it to contain %q", errOut, tc.want)
			}
		})
	}
	// The chain-id check is on by default and can be overridden.
	accepted := []struct {
		name string
		env  []string
		args []string
	}{
		{"default_is_the_devnet", nil, []string{"datanet", "list"}},
		{"any_chain", nil, []string{"--chain-id", "0", "datanet", "list"}},
		{"env_twin", []string{"LEDGER_CHAIN_ID=1612"}, []string{"datanet", "list"}},
	}
	for _, tc := range accepted {
		t.Run(tc.name, func(t *testing.T) {
			if out, errOut, ok := c.runEnv(t, tc.env, tc.args...); !ok {
				t.Fatalf("failed: %s%s", out, errOut)
			}
		})
	}
	t.Run("env_twin_mismatch", func(t *testing.T) {
		if _, errOut, ok := c.runEnv(t, []string{"LEDGER_CHAIN_ID=900"}, "datanet", "list"); ok || !strings.Contains(errOut, "wrong chain") {
			t.Fatalf("LEDGER_CHAIN_ID=900 accepted chain 1612: %s", errOut)
		}
	})
}

// TestDefaultChainID: the CLI expects the devnet's chain by default.
func TestDefaultChainID(t *testing.T) {
	if commands.DefaultChainID != genesis.DevChainID {
		t.Fatalf("ledger expects chain %d by default, the devnet is %d", commands.DefaultChainID, genesis.DevChainID)
	}
}

// TestKeystore signs with an encrypted keystore file; a wrong password is
// refused before anything is sent.
func TestKeystore(t *testing.T) {
	c := newTestChain(t)
	key := genesis.DevKey(2)
	blob, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks := writeFile(t, "key.json", string(blob))
	pw := writeFile(t, "pw", "s3cret\n")
	if _, errOut, ok := c.run(t, "--keystore", ks, "--password", "wrong", "datanet", "create", "--name", "x"); ok ||
		!strings.Contains(errOut, "could not decrypt key with given password") {
		t.Fatalf("wrong password: %s", errOut)
	}
	out, errOut, ok := c.run(t, "--keystore", ks, "--password-file", pw, "--json", "datanet", "create", "--name", "from-keystore")
	if !ok {
		t.Fatalf("keystore signing: %s", errOut)
	}
	var res struct {
		DatanetID uint64 `json:"datanetId"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.DatanetID != 1 {
		t.Fatalf("output %s: %v", out, err)
	}
	out, _, _ = c.run(t, "--json", "datanet", "show", "1")
	var dn struct {
		Owner common.Address `json:"owner"`
	}
	if err := json.Unmarshal([]byte(out), &dn); err != nil || dn.Owner != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("owner %s, want the keystore's account", dn.Owner)
	}
}
