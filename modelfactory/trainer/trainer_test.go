// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// writeModel generates the tiny Llama into a directory and loads it.
func writeModel(t testing.TB, dir string) *model.Model {
	t.Helper()
	_, err := testmodel.WriteModel(dir, testmodel.Tiny)
	require.NoError(t, err)
	return loadModel(t, dir)
}

func loadModel(t testing.TB, dir string) *model.Model {
	t.Helper()
	m, err := model.Load(dir, model.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	return m
}

// sentences draws n sentences of a small templated language: what a model
// can learn from a few dozen examples, and test on sentences it never saw.
func sentences(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	who := []string{"the fox", "a dog", "the model", "my friend", "the curator", "a contributor"}
	verb := []string{"reads", "writes", "trains", "finds", "likes", "checks"}
	what := []string{"the data", "a book", "the adapter", "some code", "the answer", "a receipt"}
	where := []string{"in the forest", "on the chain", "at home", "every day", "in the sun", "with care"}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %s %s %s.", who[r.IntN(len(who))], verb[r.IntN(len(verb))], what[r.IntN(len(what))], where[r.IntN(len(where))])
	}
	return out
}

func tokenize(t testing.TB, tok *tokenizer.Tokenizer, texts []string, firstID uint64) []trainer.Example {
	out := make([]trainer.Example, len(texts))
	for i, s := range texts {
		// The family's prefix (BOS, ChatGLM's [gMASK] sop, or none) is context only.
		tokens := tok.EncodeWithSpecialTokens(s)
		prefix := len(tokens) - len(tok.Encode(s))
		out[i] = trainer.Example{ID: firstID + uint64(i), Tokens: tokens, LossStart: max(1, prefix)}
	}
	return out
}

var allTargets = []string{"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}

// An adapter trained on a small corpus lowers the loss of held-out text,
// and loraserve, loading the saved PEFT directory, computes exactly the
// logits the trainer computed.
func TestTrainLowersHeldOutLossAndServesSameLogits(t *testing.T) {
	dir := t.TempDir()
	m := writeModel(t, filepath.Join(dir, "base"))
	train := tokenize(t, m.Tokenizer, sentences(1, 48), 100)
	heldOut := tokenize(t, m.Tokenizer, sentences(2, 16), 900)
	var progress []trainer.Progress
	tr, err := trainer.New(m, train, trainer.Config{Rank: 8, Targets: allTargets, LearningRate: 5e-3, WarmupSteps: 3,
		Epochs: 4, BatchSize: 8, MicroBatch: 3, MaxGradNorm: 1, Seed: 1},
		trainer.Options{Dir: filepath.Join(dir, "run"), BaseModel: "testmodel", Eval: heldOut, EvalEvery: 12,
			Progress: func(p trainer.Progress) { progress = append(progress, p) }})
	require.NoError(t, err)
	before, err := tr.Evaluate(heldOut)
	require.NoError(t, err)
	res, err := tr.Run(context.Background())
	require.NoError(t, err)
	require.Equal(t, 24, res.Steps)
	require.Len(t, progress, 24)
	require.NotNil(t, res.EvalLoss)
	t.Logf("held-out loss %.3f -> %.3f; training loss %.3f -> %.3f", before, *res.EvalLoss, res.Losses[0], res.Losses[len(res.Losses)-1])
	require.Less(t, *res.EvalLoss, 0.8*before, "held-out loss must fall")
	require.Less(t, res.Losses[len(res.Losses)-1], 0.8*res.Losses[0])
	for i, p := range progress {
		require.Equal(t, i+1, p.Step)
		require.Equal(t, 24, p.Steps)
		require.Greater(t, p.TokensPerSecond, 0.0)
		require.Equal(t, p.Step%12 == 0, p.EvalLoss != nil)
	}
	// Served: the saved directory through lora.Load and the serving forward pass.
	served := loadModel(t, filepath.Join(dir, "base"))
	a, err := lora.Load("trained", res.AdapterPath, served.Config)
	require.NoError(t, err)
	require.Equal(t, res.Adapter.Hash, a.Hash)
	cfg, err := lora.ReadConfig(res.AdapterPath)
	require.NoError(t, err)
	require.Equal(t, 8, cfg.R)
	require.Equal(t, "testmodel", cfg.BaseModel)
	for _, ex := range heldOut[:3] {
		want, err := m.Logits(res.Adapter, ex.Tokens)
		require.NoError(t, err)
		seq := served.KV.NewSequence()
		for p := range ex.Tokens {
			got, err := served.Forward([]model.Entry{{Seq: seq, Tokens: ex.Tokens[p : p+1], Adapter: a}})
			require.NoError(t, err)
			require.Equal(t, want[p], got[0], "position %d", p)
		}
		seq.Release()
	}
}

func runOnce(t *testing.T, base, runDir string, cfg trainer.Config, data []trainer.Example) *trainer.Result {
	m := loadModel(t, base)
	tr, err := trainer.New(m, data, cfg, trainer.Options{Dir: runDir})
	require.NoError(t, err)
	res, err := tr.Run(context.Background())
	require.NoError(t, err)
	return res
}

func readFiles(t *testing.T, dir string, names ...string) map[string][]byte {
	out := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		require.NoError(t, err)
		out[n] = b
	}
	return out
}

