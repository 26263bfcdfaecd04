// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package span

import (
	"errors"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/weights"
)

// buildIndex writes one shard per document group and opens them together.
func buildIndex(t testing.TB, groups ...[]index.Document) *index.Index {
	t.Helper()
	dir := t.TempDir()
	for v, docs := range groups {
		meta := index.ShardMeta{DatanetID: 1, DatanetVersion: uint64(v + 1), TokenizerID: common.HexToHash("0x1")}
		if _, _, err := index.AddShard(dir, meta, docs, nil); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := index.Open(filepath.Join(dir))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func bruteLongest(docs []index.Document, q []uint32) int {
	best := 0
	for _, d := range docs {
		for p := range d.Tokens {
			k := 0
			for k < len(q) && p+k < len(d.Tokens) && d.Tokens[p+k] == q[k] {
				k++
			}
			best = max(best, k)
		}
	}
	return best
}

func TestFindMatchesBruteForce(t *testing.T) {
	g := corpustest.NewGenerator(11, 60)
	v1, v2 := g.Docs(25, 10, 80, 1), g.Docs(15, 10, 80, 26)
	ix := buildIndex(t, v1, v2)
	all := append(slices.Clone(v1), v2...)
	cfg := Config{MinLength: 4, MaxOccurrences: 1 << 20}
	for trial := range 20 {
		// Outputs stitched from pieces of documents and fresh text.
		var out []uint32
		for len(out) < 200 {
			if trial%2 == 0 && g.Intn(2) == 0 {
				d := all[g.Intn(len(all))].Tokens
				from := g.Intn(len(d))
				out = append(out, d[from:min(len(d), from+5+g.Intn(30))]...)
			} else {
				out = append(out, g.Tokens(1+g.Intn(10))...)
			}
		}
		res, err := Find(ix, out, cfg)
		if err != nil {
			t.Fatal(err)
		}
		end := 0
		var wantStarts []int
		for i := range out {
			want := bruteLongest(all, out[i:])
			if res.Longest[i] != want {
				t.Fatalf("trial %d: Longest[%d] = %d, brute force %d", trial, i, res.Longest[i], want)
			}
			if want >= cfg.MinLength && i+want > end {
				wantStarts = append(wantStarts, i)
				end = i + want
			}
		}
		var gotStarts []int
		for _, s := range res.Spans {
			gotStarts = append(gotStarts, s.Start)
			var count uint64
			for _, h := range s.Docs {
				doc := ix.Shards()[h.Shard].DocTokens(h.Doc)
				if h.Offset+uint64(s.Length) > uint64(len(doc)) {
					t.Fatalf("span crosses the end of document %d", h.Doc)
				}
				if !slices.Equal(doc[h.Offset:h.Offset+uint64(s.Length)], out[s.Start:s.End()]) {
					t.Fatalf("span %+v not at the claimed offset", s)
				}
				count += h.Count
			}
			if count != s.Count {
				t.Fatalf("span count %d, per-document sum %d", s.Count, count)
			}
		}
		if !slices.Equal(gotStarts, wantStarts) {
			t.Fatalf("trial %d: span starts %v, want %v", trial, gotStarts, wantStarts)
		}
		if trial%2 == 0 && len(res.Spans) == 0 {
			t.Fatalf("trial %d: stitched output produced no spans", trial)
		}
		for _, seg := range res.Segments {
			if seg.Start >= seg.End {
				t.Fatalf("bad segment %+v", seg)
			}
		}
	}
}

func TestCopiedContributionGetsMostWeight(t *testing.T) {
	g := corpustest.NewGenerator(12, 2000)
	docs := g.Docs(200, 100, 400, 1000)
	ix := buildIndex(t, docs[:120], docs[120:])
	target := docs[150]
	tests := []struct {
		name   string
		output func() []uint32
	}{
		{"exact-copy", func() []uint32 { return slices.Clone(target.Tokens[:min(256, len(target.Tokens))]) }},
		{"copy-with-edits", func() []uint32 {
			out := slices.Clone(target.Tokens[:min(256, len(target.Tokens))])
			for _, p := range []int{30, 61, 90} {
				out[p] = 1999
			}
			return out
		}},
		{"copy-inside-fresh-text", func() []uint32 {
			out := g.Tokens(20)
			out = append(out, target.Tokens[10:90]...)
			return append(out, g.Tokens(20)...)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := tc.output()
			res, err := Find(ix, out, DefaultConfig())
			if err != nil {
				t.Fatal(err)
			}
			ws, err := Weights(res.Spans, ix.NumDocs(), len(out))
			if err != nil {
				t.Fatal(err)
			}
			if err := weights.Validate(ws); err != nil || len(ws) == 0 {
				t.Fatalf("weights %v: %v", ws, err)
			}
			var got uint64
			for _, w := range ws {
				if w.ContributionID == target.ContributionID {
					got = w.Weight
				}
			}
			if got < weights.One/10*9 {
				t.Fatalf("copied contribution got %.3f of the weight (%v)", float64(got)/1e18, ws)
			}
		})
	}
}

func TestNoOverlapNoWeights(t *testing.T) {
	g := corpustest.NewGenerator(13, 500)
	ix := buildIndex(t, g.Docs(30, 20, 100, 1))
	// Token ids the corpus never uses.
	out := make([]uint32, 256)
	for i := range out {
		out[i] = 10_000 + uint32(i)
	}
	res, err := Find(ix, out, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	ws, err := Weights(res.Spans, ix.NumDocs(), len(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Spans) != 0 || len(ws) != 0 || slices.Max(res.Longest) != 0 {
		t.Fatalf("spans %v weights %v", res.Spans, ws)
	}
	// Separator-valued and huge ids never match either.
	res, err = Find(ix, []uint32{0xffff, 0xffffffff, 0xfffffffe}, Config{MinLength: 1, MaxOccurrences: 1})
	if err != nil || len(res.Spans) != 0 {
		t.Fatalf("spans %v err %v", res.Spans, err)
	}
}

func TestMaxOccurrencesDropsCommonSpans(t *testing.T) {
	doc := []uint32{1, 2, 3, 4, 5}
	var docs []index.Document
	for i := range 10 {
		docs = append(docs, index.Document{ContributionID: uint64(i), Tokens: doc})
	}
	ix := buildIndex(t, docs)
	res, _ := Find(ix, doc, Config{MinLength: 3, MaxOccurrences: 9})
	if len(res.Spans) != 0 {
		t.Fatalf("common span kept: %v", res.Spans)
	}
	res, _ = Find(ix, doc, Config{MinLength: 3, MaxOccurrences: 10})
	if len(res.Spans) != 1 || len(res.Spans[0].Docs) != 10 {
		t.Fatalf("spans %v", res.Spans)
	}
	// Every document contains it: equal shares.
	ws, _ := Weights(res.Spans, ix.NumDocs(), len(doc))
	if len(ws) != 10 || ws[0].Weight != weights.One/10 {
		t.Fatalf("weights %v", ws)
	}
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name  string
		spans []Span
		want  []Segment
	}{
		{"none", nil, nil},
		{"disjoint", []Span{{Start: 0, Length: 3}, {Start: 5, Length: 2}}, []Segment{{0, 3}, {5, 7}}},
		{"touching", []Span{{Start: 0, Length: 3}, {Start: 3, Length: 2}}, []Segment{{0, 3}, {3, 5}}},
		{"overlap-chain", []Span{{Start: 0, Length: 4}, {Start: 2, Length: 4}, {Start: 5, Length: 4}}, []Segment{{0, 9}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge(tc.spans); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v want %v", got, tc.want)
			}
		})
	}
}

func TestScoreSharesOverlapsAndPrefersRareSpans(t *testing.T) {
	hit := func(ids ...uint64) []DocHit {
		var hs []DocHit
		for i, id := range ids {
			hs = append(hs, DocHit{Doc: i, ContributionID: id, Count: 1})
		}
		return hs
	}
	// Two equally long spans, one rare (1 doc) and one common (4 docs).
	ws, err := Weights([]Span{
		{Start: 0, Length: 10, Docs: hit(1)},
		{Start: 10, Length: 10, Docs: hit(2, 3, 4, 5)},
	}, 100, 20)
	if err != nil {
		t.Fatal(err)
	}
	if ws[0].ContributionID != 1 || ws[0].Weight <= 4*ws[1].Weight {
		t.Fatalf("rare span not favoured: %v", ws)
	}
	// Overlap: tokens 5..9 are shared by both spans, so each effectively
	// covers 7.5 tokens and they split evenly.
	ws, _ = Weights([]Span{{Start: 0, Length: 10, Docs: hit(1)}, {Start: 5, Length: 10, Docs: hit(2)}}, 100, 15)
	if len(ws) != 2 || ws[0].Weight != weights.One/2 {
		t.Fatalf("overlap not shared: %v", ws)
	}
}

func TestScoreRejectsBadEvidence(t *testing.T) {
	d := []DocHit{{ContributionID: 1}}
	tests := []struct {
		name  string
		spans []Span
		n     int
	}{
		{"past-end", []Span{{Start: 5, Length: 6, Docs: d}}, 10},
		{"negative", []Span{{Start: -1, Length: 2, Docs: d}}, 10},
		{"empty-span", []Span{{Start: 0, Length: 0, Docs: d}}, 10},
		{"no-docs", []Span{{Start: 0, Length: 2}}, 10},
		{"contained", []Span{{Start: 0, Length: 5, Docs: d}, {Start: 1, Length: 3, Docs: d}}, 10},
		{"unordered", []Span{{Start: 3, Length: 5, Docs: d}, {Start: 1, Length: 8, Docs: d}}, 10},
		{"too-many-docs", []Span{{Start: 0, Length: 2, Docs: []DocHit{{}, {}, {}}}}, 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Score(tc.spans, 2, tc.n); !errors.Is(err, ErrEvidence) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestLog2Q16(t *testing.T) {
	for _, x := range []uint64{1, 2, 3, 10, 1000, 12345, 1 << 40, 1<<63 + 12345, math.MaxUint64} {
		got := float64(log2Q16(x)) / 65536
		if want := math.Log2(float64(x)); math.Abs(got-want) > 2.0/65536 {
			t.Errorf("log2(%d) = %f, want %f", x, got, want)
		}
	}
}

func TestConfigCheck(t *testing.T) {
	if err := (Config{MinLength: 0, MaxOccurrences: 1}).Check(); !errors.Is(err, ErrConfig) {
		t.Fatal(err)
	}
	if err := (Config{MinLength: 1}).Check(); !errors.Is(err, ErrConfig) {
		t.Fatal(err)
	}
}
