package bintest_test

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openledger/openledger/internal/bintest"
)

// syncBuffer is a bytes.Buffer safe for the process's writes and the test's reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// recorder is a testing.TB whose Fatalf records the failure and ends the
// goroutine, so a test can check that a helper fails.
type recorder struct {
	testing.TB
	failure string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failure = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// failure runs f with a recorder and returns what it failed with ("" if it did not).
func failure(t *testing.T, f func(tb testing.TB)) string {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() { defer close(done); f(r) }()
	<-done
	return r.failure
}

func TestRunAndInterrupt(t *testing.T) {
	bin := bintest.Build(t, "testdata/sigexit")
	var out syncBuffer
	p := bintest.Start(t, &out, bin)
	p.WaitFor(t, 30*time.Second, func() string { return "ready" }, func() bool { return strings.Contains(out.String(), "ready") })
	p.Interrupt(t, 30*time.Second)
	if !strings.Contains(out.String(), "stopping") {
		t.Fatalf("output %q: the binary did not handle the interrupt", out.String())
	}
}

func TestFailures(t *testing.T) {
	bin := bintest.Build(t, "testdata/sigexit")
	tests := []struct {
		name string
		run  func(tb testing.TB)
		want string
	}{
		{"exits while awaited", func(tb testing.TB) {
			p := bintest.Start(t, new(syncBuffer), bin, "-fail")
			p.WaitFor(tb, time.Minute, func() string { return "never" }, func() bool { return false })
		}, "sigexit exited (exit status 3) while waiting for never"},
		{"deadline", func(tb testing.TB) {
			p := bintest.Start(t, new(syncBuffer), bin)
			p.WaitFor(tb, 300*time.Millisecond, func() string { return "never" }, func() bool { return false })
		}, "timed out after 300ms waiting for never"},
		{"build error", func(tb testing.TB) { bintest.Build(tb, "testdata/missing") }, "go build testdata/missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := failure(t, tt.run)
			if got == "" || !strings.Contains(got, tt.want) {
				t.Fatalf("failed with %q, want %q", got, tt.want)
			}
		})
	}
}
