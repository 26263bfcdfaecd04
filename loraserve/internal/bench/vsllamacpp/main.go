// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Command vsllamacpp measures loraserve against llama.cpp (node-llama-cpp's
// CPU build) on the same generated models and adapters, alternating the two
// engines within one run and reporting per-round ratios (`make
// bench-llamacpp`).
//
// Both engines load the same GGUF file for each precision, and the same
// adapters (PEFT directories for loraserve, GGUF for llama.cpp). Scenarios:
//
//   - decode: one sequence, a 16-token prompt, then greedy decoding; tokens/s
//     of the decoding part.
//   - decode-lora: the same with one rank-16 adapter applied (loraserve adds
//     its delta beside the base weights; llama.cpp's context carries it).
//   - prompt: prompt processing of a 512-token prompt in one pass; prompt
//     tokens/s, i.e. the inverse of the time to the first token (TTFT, in
//     the note).
//   - multi-C: C requests at once (16-token prompts, 16 tokens each), each on
//     an adapter drawn from 1,000 registered; aggregate generated tokens/s.
//     loraserve serves them through its scheduler and adapter cache in one
//     continuous batch. llama.cpp applies a LoRA adapter to a whole context,
//     so it gets one context per distinct adapter, run either all at once
//     within its thread budget or one after another (the faster counts); its
//     batched decoding of C sequences without adapters is reported too.
//
// A ratio above 1 means loraserve is faster. Every figure is given over
// wall-clock time and over CPU time (every thread of the engine's process):
// on a shared machine the CPU-time ratio is the steadier one. The report
// file is rewritten after every row, so an interrupted run keeps what it
// measured.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/internal/llamacpp"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	smp "github.com/openledger/openledger/loraserve/sample"
	"github.com/openledger/openledger/loraserve/scheduler"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// shapes are the generated models: a Llama-like vocabulary of 32,000 so the
// output head weighs what it does in real models.
var shapes = map[string]testmodel.Spec{
	"d1024": {Seed: 21, HiddenSize: 1024, IntermediateSize: 2816, Layers: 8, Heads: 16, KVHeads: 8, MaxPositions: 1024, VocabSize: 32000},
	"d2048": {Seed: 22, HiddenSize: 2048, IntermediateSize: 5632, Layers: 8, Heads: 16, KVHeads: 8, MaxPositions: 1024, VocabSize: 32000},
	// 1.1B parameters, the shape of TinyLlama.
	"1b": {Seed: 23, HiddenSize: 2048, IntermediateSize: 5632, Layers: 22, Heads: 32, KVHeads: 4, MaxPositions: 1024, VocabSize: 32000},
}

const (
	registered   = 1000 // adapters the multi-request scenarios draw from
	adapterRank  = 16
	promptTokens = 16 // prompt of the decode and multi scenarios
)

type options struct {
	models, dtypes, threads, concurrency []string
	rounds, decodeTokens, genTokens      int
	promptLen                            int
	dir, out                             string
	scenarios                            map[string]bool
}

func main() {
	var o options
	var models, dtypes, threads, conc, scen string
	flag.StringVar(&models, "models", "d1024,d2048", "models: d1024, d2048, 1b")
	flag.StringVar(&dtypes, "dtypes", "f32,f16,q8_0", "stored precisions")
	flag.StringVar(&threads, "threads", "1,2", "thread counts")
	flag.StringVar(&conc, "concurrency", "8,32,64", "concurrent requests of the multi scenarios")
	flag.StringVar(&scen, "scenarios", "decode,decode-lora,prompt,multi", "scenarios to run (decode, decode-lora, prompt, multi)")
	flag.IntVar(&o.rounds, "rounds", 3, "rounds; engines alternate which goes first")
	flag.IntVar(&o.decodeTokens, "decode-tokens", 32, "tokens decoded in the decode scenario")
	flag.IntVar(&o.genTokens, "gen-tokens", 16, "tokens each request generates in the multi scenarios")
	flag.IntVar(&o.promptLen, "prompt-tokens", 512, "prompt length of the prompt scenario")
	flag.StringVar(&o.dir, "dir", ".build/bench/vsllamacpp", "where generated models and adapters are kept between runs")
	flag.StringVar(&o.out, "out", "", "also write the report (markdown) to this file")
	flag.Parse()
	o.models, o.dtypes, o.threads, o.concurrency = split(models), split(dtypes), split(threads), split(conc)
	o.scenarios = map[string]bool{}
	for _, s := range split(scen) {
		if s == "ttft" { // the name before prompt tokens/s were reported
			s = "prompt"
		}
		if !slices.Contains([]string{"decode", "decode-lora", "prompt", "multi"}, s) {
			fmt.Fprintf(os.Stderr, "vsllamacpp: unknown scenario %q\n", s)
			os.Exit(2)
		}
		o.scenarios[s] = true
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "vsllamacpp:", err)
		os.Exit(1)
	}
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// sample is one engine's result in one round: the metric over wall-clock
// time, and over CPU time (every thread of the engine's process).
type sample struct{ wall, cpu float64 }

