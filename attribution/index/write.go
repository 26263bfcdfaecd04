// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/attribution/sais"
	"github.com/openledger/openledger/internal/atomicfile"
)

// ShardStats summarises a written shard.
type ShardStats struct {
	ContentHash common.Hash
	Tokens      uint64 // separators included
	Docs        int
	TokenWidth  int
	SuffixWidth int
	SizeBytes   int64
}

// BytesPerToken is the shard's file size divided by its token count.
func (s ShardStats) BytesPerToken() float64 { return float64(s.SizeBytes) / float64(s.Tokens) }

// WriteShard builds the suffix array of docs and writes a shard file at path
// (through a temporary file renamed into place). Progress of each phase goes
// to report, which may be nil.
func WriteShard(path string, meta ShardMeta, docs []Document, report progress.Func) (ShardStats, error) {
	if len(docs) == 0 {
		return ShardStats{}, fmt.Errorf("%w: no documents", ErrBadDocument)
	}
	var n uint64
	var maxTok uint32
	for i, d := range docs {
		if len(d.Tokens) == 0 {
			return ShardStats{}, fmt.Errorf("%w: document %d (contribution %d) is empty", ErrBadDocument, i, d.ContributionID)
		}
		for _, t := range d.Tokens {
			if t > MaxTokenID {
				return ShardStats{}, fmt.Errorf("%w: contribution %d has token id %d above %d", ErrBadDocument, d.ContributionID, t, uint32(MaxTokenID))
			}
			maxTok = max(maxTok, t)
		}
		n += uint64(len(d.Tokens)) + 1
	}
	if n > sais.MaxLength {
		return ShardStats{}, fmt.Errorf("%w: %d tokens, limit %d per shard", ErrTooLarge, n, sais.MaxLength)
	}

	// Concatenate with a separator that sorts above every token.
	inner := maxTok + 1
	text := make([]uint32, 0, n)
	m := progress.NewMeter("concatenate", "tokens", int64(n), report)
	for i, d := range docs {
		text = append(text, d.Tokens...)
		text = append(text, inner)
		if i%4096 == 0 {
			m.Set(int64(len(text)))
		}
	}
	m.Done()

	m = progress.NewMeter("suffix sort", "tokens", int64(n), report)
	sa, err := sais.Build(text, func(done, total int64) { m.Set(int64(float64(done) / float64(max(total, 1)) * float64(n))) })
	if err != nil {
		return ShardStats{}, fmt.Errorf("suffix sort: %w", err)
	}
	m.Done()

	var buckets []uint64
	if maxTok <= maxBuckets {
		// buckets[t] = first suffix-array entry starting with t.
		buckets = make([]uint64, uint64(maxTok)+3)
		for _, t := range text {
			buckets[t+1]++
		}
		for t := 1; t < len(buckets); t++ {
			buckets[t] += buckets[t-1]
		}
	}
	h := &header{
		numBuckets:  uint64(len(buckets)),
		tokenWidth:  widthFor(uint64(maxTok) + 1),
		suffixWidth: widthFor(n - 1),
		numTokens:   n,
		numDocs:     uint64(len(docs)),
		meta:        meta,
	}
	size := int64(headerSize) + int64(n)*int64(h.tokenWidth+h.suffixWidth) + int64(len(docs))*docEntrySize + 8*int64(len(buckets))
	m = progress.NewMeter("write", "bytes", size, report)
	if err := writeFile(path, h, text, inner, sa, docs, buckets, m); err != nil {
		return ShardStats{}, err
	}
	m.Done()
	return ShardStats{
		ContentHash: h.contentHash, Tokens: n, Docs: len(docs),
		TokenWidth: h.tokenWidth, SuffixWidth: h.suffixWidth, SizeBytes: size,
	}, nil
}

// sectionWriter checksums what passes through it.
type sectionWriter struct {
	w       *bufio.Writer
	content hash.Hash
	crc     uint32
	n       uint64
	meter   *progress.Meter
	written int64
}

