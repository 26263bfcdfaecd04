package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/ipfs"
	ipfsrpc "github.com/openledger/openledger/ipfs/rpc"
	"github.com/openledger/openledger/modelfactory/service"
)

// transcript collects a process's output lines for concurrent reading.
type transcript struct {
	mu   sync.Mutex
	b    strings.Builder
	done chan struct{} // closed when the output ends
}

func (tr *transcript) add(line string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.b.WriteString(line + "\n")
}

func (tr *transcript) String() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.b.String()
}

// runDevnet starts the devnet binary and returns its sequencer RPC URL once
// the whole summary is printed, with the command and its output.
func runDevnet(t *testing.T, bin, dir string) (*exec.Cmd, string, *transcript) {
	t.Helper()
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	// The story's trained models are cached where make story-models puts them.
	cmd := exec.Command(bin, "--datadir", dir, "--random-ports", "--metrics.addr", "127.0.0.1:0", "--accounts", "6",
		"--story.cache", filepath.Join(root, ".build", "story-models"))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	out := &transcript{done: make(chan struct{})}
	url := make(chan string, 1)
	go func() {
		defer close(out.done)
		defer close(url)
		sc := bufio.NewScanner(stdout)
		re := regexp.MustCompile(`L2 RPC \(sequencer\)\s+(\S+)`)
		found := ""
		for sc.Scan() {
			out.add(sc.Text())
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found = m[1]
			}
			if strings.HasPrefix(sc.Text(), "Ctrl-C stops the devnet") {
				url <- found
			}
		}
	}()
	select {
	case u, ok := <-url:
		if !ok {
			t.Fatalf("devnet exited before printing its summary:\n%s", out)
		}
		return cmd, u, out
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("no summary within 3 minutes:\n%s", out)
	}
	return nil, "", nil
}

// interrupt sends Ctrl-C and waits for a clean exit.
func interrupt(t *testing.T, cmd *exec.Cmd, out *transcript) {
	t.Helper()
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	// The whole output is read before Wait closes the pipe.
	done := make(chan error, 1)
	go func() {
		<-out.done
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet exited with %v after Ctrl-C:\n%s", err, out)
		}
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("devnet did not stop within a minute of Ctrl-C:\n%s", out)
	}
}