// row is one line of the report.
type row struct {
	model, dtype, scenario string
	threads                int
	unit                   string // "tok/s": higher is better
	ls, lc                 []sample
	note                   string
}

// ratios returns loraserve's advantage per round (>1: loraserve better), on
// wall-clock time and on CPU time.
func (r row) ratios() (wall, cpu []float64) {
	for i := range r.ls {
		wall, cpu = append(wall, r.ls[i].wall/r.lc[i].wall), append(cpu, r.ls[i].cpu/r.lc[i].cpu)
	}
	return wall, cpu
}

func walls(v []sample) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = x.wall
	}
	return out
}

func list(v []float64) string {
	var out []string
	for _, x := range v {
		out = append(out, fmt.Sprintf("%.2f", x))
	}
	return strings.Join(out, " ")
}

// cpuNow is the CPU time of this process so far.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// report collects the rows and keeps the report file current.
type report struct {
	path string
	rows []row
}

// add records a row and rewrites the report file.
func (rp *report) add(r row) {
	rp.rows = append(rp.rows, r)
	wr, cr := r.ratios()
	logf("  %-11s loraserve %.1f %s, llama.cpp %.1f %s: %.2f× wall, %.2f× CPU time", r.scenario, median(walls(r.ls)), r.unit,
		median(walls(r.lc)), r.unit, median(wr), median(cr))
	if rp.path == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(rp.path), 0o755); err != nil {
		logf("report: %v", err)
		return
	}
	if err := atomicfile.WriteFile(rp.path, []byte(rp.markdown()), 0o644); err != nil {
		logf("report: %v", err)
	}
}

// markdown is the report: one line per model, precision, thread count and
// scenario.
func (rp *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "| model | dtype | threads | scenario | loraserve | llama.cpp | wall ratio | per round | CPU-time ratio | per round | note |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rp.rows {
		wr, cr := r.ratios()
		fmt.Fprintf(&b, "| %s | %s | %d | %s | %.1f %s | %.1f %s | **%.2f×** | %s | **%.2f×** | %s | %s |\n", r.model, r.dtype, r.threads, r.scenario,
			median(walls(r.ls)), r.unit, median(walls(r.lc)), r.unit, median(wr), list(wr), median(cr), list(cr), r.note)
	}
	return b.String()
}

func run(o options) error {
	if err := llamacpp.Available(); err != nil {
		return err
	}
	rp := &report{path: o.out}
	defer func() { fmt.Print("\n" + rp.markdown()) }()
	for _, name := range o.models {
		spec, ok := shapes[name]
		if !ok {
			return fmt.Errorf("unknown model %q", name)
		}
		fx, err := prepare(o.dir, name, spec, o.dtypes)
		if err != nil {
			return err
		}
		for _, dts := range o.dtypes {
			dt, err := kernels.ParseDType(dts)
			if err != nil {
				return err
			}
			for _, ts := range o.threads {
				t, err := strconv.Atoi(ts)
				if err != nil || t <= 0 {
					return fmt.Errorf("bad thread count %q", ts)
				}
				if err := measure(o, fx, dt, t, rp); err != nil {
					return fmt.Errorf("%s %s threads=%d: %w", name, dt, t, err)
				}
			}
		}
	}
	return nil
}

