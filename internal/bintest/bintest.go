package bintest

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// poll is how often WaitFor checks its condition.
const poll = 200 * time.Millisecond

// Build compiles the main package in dir ("." is the package under test)
// into a temporary directory and returns the binary's path.
func Build(t testing.TB, dir string) string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), filepath.Base(abs))
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = abs
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", dir, err, out)
	}
	return bin
}

// Process is a running binary.
type Process struct {
	name   string
	cmd    *exec.Cmd
	exited chan error
	done   bool
	err    error
}

// Start runs bin with args, its output going to out, and kills it when the
// test ends if it still runs.
func Start(t testing.TB, out io.Writer, bin string, args ...string) *Process {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	p := &Process{name: filepath.Base(bin), cmd: cmd, exited: make(chan error, 1)}
	go func() { p.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		if !p.hasExited() {
			_ = cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

func (p *Process) hasExited() bool {
	if p.done {
		return true
	}
	select {
	case p.err = <-p.exited:
		p.done = true
	default:
	}
	return p.done
}

// WaitFor polls cond until it holds; it fails the test when timeout passes
// first, or when the process exits. describe tells what was awaited (it is
// called on failure, so it may report the last value seen).
func (p *Process) WaitFor(t testing.TB, timeout time.Duration, describe func() string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if p.hasExited() {
			t.Fatalf("%s exited (%v) while waiting for %s", p.name, p.err, describe())
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, describe())
		}
		time.Sleep(poll) // polling interval, not synchronisation
	}
}

// Interrupt sends the process an interrupt (Ctrl-C) and fails the test
// unless it exits with status 0 within timeout.
func (p *Process) Interrupt(t testing.TB, timeout time.Duration) {
	t.Helper()
	if p.hasExited() {
		t.Fatalf("%s had already exited (%v) before the interrupt", p.name, p.err)
	}
	if err := p.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-p.exited:
		p.done, p.err = true, err
		if err != nil {
			t.Fatalf("%s did not stop cleanly on interrupt: %v", p.name, err)
		}
	case <-time.After(timeout):
		t.Fatalf("%s did not stop within %s of an interrupt", p.name, timeout)
	}
}
