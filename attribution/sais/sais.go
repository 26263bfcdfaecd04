// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package sais

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// MaxLength is the largest text Build accepts: positions are int32.
const MaxLength = math.MaxInt32 - 1

// progressStep is how many positions a scan handles between progress reports.
const progressStep = 1 << 20

var (
	// ErrTooLong is returned when the text exceeds MaxLength symbols.
	ErrTooLong = errors.New("sais: text too long")
	// ErrSymbolRange is returned when a symbol is not below the alphabet size.
	ErrSymbolRange = errors.New("sais: symbol outside alphabet")
)

// ProgressFunc is told how much of the top-level work is done: done grows
// monotonically up to total. It may be nil.
type ProgressFunc func(done, total int64)

// Build returns the suffix array of text: the start positions of all suffixes
// in ascending lexicographic order. Symbols are arbitrary uint32 values; a
// large or sparse alphabet is first renumbered densely (order preserving).
func Build(text []uint32, progress ProgressFunc) ([]int32, error) {
	if len(text) > MaxLength {
		return nil, fmt.Errorf("%w: %d symbols, limit %d", ErrTooLong, len(text), MaxLength)
	}
	var maxSym uint32
	for _, c := range text {
		maxSym = max(maxSym, c)
	}
	alphabet := int64(maxSym) + 1
	if len(text) == 0 {
		alphabet = 0
	}
	if alphabet > int64(max(len(text), 1<<16)) {
		text, alphabet = compact(text)
	}
	sa := make([]int32, len(text))
	if err := BuildInto(text, int(alphabet), sa, progress); err != nil {
		return nil, err
	}
	return sa, nil
}

// BuildInto writes the suffix array of text into sa (len(sa) == len(text)).
// Every symbol must be below alphabetSize; the bucket arrays take
// 2*alphabetSize int32s.
func BuildInto(text []uint32, alphabetSize int, sa []int32, progress ProgressFunc) error {
	n := len(text)
	if n > MaxLength {
		return fmt.Errorf("%w: %d symbols, limit %d", ErrTooLong, n, MaxLength)
	}
	if len(sa) != n {
		return fmt.Errorf("sais: suffix array has length %d, text %d", len(sa), n)
	}
	for i, c := range text {
		if int64(c) >= int64(alphabetSize) {
			return fmt.Errorf("%w: symbol %d at %d, alphabet %d", ErrSymbolRange, c, i, alphabetSize)
		}
	}
	r := &reporter{fn: progress, total: 5 * int64(n)}
	build(text, alphabetSize, sa, r)
	r.finish()
	return nil
}

// compact renumbers the symbols of text densely in the same order and returns
// the new text and alphabet size. It copies text.
func compact(text []uint32) ([]uint32, int64) {
	distinct := slices.Clone(text)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	out := make([]uint32, len(text))
	for i, c := range text {
		j, _ := slices.BinarySearch(distinct, c)
		out[i] = uint32(j)
	}
	return out, int64(len(distinct))
}

// reporter forwards top-level scan progress; nested levels pass a nil one.
type reporter struct {
	fn    ProgressFunc
	done  int64
	total int64
}

func (r *reporter) add(k int64) {
	if r == nil || r.fn == nil {
		return
	}
	r.done = min(r.done+k, r.total)
	r.fn(r.done, r.total)
}

func (r *reporter) finish() {
	if r != nil && r.fn != nil {
		r.done = r.total
		r.fn(r.done, r.total)
	}
}

// typeBits records for each position whether its suffix is S-type (smaller
// than the next suffix) or L-type. Position len(text), the virtual sentinel,
// is S-type.
type typeBits []uint64

func (t typeBits) isS(i int) bool { return t[i>>6]&(1<<(uint(i)&63)) != 0 }
func (t typeBits) setS(i int)     { t[i>>6] |= 1 << (uint(i) & 63) }

// isLMS reports whether position i is leftmost-S: S-type after an L-type.
func (t typeBits) isLMS(i int) bool { return i > 0 && t.isS(i) && !t.isS(i-1) }

// classify computes the suffix types of text.
func classify(text []uint32) typeBits {
	n := len(text)
	t := make(typeBits, n/64+1)
	t.setS(n)
	// text[n-1] is L-type: the sentinel after it is smaller.
	for i := n - 2; i >= 0; i-- {
		if text[i] < text[i+1] || (text[i] == text[i+1] && t.isS(i+1)) {
			t.setS(i)
		}
	}
	return t
}

// bucketStarts and bucketEnds fill bkt from the symbol counts.
func bucketStarts(counts, bkt []int32) {
	var sum int32
	for c, k := range counts {
		bkt[c] = sum
		sum += k
	}
}

func bucketEnds(counts, bkt []int32) {
	var sum int32
	for c, k := range counts {
		sum += k
		bkt[c] = sum
	}
}