// fixture is a generated model on disk.
type fixture struct {
	name     string
	dir      string
	cfg      *model.Config
	targets  []lora.Proj
	ggufPath map[string]string
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// prepare generates the model (once; kept in dir) and its GGUF files.
func prepare(root, name string, spec testmodel.Spec, dtypes []string) (*fixture, error) {
	dir := filepath.Join(root, name)
	fx := &fixture{name: name, dir: dir, targets: []lora.Proj{lora.Q, lora.V}, ggufPath: map[string]string{}}
	hfDir := filepath.Join(dir, "hf")
	cfg, err := model.ReadConfig(filepath.Join(hfDir, "config.json"))
	if err != nil {
		logf("generating %s in %s", name, hfDir)
		if cfg, err = testmodel.WriteModel(hfDir, spec); err != nil {
			return nil, err
		}
	}
	fx.cfg = cfg
	var hf *model.Model
	defer func() {
		if hf != nil {
			hf.Close()
		}
	}()
	for _, dts := range dtypes {
		path := filepath.Join(dir, name+"-"+dts+".gguf")
		fx.ggufPath[dts] = path
		if _, err := os.Stat(path); err == nil {
			continue
		}
		dt, err := kernels.ParseDType(dts)
		if err != nil {
			return nil, err
		}
		if hf == nil {
			if hf, err = model.Load(hfDir, model.Options{KVPages: 1}); err != nil {
				return nil, err
			}
		}
		tok, err := model.TokenizerForGGUF(hfDir, hf.Config)
		if err != nil {
			return nil, err
		}
		logf("exporting %s", path)
		if err := model.WriteGGUF(path, hf.Config, hf.Weights, model.GGUFOptions{DType: dt, Name: name, Tokenizer: tok}); err != nil {
			return nil, err
		}
	}
	return fx, nil
}

// adapter returns adapter i's PEFT directory and GGUF file, writing them on
// first use (only the adapters that requests draw are ever written).
func (fx *fixture) adapter(i int) (dir, file string, err error) {
	id := fmt.Sprintf("adapter-%04d", i)
	dir = filepath.Join(fx.dir, "adapters", id)
	file = filepath.Join(fx.dir, "adapters-gguf", id+".gguf")
	if _, err := os.Stat(file); err == nil {
		return dir, file, nil
	}
	a := testmodel.NewAdapter(id, fx.cfg, testmodel.AdapterSpec{Seed: uint64(i) + 1, Rank: adapterRank, Targets: fx.targets})
	if err := lora.Save(dir, a); err != nil {
		return "", "", err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return "", "", err
	}
	if err := lora.SaveGGUF(file, a, fx.cfg, id); err != nil {
		return "", "", err
	}
	return dir, file, nil
}

// prompt returns a deterministic prompt of n tokens for request k.
func prompt(k, n, vocab int) []int {
	out := make([]int, n)
	for j := range out {
		out[j] = 1 + (k*131+j*17)%(vocab-1)
	}
	return out
}

// draws returns, per request of a multi-C scenario, the adapter it uses.
func draws(c int) []int {
	r := rand.New(rand.NewPCG(uint64(c), 99))
	out := make([]int, c)
	for i := range out {
		out[i] = r.IntN(registered)
	}
	return out
}

// measure runs every scenario for one model, dtype and thread count, adding
// a row to rp for each.
func measure(o options, fx *fixture, dt kernels.DType, threads int, rp *report) error {
	path := fx.ggufPath[dt.String()]
	prev := runtime.GOMAXPROCS(threads)
	defer runtime.GOMAXPROCS(prev)
	m, err := model.Load(path, model.Options{Backend: kernels.NewCPU(threads), KVPages: 1024})
	if err != nil {
		return err
	}
	defer m.Close()
	e, err := llamacpp.Start(threads)
	if err != nil {
		return err
	}
	defer e.Close()
	if err := e.LoadModel("m", path); err != nil {
		return err
	}
	logf("%s %s threads=%d: loraserve and llama.cpp loaded %s", fx.name, dt, threads, filepath.Base(path))
	vocab := m.Config.VocabSize
	add := func(scenario, note string, ls, lc []sample) {
		rp.add(row{model: fx.name, dtype: dt.String(), threads: threads, scenario: scenario, unit: "tok/s", ls: ls, lc: lc, note: note})
	}
	// alternate runs a and b for each round, the first engine alternating.
	alternate := func(a, b func() (sample, error)) (as, bs []sample, err error) {
		for r := range o.rounds {
			first, second := a, b
			if r%2 == 1 {
				first, second = b, a
			}
			x, err := first()
			if err != nil {
				return nil, nil, err
			}
			y, err := second()
			if err != nil {
				return nil, nil, err
			}
			if r%2 == 1 {
				x, y = y, x
			}
			as, bs = append(as, x), append(bs, y)
		}
		return as, bs, nil
	}

	// decode: one sequence, greedy; with adapter 0 for decode-lora.
	decode := func(scenario string, withAdapter bool) error {
		n := o.decodeTokens
		opts := llamacpp.ContextOptions{Model: "m", Sequences: 1, ContextSize: 256, BatchSize: 64, Threads: threads}
		var a *lora.Adapter
		if withAdapter {
			dir, file, err := fx.adapter(0)
			if err != nil {
				return err
			}
			if a, err = lora.Load("adapter-0000", dir, m.Config); err != nil {
				return err
			}
			opts.LoRA = file
		}
		if err := e.NewContext(scenario, opts); err != nil {
			return err
		}
		defer e.Dispose(scenario)
		p := prompt(0, promptTokens, vocab)
		var lsToks, lcToks []int
		ls, lc, err := alternate(func() (sample, error) {
			r, err := lsGenerate(m, a, p, n+1)
			lsToks = r.tokens
			return sample{float64(n) / r.decodeWall.Seconds(), float64(n) / r.decodeCPU.Seconds()}, err
		}, func() (sample, error) {
			tm, res, err := e.Generate([]llamacpp.Run{{Context: scenario, Prompt: p, N: n + 1}})
			if err != nil {
				return sample{}, err
			}
			lcToks = res[0].Tokens
			return sample{float64(n) / (tm.Wall - res[0].TTFT).Seconds(), float64(n) / (tm.CPU - tm.FirstCPU).Seconds()}, nil
		})
		if err != nil {
			return err
		}
		add(scenario, agreement(lsToks, lcToks), ls, lc)
		return nil
	}
	if o.scenarios["decode"] {
		if err := decode("decode", false); err != nil {
			return err
		}
	}
	if o.scenarios["decode-lora"] {
		if err := decode("decode-lora", true); err != nil {
			return err
		}
	}

	if o.scenarios["prompt"] {
		n := o.promptLen
		if err := e.NewContext("prompt", llamacpp.ContextOptions{Model: "m", Sequences: 1, ContextSize: n + 64, BatchSize: n, Threads: threads}); err != nil {
			return err
		}
		p := prompt(1, n, vocab)
		var lsTTFT, lcTTFT []float64
		ls, lc, err := alternate(func() (sample, error) {
			r, err := lsGenerate(m, nil, p, 1)
			lsTTFT = append(lsTTFT, r.ttftWall.Seconds()*1000)
			return sample{float64(n) / r.ttftWall.Seconds(), float64(n) / r.ttftCPU.Seconds()}, err
		}, func() (sample, error) {
			tm, res, err := e.Generate([]llamacpp.Run{{Context: "prompt", Prompt: p, N: 1}})
			if err != nil {
				return sample{}, err
			}
			lcTTFT = append(lcTTFT, res[0].TTFT.Seconds()*1000)
			return sample{float64(n) / res[0].TTFT.Seconds(), float64(n) / tm.FirstCPU.Seconds()}, nil
		})
		if err != nil {
			return err
		}
		add(fmt.Sprintf("prompt-%d", n), fmt.Sprintf("TTFT %.0f ms vs %.0f ms", median(lsTTFT), median(lcTTFT)), ls, lc)
		if err := e.Dispose("prompt"); err != nil {
			return err
		}
	}

	if o.scenarios["multi"] {
		for _, cs := range o.concurrency {
			c, err := strconv.Atoi(cs)
			if err != nil || c <= 0 {
				return fmt.Errorf("bad concurrency %q", cs)
			}
			got, err := multi(o, fx, m, e, c, threads, alternate)
			if err != nil {
				return err
			}
			for _, g := range got {
				add(g.scenario, g.note, g.ls, g.lc)
			}
		}
	}
	return nil
}

// generated is one loraserve sequence's timings.
type generated struct {
	tokens                []int
	ttftWall, ttftCPU     time.Duration // the prompt's forward pass and first token
	decodeWall, decodeCPU time.Duration // every token after the first
}

// lsGenerate runs one sequence through loraserve (with adapter a, or none):
// the prompt in one forward pass, then greedy decoding until n tokens.
func lsGenerate(m *model.Model, a *lora.Adapter, p []int, n int) (generated, error) {
	var g generated
	seq := m.KV.NewSequence()
	defer seq.Release()
	start, cpu0 := time.Now(), cpuNow()
	logits, err := m.Forward([]model.Entry{{Seq: seq, Tokens: p, Adapter: a}})
	if err != nil {
		return g, err
	}
	g.tokens = []int{model.Argmax(logits[0])}
	g.ttftWall, g.ttftCPU = time.Since(start), cpuNow()-cpu0
	for len(g.tokens) < n {
		if logits, err = m.Forward([]model.Entry{{Seq: seq, Tokens: g.tokens[len(g.tokens)-1:], Adapter: a}}); err != nil {
			return g, err
		}
		g.tokens = append(g.tokens, model.Argmax(logits[0]))
	}
	g.decodeWall, g.decodeCPU = time.Since(start)-g.ttftWall, cpuNow()-cpu0-g.ttftCPU
	return g, nil
}

// agreement says how many greedy tokens the engines share before diverging.
func agreement(a, b []int) string {
	n := 0
	for n < min(len(a), len(b)) && a[n] == b[n] {
		n++
	}
	return fmt.Sprintf("greedy tokens agree %d/%d", n, min(len(a), len(b)))
}

type multiResult struct {
	scenario, note string
	ls, lc         []sample
}

// multi runs c concurrent requests over adapters drawn from the registered set.
func multi(o options, fx *fixture, m *model.Model, e *llamacpp.Engine, c, threads int,
	alternate func(a, b func() (sample, error)) ([]sample, []sample, error)) ([]multiResult, error) {
	vocab := m.Config.VocabSize
	// KV cells per llama.cpp sequence (node-llama-cpp sizes the cache per
	// sequence): the prompt and the generated tokens, rounded up.
	seqTokens := (promptTokens + o.genTokens + 63) &^ 63
	ids := draws(c)
	// loraserve: every adapter registered, the drawn ones written and made
	// resident before timing (a serving process keeps hot adapters loaded).
	files := map[int]string{}
	cache := adaptercache.New(1<<40, adaptercache.DirLoader{Dims: m.Config}, nil)
	for i := range registered {
		dir := filepath.Join(fx.dir, "adapters", fmt.Sprintf("adapter-%04d", i))
		if slices.Contains(ids, i) {
			d, f, err := fx.adapter(i)
			if err != nil {
				return nil, err
			}
			dir, files[i] = d, f
		}
		if err := cache.Register(adaptercache.Registration{ID: fmt.Sprintf("adapter-%04d", i), Dir: dir}); err != nil {
			return nil, err
		}
	}
	for i := range files {
		h, err := cache.Acquire(context.Background(), fmt.Sprintf("adapter-%04d", i))
		if err != nil {
			return nil, err
		}
		h.Release()
	}
	sched := scheduler.New(scheduler.Config{MaxBatch: max(64, c), MaxBatchTokens: max(512, c*promptTokens), MaxQueue: 2 * c}, m, cache, nil)
	sched.Start()
	defer sched.Stop(context.Background())
	lsRun := func() (sample, error) {
		return serve(sched, c, func(k int) *scheduler.Request {
			return &scheduler.Request{Adapter: fmt.Sprintf("adapter-%04d", ids[k]),
				Prompt: prompt(k, promptTokens, vocab), MaxTokens: o.genTokens, Sampling: smp.Params{TopP: 1}}
		})
	}

	// llama.cpp: one context per distinct adapter, with a sequence per
	// request on it.
	perAdapter := map[int][]int{}
	for k, id := range ids {
		perAdapter[id] = append(perAdapter[id], k)
	}
	var runs []llamacpp.Run
	var groups [][]llamacpp.Run
	for id, ks := range perAdapter {
		name := fmt.Sprintf("a%d", id)
		if err := e.NewContext(name, llamacpp.ContextOptions{Model: "m", LoRA: files[id], Sequences: len(ks),
			ContextSize: seqTokens, BatchSize: max(64, promptTokens*len(ks)), Threads: threads, MinThreads: 1}); err != nil {
			return nil, err
		}
		var g []llamacpp.Run
		for _, k := range ks {
			g = append(g, llamacpp.Run{Context: name, Prompt: prompt(k, promptTokens, vocab), N: o.genTokens})
		}
		groups = append(groups, g)
		runs = append(runs, g...)
	}
	disposed := false
	dispose := func() error {
		if disposed {
			return nil
		}
		disposed = true
		for id := range perAdapter {
			if err := e.Dispose(fmt.Sprintf("a%d", id)); err != nil {
				return err
			}
		}
		return nil
	}
	defer dispose()
	// The first round tries both setups; later rounds run the faster one.
	var concurrentWins, sequentialWins int
	concurrent := func() (llamacpp.Timing, error) {
		tm, _, err := e.Generate(runs)
		return tm, err
	}
	sequential := func() (llamacpp.Timing, error) {
		var sum llamacpp.Timing
		for _, g := range groups {
			tm, _, err := e.Generate(g)
			if err != nil {
				return sum, err
			}
			sum.Wall, sum.CPU = sum.Wall+tm.Wall, sum.CPU+tm.CPU
		}
		return sum, nil
	}
	lcRun := func() (sample, error) {
		var best llamacpp.Timing
		switch {
		case concurrentWins+sequentialWins == 0:
			all, err := concurrent()
			if err != nil {
				return sample{}, err
			}
			seq, err := sequential()
			if err != nil {
				return sample{}, err
			}
			best = all
			if seq.Wall < all.Wall {
				best = seq
				sequentialWins++
			} else {
				concurrentWins++
			}
		case concurrentWins > 0:
			tm, err := concurrent()
			if err != nil {
				return sample{}, err
			}
			best = tm
		default:
			tm, err := sequential()
			if err != nil {
				return sample{}, err
			}
			best = tm
		}
		toks := float64(c * o.genTokens)
		return sample{toks / best.Wall.Seconds(), toks / best.CPU.Seconds()}, nil
	}
	ls, lc, err := alternate(lsRun, lcRun)
	if err != nil {
		return nil, err
	}
	if err := dispose(); err != nil { // before the reference context below
		return nil, err
	}
	setup := "contexts concurrently"
	if sequentialWins > concurrentWins {
		setup = "contexts one after another"
	}
	out := []multiResult{{scenario: fmt.Sprintf("multi-%d", c), ls: ls, lc: lc,
		note: fmt.Sprintf("%d distinct adapters of %d; llama.cpp best: %s", len(perAdapter), registered, setup)}}

	// Reference: llama.cpp batching c sequences in one context, no adapters.
	if err := e.NewContext("batch", llamacpp.ContextOptions{Model: "m", Sequences: c, ContextSize: seqTokens,
		BatchSize: max(64, promptTokens*c), Threads: threads}); err != nil {
		return nil, err
	}
	defer e.Dispose("batch")
	var base []llamacpp.Run
	for k := range c {
		base = append(base, llamacpp.Run{Context: "batch", Prompt: prompt(k, promptTokens, vocab), N: o.genTokens})
	}
	lsBase := func() (sample, error) {
		return serve(sched, c, func(k int) *scheduler.Request {
			return &scheduler.Request{Prompt: prompt(k, promptTokens, vocab), MaxTokens: o.genTokens, Sampling: smp.Params{TopP: 1}}
		})
	}
	lcBase := func() (sample, error) {
		tm, _, err := e.Generate(base)
		if err != nil {
			return sample{}, err
		}
		toks := float64(c * o.genTokens)
		return sample{toks / tm.Wall.Seconds(), toks / tm.CPU.Seconds()}, nil
	}
	ls, lc, err = alternate(lsBase, lcBase)
	if err != nil {
		return nil, err
	}
	out = append(out, multiResult{scenario: fmt.Sprintf("batch-%d", c), ls: ls, lc: lc, note: "no adapters, one batch (reference)"})
	return out, nil
}

// serve submits c requests at once to the scheduler and returns the
// generated tokens per second, of wall-clock and of CPU time.
func serve(sched *scheduler.Scheduler, c int, req func(k int) *scheduler.Request) (sample, error) {
	start, cpu0 := time.Now(), cpuNow()
	chans := make([]<-chan scheduler.Event, c)
	for k := range c {
		ch, err := sched.Submit(req(k))
		if err != nil {
			return sample{}, err
		}
		chans[k] = ch
	}
	total := 0
	for _, ch := range chans {
		for ev := range ch {
			if ev.HasToken {
				total++
			}
			if ev.Done {
				if ev.Err != nil {
					return sample{}, ev.Err
				}
				break
			}
		}
	}
	return sample{float64(total) / time.Since(start).Seconds(), float64(total) / (cpuNow() - cpu0).Seconds()}, nil
}
