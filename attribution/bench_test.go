// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"encoding/binary"
	"index/suffixarray"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/attribution/span"
)

// The scale benchmarks build one generated corpus of benchTokens() tokens
// (ATTRIBUTION_BENCH_TOKENS, default 2M; the closing note's figures use
// 100M) over a 32k vocabulary, in documents of 200–2,000 tokens.
func benchTokens() int {
	if v, err := strconv.Atoi(os.Getenv("ATTRIBUTION_BENCH_TOKENS")); err == nil && v > 0 {
		return v
	}
	return 2_000_000
}

var (
	benchOnce sync.Once
	benchDocs []index.Document
	benchDir  string
	benchErr  error
)

func benchCorpus(b *testing.B) []index.Document {
	benchOnce.Do(func() {
		g := corpustest.NewGenerator(77, 32000)
		n := benchTokens()
		for id, total := uint64(1), 0; total < n; id++ {
			d := g.Docs(1, 200, 2000, id)[0]
			if total+len(d.Tokens) > n {
				d.Tokens = d.Tokens[:n-total]
			}
			total += len(d.Tokens)
			benchDocs = append(benchDocs, d)
		}
		benchDir, benchErr = os.MkdirTemp("", "attribution-bench-")
		if benchErr != nil {
			return
		}
		report := progress.Func(nil)
		if os.Getenv("ATTRIBUTION_BENCH_PROGRESS") != "" {
			report = progress.Terminal(os.Stderr, time.Second)
		}
		_, _, benchErr = index.AddShard(benchDir, index.ShardMeta{DatanetID: 1, DatanetVersion: 1, TokenizerID: common.HexToHash("0x1")}, benchDocs, report)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDocs
}

// BenchmarkBuildShard measures a full shard build: suffix sort, encode,
// checksum, write. Reports tokens/s and bytes/token.
func BenchmarkBuildShard(b *testing.B) {
	docs := benchCorpus(b)
	dir := b.TempDir()
	var stats index.ShardStats
	b.ReportAllocs()
	for b.Loop() {
		var err error
		stats, err = index.WriteShard(filepath.Join(dir, "s.olx"), index.ShardMeta{}, docs, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(stats.Tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(stats.BytesPerToken(), "bytes/token")
}

// tokenBytes spells documents the way index/suffixarray must see them: every
// token as 4 little-endian bytes, a 0xffffffff word between documents.
func tokenBytes(docs []index.Document) []byte {
	var buf []byte
	for _, d := range docs {
		for _, t := range d.Tokens {
			buf = binary.LittleEndian.AppendUint32(buf, t)
		}
		buf = binary.LittleEndian.AppendUint32(buf, 0xffffffff)
	}
	return buf
}

// BenchmarkBuildStdlibSameBytes builds Go's index/suffixarray over the same
// corpus as bytes (and serialises it, its on-disk form), the baseline for
// BenchmarkBuildShard.
func BenchmarkBuildStdlibSameBytes(b *testing.B) {
	docs := benchCorpus(b)
	data := tokenBytes(docs)
	var tokens int
	for _, d := range docs {
		tokens += len(d.Tokens) + 1
	}
	path := filepath.Join(b.TempDir(), "stdlib.sa")
	b.ReportAllocs()
	var size int64
	for b.Loop() {
		sa := suffixarray.New(data)
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := sa.Write(f); err != nil {
			b.Fatal(err)
		}
		st, _ := f.Stat()
		size = st.Size()
		f.Close()
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(size)/float64(tokens), "bytes/token")
}

// queries draws 256-token outputs: a third copied from a document with a few
// edits, a third stitched from several documents, a third fresh text.
func queries(docs []index.Document, n int) [][]uint32 {
	g := corpustest.NewGenerator(78, 32000)
	var out [][]uint32
	for i := range n {
		var q []uint32
		switch i % 3 {
		case 0:
			d := docs[g.Intn(len(docs))].Tokens
			from := g.Intn(max(1, len(d)-256))
			q = slices.Clone(d[from:min(len(d), from+256)])
			for range 3 {
				q[g.Intn(len(q))] = uint32(g.Intn(32000))
			}
		case 1:
			for len(q) < 256 {
				d := docs[g.Intn(len(docs))].Tokens
				from := g.Intn(len(d))
				q = append(q, d[from:min(len(d), from+10+g.Intn(40))]...)
			}
		default:
			q = g.Tokens(256)
		}
		if len(q) < 256 {
			q = append(q, g.Tokens(256-len(q))...)
		}
		out = append(out, q[:256])
	}
	return out
}

// BenchmarkQuery256 attributes 300 outputs of 256 tokens against the corpus
// per iteration and reports per-query latency percentiles.
func BenchmarkQuery256(b *testing.B) {
	docs := benchCorpus(b)
	a, err := attribution.Open(benchDir, nil, span.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	qs := queries(docs, 300)
	// Warm the page cache the way a serving process would be.
	for _, q := range qs {
		if _, err := a.Attribute(q); err != nil {
			b.Fatal(err)
		}
	}
	// Each iteration attributes every query once and records its latency.
	// CPU time (all threads) is reported too: on a shared machine wall-clock
	// percentiles include time spent waiting for a core.
	var lat []time.Duration
	cpu0 := cpuTime()
	b.ReportAllocs()
	for b.Loop() {
		for i, q := range qs {
			start := time.Now()
			att, err := a.Attribute(q)
			lat = append(lat, time.Since(start))
			if err != nil {
				b.Fatal(err)
			}
			if i%3 == 0 && len(att.Weights) == 0 {
				b.Fatal("copied output attributed to nothing")
			}
		}
	}
	cpu := cpuTime() - cpu0
	slices.Sort(lat)
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(lat)), "cpu-ms/query")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(lat))/float64(b.N), "queries/op")
	b.ReportMetric(float64(a.Index().SizeBytes())/1e6, "index-MB")
}

// BenchmarkCount8 counts 8-token n-grams in the token index; its twin
// BenchmarkCount8Stdlib looks up the same 32 bytes with index/suffixarray
// (which also reports matches that start inside a token).
func BenchmarkCount8(b *testing.B) {
	docs := benchCorpus(b)
	ix, err := index.Open(benchDir)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	s := ix.Shards()[0]
	grams := ngrams(docs, 1000)
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if s.Count(grams[i%len(grams)]) == 0 {
			b.Fatal("n-gram from the corpus not found")
		}
		i++
	}
}

func BenchmarkCount8Stdlib(b *testing.B) {
	docs := benchCorpus(b)
	sa := suffixarray.New(tokenBytes(docs))
	grams := ngrams(docs, 1000)
	pats := make([][]byte, len(grams))
	for i, g := range grams {
		for _, t := range g {
			pats[i] = binary.LittleEndian.AppendUint32(pats[i], t)
		}
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if len(sa.Lookup(pats[i%len(pats)], -1)) == 0 {
			b.Fatal("n-gram from the corpus not found")
		}
		i++
	}
}

func ngrams(docs []index.Document, n int) [][]uint32 {
	g := corpustest.NewGenerator(79, 10)
	out := make([][]uint32, n)
	for i := range out {
		d := docs[g.Intn(len(docs))].Tokens
		from := g.Intn(len(d) - 8)
		out[i] = d[from : from+8]
	}
	return out
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