// TestDevnetBinary checks what `make devnet` promises: it prints the RPC URLs,
// chain ids and dev keys, serves the L2, stops cleanly on Ctrl-C, and a second
// run resumes the same chain; after a crash it comes back consistent.
func TestDevnetBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs the devnet twice")
	}
	bin := filepath.Join(t.TempDir(), "devnet")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	cmd, url, out := runDevnet(t, bin, dir)
	for _, want := range []string{"created a new chain", "L2 chain id          1612", "L2 RPC (verifier)", "dev accounts", "0x4E5010020270D3CeB07f09E02298c4d7A85154d7"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	ctx := context.Background()
	// loraserve joined the devnet and serves its generated model.
	m := regexp.MustCompile(`loraserve \(OpenAI\)\s+(\S+)/v1`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("summary lacks loraserve:\n%s", out)
	}
	resp, err := http.Get(m[1] + "/v1/models")
	if err != nil {
		t.Fatal(err)
	}
	models, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(models), "openledger-dev") {
		t.Fatalf("loraserve /v1/models: %d %s", resp.StatusCode, models)
	}
	// The IPFS node joined too: content added through its API comes back.
	api := regexp.MustCompile(`IPFS \(Kubo\) RPC API\s+(\S+)`).FindStringSubmatch(out.String())
	if api == nil {
		t.Fatalf("summary lacks the IPFS node:\n%s", out)
	}
	ipfsClient, err := ipfsrpc.New(api[1])
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "doc.txt")
	os.WriteFile(doc, []byte("a contribution"), 0o644)
	store := ipfs.NewStore(ipfsClient)
	ref, err := store.Publish(ctx, doc)
	if err != nil {
		t.Fatalf("publish to the devnet's IPFS node: %v", err)
	}
	if _, err := store.Fetch(ctx, ref.URI, ref.Hash, filepath.Join(t.TempDir(), "back"), ipfs.FetchOptions{}); err != nil {
		t.Fatalf("fetch from the devnet's IPFS node: %v", err)
	}
	// Studio joined it too: its page names the chain and the services, and its RPC proxy reaches the sequencer.
	st := regexp.MustCompile(`Studio \(web app\)\s+(\S+)`).FindStringSubmatch(out.String())
	if st == nil {
		t.Fatalf("summary lacks Studio:\n%s", out)
	}
	resp, err = http.Get(st[1] + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`"chain":{"id":1612`, `"loraserve":"/api/loraserve"`, `"content":"/api/content"`} {
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), want) {
			t.Fatalf("Studio page lacks %s: %d %.400s", want, resp.StatusCode, page)
		}
	}
	resp, err = http.Post(st[1]+"/rpc", "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	rpcAnswer, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(rpcAnswer), `"result":"0x64c"`) {
		t.Fatalf("Studio /rpc: %s", rpcAnswer)
	}
	// ModelFactory joined it: its /healthz answers, and Studio's ModelFactory
	// page reaches its job API through Studio's proxy.
	mf := regexp.MustCompile(`ModelFactory\s+(http://\S+)`).FindStringSubmatch(out.String())
	if mf == nil {
		t.Fatalf("summary lacks ModelFactory:\n%s", out)
	}
	if !strings.Contains(string(page), `"modelfactory":"/api/modelfactory"`) {
		t.Fatalf("Studio page has no ModelFactory service: %.400s", page)
	}
	for _, tc := range []struct{ name, url, want string }{
		{"ModelFactory /healthz", mf[1] + "/healthz", ""},
		{"ModelFactory jobs", mf[1] + "/v1/jobs", `"jobs":[]`},
		{"ModelFactory jobs through Studio", st[1] + "/api/modelfactory/v1/jobs", `"jobs":[]`},
	} {
		waitGet(t, tc.name, tc.url, tc.want)
	}
	// The demo story: Datanet, adapter with provenance, paid answer settled.
	checkStory(t, dir, out.String(), url, m[1])
	// The page's ModelFactory tab trains on the story's Datanet.
	checkTraining(t, dir, st[1])
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil || chainID.Uint64() != 1612 {
		t.Fatalf("chain id %v, %v", chainID, err)
	}
	var head uint64
	deadline := time.Now().Add(time.Minute)
	for head < 3 && time.Now().Before(deadline) {
		head, _ = client.BlockNumber(ctx)
		time.Sleep(200 * time.Millisecond) // polling interval
	}
	block, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	client.Close()
	interrupt(t, cmd, out)
	if !strings.Contains(out.String(), "stopped; run again to resume the chain") {
		t.Fatalf("no clean-stop message:\n%s", out)
	}

	cmd, url, out = runDevnet(t, bin, dir)
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	}()
	if !strings.Contains(out.String(), "resuming the chain") {
		t.Fatalf("second run did not resume:\n%s", out)
	}
	client, err = ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	again, err := client.HeaderByNumber(ctx, block.Number)
	if err != nil || again.Hash() != block.Hash() {
		t.Fatalf("block %d after the restart: %v, %v; want %s", block.Number, again, err, block.Hash())
	}
	// After a crash (SIGKILL) the devnet comes back consistent: the dev L1 may
	// lose its last unsynced blocks, which reorgs the L2 blocks derived from
	// them as a real L1 reorg would, but sequencer and verifier agree and the
	// chain moves on.
	head, err = client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client.Close()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-out.done
	_ = cmd.Wait()
	cmd, url, out = runDevnet(t, bin, dir)
	verURL := regexp.MustCompile(`L2 RPC \(verifier\)\s+(\S+)`).FindStringSubmatch(out.String())
	if verURL == nil {
		t.Fatalf("no verifier URL:\n%s", out)
	}
	seqClient, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer seqClient.Close()
	verClient, err := ethclient.Dial(verURL[1])
	if err != nil {
		t.Fatal(err)
	}
	defer verClient.Close()
	safeTag := big.NewInt(int64(rpc.SafeBlockNumber))
	deadline = time.Now().Add(2 * time.Minute)
	for {
		safe, err := verClient.HeaderByNumber(ctx, safeTag)
		if err == nil && safe.Number.Uint64() > head {
			seqBlock, err := seqClient.HeaderByNumber(ctx, safe.Number)
			if err != nil || seqBlock.Hash() != safe.Hash() {
				t.Fatalf("after the crash the verifier's safe block %d is %s, the sequencer's %v (%v)", safe.Number, safe.Hash(), seqBlock, err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the verifier's safe head did not pass %d after the crash: %v, %v", head, safe, err)
		}
		time.Sleep(200 * time.Millisecond) // polling interval
	}
	interrupt(t, cmd, out)
}

// waitGet polls url until it answers 200 with a body containing want, for
// at most a minute.
func waitGet(t *testing.T, name, url, want string) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		status, body := 0, ""
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			status, body = resp.StatusCode, string(b)
			if status == http.StatusOK && strings.Contains(body, want) {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: GET %s: %d %.400s (%v), want 200 with %q", name, url, status, body, err, want)
		}
		<-tick.C
	}
}

