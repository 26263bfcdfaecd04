// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sys/unix"
)

// Shard is one read-only shard: the documents of one Datanet version with
// their suffix array. Its methods are safe for concurrent use until Close.
type Shard struct {
	path     string
	data     []byte // whole file (memory-mapped, or owned for Parse)
	mapped   bool
	hdr      *header
	tokens   []byte
	suffixes []byte
	docs     []byte
	buckets  []byte   // first-token table, may be empty
	starts   []uint64 // start position of each document
	// samples holds the first sampleWidth tokens of every sampleEvery-th
	// suffix (sampleLens: how many exist before the shard ends), an in-memory
	// top level for the binary searches.
	samples    []uint32
	sampleLens []uint8
	sep        uint32
}

// OpenShard memory-maps and verifies a shard file.
func OpenShard(path string) (*Shard, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open shard: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat shard %s: %w", path, err)
	}
	size := st.Size()
	if size < headerSize || int64(int(size)) != size {
		return nil, fmt.Errorf("shard %s: %w: %d bytes", path, ErrCorrupt, size)
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("mmap shard %s: %w", path, err)
	}
	_ = unix.Madvise(data, unix.MADV_RANDOM)
	s, err := parse(data)
	if err != nil {
		_ = unix.Munmap(data)
		return nil, fmt.Errorf("shard %s: %w", path, err)
	}
	s.path, s.mapped = path, true
	return s, nil
}

// Parse decodes and verifies a shard held in memory (data is not copied).
func Parse(data []byte) (*Shard, error) {
	return parse(data)
}

func parse(data []byte) (*Shard, error) {
	h, err := decodeHeader(data, uint64(len(data)))
	if err != nil {
		return nil, err
	}
	names := [numSections]string{"tokens", "suffixes", "documents", "buckets"}
	for i, sec := range h.sections {
		if got := crc32.Checksum(data[sec.offset:sec.offset+sec.length], castagnoli); got != sec.crc {
			return nil, fmt.Errorf("%w: %s section checksum %08x, stored %08x", ErrCorrupt, names[i], got, sec.crc)
		}
	}
	s := &Shard{
		data:     data,
		hdr:      h,
		tokens:   data[h.sections[sectionTokens].offset:][:h.sections[sectionTokens].length],
		suffixes: data[h.sections[sectionSuffixes].offset:][:h.sections[sectionSuffixes].length],
		docs:     data[h.sections[sectionDocs].offset:][:h.sections[sectionDocs].length],
		buckets:  data[h.sections[sectionBuckets].offset:][:h.sections[sectionBuckets].length],
		sep:      separatorFor(h.tokenWidth),
		starts:   make([]uint64, h.numDocs),
	}
	var next uint64
	for i := range s.starts {
		e := s.docs[i*docEntrySize:]
		start, length := binary.LittleEndian.Uint64(e), binary.LittleEndian.Uint64(e[8:])
		if start != next || length >= h.numTokens-start {
			return nil, fmt.Errorf("%w: document %d at %d+%d, expected start %d within %d tokens", ErrCorrupt, i, start, length, next, h.numTokens)
		}
		if t, _ := s.token(start + length); t != s.sep {
			return nil, fmt.Errorf("%w: document %d is not followed by a separator", ErrCorrupt, i)
		}
		s.starts[i] = start
		next = start + length + 1
	}
	if next != h.numTokens {
		return nil, fmt.Errorf("%w: documents cover %d of %d tokens", ErrCorrupt, next, h.numTokens)
	}
	if nb := h.numBuckets; nb > 0 {
		var prev uint64
		for i := range nb {
			v := binary.LittleEndian.Uint64(s.buckets[8*i:])
			if v < prev || v > h.numTokens || (i == 0 && v != 0) || (i == nb-1 && v != h.numTokens) {
				return nil, fmt.Errorf("%w: first-token table entry %d", ErrCorrupt, i)
			}
			prev = v
		}
	}
	s.buildSamples()
	return s, nil
}

// Close unmaps the shard. Using it afterwards is a programming error.
func (s *Shard) Close() error {
	if s.data == nil {
		return ErrClosed
	}
	var err error
	if s.mapped {
		err = unix.Munmap(s.data)
	}
	s.data, s.tokens, s.suffixes, s.docs, s.buckets = nil, nil, nil, nil, nil
	return err
}

// Meta returns the Datanet and tokenizer the shard was built for.
func (s *Shard) Meta() ShardMeta { return s.hdr.meta }

// ContentHash is the SHA-256 of the shard's sections, its identity.
func (s *Shard) ContentHash() common.Hash { return s.hdr.contentHash }

// NumTokens counts the shard's tokens, one separator per document included.
func (s *Shard) NumTokens() uint64 { return s.hdr.numTokens }

