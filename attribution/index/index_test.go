// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution/corpustest"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/progress"
)

var testMeta = index.ShardMeta{DatanetID: 7, DatanetVersion: 1, TokenizerID: common.HexToHash("0x70")}

func writeShard(t testing.TB, docs []index.Document) (*index.Shard, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "s.olx")
	if _, err := index.WriteShard(path, testMeta, docs, nil); err != nil {
		t.Fatal(err)
	}
	s, err := index.OpenShard(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// bruteLongest is the longest prefix of q inside any single document.
func bruteLongest(docs []index.Document, q []uint32) (best int, count uint64) {
	for _, d := range docs {
		for p := range d.Tokens {
			k := 0
			for k < len(q) && p+k < len(d.Tokens) && d.Tokens[p+k] == q[k] {
				k++
			}
			switch {
			case k > best:
				best, count = k, 1
			case k == best && k > 0:
				count++
			}
		}
	}
	return best, count
}

func TestShardRoundTrip(t *testing.T) {
	g := corpustest.NewGenerator(1, 500)
	docs := g.Docs(40, 1, 60, 100)
	s, _ := writeShard(t, docs)
	if s.NumDocs() != len(docs) || s.Meta() != testMeta {
		t.Fatalf("docs=%d meta=%+v", s.NumDocs(), s.Meta())
	}
	if err := s.VerifyContent(); err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		info := s.Doc(i)
		if info.ContributionID != d.ContributionID || info.Contributor != d.Contributor || info.Length != uint64(len(d.Tokens)) {
			t.Fatalf("doc %d: %+v", i, info)
		}
		if !slices.Equal(s.DocTokens(i), d.Tokens) {
			t.Fatalf("doc %d tokens differ", i)
		}
		for off := range d.Tokens {
			doc, o, ok := s.DocAt(info.Start + uint64(off))
			if !ok || doc != i || o != uint64(off) {
				t.Fatalf("DocAt(%d) = %d,%d,%v", info.Start+uint64(off), doc, o, ok)
			}
		}
		if _, _, ok := s.DocAt(info.Start + info.Length); ok {
			t.Fatalf("separator after doc %d reported as a token", i)
		}
	}
}

func TestLongestMatchesBruteForce(t *testing.T) {
	tests := []struct {
		name  string
		vocab int
		docs  func(g *corpustest.Generator) []index.Document
	}{
		{"zipf", 300, func(g *corpustest.Generator) []index.Document { return g.Docs(30, 5, 80, 1) }},
		{"many-samples", 40, func(g *corpustest.Generator) []index.Document { return g.Docs(400, 20, 180, 1) }},
		{"repetitive-samples", 2, func(g *corpustest.Generator) []index.Document { return g.Docs(150, 50, 150, 1) }},
		{"tiny-vocab", 3, func(g *corpustest.Generator) []index.Document { return g.Docs(20, 1, 30, 1) }},
		{"single-token-docs", 2, func(*corpustest.Generator) []index.Document {
			var docs []index.Document
			for i := range 12 {
				docs = append(docs, index.Document{ContributionID: uint64(i), Tokens: slices.Repeat([]uint32{4}, 1+i*3)})
			}
			return docs
		}},
		{"large-ids", 5, func(g *corpustest.Generator) []index.Document {
			docs := g.Docs(10, 3, 20, 1)
			for _, d := range docs {
				for i := range d.Tokens {
					d.Tokens[i] = index.MaxTokenID - d.Tokens[i]
				}
			}
			return docs
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := corpustest.NewGenerator(2, tc.vocab)
			docs := tc.docs(g)
			s, _ := writeShard(t, docs)
			var queries [][]uint32
			for range 300 {
				queries = append(queries, g.Tokens(1+g.Intn(12)))
			}
			// Tokens the shard does not have, first or later.
			queries = append(queries, []uint32{uint32(tc.vocab + 7), 0, 1}, []uint32{0, uint32(tc.vocab + 7)}, []uint32{0xffff}, []uint32{0xffffffff})
			// Queries copied from documents, running over the end of one.
			for i, d := range docs {
				from := g.Intn(len(d.Tokens))
				q := slices.Clone(d.Tokens[from:])
				if i+1 < len(docs) {
					q = append(q, docs[i+1].Tokens...)
				}
				queries = append(queries, q)
			}
			for _, q := range queries {
				wantLen, wantCount := bruteLongest(docs, q)
				n, lo, hi := s.Longest(q)
				if n != wantLen {
					t.Fatalf("Longest(%v) = %d, brute force %d", q, n, wantLen)
				}
				if n > 0 && hi-lo != wantCount {
					t.Fatalf("Longest(%v): %d occurrences, brute force %d", q, hi-lo, wantCount)
				}
				for j := lo; n > 0 && j < hi; j++ {
					doc, off, ok := s.DocAt(s.Suffix(j))
					if !ok || off+uint64(n) > s.Doc(doc).Length {
						t.Fatalf("match of length %d at entry %d crosses document %d", n, j, doc)
					}
				}
			}
		})
	}
}

