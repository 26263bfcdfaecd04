package docker

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	ipfsrpc "github.com/openledger/openledger/ipfs/rpc"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/faults"
	"github.com/openledger/openledger/rollup/faults/faultstest"
	"github.com/openledger/openledger/rollup/withdrawals"
)

// image is the tag docker-compose.yml's services run.
const image = "openledger:dev"

// testLog writes to the test's log line by line.
type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// stackRun is a compose project a test brought up under podman.
type stackRun struct {
	t     *testing.T
	ctx   context.Context
	repo  string
	p     *Podman
	c     *Compose
	began time.Time
}

// step logs what was reached, with the time since the run began.
func (r *stackRun) step(what string) {
	r.t.Logf("%6.1fs %s", time.Since(r.began).Seconds(), what)
}

// addr is the service's container address.
func (r *stackRun) addr(service string) string {
	a, err := r.p.Address(r.ctx, service)
	if err != nil {
		r.t.Fatal(err)
	}
	return a
}

// upUnderPodman builds the FROM scratch image from statically linked
// binaries (tagged for this test alone), brings docker-compose.yml's
// services up with podman-compose — only those named in only, when given —
// with ports unpublished, so the stack collides with nothing on the host,
// and waits until every health check passes in its container. Cleanup
// removes every container, network, volume and the image it made. It skips
// the test where podman is missing or -short is set.
func upUnderPodman(t *testing.T, timeout time.Duration, only ...string) *stackRun {
	if testing.Short() {
		t.Skip("-short: the compose stack takes minutes")
	}
	for _, tool := range []string{"podman", "podman-compose"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (make deps installs it on Debian): the compose stack cannot run", tool)
		}
	}
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	kubo := filepath.Join(repo, ".build", "kubo", "ipfs")
	if _, err := os.Stat(kubo); err != nil {
		t.Fatalf("Kubo is not built (make ipfs): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	r := &stackRun{t: t, ctx: ctx, repo: repo, began: time.Now()}

	if _, err := BuildRootfs(ctx, repo, kubo, testLog{t}); err != nil {
		t.Fatal(err)
	}
	r.step("root file system built")
	full, err := LoadCompose(filepath.Join(repo, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	project := fmt.Sprintf("oltest%d", os.Getpid())
	tag := image + "-" + project
	doc, err := full.ForTest(repo, tag, only)
	if err != nil {
		t.Fatal(err)
	}
	if r.c, err = ParseCompose(doc); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "docker-compose.yml")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	r.p = &Podman{
		Project:        project,
		File:           file,
		ContainersConf: filepath.Join(repo, "rollup", "docker", "containers.conf"),
		Log:            testLog{t},
	}
	if err := r.p.Build(ctx, tag, filepath.Join(repo, "rollup", "docker", "Dockerfile"), repo, "ROOTFS=prebuilt"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := r.p.Run(context.Background(), "podman", "rmi", "-f", tag); err != nil {
			t.Errorf("remove image: %v", err)
		}
	})
	r.step("image built")
	t.Cleanup(func() {
		if t.Failed() {
			for name := range r.c.Services {
				t.Logf("--- %s:\n%s", name, r.p.Logs(context.Background(), name, 40))
			}
		}
		if err := r.p.Down(context.Background()); err != nil {
			t.Errorf("tear down: %v", err)
		}
	})
	if err := r.p.Up(ctx, r.c, func(s string) { r.step("started " + s) }); err != nil {
		t.Fatal(err)
	}
	for name, svc := range r.c.Services {
		if svc.Healthcheck != nil {
			if err := r.p.Await(ctx, r.c, name, ConditionHealthy); err != nil {
				t.Fatal(err)
			}
		}
	}
	r.step("every service healthy")
	return r
}

// TestComposeUnderPodman brings docker-compose.yml's whole stack up under
// podman (upUnderPodman) and checks that the verifier's safe head carries
// the sequencer's blocks, that the proposer's output root on L1 is the one
// the verifier computes, and that Prometheus scrapes every job with success.
func TestComposeUnderPodman(t *testing.T) {
	r := upUnderPodman(t, 20*time.Minute)
	ctx, repo, step, addr := r.ctx, r.repo, r.step, r.addr

	seq, err := ethclient.DialContext(ctx, "http://"+addr("sequencer-geth")+":8545")
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	ver, err := ethclient.DialContext(ctx, "http://"+addr("verifier-geth")+":9546")
	if err != nil {
		t.Fatal(err)
	}
	defer ver.Close()
	verNode, err := rpc.DialContext(ctx, "http://"+addr("verifier-node")+":7546")
	if err != nil {
		t.Fatal(err)
	}
	defer verNode.Close()
	// The safe head moves only once the batcher's data reached L1 through
	// EigenDA and the verifier derived it: wait until it passes a block the
	// sequencer has already built, then compare that block on both.
	target, err := seq.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	target = max(target, 1)
	var safe uint64
	for safe < target {
		var st eth.SyncStatus
		if err := verNode.CallContext(ctx, &st, "optimism_syncStatus"); err != nil {
			t.Fatal(err)
		}
		safe = st.SafeL2.Number
		select {
		case <-ctx.Done():
			t.Fatalf("verifier safe head %d never reached sequencer block %d: %v", safe, target, ctx.Err())
		case <-time.After(time.Second):
		}
	}
	step(fmt.Sprintf("verifier safe head %d ≥ sequencer block %d", safe, target))
	for n := uint64(1); n <= target; n++ {
		want, err := seq.HeaderByNumber(ctx, bigInt(n))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ver.HeaderByNumber(ctx, bigInt(n))
		if err != nil {
			t.Fatal(err)
		}
		if got.Hash() != want.Hash() {
			t.Fatalf("block %d: verifier %s, sequencer %s", n, got.Hash(), want.Hash())
		}
	}

	// The proposer posts the sequencer's safe output roots to L1's
	// OutputOracle: wait for one, then check its root is the one the
	// verifier computes for that block.
	l1, err := ethclient.DialContext(ctx, "http://"+addr("l1")+":8645")
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	checkOutputRoot(ctx, t, l1, ver.Client(), verNode)
	step("the proposer's output root on L1 is the verifier's")

	// Prometheus: every job of prometheus.yml is scraped with success.
	promURL := "http://" + addr("prometheus") + ":9090"
	jobs := scrapeJobs(t, filepath.Join(repo, "rollup", "docker", "prometheus.yml"))
	for {
		down, err := targetsDown(ctx, promURL, jobs)
		if err != nil {
			t.Fatal(err)
		}
		if len(down) == 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("Prometheus targets not up: %v", down)
		case <-time.After(time.Second):
		}
	}
	step("Prometheus scrapes every job")

	// The fault suite at CI size against the containers: kill -9 of each
	// component in turn (restarted by its restart policy), the EigenDA
	// container stopped for -podman.outage, a 3-block L1 reorg over
	// dev_reorg, under a load of transfers and precompile calls.
	stack, err := NewStack(ctx, r.p, r.c)
	if err != nil {
		t.Fatal(err)
	}
	// Paid inference: an adapter published on compose's IPFS node and
	// registered on chain, served paid by loraserve (which fetches it by
	// its registry id), escrow for the payer; the suite then also kills
	// loraserve and checks every receipt.
	paid := registerPaid(t, r, seq, stack.LoraserveURL())
	step(fmt.Sprintf("paid adapter %s (model %d) registered on chain and in loraserve", paid.id, paid.modelID))
	if faultstest.FirstLoad+*loadSenders > composeDevAccounts {
		t.Fatalf("-podman.senders %d: compose funds dev accounts 0..%d, the load sends from %d on", *loadSenders, composeDevAccounts-1, faultstest.FirstLoad)
	}
	var keys []*ecdsa.PrivateKey
	for i := 0; i < *loadSenders; i++ {
		keys = append(keys, genesis.DevKey(faultstest.FirstLoad+i))
	}
	kept := &keptBlocks{Target: stack, t: t, paid: paid}
	rep, err := faults.Run(ctx, kept, faults.Config{Senders: keys, Payer: genesis.DevKey(faultstest.PayerKey), DAOutage: *daOutage, ReorgDepth: 3, Logf: t.Logf})
	faultstest.RequireSurvived(t, rep, err, faults.DefaultPaidFaults)
	if paid.readded == 0 {
		t.Errorf("loraserve was never killed and restarted")
	}
	for _, c := range []faults.Component{faults.SequencerGeth, faults.VerifierGeth} {
		if kept.kept[c] == 0 {
			t.Errorf("%s was never killed, or its chain was not checked after the kill", c)
		}
	}
	step("fault suite passed")
}

