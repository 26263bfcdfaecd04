package docker

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
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

// TestComposeUnderPodman builds the FROM scratch image from statically
// linked binaries, brings docker-compose.yml's whole stack up with
// podman-compose (ports unpublished, so it collides with nothing on the
// host), and checks that every health check passes in its container, that
// Prometheus scrapes every job with success, and that the verifier's safe
// head carries the sequencer's blocks. It removes every container, network,
// volume and the image it made.
func TestComposeUnderPodman(t *testing.T) {
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
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	began := time.Now()
	step := func(what string) { t.Logf("%6.1fs %s", time.Since(began).Seconds(), what) }

	if _, err := BuildRootfs(ctx, repo, kubo, testLog{t}); err != nil {
		t.Fatal(err)
	}
	step("root file system built")
	c, err := LoadCompose(filepath.Join(repo, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := c.WithoutPorts(repo)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "docker-compose.yml")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	p := &Podman{
		Project:        fmt.Sprintf("oltest%d", os.Getpid()),
		File:           file,
		ContainersConf: filepath.Join(repo, "rollup", "docker", "containers.conf"),
		Log:            testLog{t},
	}
	if err := p.Build(ctx, image, filepath.Join(repo, "rollup", "docker", "Dockerfile"), repo, "ROOTFS=prebuilt"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := p.Run(context.Background(), "podman", "rmi", "-f", image); err != nil {
			t.Errorf("remove image: %v", err)
		}
	})
	step("image built")
	t.Cleanup(func() {
		if t.Failed() {
			for name := range c.Services {
				t.Logf("--- %s:\n%s", name, p.Logs(context.Background(), name, 40))
			}
		}
		if err := p.Down(context.Background()); err != nil {
			t.Errorf("tear down: %v", err)
		}
	})
	if err := p.Up(ctx, c, func(s string) { step("started " + s) }); err != nil {
		t.Fatal(err)
	}
	for name, svc := range c.Services {
		if svc.Healthcheck != nil {
			if err := p.Await(ctx, c, name, ConditionHealthy); err != nil {
				t.Fatal(err)
			}
		}
	}
	step("every service healthy")

	addr := func(service string) string {
		a, err := p.Address(ctx, service)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
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