var runFiles = []string{"adapter/adapter_model.safetensors", "adapter/adapter_config.json", trainer.StepLogFile, trainer.SummaryFile}

var smallRun = trainer.Config{Rank: 4, Targets: allTargets, LearningRate: 3e-3, WarmupSteps: 2, Steps: 12, BatchSize: 4, MicroBatch: 2,
	WeightDecay: 0.01, MaxGradNorm: 1, Seed: 7, CheckpointEvery: 3}

// The same seed gives the same adapter bit for bit, on any number of cores;
// another seed gives another.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	m := writeModel(t, base)
	data := tokenize(t, m.Tokenizer, sentences(3, 20), 1)
	prev := runtime.GOMAXPROCS(1)
	runOnce(t, base, filepath.Join(dir, "one"), smallRun, data)
	runtime.GOMAXPROCS(4)
	runOnce(t, base, filepath.Join(dir, "four"), smallRun, data)
	runtime.GOMAXPROCS(prev)
	require.Equal(t, readFiles(t, filepath.Join(dir, "one"), runFiles...), readFiles(t, filepath.Join(dir, "four"), runFiles...))
	other := smallRun
	other.Seed = 8
	runOnce(t, base, filepath.Join(dir, "other"), other, data)
	a := readFiles(t, filepath.Join(dir, "one"), runFiles...)
	b := readFiles(t, filepath.Join(dir, "other"), runFiles...)
	require.NotEqual(t, a["adapter/adapter_model.safetensors"], b["adapter/adapter_model.safetensors"])
	require.NotEqual(t, a[trainer.StepLogFile], b[trainer.StepLogFile])
}

// A cancelled run saves a checkpoint; running again resumes and ends with the
// weights of a run never interrupted.
func TestResumeAfterCancel(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	m := writeModel(t, base)
	data := tokenize(t, m.Tokenizer, sentences(4, 20), 1)
	runOnce(t, base, filepath.Join(dir, "whole"), smallRun, data)
	for _, stop := range []int{1, 5, 6} { // before, between and at checkpoints
		t.Run(fmt.Sprint("stop-after-", stop), func(t *testing.T) {
			run := filepath.Join(dir, fmt.Sprint("stopped-", stop))
			ctx, cancel := context.WithCancel(context.Background())
			tr, err := trainer.New(m, data, smallRun, trainer.Options{Dir: run, Progress: func(p trainer.Progress) {
				if p.Step == stop {
					cancel()
				}
			}})
			require.NoError(t, err)
			_, err = tr.Run(ctx)
			require.ErrorIs(t, err, context.Canceled)
			res := runOnce(t, base, run, smallRun, data)
			require.Equal(t, stop, res.ResumedAt)
			require.Equal(t, readFiles(t, filepath.Join(dir, "whole"), runFiles[:3]...), readFiles(t, run, runFiles[:3]...))
		})
	}
}

// Gradient accumulation over micro-batches trains the same adapter, up to
// float rounding, as whole batches; and step 1's loss is the mean loss of
// its examples under the initial adapter (B = 0: the base model).
func TestMicroBatchesAccumulate(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	m := writeModel(t, base)
	data := tokenize(t, m.Tokenizer, sentences(5, 8), 1)
	data[2].LossStart = 4 // a prompt: not predicted
	cfg := smallRun
	cfg.BatchSize, cfg.Steps, cfg.CheckpointEvery = 8, 3, 0
	var results []*trainer.Result
	for _, micro := range []int{8, 3, 1} {
		cfg.MicroBatch = micro
		tr, err := trainer.New(m, data, cfg, trainer.Options{Dir: filepath.Join(dir, fmt.Sprint("micro-", micro))})
		require.NoError(t, err)
		initial, err := tr.Evaluate(data)
		require.NoError(t, err)
		res, err := tr.Run(context.Background())
		require.NoError(t, err)
		require.InDelta(t, initial, res.Losses[0], 1e-5)
		results = append(results, res)
	}
	want := results[0].Adapter.Factors()
	for _, r := range results[1:] {
		for i, f := range r.Adapter.Factors() {
			for j, v := range f.Data {
				require.InDelta(t, want[i].Data[j], v, 1e-4, f.Name())
			}
		}
	}
}