// The fault suite's size in this test (CI); rollup/faults' `make faults`
// runs the in-process devnet at full size.
var (
	daOutage    = flag.Duration("podman.outage", 5*time.Second, "how long TestComposeUnderPodman keeps the EigenDA container stopped")
	loadSenders = flag.Int("podman.senders", 4, "load generator accounts of TestComposeUnderPodman's fault suite (dev accounts from 0)")
)

// composeDevAccounts is how many dev accounts docker-compose.yml's init
// funds (devnet init's --accounts default).
const composeDevAccounts = 10

// keptBlocks passes a fault Target through and checks that a killed
// execution node comes back with its chain: the newest block it had at the
// kill has the same hash once it serves again (its database is on the
// compose volume and survives the SIGKILL). It is a faults.PaidTarget over
// paid's loraserve: a restarted loraserve gets the paid adapter registered
// again (runtime registrations do not survive a restart; its receipt queue,
// on the volume, does).
type keptBlocks struct {
	faults.Target
	t      *testing.T
	paid   *paidAdapter
	before map[faults.Component]*types.Header
	// kept counts, per component, the kills after which the chain was checked.
	kept map[faults.Component]int
}

// gethURL is the JSON-RPC URL of the execution node c, or "" if c is not one.
func (k *keptBlocks) gethURL(c faults.Component) string {
	switch c {
	case faults.SequencerGeth:
		return k.Endpoints().SequencerRPC
	case faults.VerifierGeth:
		return k.Endpoints().VerifierRPC
	}
	return ""
}

