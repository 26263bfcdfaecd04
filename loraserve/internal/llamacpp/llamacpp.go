// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package llamacpp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"time"
)

// ErrUnavailable is returned when node or the node-llama-cpp package is missing.
var ErrUnavailable = errors.New("llamacpp: unavailable")

// Dir returns the directory of driver.mjs and its node_modules.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// Available reports why the driver cannot run (nil when it can): node must
// be on PATH and `make tools` must have installed node-llama-cpp.
func Available() error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("%w: node is not on PATH (install Node.js 20)", ErrUnavailable)
	}
	pkg := filepath.Join(Dir(), "node_modules", "node-llama-cpp", "package.json")
	if _, err := os.Stat(pkg); err != nil {
		return fmt.Errorf("%w: node-llama-cpp is missing from %s: run `make tools`", ErrUnavailable, filepath.Dir(filepath.Dir(pkg)))
	}
	return nil
}

// Engine is a running llama.cpp driver process. Its methods are safe for
// concurrent use; requests are served one at a time.
type Engine struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *bytes.Buffer
	mu     sync.Mutex
	// Timeout bounds each request (default 30 minutes).
	Timeout time.Duration
}

// Start launches the driver with a budget of threads CPU threads shared by
// every evaluation that runs at once.
func Start(threads int) (*Engine, error) {
	if err := Available(); err != nil {
		return nil, err
	}
	cmd := exec.Command("node", "--expose-gc", "driver.mjs")
	cmd.Dir = Dir()
	cmd.Env = append(os.Environ(), "NODE_LLAMA_CPP_SKIP_DOWNLOAD=true")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("llamacpp: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("llamacpp: %w", err)
	}
	e := &Engine{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20), stderr: &bytes.Buffer{}, Timeout: 30 * time.Minute}
	cmd.Stderr = &lockedWriter{w: e.stderr}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("llamacpp: start node: %w", err)
	}
	if err := e.call(map[string]any{"op": "init", "threads": threads}, nil); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.w.Len() > 1<<20 {
		l.w.Reset()
	}
	return l.w.Write(b)
}

// call sends one request and decodes the reply's "ok" value into result.
func (e *Engine) call(req map[string]any, result any) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	b, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("llamacpp: %w", err)
	}
	if _, err := e.in.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("llamacpp: %s: %w (stderr: %s)", req["op"], err, e.stderr)
	}
	type reply struct {
		line []byte
		err  error
	}
	ch := make(chan reply, 1)
	go func() {
		line, err := e.out.ReadBytes('\n')
		ch <- reply{line, err}
	}()
	var r reply
	select {
	case r = <-ch:
	case <-time.After(e.Timeout):
		_ = e.cmd.Process.Kill()
		return fmt.Errorf("llamacpp: %s: no reply within %s", req["op"], e.Timeout)
	}
	if r.err != nil {
		return fmt.Errorf("llamacpp: %s: %w (stderr: %s)", req["op"], r.err, e.stderr)
	}
	var msg struct {
		OK    json.RawMessage `json:"ok"`
		Error string          `json:"error"`
	}
	if err := json.Unmarshal(r.line, &msg); err != nil {
		return fmt.Errorf("llamacpp: %s: bad reply %q: %w", req["op"], r.line, err)
	}
	if msg.Error != "" {
		return fmt.Errorf("llamacpp: %s: %s", req["op"], msg.Error)
	}
	if result != nil {
		if err := json.Unmarshal(msg.OK, result); err != nil {
			return fmt.Errorf("llamacpp: %s: %w", req["op"], err)
		}
	}
	return nil
}

// LoadModel loads a GGUF model under id (memory-mapped, CPU).
func (e *Engine) LoadModel(id, path string) error {
	abs, err := filepath.Abs(path) // the driver runs in Dir()
	if err != nil {
		return fmt.Errorf("llamacpp: %w", err)
	}
	return e.call(map[string]any{"op": "load", "id": id, "path": abs}, nil)
}

// ContextOptions configures a llama.cpp context: its own KV cache for
// Sequences sequences of ContextSize tokens each (node-llama-cpp gives every
// sequence its own ContextSize cells: the cache holds Sequences·ContextSize
// tokens), evaluated in batches of up to BatchSize tokens, with at most one
// LoRA adapter (llama.cpp applies an adapter to a whole context).
type ContextOptions struct {
	Model       string
	LoRA        string // GGUF adapter file, "" for none
	Sequences   int
	ContextSize int
	BatchSize   int
	Threads     int
	// MinThreads is the fewest threads an evaluation starts with (default
	// Threads); below Threads, contexts evaluate concurrently within the
	// engine's thread budget.
	MinThreads int
	// KVF32 keeps the KV cache in F32 (llama.cpp's default is F16) and turns
	// flash attention off: for comparing logits, not for speed.
	KVF32 bool
}