// NumDocs counts the shard's documents.
func (s *Shard) NumDocs() int { return len(s.starts) }

// SizeBytes is the size of the shard file.
func (s *Shard) SizeBytes() int64 { return int64(len(s.data)) }

// Widths returns the bytes per token and per suffix-array entry.
func (s *Shard) Widths() (token, suffix int) { return s.hdr.tokenWidth, s.hdr.suffixWidth }

// VerifyContent recomputes the SHA-256 content hash (reading the whole file).
func (s *Shard) VerifyContent() error {
	h := sha256.New()
	h.Write(s.tokens)
	h.Write(s.suffixes)
	h.Write(s.docs)
	h.Write(s.buckets)
	if got := common.BytesToHash(h.Sum(nil)); got != s.hdr.contentHash {
		return fmt.Errorf("%w: content hash %s, stored %s", ErrCorrupt, got, s.hdr.contentHash)
	}
	return nil
}

// Doc describes document i (0 <= i < NumDocs).
func (s *Shard) Doc(i int) DocInfo {
	e := s.docs[i*docEntrySize:]
	return DocInfo{
		Start:          binary.LittleEndian.Uint64(e),
		Length:         binary.LittleEndian.Uint64(e[8:]),
		ContributionID: binary.LittleEndian.Uint64(e[16:]),
		Contributor:    common.BytesToAddress(e[24:44]),
	}
}

// DocTokens returns the tokens of document i.
func (s *Shard) DocTokens(i int) []uint32 {
	d := s.Doc(i)
	out := make([]uint32, d.Length)
	for k := range out {
		out[k], _ = s.token(d.Start + uint64(k))
	}
	return out
}

// DocAt returns the document holding position pos and the offset within it;
// ok is false for a separator or a position outside the shard.
func (s *Shard) DocAt(pos uint64) (doc int, offset uint64, ok bool) {
	if pos >= s.hdr.numTokens {
		return 0, 0, false
	}
	doc = sort.Search(len(s.starts), func(i int) bool { return s.starts[i] > pos }) - 1
	offset = pos - s.starts[doc]
	if offset >= s.Doc(doc).Length {
		return doc, offset, false
	}
	return doc, offset, true
}

// token returns the token at pos; ok is false past the end.
func (s *Shard) token(pos uint64) (uint32, bool) {
	if pos >= s.hdr.numTokens {
		return 0, false
	}
	w := uint64(s.hdr.tokenWidth)
	return uint32(getUint(s.tokens[pos*w:], int(w))), true
}

// Suffix returns entry j of the suffix array (a position; may be out of range
// only in a forged file, which the searches tolerate).
func (s *Shard) Suffix(j uint64) uint64 {
	w := uint64(s.hdr.suffixWidth)
	return getUint(s.suffixes[j*w:], int(w))
}

// compareAt compares the suffix at entry j with q, whose first k tokens it is
// known to share. It returns -1 if the suffix sorts before q, 0 if q is a
// prefix of the suffix, +1 if it sorts after, and the common prefix length.
// q must hold no token at or above the separator.
func (s *Shard) compareAt(j uint64, q []uint32, k int) (int, int) {
	p := s.Suffix(j)
	n := s.hdr.numTokens
	if p >= n {
		return -1, k // only in a forged file
	}
	// Compare at most the tokens left in the shard; running out sorts first.
	lim, short := len(q), false
	if avail := n - p; uint64(lim) > avail {
		lim, short = int(avail), true
	}
	w := s.hdr.tokenWidth
	b := s.tokens[p*uint64(w) : (p+uint64(lim))*uint64(w)]
	var t uint32
	for ; k < lim; k++ {
		switch w {
		case 2:
			t = uint32(b[2*k]) | uint32(b[2*k+1])<<8
		case 3:
			t = uint32(b[3*k]) | uint32(b[3*k+1])<<8 | uint32(b[3*k+2])<<16
		case 4:
			t = binary.LittleEndian.Uint32(b[4*k:])
		default:
			t = uint32(b[k])
		}
		if t != q[k] {
			if t < q[k] {
				return -1, k
			}
			return 1, k
		}
	}
	if short {
		return -1, k
	}
	return 0, k
}

// matchable truncates q before its first token that cannot occur (at or above
// the separator), so no match can run into a separator.
func (s *Shard) matchable(q []uint32) []uint32 {
	for i, t := range q {
		if t >= s.sep {
			return q[:i]
		}
	}
	return q
}

const (
	sampleEvery = 256 // suffix-array entries per sample
	sampleWidth = 8   // tokens kept per sample
)