// The step log lists each step's example IDs; VerifyStepLog recomputes the
// schedule and rejects a log that was changed.
func TestStepLog(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	m := writeModel(t, base)
	data := tokenize(t, m.Tokenizer, sentences(6, 10), 500)
	res := runOnce(t, base, filepath.Join(dir, "run"), smallRun, data)
	b, err := os.ReadFile(filepath.Join(dir, "run", trainer.StepLogFile))
	require.NoError(t, err)
	recs, err := trainer.ParseStepLog(b)
	require.NoError(t, err)
	require.Len(t, recs, res.Steps)
	seen := map[uint64]int{}
	for i, r := range recs {
		require.Equal(t, i+1, r.Step)
		require.Len(t, r.IDs, smallRun.BatchSize)
		for _, id := range r.IDs {
			seen[id]++
		}
	}
	// 12 steps of 4 over 10 examples: every example is used 4 or 5 times.
	require.Len(t, seen, 10)
	for id, n := range seen {
		require.True(t, n == 4 || n == 5, "id %d used %d times", id, n)
	}
	ids := make([]uint64, len(data))
	for i, e := range data {
		ids[i] = e.ID
	}
	require.NoError(t, trainer.VerifyStepLog(b, ids, smallRun.Seed, smallRun.BatchSize))
	require.ErrorIs(t, trainer.VerifyStepLog(b, ids, smallRun.Seed+1, smallRun.BatchSize), trainer.ErrStepLog)
	tampered := append([]byte(nil), b...)
	tampered[len(tampered)-1] ^= 1
	require.ErrorIs(t, trainer.VerifyStepLog(tampered, ids, smallRun.Seed, smallRun.BatchSize), trainer.ErrStepLog)
	for _, bad := range [][]byte{nil, []byte("OLSTEPS\x01"), b[:len(b)-1], append([]byte("OLSTEPS\x01"), 2, 0)} {
		_, err := trainer.ParseStepLog(bad)
		if len(bad) == len("OLSTEPS\x01") {
			require.NoError(t, err)
			continue
		}
		require.ErrorIs(t, err, trainer.ErrStepLog)
	}
}

func TestRejects(t *testing.T) {
	dir := t.TempDir()
	m := writeModel(t, filepath.Join(dir, "base"))
	good := tokenize(t, m.Tokenizer, sentences(7, 4), 1)
	run := filepath.Join(dir, "run")
	tests := []struct {
		name string
		cfg  trainer.Config
		data []trainer.Example
		opts trainer.Options
		want error
	}{
		{"no-data", trainer.Config{}, nil, trainer.Options{Dir: run}, trainer.ErrData},
		{"one-token", trainer.Config{}, []trainer.Example{{Tokens: []int{1}, LossStart: 1}}, trainer.Options{Dir: run}, trainer.ErrData},
		{"loss-start-0", trainer.Config{}, []trainer.Example{{Tokens: []int{1, 2}}}, trainer.Options{Dir: run}, trainer.ErrData},
		{"token-outside-vocab", trainer.Config{}, []trainer.Example{{Tokens: []int{1, m.Config.VocabSize}, LossStart: 1}}, trainer.Options{Dir: run}, trainer.ErrData},
		{"bad-eval", trainer.Config{}, good, trainer.Options{Dir: run, Eval: []trainer.Example{{Tokens: []int{-1, 2}, LossStart: 1}}}, trainer.ErrData},
		{"no-dir", trainer.Config{}, good, trainer.Options{}, nil},
		{"unknown-target", trainer.Config{Targets: []string{"qkv"}}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"twice-target", trainer.Config{Targets: []string{"q_proj", "q_proj"}}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"negative-rank", trainer.Config{Rank: -1}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"micro-over-batch", trainer.Config{BatchSize: 2, MicroBatch: 3}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"lr-too-large", trainer.Config{LearningRate: 2}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"beta-1", trainer.Config{Beta1: 1}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"min-lr-ratio", trainer.Config{MinLRRatio: 1.5}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
		{"negative-warmup", trainer.Config{WarmupSteps: -1}, good, trainer.Options{Dir: run}, trainer.ErrConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := trainer.New(m, tc.data, tc.cfg, tc.opts)
			require.Error(t, err)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
			}
		})
	}
	// A checkpoint of another config or other data refuses to resume.
	cfg := smallRun
	cfg.Steps = 3
	runOnce(t, filepath.Join(dir, "base"), run, cfg, good)
	for _, change := range []func(c *trainer.Config, d []trainer.Example) []trainer.Example{
		func(c *trainer.Config, d []trainer.Example) []trainer.Example { c.LearningRate *= 2; return d },
		func(c *trainer.Config, d []trainer.Example) []trainer.Example { return d[1:] },
	} {
		c2 := cfg
		d2 := change(&c2, good)
		tr, err := trainer.New(m, d2, c2, trainer.Options{Dir: run})
		require.NoError(t, err)
		_, err = tr.Run(context.Background())
		require.ErrorIs(t, err, trainer.ErrCheckpoint)
	}
	// Changing only how often checkpoints are saved is allowed.
	c3 := cfg
	c3.CheckpointEvery = 1
	tr, err := trainer.New(m, good, c3, trainer.Options{Dir: run})
	require.NoError(t, err)
	_, err = tr.Run(context.Background())
	require.NoError(t, err)
}

// helperEnv makes the test binary a training process (TestHelperTrainProcess).
const helperEnv = "TRAINER_HELPER_RUN"

// TestHelperTrainProcess is the process TestKill9 kills: it trains the run
// in $TRAINER_HELPER_RUN, prints "step N" after step 7 and waits on stdin.
func TestHelperTrainProcess(t *testing.T) {
	run := os.Getenv(helperEnv)
	if run == "" {
		t.Skip("helper process for TestKill9")
	}
	m, err := model.Load(filepath.Join(run, "..", "base"), model.Options{})
	if err != nil {
		t.Fatal(err)
	}
	data := tokenize(t, m.Tokenizer, sentences(9, 20), 1)
	tr, err := trainer.New(m, data, smallRun, trainer.Options{Dir: run, Progress: func(p trainer.Progress) {
		if p.Step == 7 {
			fmt.Println("step", p.Step)
			bufio.NewReader(os.Stdin).ReadString('\n') // killed while waiting here
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// A training process killed with SIGKILL between checkpoints (step 7 done,
// checkpoint at 6) resumes and ends with the same weights, step log and
// summary as a run never interrupted.
func TestKill9(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	m := writeModel(t, base)
	data := tokenize(t, m.Tokenizer, sentences(9, 20), 1)
	runOnce(t, base, filepath.Join(dir, "whole"), smallRun, data)

	run := filepath.Join(dir, "killed")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperTrainProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+run)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "step 7\n", line)
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	err = cmd.Wait()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "%v", err)
	require.Equal(t, syscall.SIGKILL, exit.Sys().(syscall.WaitStatus).Signal())
	// The log holds step 7, the checkpoint step 6 only.
	b, err := os.ReadFile(filepath.Join(run, trainer.StepLogFile))
	require.NoError(t, err)
	recs, err := trainer.ParseStepLog(b)
	require.NoError(t, err)
	require.Len(t, recs, 7)

	res := runOnce(t, base, run, smallRun, data)
	require.Equal(t, 6, res.ResumedAt)
	require.Equal(t, readFiles(t, filepath.Join(dir, "whole"), runFiles[:3]...), readFiles(t, run, runFiles[:3]...))
	whole, err := os.ReadFile(filepath.Join(dir, "whole", trainer.SummaryFile))
	require.NoError(t, err)
	require.Contains(t, string(whole), res.StepLogSHA256)
	require.Contains(t, string(whole), res.AdapterSHA256)
}

// Every family trains: the loss falls, and the saved adapter served by the
// family's forward pass gives the trainer's logits.
func TestTrainEveryFamily(t *testing.T) {
	for _, family := range testmodel.Families {
		t.Run(family, func(t *testing.T) {
			dir := t.TempDir()
			_, err := testmodel.WriteModel(filepath.Join(dir, "base"), testmodel.Spec{Family: family, Seed: 3})
			require.NoError(t, err)
			m := loadModel(t, filepath.Join(dir, "base"))
			data := tokenize(t, m.Tokenizer, sentences(11, 16), 1)
			var targets []string
			for _, p := range m.Config.Layout().Projections() {
				targets = append(targets, m.Config.Layout().Module(p))
			}
			tr, err := trainer.New(m, data, trainer.Config{Rank: 4, Targets: targets, LearningRate: 5e-3, Steps: 10,
				BatchSize: 4, Seed: 2}, trainer.Options{Dir: filepath.Join(dir, "run")})
			require.NoError(t, err)
			before, err := tr.Evaluate(data)
			require.NoError(t, err)
			res, err := tr.Run(context.Background())
			require.NoError(t, err)
			after, err := tr.Evaluate(data)
			require.NoError(t, err)
			require.Less(t, after, 0.9*before, "loss %.3f -> %.3f", before, after)
			served := loadModel(t, filepath.Join(dir, "base"))
			a, err := lora.Load("x", res.AdapterPath, served.Config)
			require.NoError(t, err)
			toks := data[0].Tokens
			want, err := m.Logits(res.Adapter, toks)
			require.NoError(t, err)
			got, err := served.Forward([]model.Entry{{Seq: served.KV.NewSequence(), Tokens: toks, Adapter: a}})
			require.NoError(t, err)
			require.Equal(t, want[len(toks)-1], got[0])
		})
	}
}