func TestWidths(t *testing.T) {
	tests := []struct {
		name     string
		maxToken uint32
		token    int
	}{
		{"byte", 254, 1},
		{"llama2-32k", 31999, 2},
		{"edge-65534", 65534, 2},
		{"edge-65535", 65535, 3},
		{"llama3-128k", 128255, 3},
		{"max", index.MaxTokenID, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := []index.Document{{ContributionID: 1, Tokens: []uint32{0, tc.maxToken, 3}}}
			s, _ := writeShard(t, docs)
			tw, sw := s.Widths()
			if tw != tc.token || sw != 1 {
				t.Fatalf("widths %d/%d", tw, sw)
			}
			if s.Count([]uint32{tc.maxToken, 3}) != 1 {
				t.Fatal("max token not found")
			}
		})
	}
}

func TestWriteRejectsBadDocuments(t *testing.T) {
	tests := []struct {
		name string
		docs []index.Document
	}{
		{"none", nil},
		{"empty-doc", []index.Document{{ContributionID: 1}}},
		{"separator-id", []index.Document{{ContributionID: 1, Tokens: []uint32{1, 0xffffffff}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := index.WriteShard(filepath.Join(t.TempDir(), "x"), testMeta, tc.docs, nil)
			if !errors.Is(err, index.ErrBadDocument) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestCorruptShardDetected(t *testing.T) {
	g := corpustest.NewGenerator(3, 1000)
	_, path := writeShard(t, g.Docs(20, 10, 40, 1))
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := index.Parse(good)
	tw, sw := s.Widths()
	n := int(s.NumTokens())
	tests := []struct {
		name   string
		mutate func([]byte) []byte
	}{
		{"magic", func(b []byte) []byte { b[0] ^= 1; return b }},
		{"header-field", func(b []byte) []byte { b[16]++; return b }},
		{"token", func(b []byte) []byte { b[256+5] ^= 0x40; return b }},
		{"suffix", func(b []byte) []byte { b[256+n*tw+7] ^= 1; return b }},
		{"doc-table", func(b []byte) []byte { b[256+n*(tw+sw)+20] ^= 1; return b }},
		{"last-byte", func(b []byte) []byte { b[len(b)-1] ^= 0x80; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-3] }},
		{"extended", func(b []byte) []byte { return append(b, 0) }},
		{"header-only", func(b []byte) []byte { return b[:256] }},
		{"short", func(b []byte) []byte { return b[:100] }},
		{"empty", func(b []byte) []byte { return nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := tc.mutate(slices.Clone(good))
			if _, err := index.Parse(bad); !errors.Is(err, index.ErrCorrupt) {
				t.Fatalf("Parse: got %v, want ErrCorrupt", err)
			}
			p := filepath.Join(t.TempDir(), "bad.olx")
			if err := os.WriteFile(p, bad, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := index.OpenShard(p); !errors.Is(err, index.ErrCorrupt) {
				t.Fatalf("OpenShard: got %v, want ErrCorrupt", err)
			}
		})
	}
}

func TestIndexShardsAndManifest(t *testing.T) {
	dir := t.TempDir()
	g := corpustest.NewGenerator(4, 800)
	v1 := g.Docs(10, 5, 30, 1)
	v2 := g.Docs(5, 5, 30, 11)
	var updates int
	report := func(progress.Update) { updates++ }
	if _, _, err := index.AddShard(dir, testMeta, v1, report); err != nil {
		t.Fatal(err)
	}
	ix1, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	root1 := ix1.Root()
	ix1.Close()
	info, err := os.Stat(filepath.Join(dir, "shard-000000-d7-v1.olx"))
	if err != nil {
		t.Fatal(err)
	}

	meta2 := testMeta
	meta2.DatanetVersion = 2
	if _, _, err := index.AddShard(dir, meta2, v2, report); err != nil {
		t.Fatal(err)
	}
	if updates < 6 {
		t.Fatalf("only %d progress updates", updates)
	}
	// The first shard was not rewritten.
	if info2, _ := os.Stat(filepath.Join(dir, "shard-000000-d7-v1.olx")); !info2.ModTime().Equal(info.ModTime()) {
		t.Fatal("adding a version rewrote the first shard")
	}
	if _, _, err := index.AddShard(dir, meta2, v2, nil); !errors.Is(err, index.ErrDuplicateShard) {
		t.Fatalf("duplicate version: %v", err)
	}
	other := meta2
	other.DatanetVersion, other.TokenizerID = 3, common.HexToHash("0x71")
	if _, _, err := index.AddShard(dir, other, v2, nil); !errors.Is(err, index.ErrTokenizerMismatch) {
		t.Fatalf("tokenizer mismatch: %v", err)
	}

	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if len(ix.Shards()) != 2 || ix.NumDocs() != 15 || ix.Root() == root1 {
		t.Fatalf("shards=%d docs=%d", len(ix.Shards()), ix.NumDocs())
	}
	if got := ix.Shards()[1].Count(v2[3].Tokens); got < 1 {
		t.Fatal("second version's document not found")
	}
}

func TestOpenRejectsBadManifest(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(dir string)
	}{
		{"not-json", func(dir string) { os.WriteFile(filepath.Join(dir, index.ManifestName), []byte("{"), 0o644) }},
		{"path-escape", func(dir string) {
			os.WriteFile(filepath.Join(dir, index.ManifestName), []byte(`{"version":1,"shards":[{"file":"../x"}]}`), 0o644)
		}},
		{"swapped-shard", func(dir string) {
			// Replace the shard by a valid one with other content.
			g := corpustest.NewGenerator(9, 100)
			index.WriteShard(filepath.Join(dir, "shard-000000-d7-v1.olx"), testMeta, g.Docs(3, 2, 5, 1), nil)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			g := corpustest.NewGenerator(5, 100)
			if _, _, err := index.AddShard(dir, testMeta, g.Docs(4, 3, 9, 1), nil); err != nil {
				t.Fatal(err)
			}
			tc.mutate(dir)
			if _, err := index.Open(dir); !errors.Is(err, index.ErrCorrupt) {
				t.Fatalf("got %v, want ErrCorrupt", err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	g := corpustest.NewGenerator(6, 300)
	dir := f.TempDir()
	for i, docs := range [][]index.Document{g.Docs(3, 1, 8, 1), g.Docs(1, 1, 1, 1), g.Docs(6, 2, 20, 1)} {
		p := filepath.Join(dir, "seed.olx")
		if _, err := index.WriteShard(p, testMeta, docs, nil); err != nil {
			f.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		f.Add(b, uint16(i*37))
	}
	f.Fuzz(func(t *testing.T, data []byte, flip uint16) {
		if len(data) > 0 && int(flip)%2 == 1 {
			data[int(flip)%len(data)] ^= byte(flip >> 8)
		}
		s, err := index.Parse(data)
		if err != nil {
			if !errors.Is(err, index.ErrCorrupt) {
				t.Fatalf("error does not wrap ErrCorrupt: %v", err)
			}
			return
		}
		// A shard that parses must be searchable without panics.
		for i := range s.NumDocs() {
			toks := s.DocTokens(i)
			s.Count(toks)
			s.Longest(append(toks, 1, 2, 3))
		}
		for j := range s.NumTokens() {
			s.DocAt(s.Suffix(j))
		}
	})
}

func TestConcurrentAddShard(t *testing.T) {
	dir := t.TempDir()
	const versions = 6
	errs := make(chan error, versions)
	for v := range versions {
		go func() {
			g := corpustest.NewGenerator(uint64(100+v), 200)
			meta := testMeta
			meta.DatanetVersion = uint64(v + 1)
			_, _, err := index.AddShard(dir, meta, g.Docs(5, 3, 30, uint64(10*v)), nil)
			errs <- err
		}()
	}
	for range versions {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	ix, err := index.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	seen := map[uint64]bool{}
	for _, s := range ix.Shards() {
		seen[s.Meta().DatanetVersion] = true
	}
	if len(ix.Shards()) != versions || len(seen) != versions {
		t.Fatalf("%d shards, versions %v", len(ix.Shards()), seen)
	}
}

// TestImportShard: shards built in one index directory and imported into
// another (as fetched from IPFS) make the same index; importing the same
// shard again is a no-op; another shard of the same version, another
// tokenizer's shard and a corrupt file are refused without touching the
// manifest.
func TestImportShard(t *testing.T) {
	built, imported := t.TempDir(), t.TempDir()
	g := corpustest.NewGenerator(4, 800)
	meta2 := testMeta
	meta2.DatanetVersion = 2
	e1, _, err := index.AddShard(built, testMeta, g.Docs(10, 5, 30, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	e2, _, err := index.AddShard(built, meta2, g.Docs(5, 5, 30, 11), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []index.ShardEntry{e1, e2, e1} {
		got, err := index.ImportShard(imported, filepath.Join(built, e.File))
		if err != nil || got.ContentHash != e.ContentHash || got.DatanetVersion != e.DatanetVersion || got.Docs != e.Docs {
			t.Fatalf("import %s: %+v, %v", e.File, got, err)
		}
	}
	a, err := index.Open(built)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := index.Open(imported)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if a.Root() != b.Root() || len(b.Shards()) != 2 {
		t.Fatalf("imported index root %s (%d shards), built %s", b.Root(), len(b.Shards()), a.Root())
	}
	manifest, _ := os.ReadFile(filepath.Join(imported, index.ManifestName))

	otherBuild := t.TempDir()
	sameVersion, _, err := index.AddShard(otherBuild, testMeta, g.Docs(3, 5, 30, 50), nil)
	if err != nil {
		t.Fatal(err)
	}
	otherTok := meta2
	otherTok.DatanetVersion, otherTok.TokenizerID = 3, common.HexToHash("0x71")
	otherDir := t.TempDir()
	otherTokShard, _, err := index.AddShard(otherDir, otherTok, g.Docs(3, 5, 30, 60), nil)
	if err != nil {
		t.Fatal(err)
	}
	corrupt := filepath.Join(t.TempDir(), "corrupt.olx")
	raw, _ := os.ReadFile(filepath.Join(built, e2.File))
	raw[len(raw)/2] ^= 0xff
	if err := os.WriteFile(corrupt, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, src string
		err       error
	}{
		{"same-version-other-content", filepath.Join(otherBuild, sameVersion.File), index.ErrDuplicateShard},
		{"other-tokenizer", filepath.Join(otherDir, otherTokShard.File), index.ErrTokenizerMismatch},
		{"corrupt", corrupt, index.ErrCorrupt},
		{"missing", filepath.Join(t.TempDir(), "none.olx"), os.ErrNotExist},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := index.ImportShard(imported, tc.src); !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if now, _ := os.ReadFile(filepath.Join(imported, index.ManifestName)); string(now) != string(manifest) {
				t.Fatal("a refused import changed the manifest")
			}
		})
	}
}