func (s *sectionWriter) Write(p []byte) (int, error) {
	s.crc = crc32.Update(s.crc, castagnoli, p)
	s.content.Write(p)
	s.n += uint64(len(p))
	s.written += int64(len(p))
	if s.written&(1<<22-1) < int64(len(p)) {
		s.meter.Set(s.written)
	}
	return s.w.Write(p)
}

// finish closes the current section and returns its descriptor.
func (s *sectionWriter) finish(offset uint64) section {
	sec := section{offset: offset, length: s.n, crc: s.crc}
	s.crc, s.n = 0, 0
	return sec
}

func writeFile(path string, h *header, text []uint32, inner uint32, sa []int32, docs []Document, buckets []uint64, m *progress.Meter) (err error) {
	f, err := atomicfile.Create(filepath.Dir(path), 0o644)
	if err != nil {
		return fmt.Errorf("create shard: %w", err)
	}
	defer f.Discard()
	bw := bufio.NewWriterSize(f, 1<<20)
	if _, err := bw.Write(make([]byte, headerSize)); err != nil {
		return fmt.Errorf("write shard: %w", err)
	}
	sw := &sectionWriter{w: bw, content: sha256.New(), meter: m, written: headerSize}
	offset := uint64(headerSize)
	buf := make([]byte, 0, 1<<16)

	sep := separatorFor(h.tokenWidth)
	tw := h.tokenWidth
	for i, t := range text {
		if t == inner {
			t = sep
		}
		buf = buf[:len(buf)+tw]
		putUint(buf[len(buf)-tw:], uint64(t), tw)
		if len(buf)+8 > cap(buf) || i == len(text)-1 {
			if _, err := sw.Write(buf); err != nil {
				return fmt.Errorf("write tokens: %w", err)
			}
			buf = buf[:0]
		}
	}
	h.sections[sectionTokens] = sw.finish(offset)
	offset += h.sections[sectionTokens].length

	sw2 := h.suffixWidth
	for i, p := range sa {
		buf = buf[:len(buf)+sw2]
		putUint(buf[len(buf)-sw2:], uint64(p), sw2)
		if len(buf)+8 > cap(buf) || i == len(sa)-1 {
			if _, err := sw.Write(buf); err != nil {
				return fmt.Errorf("write suffixes: %w", err)
			}
			buf = buf[:0]
		}
	}
	h.sections[sectionSuffixes] = sw.finish(offset)
	offset += h.sections[sectionSuffixes].length

	entry := make([]byte, docEntrySize)
	var start uint64
	for _, d := range docs {
		clear(entry)
		binary.LittleEndian.PutUint64(entry, start)
		binary.LittleEndian.PutUint64(entry[8:], uint64(len(d.Tokens)))
		binary.LittleEndian.PutUint64(entry[16:], d.ContributionID)
		copy(entry[24:44], d.Contributor[:])
		if _, err := sw.Write(entry); err != nil {
			return fmt.Errorf("write documents: %w", err)
		}
		start += uint64(len(d.Tokens)) + 1
	}
	h.sections[sectionDocs] = sw.finish(offset)
	offset += h.sections[sectionDocs].length

	buf = buf[:0]
	for _, b := range buckets {
		buf = binary.LittleEndian.AppendUint64(buf, b)
		if len(buf)+8 > cap(buf) {
			if _, err := sw.Write(buf); err != nil {
				return fmt.Errorf("write buckets: %w", err)
			}
			buf = buf[:0]
		}
	}
	if _, err := sw.Write(buf); err != nil {
		return fmt.Errorf("write buckets: %w", err)
	}
	h.sections[sectionBuckets] = sw.finish(offset)
	h.contentHash = common.BytesToHash(sw.content.Sum(nil))

	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write shard: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("write shard header: %w", err)
	}
	if _, err := f.Write(h.encode()); err != nil {
		return fmt.Errorf("write shard header: %w", err)
	}
	if err := f.Commit(path); err != nil {
		return fmt.Errorf("install shard: %w", err)
	}
	return nil
}
