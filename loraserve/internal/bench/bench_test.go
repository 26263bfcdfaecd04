// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

const (
	registered = 1000 // adapters on disk and registered
	resident   = 64   // adapters the cache budget holds
	batch      = 32   // sequences decoding together
	context_   = 32   // tokens of context each sequence has
	reqTokens  = 32   // tokens one request generates (for the merge baseline)
	rank       = 16
)

// benchConfig is a base model and the shape of its adapters.
type benchConfig struct {
	name    string
	spec    testmodel.Spec
	targets []lora.Proj
}

var (
	// small: 12M parameters (48 MB f32); a rank-16 adapter on q, v, o, down is
	// 2.6% of the base model, far heavier than in practice.
	small = benchConfig{"d512-qvod", testmodel.Spec{Seed: 11, HiddenSize: 512, IntermediateSize: 1376, Layers: 4, Heads: 8, KVHeads: 4, MaxPositions: 512},
		[]lora.Proj{lora.Q, lora.V, lora.O, lora.Down}}
	// wide: 23M parameters (92 MB f32) with PEFT's default Llama targets
	// (q, v); a rank-16 adapter is 0.5% of the base, closer to real models
	// (0.1-0.4% for 7B models at rank 16).
	wide = benchConfig{"d1024-qv", testmodel.Spec{Seed: 12, HiddenSize: 1024, IntermediateSize: 2752, Layers: 2, Heads: 8, KVHeads: 4, MaxPositions: 512},
		[]lora.Proj{lora.Q, lora.V}}
	// large: 139M parameters (556 MB f32), more than the development machine's
	// last-level cache, so single-sequence decoding is memory-bound as it is
	// for real models. Run with LORASERVE_BENCH_LARGE=1 (writes ~2 GB).
	large = benchConfig{"d2048-qv", testmodel.Spec{Seed: 13, HiddenSize: 2048, IntermediateSize: 5504, Layers: 3, Heads: 16, KVHeads: 8, MaxPositions: 512},
		[]lora.Proj{lora.Q, lora.V}}
)

type world struct {
	m        *model.Model
	cache    *adaptercache.Cache
	dirs     map[string]string
	hot      []*adaptercache.Handle
	adapters []*lora.Adapter // the resident adapters, one per batch row
}

var (
	worldsMu sync.Mutex
	worlds   = map[string]*world{}
	roots    []string
)

func setup(b *testing.B) *world { return setupConfig(b, small) }

func setupConfig(b *testing.B, bc benchConfig) *world {
	worldsMu.Lock()
	defer worldsMu.Unlock()
	if w, ok := worlds[bc.name]; ok {
		return w
	}
	w, err := build(bc)
	require.NoError(b, err)
	worlds[bc.name] = w
	return w
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, r := range roots {
		os.RemoveAll(r)
	}
	os.Exit(code)
}

func build(bc benchConfig) (*world, error) {
	root, err := os.MkdirTemp("", "loraserve-bench-")
	if err != nil {
		return nil, err
	}
	roots = append(roots, root)
	cfg, err := testmodel.WriteModel(filepath.Join(root, "model"), bc.spec)
	if err != nil {
		return nil, err
	}
	m, err := model.Load(filepath.Join(root, "model"), model.Options{KVPages: 512})
	if err != nil {
		return nil, err
	}
	w := &world{m: m, dirs: map[string]string{}}
	var size int64
	for i := 0; i < registered; i++ {
		id := fmt.Sprintf("adapter-%04d", i)
		a := testmodel.NewAdapter(id, cfg, testmodel.AdapterSpec{Seed: uint64(i), Rank: rank, Targets: bc.targets})
		dir := filepath.Join(root, "adapters", id)
		if err := lora.Save(dir, a); err != nil {
			return nil, err
		}
		w.dirs[id] = dir
		size = a.Bytes
	}
	w.cache = adaptercache.New(size*resident, adaptercache.DirLoader{Dims: cfg}, nil)
	for id, dir := range w.dirs {
		if err := w.cache.Register(adaptercache.Registration{ID: id, Dir: dir}); err != nil {
			return nil, err
		}
	}
	// Make 64 adapters resident (spread over the registered set) and pin one
	// per batch row, each row a different adapter.
	for i := 0; i < resident; i++ {
		h, err := w.cache.Acquire(context.Background(), fmt.Sprintf("adapter-%04d", i*(registered/resident)))
		if err != nil {
			return nil, err
		}
		w.hot = append(w.hot, h)
	}
	for i := 0; i < batch; i++ {
		w.adapters = append(w.adapters, w.hot[(i*7)%resident].Adapter)
	}
	return w, nil
}

