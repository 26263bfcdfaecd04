// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer_test

import (
	"bufio"
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// benchModels are the generated models of the loraserve serving benchmarks.
var benchModels = []struct {
	name  string
	spec  testmodel.Spec
	large bool
}{
	{"d512", testmodel.Spec{Seed: 11, HiddenSize: 512, IntermediateSize: 1376, Layers: 4, Heads: 8, KVHeads: 4, MaxPositions: 512}, false},
	{"d1024", testmodel.Spec{Seed: 12, HiddenSize: 1024, IntermediateSize: 2752, Layers: 2, Heads: 8, KVHeads: 4, MaxPositions: 512}, false},
	{"d2048", testmodel.Spec{Seed: 13, HiddenSize: 2048, IntermediateSize: 5504, Layers: 3, Heads: 16, KVHeads: 8, MaxPositions: 512}, true},
}

// BenchmarkTrainingStep trains rank-16 adapters on all seven projections,
// two 256-token sequences per step, and after every step runs the forward
// pass alone over the same tokens. It reports tokens per second per core of
// both, their ratio (CPU time of a training step ÷ CPU time of the forward
// pass: the textbook figure is about 3), and the peak resident memory while
// training as a multiple of the base weights (the weights are memory-mapped
// and counted once they are touched). d2048 (556 MB) runs with
// MODELFACTORY_BENCH_LARGE=1.
func BenchmarkTrainingStep(b *testing.B) {
	for _, bm := range benchModels {
		b.Run(bm.name, func(b *testing.B) {
			if bm.large && os.Getenv("MODELFACTORY_BENCH_LARGE") == "" {
				b.Skip("set MODELFACTORY_BENCH_LARGE=1")
			}
			dir := b.TempDir()
			if _, err := testmodel.WriteModel(filepath.Join(dir, "base"), bm.spec); err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			debug.FreeOSMemory()
			before := residentKB("VmRSS")
			resetPeak()
			m, err := model.Load(filepath.Join(dir, "base"), model.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer m.Close()
			var weightBytes int64
			for _, l := range m.Weights.Layers {
				for _, w := range l.W {
					if w != nil {
						weightBytes += w.Bytes()
					}
				}
			}
			weightBytes += m.Weights.Embed.Bytes()
			if m.Weights.LMHead != m.Weights.Embed {
				weightBytes += m.Weights.LMHead.Bytes()
			}
			r := rand.New(rand.NewPCG(1, 1))
			data := make([]trainer.Example, 8)
			for i := range data {
				toks := make([]int, 256)
				for j := range toks {
					toks[j] = r.IntN(m.Config.VocabSize)
				}
				data[i] = trainer.Example{ID: uint64(i), Tokens: toks, LossStart: 1}
			}
			cfg := trainer.Config{Rank: 16, Targets: allTargets, Steps: b.N + 1, BatchSize: 2, Seed: 1, LearningRate: 1e-4}
			var trainCPU, fwdCPU, trainWall, fwdWall time.Duration
			var tokens int64
			lastCPU, lastWall := cpuTime(), time.Now()
			var tr *trainer.Trainer
			tr, err = trainer.New(m, data, cfg, trainer.Options{Dir: filepath.Join(dir, "run"), Progress: func(p trainer.Progress) {
				if p.Step > 1 { // step 1 allocates the buffers
					trainCPU += cpuTime() - lastCPU
					trainWall += time.Since(lastWall)
					tokens += 2 * 256
				}
				exs := []model.Example{{Tokens: data[0].Tokens, LossStart: 1}, {Tokens: data[1].Tokens, LossStart: 1}}
				c0, w0 := cpuTime(), time.Now()
				if _, _, err := m.Loss(tr.Adapter(), exs); err != nil {
					b.Fatal(err)
				}
				if p.Step > 1 {
					fwdCPU += cpuTime() - c0
					fwdWall += time.Since(w0)
				}
				lastCPU, lastWall = cpuTime(), time.Now()
			}})
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			if _, err := tr.Run(context.Background()); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			peak := residentKB("VmHWM")
			cores := float64(runtime.GOMAXPROCS(0))
			b.ReportMetric(float64(tokens)/trainCPU.Seconds(), "train-tok/s/core")
			b.ReportMetric(float64(tokens)/fwdCPU.Seconds(), "fwd-tok/s/core")
			b.ReportMetric(trainCPU.Seconds()/fwdCPU.Seconds(), "train/fwd-cpu")
			b.ReportMetric(trainWall.Seconds()/fwdWall.Seconds(), "train/fwd-wall")
			b.ReportMetric(float64(tokens)/trainWall.Seconds()/cores, "train-tok/s/core-wall")
			b.ReportMetric(float64((peak-before)*1024)/float64(weightBytes), "peak-mem/weights")
		})
	}
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// residentKB returns a VmRSS/VmHWM figure of /proc/self/status in KiB.
func residentKB(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), field+":"); ok {
			v, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return v
		}
	}
	return 0
}

// resetPeak resets VmHWM to the current resident size (Linux ≥ 4.0).
func resetPeak() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }
