// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package span

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/weights"
)

// Defaults for Config.
const (
	DefaultMinLength      = 8
	DefaultMaxOccurrences = 4096
	// MaxOutputTokens bounds an output so the integer scores cannot overflow.
	MaxOutputTokens = 1 << 20
)

// tokenUnit is one output token's credit before sharing, 2^20.
const tokenUnit = 1 << 20

var (
	// ErrConfig is returned for an invalid Config.
	ErrConfig = errors.New("span: invalid config")
	// ErrOutputTooLong is returned for outputs above MaxOutputTokens.
	ErrOutputTooLong = errors.New("span: output too long")
	// ErrEvidence is returned when evidence is inconsistent.
	ErrEvidence = errors.New("span: inconsistent evidence")
)

// Config tunes the span engine.
type Config struct {
	// MinLength is the shortest span (in tokens) that counts as copied.
	MinLength int `json:"minLength"`
	// MaxOccurrences drops spans that occur more often than this in the corpus.
	MaxOccurrences uint64 `json:"maxOccurrences"`
}

// DefaultConfig is the configuration used when none is given.
func DefaultConfig() Config {
	return Config{MinLength: DefaultMinLength, MaxOccurrences: DefaultMaxOccurrences}
}

// Check validates the configuration.
func (c Config) Check() error {
	if c.MinLength < 1 {
		return fmt.Errorf("%w: min length %d", ErrConfig, c.MinLength)
	}
	if c.MaxOccurrences < 1 {
		return fmt.Errorf("%w: max occurrences %d", ErrConfig, c.MaxOccurrences)
	}
	return nil
}

// DocHit is one document that contains a span.
type DocHit struct {
	Shard          int            `json:"shard"`          // shard index in the manifest
	Doc            int            `json:"doc"`            // document index within the shard
	ContributionID uint64         `json:"contributionId"` // its contribution
	Contributor    common.Address `json:"contributor"`
	Offset         uint64         `json:"offset"` // token offset of the first occurrence in the document
	Count          uint64         `json:"count"`  // occurrences in this document
}

// Span is a maximal stretch of the output found verbatim in the corpus.
type Span struct {
	Start  int      `json:"start"`  // first output token
	Length int      `json:"length"` // tokens
	Count  uint64   `json:"count"`  // occurrences in the corpus
	Docs   []DocHit `json:"docs"`   // containing documents, by (shard, doc)
}

// End is the output position just after the span.
func (s Span) End() int { return s.Start + s.Length }

// Segment is a union of overlapping spans, [Start, End) in output tokens.
type Segment struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Result is what Find reports for one output.
type Result struct {
	// Longest[i] is the longest corpus match starting at output position i
	// (0 when shorter than one token matches nowhere).
	Longest  []int     `json:"longest"`
	Spans    []Span    `json:"spans"`
	Segments []Segment `json:"segments"`
}

// Find matches output against every shard of ix.
func Find(ix *index.Index, output []uint32, cfg Config) (*Result, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if len(output) > MaxOutputTokens {
		return nil, fmt.Errorf("%w: %d tokens, limit %d", ErrOutputTooLong, len(output), MaxOutputTokens)
	}
	shards := ix.Shards()
	S := len(shards)
	res := &Result{Longest: make([]int, len(output))}
	// Longest match of every position in every shard (lens[i*S+s]),
	// positions split among workers.
	lens := make([]int, len(output)*S)
	forEachChunk(len(output), func(from, to int) {
		for i := from; i < to; i++ {
			best := 0
			for s, sh := range shards {
				n := sh.LongestLength(output[i:])
				lens[i*S+s] = n
				best = max(best, n)
			}
			res.Longest[i] = best
		}
	})
	ranges := make([][2]uint64, S)
	end := 0
	for i, best := range res.Longest {
		if best < cfg.MinLength || i+best <= end {
			continue
		}
		end = i + best
		var count uint64
		for s, sh := range shards {
			ranges[s] = [2]uint64{}
			if lens[i*S+s] == best {
				lo, hi := sh.Range(output[i : i+best])
				ranges[s] = [2]uint64{lo, hi}
				count += hi - lo
			}
		}
		if count > cfg.MaxOccurrences {
			continue
		}
		sp := Span{Start: i, Length: best, Count: count}
		for s, sh := range shards {
			if lens[i*S+s] == best {
				sp.Docs = append(sp.Docs, hits(sh, s, ranges[s][0], ranges[s][1], best)...)
			}
		}
		slices.SortFunc(sp.Docs, func(a, b DocHit) int {
			return cmp.Or(cmp.Compare(a.Shard, b.Shard), cmp.Compare(a.Doc, b.Doc))
		})
		if len(sp.Docs) == 0 {
			continue // only possible in a forged index
		}
		res.Spans = append(res.Spans, sp)
	}
	res.Segments = Merge(res.Spans)
	return res, nil
}

// minChunk is the fewest output positions worth a goroutine.
const minChunk = 32

// forEachChunk runs fn over [0, n) split into up to GOMAXPROCS chunks.
func forEachChunk(n int, fn func(from, to int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+minChunk-1)/minChunk)
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	step := (n + workers - 1) / workers
	for from := 0; from < n; from += step {
		wg.Go(func() { fn(from, min(n, from+step)) })
	}
	wg.Wait()
}

// hits groups the occurrences in suffix-array entries [lo, hi) of one shard by
// document.
func hits(sh *index.Shard, shard int, lo, hi uint64, length int) []DocHit {
	byDoc := map[int]*DocHit{}
	for j := lo; j < hi; j++ {
		doc, off, ok := sh.DocAt(sh.Suffix(j))
		if !ok {
			continue
		}
		h, seen := byDoc[doc]
		if !seen {
			info := sh.Doc(doc)
			if off+uint64(length) > info.Length {
				continue // would cross the document end: only in a forged index
			}
			h = &DocHit{Shard: shard, Doc: doc, ContributionID: info.ContributionID, Contributor: info.Contributor, Offset: off}
			byDoc[doc] = h
		}
		h.Count++
		h.Offset = min(h.Offset, off)
	}
	out := make([]DocHit, 0, len(byDoc))
	for _, h := range byDoc {
		out = append(out, *h)
	}
	return out
}

// Merge unions overlapping spans (sorted by start) into segments.
func Merge(spans []Span) []Segment {
	var out []Segment
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End())
			continue
		}
		out = append(out, Segment{Start: s.Start, End: s.End()})
	}
	return out
}

// Score turns span evidence into per-contribution credits (see the package
// documentation). numDocs is the index's document count, outputLen the number
// of output tokens. It checks that the evidence is well formed.
func Score(spans []Span, numDocs uint64, outputLen int) ([]weights.Score, error) {
	if outputLen > MaxOutputTokens || outputLen < 0 {
		return nil, fmt.Errorf("%w: %d tokens, limit %d", ErrOutputTooLong, outputLen, MaxOutputTokens)
	}
	if len(spans) > outputLen {
		return nil, fmt.Errorf("%w: %d spans over %d tokens", ErrEvidence, len(spans), outputLen)
	}
	// cover(t) through a difference array, then each token's credit and its
	// prefix sums: O(outputLen + spans) however long the spans are.
	diff := make([]int64, outputLen+1)
	prevStart, prevEnd := -1, 0
	for i, s := range spans {
		if s.Length < 1 || s.Start < 0 || s.Start > outputLen-s.Length {
			return nil, fmt.Errorf("%w: span %d [%d,+%d) outside %d output tokens", ErrEvidence, i, s.Start, s.Length, outputLen)
		}
		if s.Start <= prevStart || s.End() <= prevEnd {
			return nil, fmt.Errorf("%w: span %d is not maximal or out of order", ErrEvidence, i)
		}
		if len(s.Docs) == 0 || uint64(len(s.Docs)) > numDocs {
			return nil, fmt.Errorf("%w: span %d has %d documents of %d", ErrEvidence, i, len(s.Docs), numDocs)
		}
		prevStart, prevEnd = s.Start, s.End()
		diff[s.Start]++
		diff[s.End()]--
	}
	credit := make([]uint64, outputLen+1) // credit[t] = Σ_{u<t} ⌊2^20/cover(u)⌋
	var cover int64
	for t := range outputLen {
		cover += diff[t]
		var c uint64
		if cover > 0 {
			c = tokenUnit / uint64(cover)
		}
		credit[t+1] = credit[t] + c
	}
	logN := log2Q16(numDocs + 1)
	var out []weights.Score
	for _, s := range spans {
		effLen := credit[s.End()] - credit[s.Start]
		df := uint64(len(s.Docs))
		idf := logN - log2Q16(df)
		share := new(uint256.Int).Mul(uint256.NewInt(effLen), uint256.NewInt(idf))
		share.Div(share, uint256.NewInt(df))
		for _, d := range s.Docs {
			out = append(out, weights.Score{ContributionID: d.ContributionID, Score: share.Clone()})
		}
	}
	return out, nil
}

// Weights scores spans and normalises the credits to 1e18 fixed point.
func Weights(spans []Span, numDocs uint64, outputLen int) ([]weights.Weight, error) {
	scores, err := Score(spans, numDocs, outputLen)
	if err != nil {
		return nil, err
	}
	return weights.Normalize(scores)
}

// log2Q16 is log2(x) for x ≥ 1 in unsigned Q16 fixed point, computed with
// integers only (repeated squaring of the mantissa), so every platform agrees.
func log2Q16(x uint64) uint64 {
	if x == 0 {
		return 0
	}
	k := uint64(bits.Len64(x) - 1)
	// Mantissa in [1, 2) as Q62.
	var y uint64
	if k <= 62 {
		y = x << (62 - k)
	} else {
		y = x >> (k - 62)
	}
	result := k << 16
	for bit := uint64(1) << 15; bit > 0; bit >>= 1 {
		hi, lo := bits.Mul64(y, y) // Q124
		y = hi<<2 | lo>>62         // back to Q62, value in [1, 4)
		if y >= 1<<63 {            // ≥ 2
			result |= bit
			y >>= 1
		}
	}
	return result
}
