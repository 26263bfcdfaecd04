package main

import (
	"bufio"
	"context"
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

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/ipfs"
	ipfsrpc "github.com/openledger/openledger/ipfs/rpc"
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
	cmd := exec.Command(bin, "--datadir", dir, "--random-ports", "--metrics.addr", "127.0.0.1:0", "--accounts", "6")
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
	// The demo story: Datanet, adapter with provenance, paid answer settled.
	checkStory(t, dir, out.String(), url, m[1])
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
