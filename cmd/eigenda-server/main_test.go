package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
)

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
	buildDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		_ = os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// buildBinary compiles this command (once per test run) into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goBin); err != nil {
			goBin = "go"
		}
		if buildDir, buildErr = os.MkdirTemp("", "eigenda-server-test-"); buildErr != nil {
			return
		}
		builtBin = filepath.Join(buildDir, "eigenda-server")
		if out, err := exec.Command(goBin, "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

var startedRE = regexp.MustCompile(`msg="eigenda server started" addr=(\S+)`)

type proc struct {
	cmd  *exec.Cmd
	url  string
	done chan error
	mu   sync.Mutex
	logs bytes.Buffer
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.logs.String()
}

// startServer runs the binary with the file backend configured through its
// LEDGER_EIGENDA_ environment twins, and waits until it logs its bound address.
func startServer(t *testing.T, bin, dir string) *proc {
	t.Helper()
	cmd := exec.Command(bin, "--addr", "127.0.0.1:0", "--log.format", "logfmt", "--max-blob-size", "65536")
	cmd.Env = append(os.Environ(), "LEDGER_EIGENDA_BACKEND=file", "LEDGER_EIGENDA_FILE_DIR="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, done: make(chan error, 1)}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.logs.WriteString(line + "\n")
			p.mu.Unlock()
			if m := startedRE.FindStringSubmatch(line); m != nil {
				addr <- m[1]
			}
		}
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	select {
	case a := <-addr:
		p.url = "http://" + a
	case err := <-p.done:
		t.Fatalf("server exited before serving: %v\n%s", err, p.log())
	case <-time.After(2 * time.Minute):
		t.Fatalf("server did not start\n%s", p.log())
	}
	return p
}

type acked struct {
	comm    altda.CommitmentData
	payload []byte
}

// TestKillDashNineLosesNothingAcknowledged puts payloads from two concurrent
// clients, SIGKILLs the server while puts are in flight, restarts it on the same
// directory, and reads back every put that was acknowledged, over three cycles.
func TestKillDashNineLosesNothingAcknowledged(t *testing.T) {
	bin := buildBinary(t)
	dir := filepath.Join(t.TempDir(), "blobs")
	var all []acked
	for cycle := range 3 {
		p := startServer(t, bin, dir)
		// Everything acknowledged before any earlier kill is still served.
		checkAll(t, p.url, all)
		if tmp, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(tmp) != 0 {
			t.Fatalf("cycle %d: temporary files survived the restart: %v", cycle, tmp)
		}

		var (
			mu     sync.Mutex
			got    []acked
			wg     sync.WaitGroup
			stop   = make(chan struct{})
			enough = make(chan struct{})
			once   sync.Once
		)
		client := altda.NewDAClient(p.url, false, false)
		for w := range 2 {
			wg.Go(func() {
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					payload := []byte(fmt.Sprintf("cycle %d writer %d put %d ", cycle, w, i))
					payload = append(payload, bytes.Repeat([]byte{byte(i)}, (i*7919)%60000)...)
					comm, err := client.SetInput(context.Background(), payload)
					if err != nil {
						continue // not acknowledged (the server was killed mid-put)
					}
					mu.Lock()
					got = append(got, acked{comm, payload})
					if len(got) >= 20 {
						once.Do(func() { close(enough) })
					}
					mu.Unlock()
				}
			})
		}
		select {
		case <-enough:
		case <-time.After(2 * time.Minute):
			t.Fatalf("cycle %d: puts did not succeed\n%s", cycle, p.log())
		}
		// kill -9 while both writers are mid-stream.
		if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		<-p.done
		close(stop)
		wg.Wait()
		mu.Lock()
		all = append(all, got...)
		mu.Unlock()
		t.Logf("cycle %d: %d puts acknowledged before kill -9", cycle, len(got))
	}

	p := startServer(t, bin, dir)
	checkAll(t, p.url, all)
	// A graceful stop (SIGTERM) exits cleanly.
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, p.log())
		}
	case <-time.After(time.Minute):
		t.Fatal("server did not stop on SIGTERM")
	}
	if !strings.Contains(p.log(), "eigenda server stopped") {
		t.Fatalf("no stop log line\n%s", p.log())
	}
}

func checkAll(t *testing.T, url string, all []acked) {
	t.Helper()
	client := altda.NewDAClient(url, false, false)
	for i, a := range all {
		got, err := client.GetInput(context.Background(), a.comm)
		if err != nil {
			t.Fatalf("acknowledged put %d lost: %v", i, err)
		}
		if !bytes.Equal(got, a.payload) {
			t.Fatalf("acknowledged put %d reads back different bytes", i)
		}
	}
}

// TestBinaryRejectsBadConfig checks the binary exits with an error message for an
// invalid configuration instead of starting.
func TestBinaryRejectsBadConfig(t *testing.T) {
	bin := buildBinary(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"file-without-dir", []string{"--backend", "file"}, "needs a directory"},
		{"bad-blob-size", []string{"--max-blob-size", "1000"}, "power of two"},
		{"quorum-out-of-range", []string{"--required-quorums", "300"}, "out of range"},
		{"unknown-polynomial-form", []string{"--polynomial-form", "ifft"}, "unknown polynomial form"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := exec.Command(bin, append([]string{"--addr", "127.0.0.1:0"}, tc.args...)...).CombinedOutput()
			if err == nil || !strings.Contains(string(out), tc.want) {
				t.Fatalf("got %v\n%s", err, out)
			}
		})
	}
	// The doc subcommand lists the metrics.
	out, err := exec.Command(bin, "doc", "metrics").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ledger_eigenda_verify_failures_total") {
		t.Fatalf("doc metrics: %v\n%s", err, out)
	}
}