// build is SA-IS proper; r is nil below the top level.
func build(text []uint32, alphabet int, sa []int32, r *reporter) {
	n := len(text)
	switch n {
	case 0:
		return
	case 1:
		sa[0] = 0
		return
	}
	types := classify(text)
	r.add(int64(n))
	counts := make([]int32, alphabet)
	for _, c := range text {
		counts[c]++
	}
	bkt := make([]int32, alphabet)

	// Stage 1: sort the LMS substrings by inducing from their unsorted positions.
	for i := range sa {
		sa[i] = -1
	}
	bucketEnds(counts, bkt)
	for i := 1; i < n; i++ {
		if types.isLMS(i) {
			c := text[i]
			bkt[c]--
			sa[bkt[c]] = int32(i)
		}
	}
	induceL(text, sa, types, counts, bkt, r)
	induceS(text, sa, types, counts, bkt, r)

	// Move the sorted LMS positions to the front of sa.
	m := 0
	for i := 0; i < n; i++ {
		if p := int(sa[i]); types.isLMS(p) {
			sa[m] = int32(p)
			m++
		}
	}

	// Name the LMS substrings: equal substrings share a name, names follow the
	// sorted order. Position p keeps its name at sa[m+p/2] (LMS positions are
	// never adjacent, so the slots do not collide).
	for i := m; i < n; i++ {
		sa[i] = -1
	}
	names := 0
	prev := -1
	for i := 0; i < m; i++ {
		p := int(sa[i])
		if prev < 0 || !equalLMS(text, types, p, prev) {
			names++
			prev = p
		}
		sa[m+p/2] = int32(names - 1)
	}

	// The reduced text: the names of the LMS substrings in text order.
	reduced := make([]uint32, 0, m)
	for i := m; i < n; i++ {
		if sa[i] >= 0 {
			reduced = append(reduced, uint32(sa[i]))
		}
	}
	reducedSA := make([]int32, m)
	if names < m {
		build(reduced, names, reducedSA, nil)
	} else {
		for i, name := range reduced {
			reducedSA[name] = int32(i)
		}
	}

	// Map reduced positions back to text positions (reusing reduced).
	j := 0
	for i := 1; i < n; i++ {
		if types.isLMS(i) {
			reduced[j] = uint32(i)
			j++
		}
	}
	for i, k := range reducedSA {
		reducedSA[i] = int32(reduced[k])
	}

	// Stage 3: place the LMS suffixes in their final order and induce the rest.
	for i := range sa {
		sa[i] = -1
	}
	bucketEnds(counts, bkt)
	for i := m - 1; i >= 0; i-- {
		p := reducedSA[i]
		c := text[p]
		bkt[c]--
		sa[bkt[c]] = p
	}
	induceL(text, sa, types, counts, bkt, r)
	induceS(text, sa, types, counts, bkt, r)
}

// equalLMS reports whether the LMS substrings starting at a and b are equal
// (same symbols and types up to and including the next LMS position).
func equalLMS(text []uint32, types typeBits, a, b int) bool {
	n := len(text)
	for d := 0; ; d++ {
		if a+d == n || b+d == n {
			return false // the sentinel is unique
		}
		if text[a+d] != text[b+d] || types.isS(a+d) != types.isS(b+d) {
			return false
		}
		if d > 0 {
			la, lb := types.isLMS(a+d), types.isLMS(b+d)
			if la || lb {
				return la && lb
			}
		}
	}
}

// induceL places every L-type suffix from the sorted entries already in sa,
// scanning left to right and filling bucket heads.
func induceL(text []uint32, sa []int32, types typeBits, counts, bkt []int32, r *reporter) {
	n := len(text)
	bucketStarts(counts, bkt)
	// The virtual sentinel sorts first; its predecessor n-1 is L-type.
	c := text[n-1]
	sa[bkt[c]] = int32(n - 1)
	bkt[c]++
	for i := 0; i < n; i++ {
		if p := sa[i]; p > 0 {
			j := int(p) - 1
			if !types.isS(j) {
				c := text[j]
				sa[bkt[c]] = int32(j)
				bkt[c]++
			}
		}
		if r != nil && i&(progressStep-1) == progressStep-1 {
			r.add(progressStep)
		}
	}
	if r != nil {
		r.add(int64(n & (progressStep - 1)))
	}
}

// induceS places every S-type suffix, scanning right to left and filling
// bucket tails.
func induceS(text []uint32, sa []int32, types typeBits, counts, bkt []int32, r *reporter) {
	n := len(text)
	bucketEnds(counts, bkt)
	for i := n - 1; i >= 0; i-- {
		if p := sa[i]; p > 0 {
			j := int(p) - 1
			if types.isS(j) {
				c := text[j]
				bkt[c]--
				sa[bkt[c]] = int32(j)
			}
		}
		if r != nil && (n-1-i)&(progressStep-1) == progressStep-1 {
			r.add(progressStep)
		}
	}
	if r != nil {
		r.add(int64(n & (progressStep - 1)))
	}
}