func (k *keptBlocks) Kill(ctx context.Context, c faults.Component) error {
	if url := k.gethURL(c); url != "" {
		cl, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return err
		}
		h, err := cl.HeaderByNumber(ctx, nil)
		cl.Close()
		if err != nil {
			return fmt.Errorf("%s head before the kill: %w", c, err)
		}
		if k.before == nil {
			k.before, k.kept = map[faults.Component]*types.Header{}, map[faults.Component]int{}
		}
		k.before[c] = h
	}
	return k.Target.Kill(ctx, c)
}

// LoraserveURL is paid's loraserve.
func (k *keptBlocks) LoraserveURL() string { return k.paid.url }

func (k *keptBlocks) Start(ctx context.Context, c faults.Component) error {
	if err := k.Target.Start(ctx, c); err != nil {
		return err
	}
	if c == faults.Loraserve {
		if err := k.paid.add(ctx); err != nil {
			return fmt.Errorf("restarted loraserve: %w", err)
		}
		k.paid.readded++
		k.t.Logf("loraserve restarted; paid adapter %s registered again", k.paid.id)
		return nil
	}
	h, ok := k.before[c]
	if !ok {
		return nil
	}
	delete(k.before, c)
	cl, err := ethclient.DialContext(ctx, k.gethURL(c))
	if err != nil {
		return err
	}
	defer cl.Close()
	got, err := cl.HeaderByNumber(ctx, h.Number)
	if err != nil {
		return fmt.Errorf("%s: block %d after the kill: %w", c, h.Number, err)
	}
	if got.Hash() != h.Hash() {
		return fmt.Errorf("%s: block %d is %s after kill -9, was %s: the chain did not survive on its volume", c, h.Number, got.Hash(), h.Hash())
	}
	k.kept[c]++
	k.t.Logf("%s came back from its volume with block %d %s", c, h.Number, h.Hash())
	return nil
}