// NewContext creates a context under id.
func (e *Engine) NewContext(id string, o ContextOptions) error {
	if o.LoRA != "" {
		abs, err := filepath.Abs(o.LoRA)
		if err != nil {
			return fmt.Errorf("llamacpp: %w", err)
		}
		o.LoRA = abs
	}
	return e.call(map[string]any{"op": "context", "id": id, "model": o.Model, "lora": o.LoRA, "sequences": o.Sequences,
		"contextSize": o.ContextSize, "batchSize": o.BatchSize, "threads": o.Threads, "minThreads": o.MinThreads, "kvF32": o.KVF32}, nil)
}

// Tokenize returns llama.cpp's tokens of each text for model id (the
// model's vocabulary, no special tokens added or parsed).
func (e *Engine) Tokenize(id string, texts []string) ([][]int, error) {
	var res struct {
		Tokens [][]int `json:"tokens"`
	}
	if err := e.call(map[string]any{"op": "tokenize", "model": id, "texts": texts}, &res); err != nil {
		return nil, err
	}
	return res.Tokens, nil
}

// Dispose frees a context.
func (e *Engine) Dispose(id string) error {
	return e.call(map[string]any{"op": "dispose", "id": id}, nil)
}

// Logits evaluates tokens on a fresh sequence of context ctx and returns the
// logits after each position listed in at.
func (e *Engine) Logits(ctx string, tokens, at []int) ([][]float32, error) {
	var res struct {
		Logits [][]*float32 `json:"logits"`
	}
	if err := e.call(map[string]any{"op": "logits", "context": ctx, "tokens": tokens, "at": at}, &res); err != nil {
		return nil, err
	}
	out := make([][]float32, len(res.Logits))
	for i, row := range res.Logits {
		out[i] = make([]float32, len(row))
		for j, v := range row {
			if v == nil {
				return nil, fmt.Errorf("llamacpp: logits: token %d missing at position %d", j, at[i])
			}
			out[i][j] = *v
		}
	}
	return out, nil
}

// Run is one sequence of a Generate call.
type Run struct {
	Context string `json:"context"`
	Prompt  []int  `json:"prompt"`
	N       int    `json:"n"` // tokens to generate greedily
}

// RunResult is what one Run produced.
type RunResult struct {
	TTFT   time.Duration
	Tokens []int
}

// Timing is how long a Generate call took.
type Timing struct {
	Wall time.Duration
	CPU  time.Duration // CPU time of the llama.cpp process, every thread
	// FirstCPU is the CPU time until the first token of any run.
	FirstCPU time.Duration
}

// Generate starts every run at once, each on a new sequence of its context,
// and returns the time until all finished and each run's result.
func (e *Engine) Generate(runs []Run) (Timing, []RunResult, error) {
	var res struct {
		ElapsedNS int64 `json:"elapsed_ns"`
		CPUNS     int64 `json:"cpu_ns"`
		FirstCPU  int64 `json:"first_cpu_ns"`
		Runs      []struct {
			TTFTNS int64 `json:"ttft_ns"`
			Tokens []int `json:"tokens"`
		} `json:"runs"`
	}
	if err := e.call(map[string]any{"op": "generate", "runs": runs}, &res); err != nil {
		return Timing{}, nil, err
	}
	out := make([]RunResult, len(res.Runs))
	for i, r := range res.Runs {
		out[i] = RunResult{TTFT: time.Duration(r.TTFTNS), Tokens: r.Tokens}
	}
	return Timing{Wall: time.Duration(res.ElapsedNS), CPU: time.Duration(res.CPUNS), FirstCPU: time.Duration(res.FirstCPU)}, out, nil
}

// Close ends the driver process.
func (e *Engine) Close() error {
	_ = e.in.Close()
	done := make(chan error, 1)
	go func() { done <- e.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("llamacpp: driver exited: %w (stderr: %s)", err, e.stderr)
		}
		return nil
	case <-time.After(time.Minute):
		_ = e.cmd.Process.Kill()
		<-done
		return fmt.Errorf("llamacpp: driver did not exit; killed")
	}
}