// checkTraining creates a job on the story's base model and Datanet version
// through Studio's ModelFactory proxy, as the page does, and waits for the
// devnet's ModelFactory to train it and publish the adapter on IPFS.
func checkTraining(t *testing.T, dir, studioURL string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "story", storyStateFile))
	if err != nil {
		t.Fatal(err)
	}
	var st storyState
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(genesis.DevKey(2).PublicKey)
	req := fmt.Sprintf(`{"owner":%q,"baseModelId":%d,"datanets":[{"datanetId":%d,"version":%d}],`+
		`"hyperparameters":{"rank":4,"alpha":8,"targetModules":["q_proj","v_proj"],"learningRate":0.005,`+
		`"epochs":1,"batchSize":2,"maxSeqLen":64,"warmupSteps":1,"seed":7}}`, owner.Hex(), st.BaseModelID, st.DatanetID, st.DatanetVersion)
	jobs := studioURL + "/api/modelfactory/v1/jobs"
	post, err := http.NewRequest(http.MethodPost, jobs, strings.NewReader(req))
	if err != nil {
		t.Fatal(err)
	}
	post.Header.Set("Content-Type", "application/json")
	// ModelFactory checks the owner's signature over its own path.
	signed, err := http.NewRequest(http.MethodPost, "/v1/jobs", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := service.Sign(signed, []byte(req), genesis.DevKey(2), time.Minute); err != nil {
		t.Fatal(err)
	}
	post.Header.Set(service.AuthHeader, signed.Header.Get(service.AuthHeader))
	resp, err := http.DefaultClient.Do(post)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST %s: %d %s", jobs, resp.StatusCode, body)
	}
	var job service.Job
	if err := json.Unmarshal(body, &job); err != nil {
		t.Fatalf("job %s: %v", body, err)
	}
	deadline := time.Now().Add(3 * time.Minute)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for !job.State.Final() {
		if time.Now().After(deadline) {
			t.Fatalf("job %s still %s (step %d of %d) after 3 minutes", job.ID, job.State, job.Step, job.TotalSteps)
		}
		<-tick.C
		resp, err := http.Get(jobs + "/" + job.ID)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET job %s: %d %s", job.ID, resp.StatusCode, body)
		}
		if err := json.Unmarshal(body, &job); err != nil {
			t.Fatalf("job %s: %v", body, err)
		}
	}
	if job.State != service.StateSucceeded || job.Result == nil {
		t.Fatalf("job %s ended %s: %s", job.ID, job.State, job.Error)
	}
	r := job.Result
	if !strings.HasPrefix(r.URI, "ipfs://") || len(r.Datanets) != 1 || r.Datanets[0].DatanetID != st.DatanetID ||
		len(r.Datanets[0].Contributions) != len(st.Contributions) {
		t.Fatalf("job result %+v, want an adapter on IPFS trained on the %d contributions of Datanet %d@%d",
			r, len(st.Contributions), st.DatanetID, st.DatanetVersion)
	}
}