func (s *Shard) buildSamples() {
	n := s.hdr.numTokens
	count := (n + sampleEvery - 1) / sampleEvery
	s.samples = make([]uint32, count*sampleWidth)
	s.sampleLens = make([]uint8, count)
	for m := range count {
		p := s.Suffix(m * sampleEvery)
		k := 0
		for ; k < sampleWidth; k++ {
			t, ok := s.token(p + uint64(k))
			if !ok {
				break
			}
			s.samples[int(m)*sampleWidth+k] = t
		}
		s.sampleLens[m] = uint8(k)
	}
}

// sampleClass places sample m relative to q for a lower (or upper) bound
// search: -1 when its suffix certainly sorts before the bound, +1 when
// certainly at or after it, 0 when its sampled tokens cannot tell.
func (s *Shard) sampleClass(m int, q []uint32, upper bool) int {
	toks := s.samples[m*sampleWidth : m*sampleWidth+int(s.sampleLens[m])]
	c := 0
	k := 0
	for ; k < len(toks) && k < len(q); k++ {
		if toks[k] != q[k] {
			c = -1
			if toks[k] > q[k] {
				c = 1
			}
			break
		}
	}
	switch {
	case c != 0:
	case k == len(q):
		c = 0 // q is a prefix of the suffix
	case len(toks) < sampleWidth:
		c = -1 // the suffix ends first
	default:
		return 0 // equal on every sampled token
	}
	if c < 0 || (upper && c == 0) {
		return -1
	}
	return 1
}

// bound returns the first suffix-array entry whose suffix sorts at or after q
// (upper: strictly after every suffix that has q as a prefix). It is a binary
// search that skips the prefix both boundaries are known to share with q
// (Manber and Myers' lcp trick), starting inside q[0]'s bucket when the
// first-token table exists.
func (s *Shard) bound(q []uint32, upper bool) uint64 {
	lo, hi := uint64(0), s.hdr.numTokens
	base := 0
	if nb := s.hdr.numBuckets; nb > 0 && len(q) > 0 {
		t := uint64(q[0])
		if t+2 >= nb {
			return hi // no such token: after everything real
		}
		lo = binary.LittleEndian.Uint64(s.buckets[8*t:])
		hi = binary.LittleEndian.Uint64(s.buckets[8*t+8:])
		base = 1
	}
	// Narrow with the in-memory samples: the bound lies after the last
	// sample certainly before it and at or before the first certainly after.
	if ns := len(s.sampleLens); ns > 1 && lo < hi {
		a := sort.Search(ns, func(m int) bool { return s.sampleClass(m, q, upper) >= 0 })
		b := a + sort.Search(ns-a, func(m int) bool { return s.sampleClass(a+m, q, upper) > 0 })
		if a > 0 {
			lo = max(lo, uint64(a-1)*sampleEvery+1)
		}
		if b < ns {
			hi = min(hi, uint64(b)*sampleEvery)
		}
		hi = max(lo, hi)
	}
	left, right := base, base // common prefix of q with the boundaries
	for lo < hi {
		mid := lo + (hi-lo)/2
		c, l := s.compareAt(mid, q, min(left, right))
		if c < 0 || (upper && c == 0) {
			lo, left = mid+1, l
		} else {
			hi, right = mid, l
		}
	}
	return lo
}

// Range returns the suffix-array entries [lo, hi) of the occurrences of q.
func (s *Shard) Range(q []uint32) (lo, hi uint64) {
	if len(q) == 0 || len(s.matchable(q)) < len(q) {
		return 0, 0
	}
	lo = s.bound(q, false)
	hi = max(lo, s.bound(q, true))
	return lo, hi
}

// LongestLength returns the length of the longest prefix of q that occurs in
// the shard (inside one document). The suffix sharing the most with q is a
// neighbour of q's insertion point, so one binary search finds it.
func (s *Shard) LongestLength(q []uint32) int {
	q = s.matchable(q)
	if len(q) == 0 {
		return 0
	}
	pos := s.bound(q, false)
	best := 0
	if pos < s.hdr.numTokens {
		_, best = s.compareAt(pos, q, 0)
	}
	if pos > 0 {
		_, l := s.compareAt(pos-1, q, 0)
		best = max(best, l)
	}
	return best
}

// Longest returns the length of the longest prefix of q that occurs in the
// shard and the suffix-array range [lo, hi) of its occurrences. For length 0
// the range is the whole array.
func (s *Shard) Longest(q []uint32) (length int, lo, hi uint64) {
	n := s.LongestLength(q)
	if n == 0 {
		return 0, 0, s.hdr.numTokens
	}
	lo, hi = s.Range(q[:n])
	return n, lo, hi
}

// Count returns how many times q occurs in the shard.
func (s *Shard) Count(q []uint32) uint64 {
	lo, hi := s.Range(q)
	return hi - lo
}