// prefill makes batch sequences with context_ tokens each.
func prefill(b *testing.B, m *model.Model, adapters []*lora.Adapter) []*model.Sequence {
	seqs := make([]*model.Sequence, len(adapters))
	var entries []model.Entry
	for i := range seqs {
		seqs[i] = m.KV.NewSequence()
		toks := make([]int, context_)
		for j := range toks {
			toks[j] = (i*31 + j*7) % 400
		}
		entries = append(entries, model.Entry{Seq: seqs[i], Tokens: toks, Adapter: adapters[i]})
	}
	_, err := m.Forward(entries)
	require.NoError(b, err)
	return seqs
}

// decodeSteps reports decode throughput of the batch: each iteration appends
// one token to every sequence, then rewinds so the context stays context_ long.
func decodeSteps(b *testing.B, m *model.Model, adapters []*lora.Adapter) {
	seqs := prefill(b, m, adapters)
	defer func() {
		for _, s := range seqs {
			s.Release()
		}
	}()
	entries := make([]model.Entry, len(seqs))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, s := range seqs {
			s.Truncate(context_)
			entries[i] = model.Entry{Seq: s, Tokens: []int{i % 400}, Adapter: adapters[i]}
		}
		if _, err := m.Forward(entries); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(seqs))*float64(b.N)/b.Elapsed().Seconds(), "tok/s")
}

// BenchmarkDecodeBaseOnly is the baseline: 32 sequences on the base model.
func BenchmarkDecodeBaseOnly(b *testing.B) {
	w := setup(b)
	decodeSteps(b, w.m, make([]*lora.Adapter, batch))
}

// BenchmarkDecodeMixedAdapters: 32 sequences, each with a different adapter out
// of 64 resident of 1,000 registered, in one batch.
func BenchmarkDecodeMixedAdapters(b *testing.B) {
	w := setup(b)
	decodeSteps(b, w.m, w.adapters)
}

