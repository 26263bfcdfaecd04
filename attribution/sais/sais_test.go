// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package sais

import (
	"encoding/binary"
	"errors"
	"index/suffixarray"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveSA sorts the suffixes by direct comparison.
func naiveSA(text []uint32) []int32 {
	sa := make([]int32, len(text))
	for i := range sa {
		sa[i] = int32(i)
	}
	slices.SortFunc(sa, func(a, b int32) int { return slices.Compare(text[a:], text[b:]) })
	return sa
}

func randomText(rng *rand.Rand, n, alphabet int) []uint32 {
	t := make([]uint32, n)
	for i := range t {
		t[i] = uint32(rng.IntN(alphabet))
	}
	return t
}

// fibonacciText is the Fibonacci word over {1, 2}, a classic worst case for
// suffix sorting (many long repeats).
func fibonacciText(n int) []uint32 {
	a, b := []uint32{1}, []uint32{1, 2}
	for len(b) < n {
		a, b = b, append(slices.Clone(b), a...)
	}
	return b[:n]
}

func repeatText(pattern []uint32, n int) []uint32 {
	t := make([]uint32, n)
	for i := range t {
		t[i] = pattern[i%len(pattern)]
	}
	return t
}

func TestBuildMatchesNaiveSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		text []uint32
	}{
		{"empty", nil},
		{"one", []uint32{7}},
		{"two-equal", []uint32{3, 3}},
		{"two-desc", []uint32{9, 1}},
		{"single-token-run", repeatText([]uint32{5}, 1000)},
		{"zero-run", repeatText([]uint32{0}, 777)},
		{"period-2", repeatText([]uint32{1, 2}, 999)},
		{"period-3", repeatText([]uint32{3, 1, 2}, 1000)},
		{"period-7", repeatText([]uint32{4, 4, 4, 1, 4, 4, 2}, 2000)},
		{"fibonacci", fibonacciText(3000)},
		{"descending", func() []uint32 {
			t := make([]uint32, 500)
			for i := range t {
				t[i] = uint32(len(t) - i)
			}
			return t
		}()},
		{"ascending", func() []uint32 {
			t := make([]uint32, 500)
			for i := range t {
				t[i] = uint32(i)
			}
			return t
		}()},
		{"binary-random", randomText(rng, 5000, 2)},
		{"small-alphabet", randomText(rng, 5000, 4)},
		{"vocab-32k", randomText(rng, 5000, 32000)},
		{"huge-ids", func() []uint32 {
			t := randomText(rng, 3000, 50)
			for i := range t {
				t[i] = t[i]*80_000_000 + 17 // sparse ids up to ~4e9
			}
			return t
		}()},
		{"max-uint32", []uint32{0xffffffff, 0, 0xffffffff, 0xffffffff, 1}},
		{"repeats-with-separators", func() []uint32 {
			doc := randomText(rng, 40, 6)
			var t []uint32
			for range 30 {
				t = append(t, doc...)
				t = append(t, 0xffffffff)
			}
			return t
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Build(tc.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			if want := naiveSA(tc.text); !slices.Equal(got, want) {
				t.Fatalf("suffix array differs from naive sort (n=%d)", len(tc.text))
			}
		})
	}
}

func TestBuildRandomSizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		n := rng.IntN(200)
		text := randomText(rng, n, 1+rng.IntN(5))
		got, err := Build(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, naiveSA(text)) {
			t.Fatalf("mismatch on %v", text)
		}
	}
}

func TestBuildIntoErrors(t *testing.T) {
	tests := []struct {
		name     string
		text     []uint32
		alphabet int
		saLen    int
		want     error
	}{
		{"symbol-equal-to-alphabet", []uint32{0, 3}, 3, 2, ErrSymbolRange},
		{"symbol-above-alphabet", []uint32{9}, 3, 1, ErrSymbolRange},
		{"short-sa", []uint32{0, 1}, 2, 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := BuildInto(tc.text, tc.alphabet, make([]int32, tc.saLen), nil)
			if err == nil {
				t.Fatal("expected an error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestBuildProgress(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	text := randomText(rng, 3*progressStep+123, 1000)
	var last, total int64
	calls := 0
	_, err := Build(text, func(done, tot int64) {
		if done < last {
			t.Fatalf("progress went backwards: %d after %d", done, last)
		}
		last, total = done, tot
		calls++
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 5 || last != total || total != 5*int64(len(text)) {
		t.Fatalf("calls=%d last=%d total=%d", calls, last, total)
	}
}

func FuzzBuild(f *testing.F) {
	f.Add([]byte{1, 2, 1, 2, 1})
	f.Add([]byte{0, 0, 0, 0})
	f.Add([]byte("mississippi"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 2000 {
			return
		}
		text := make([]uint32, len(data))
		for i, b := range data {
			text[i] = uint32(b % 7)
		}
		got, err := Build(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, naiveSA(text)) {
			t.Fatalf("mismatch on %v", text)
		}
	})
}

// benchCorpus is a Zipf-distributed word stream: token ids and the same words
// as space-separated text.
func benchCorpus(n int) ([]uint32, []byte) {
	rng := rand.New(rand.NewPCG(7, 8))
	const vocab = 32000
	zipf := rand.NewZipf(rng, 1.1, 2, vocab-1)
	words := make([]string, vocab)
	for i := range words {
		var sb strings.Builder
		for l := 2 + i%7; l > 0; l-- {
			sb.WriteByte(byte('a' + (i*31+l*7)%26))
		}
		words[i] = sb.String()
	}
	tokens := make([]uint32, n)
	var text []byte
	for i := range tokens {
		tokens[i] = uint32(zipf.Uint64())
		text = append(text, words[tokens[i]]...)
		text = append(text, ' ')
	}
	return tokens, text
}

const benchTokens = 1 << 20

// BenchmarkBuildTokens builds the token-level suffix array (SA-IS).
func BenchmarkBuildTokens(b *testing.B) {
	tokens, _ := benchCorpus(benchTokens)
	b.ReportAllocs()
	b.SetBytes(int64(4 * len(tokens)))
	for b.Loop() {
		if _, err := Build(tokens, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStdlibTokenBytes runs index/suffixarray over the same token ids
// spelled as 4-byte little-endian words (the same bytes BuildTokens sorts).
func BenchmarkStdlibTokenBytes(b *testing.B) {
	tokens, _ := benchCorpus(benchTokens)
	buf := make([]byte, 4*len(tokens))
	for i, t := range tokens {
		binary.LittleEndian.PutUint32(buf[4*i:], t)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		suffixarray.New(buf)
	}
	b.ReportMetric(float64(len(tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkStdlibText runs index/suffixarray over the corpus as UTF-8 text.
func BenchmarkStdlibText(b *testing.B) {
	tokens, text := benchCorpus(benchTokens)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		suffixarray.New(text)
	}
	b.ReportMetric(float64(len(tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