// targetsDown asks Prometheus for its active targets and returns the jobs
// (of want) with a target whose last scrape did not succeed, or that have none.
func targetsDown(ctx context.Context, promURL string, want []string) ([]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, promURL+"/api/v1/targets?state=active", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var body struct {
		Data struct {
			ActiveTargets []struct {
				ScrapePool string `json:"scrapePool"`
				Health     string `json:"health"`
				LastError  string `json:"lastError"`
			} `json:"activeTargets"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("prometheus targets: %w", err)
	}
	up := map[string]bool{}
	var down []string
	for _, tg := range body.Data.ActiveTargets {
		if tg.Health != "up" {
			down = append(down, fmt.Sprintf("%s (%s: %s)", tg.ScrapePool, tg.Health, tg.LastError))
			up[tg.ScrapePool] = false
			continue
		}
		if _, seen := up[tg.ScrapePool]; !seen {
			up[tg.ScrapePool] = true
		}
	}
	for _, j := range want {
		if _, ok := up[j]; !ok {
			down = append(down, j+" (no target)")
		}
	}
	return down, nil
}

// checkOutputRoot waits until L1's OutputOracle holds a proposal and the
// verifier's safe head reaches its L2 block, then compares the proposed root
// with the output root the verifier's execution node gives for that block.
func checkOutputRoot(ctx context.Context, t *testing.T, l1 *ethclient.Client, ver *rpc.Client, verNode *rpc.Client) {
	t.Helper()
	portal, err := withdrawals.NewPortal(ctx, l1, chainspec.DevDepositPortalAddr)
	if err != nil {
		t.Fatal(err)
	}
	var out *withdrawals.Output
	for out == nil {
		n, err := portal.OutputCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			if out, err = portal.OutputAt(ctx, n-1); err != nil {
				t.Fatal(err)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the proposer posted no output root: %v", ctx.Err())
		case <-time.After(time.Second):
		}
	}
	for {
		var st eth.SyncStatus
		if err := verNode.CallContext(ctx, &st, "optimism_syncStatus"); err != nil {
			t.Fatal(err)
		}
		if st.SafeL2.Number >= out.L2Block {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("verifier safe head %d never reached proposed block %d: %v", st.SafeL2.Number, out.L2Block, ctx.Err())
		case <-time.After(time.Second):
		}
	}
	want, err := withdrawals.OutputAt(ctx, ver, out.L2Block)
	if err != nil {
		t.Fatal(err)
	}
	if want.Root() != out.Root {
		t.Fatalf("output %d on L1 for L2 block %d: root %s, the verifier computes %s", out.Index, out.L2Block, out.Root, want.Root())
	}
	t.Logf("output %d: L2 block %d, root %s (proposal %s)", out.Index, out.L2Block, out.Root, out.Proposal)
}

// paidAdapter is the paid adapter a compose loraserve serves in
// TestComposeUnderPodman.
type paidAdapter struct {
	url, token string // loraserve and its admin token
	id         string // the name it is served as
	modelID    uint64
	readded    int // registrations again after a restart
}

// registerPaid publishes an adapter of loraserve's generated dev model on
// the stack's IPFS node (the same generator and seed as init's
// adapter-0000), registers it on the chain seq talks to (faultstest), builds
// its Datanet version's attribution index with the tokenizer of the model
// the loraserve container serves and publishes the shard (IPFS and the
// Datanet registry: loraserve refuses to serve an adapter paid whose
// contributions it cannot attribute), registers the adapter in loraserve by
// its registry id and deposits escrow for the payer.
func registerPaid(t *testing.T, r *stackRun, seq *ethclient.Client, loraserveURL string) *paidAdapter {
	t.Helper()
	ctx := r.ctx
	if loraserveURL == "" {
		t.Fatal("the stack has no loraserve")
	}
	dev, err := server.DevConfig(t.TempDir(), 1, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	node, err := ipfsrpc.New(fmt.Sprintf("http://%s:5001", r.addr("ipfs")))
	if err != nil {
		t.Fatal(err)
	}
	store := ipfs.NewStore(node)
	ref, err := store.Publish(ctx, filepath.Join(dev.AdaptersDir, "adapter-0000"))
	if err != nil {
		t.Fatal(err)
	}
	p := &paidAdapter{url: loraserveURL, token: os.Getenv("LORASERVE_ADMIN_TOKEN"), id: "compose-paid-lora"}
	if p.token == "" {
		p.token = "devnet-admin-token-change-me" // docker-compose.yml's default
	}
	paid := faultstest.RegisterAdapter(t, ctx, seq, "compose-fault", ref.Hash, ref.URI)
	p.modelID = paid.ModelID

	tokFile := filepath.Join(t.TempDir(), "tokenizer.json")
	if _, err := r.p.Run(ctx, "podman", "cp", r.p.Container("loraserve")+":/data/loraserve/model/tokenizer.json", tokFile); err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.Load(tokFile)
	if err != nil {
		t.Fatal(err)
	}
	indexDir := filepath.Join(t.TempDir(), "index")
	entries, err := attribution.BuildIndex(indexDir, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{paid.Datanet},
		attribution.BuildOptions{TokenizerID: tok.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	shard, err := store.Publish(ctx, filepath.Join(indexDir, entries[0].File))
	if err != nil {
		t.Fatal(err)
	}
	faultstest.MustSend(t, ctx, seq, genesis.DevKey(faultstest.OwnerKey), addresses.DatanetRegistry, bindings.NewIDatanetRegistry().PackPublishIndex(
		new(big.Int).SetUint64(paid.Datanet.DatanetID), new(big.Int).SetUint64(paid.Datanet.Version), tok.Hash(), shard.Hash, shard.URI), nil)

	faultstest.Deposit(t, ctx, seq, open.Wei(100))
	if err := p.add(ctx); err != nil {
		t.Fatal(err)
	}
	return p
}

// add registers the adapter in loraserve by its registry id (POST
// /v1/adapters with the admin token).
func (p *paidAdapter) add(ctx context.Context) error {
	body, err := json.Marshal(server.AdapterRequest{ID: p.id, ModelID: p.modelID})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/v1/adapters", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+p.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("POST /v1/adapters: %w", err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("POST /v1/adapters %s: status %d: %s", body, resp.StatusCode, out)
	}
	return nil
}