// BenchmarkDecodeMergePerRequest is the naive baseline: each request merges its
// adapter into a copy of the weights, then generates reqTokens tokens alone.
func BenchmarkDecodeMergePerRequest(b *testing.B) {
	w := setup(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := w.adapters[i%len(w.adapters)]
		i++
		merged := w.m.WithWeights(model.MergeAdapter(w.m.Weights, w.m.Config, a), 4)
		seq := merged.KV.NewSequence()
		toks := make([]int, context_)
		for j := range toks {
			toks[j] = (i*31 + j*7) % 400
		}
		if _, err := merged.Forward([]model.Entry{{Seq: seq, Tokens: toks}}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer() // only decode counts, as in the batched benchmarks (prefill excluded)
		b.StartTimer()
		for t := 0; t < reqTokens; t++ {
			seq.Truncate(context_)
			if _, err := merged.Forward([]model.Entry{{Seq: seq, Tokens: []int{t}}}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(reqTokens)*float64(b.N)/b.Elapsed().Seconds(), "tok/s")
}

// BenchmarkAdapterSwitchCached is the cost of switching a request to another
// resident adapter: a cache hit, pin and unpin.
func BenchmarkAdapterSwitchCached(b *testing.B) {
	w := setup(b)
	ids := make([]string, resident)
	for i := range ids {
		ids[i] = fmt.Sprintf("adapter-%04d", i*(registered/resident))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		h, err := w.cache.TryAcquire(ids[i%resident])
		if err != nil || h == nil {
			b.Fatalf("not resident: %v", err)
		}
		h.Release()
		i++
	}
}

// BenchmarkAdapterColdLoad is the latency of loading a rank-16 adapter that is
// not resident (header read, weights read and validated, hash, insertion).
func BenchmarkAdapterColdLoad(b *testing.B) {
	w := setup(b)
	st, _ := w.cache.Lookup("adapter-0000")
	cold := adaptercache.New(st.Bytes, adaptercache.DirLoader{Dims: w.m.Config}, nil) // room for one: every load is a miss
	for _, id := range []string{"adapter-0001", "adapter-0002"} {
		require.NoError(b, cold.Register(adaptercache.Registration{ID: id, Dir: w.dirs[id]}))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		h, err := cold.Acquire(context.Background(), []string{"adapter-0001", "adapter-0002"}[i%2])
		if err != nil {
			b.Fatal(err)
		}
		h.Release()
		i++
	}
}

// BenchmarkServingRatios interleaves the three serving modes in every
// iteration so they see the same machine load (the development machine is
// shared), and reports their throughputs and ratios:
//
//	mixed/base:  32 different adapters vs the base model alone (goal ≥ 0.8)
//	mixed/merge: batched LoRA vs merging each request's adapter (goal ≥ 10)
func BenchmarkServingRatios(b *testing.B) {
	configs := []benchConfig{small, wide}
	if os.Getenv("LORASERVE_BENCH_LARGE") != "" {
		configs = append(configs, large)
	}
	for _, bc := range configs {
		b.Run(bc.name, func(b *testing.B) { servingRatios(b, setupConfig(b, bc)) })
	}
}

func servingRatios(b *testing.B, w *world) {
	base := make([]*lora.Adapter, batch)
	seqsBase := prefill(b, w.m, base)
	seqsMixed := prefill(b, w.m, w.adapters)
	defer func() {
		for _, s := range append(seqsBase, seqsMixed...) {
			s.Release()
		}
	}()
	// Each mode's cost is measured both in wall time and in process CPU time;
	// the CPU time is what the ratio means on a saturated machine, and does not
	// depend on how much of the shared machine the benchmark got.
	type cost struct{ wall, cpu time.Duration }
	measure := func(c *cost, f func()) {
		w0, c0 := time.Now(), cpuTime()
		f()
		c.wall += time.Since(w0)
		c.cpu += cpuTime() - c0
	}
	step := func(c *cost, seqs []*model.Sequence, adapters []*lora.Adapter) {
		entries := make([]model.Entry, len(seqs))
		for i, s := range seqs {
			s.Truncate(context_)
			entries[i] = model.Entry{Seq: s, Tokens: []int{i % 400}, Adapter: adapters[i]}
		}
		measure(c, func() {
			if _, err := w.m.Forward(entries); err != nil {
				b.Fatal(err)
			}
		})
	}
	var tBase, tMixed, tMerge cost
	mergeTokens := 0
	i := 0
	for b.Loop() {
		step(&tBase, seqsBase, base)
		step(&tMixed, seqsMixed, w.adapters)
		// One naive request: merge, prefill (not timed, as above), decode alone.
		a := w.adapters[i%len(w.adapters)]
		i++
		var merged *model.Model
		measure(&tMerge, func() { merged = w.m.WithWeights(model.MergeAdapter(w.m.Weights, w.m.Config, a), 4) })
		seq := merged.KV.NewSequence()
		toks := make([]int, context_)
		if _, err := merged.Forward([]model.Entry{{Seq: seq, Tokens: toks}}); err != nil {
			b.Fatal(err)
		}
		measure(&tMerge, func() {
			for t := 0; t < reqTokens; t++ {
				seq.Truncate(context_)
				if _, err := merged.Forward([]model.Entry{{Seq: seq, Tokens: []int{t}}}); err != nil {
					b.Fatal(err)
				}
			}
		})
		mergeTokens += reqTokens
	}
	n := float64(b.N * batch)
	rate := func(tokens float64, d time.Duration) float64 { return tokens / d.Seconds() }
	b.ReportMetric(rate(n, tBase.cpu), "base-tok/cpu-s")
	b.ReportMetric(rate(n, tBase.wall), "base-tok/s")
	b.ReportMetric(rate(n, tMixed.wall), "mixed-tok/s")
	b.ReportMetric(rate(float64(mergeTokens), tMerge.wall), "merge-tok/s")
	b.ReportMetric(rate(n, tMixed.wall)/rate(n, tBase.wall), "mixed/base-wall")
	b.ReportMetric(rate(n, tMixed.wall)/rate(float64(mergeTokens), tMerge.wall), "mixed/merge-wall")
	b.ReportMetric(rate(n, tMixed.cpu)/rate(n, tBase.cpu), "mixed/base-cpu")
	b.ReportMetric(rate(n, tMixed.cpu)/rate(float64(mergeTokens), tMerge.cpu), "mixed/merge-cpu")
}

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
