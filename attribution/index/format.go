// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"

	"github.com/ethereum/go-ethereum/common"
)

const (
	shardMagic   = "OLATTIX1"
	shardVersion = 1
	headerSize   = 256
	docEntrySize = 48
	numSections  = 4

	sectionTokens   = 0
	sectionSuffixes = 1
	sectionDocs     = 2
	sectionBuckets  = 3

	// maxBuckets bounds the first-token table: shards whose largest token id
	// is above it search the first token by binary search instead.
	maxBuckets = 1 << 22

	headerCRCOffset = headerSize - 4
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// section locates one part of a shard file.
type section struct {
	offset, length uint64
	crc            uint32
}

// header is the decoded fixed-size start of a shard file.
type header struct {
	tokenWidth  int
	suffixWidth int
	numTokens   uint64
	numDocs     uint64
	numBuckets  uint64 // entries of the first-token table, 0 or maxToken+3
	meta        ShardMeta
	contentHash common.Hash
	sections    [numSections]section
}

func (h *header) encode() []byte {
	b := make([]byte, headerSize)
	copy(b, shardMagic)
	binary.LittleEndian.PutUint32(b[8:], shardVersion)
	b[12] = byte(h.tokenWidth)
	b[13] = byte(h.suffixWidth)
	binary.LittleEndian.PutUint64(b[16:], h.numTokens)
	binary.LittleEndian.PutUint64(b[24:], h.numDocs)
	binary.LittleEndian.PutUint64(b[32:], h.meta.DatanetID)
	binary.LittleEndian.PutUint64(b[40:], h.meta.DatanetVersion)
	copy(b[48:80], h.meta.TokenizerID[:])
	copy(b[80:112], h.contentHash[:])
	binary.LittleEndian.PutUint64(b[216:], h.numBuckets)
	for i, s := range h.sections {
		o := 112 + 24*i
		binary.LittleEndian.PutUint64(b[o:], s.offset)
		binary.LittleEndian.PutUint64(b[o+8:], s.length)
		binary.LittleEndian.PutUint32(b[o+16:], s.crc)
	}
	binary.LittleEndian.PutUint32(b[headerCRCOffset:], crc32.Checksum(b[:headerCRCOffset], castagnoli))
	return b
}

// decodeHeader parses and checks the header against the file size.
func decodeHeader(b []byte, fileSize uint64) (*header, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrCorrupt, len(b), headerSize)
	}
	if string(b[:8]) != shardMagic {
		return nil, fmt.Errorf("%w: bad magic %q", ErrCorrupt, b[:8])
	}
	if v := binary.LittleEndian.Uint32(b[8:]); v != shardVersion {
		return nil, fmt.Errorf("%w: unsupported version %d", ErrCorrupt, v)
	}
	if got, want := crc32.Checksum(b[:headerCRCOffset], castagnoli), binary.LittleEndian.Uint32(b[headerCRCOffset:]); got != want {
		return nil, fmt.Errorf("%w: header checksum %08x, stored %08x", ErrCorrupt, got, want)
	}
	h := &header{
		tokenWidth:  int(b[12]),
		suffixWidth: int(b[13]),
		numTokens:   binary.LittleEndian.Uint64(b[16:]),
		numDocs:     binary.LittleEndian.Uint64(b[24:]),
	}
	h.meta.DatanetID = binary.LittleEndian.Uint64(b[32:])
	h.meta.DatanetVersion = binary.LittleEndian.Uint64(b[40:])
	copy(h.meta.TokenizerID[:], b[48:80])
	copy(h.contentHash[:], b[80:112])
	h.numBuckets = binary.LittleEndian.Uint64(b[216:])
	for i := range h.sections {
		o := 112 + 24*i
		h.sections[i] = section{
			offset: binary.LittleEndian.Uint64(b[o:]),
			length: binary.LittleEndian.Uint64(b[o+8:]),
			crc:    binary.LittleEndian.Uint32(b[o+16:]),
		}
	}
	if h.tokenWidth < 1 || h.tokenWidth > 4 || h.suffixWidth < 1 || h.suffixWidth > 8 {
		return nil, fmt.Errorf("%w: widths %d/%d", ErrCorrupt, h.tokenWidth, h.suffixWidth)
	}
	if h.numDocs == 0 || h.numTokens < h.numDocs || h.numTokens > fileSize || h.numDocs > fileSize/docEntrySize {
		return nil, fmt.Errorf("%w: %d tokens, %d documents in a %d-byte file", ErrCorrupt, h.numTokens, h.numDocs, fileSize)
	}
	if h.suffixWidth < 8 && h.numTokens-1 >= 1<<(8*h.suffixWidth) {
		return nil, fmt.Errorf("%w: %d-byte suffixes cannot address %d tokens", ErrCorrupt, h.suffixWidth, h.numTokens)
	}
	if h.numBuckets > maxBuckets+3 || h.numBuckets == 1 || h.numBuckets == 2 {
		return nil, fmt.Errorf("%w: %d first-token buckets", ErrCorrupt, h.numBuckets)
	}
	want := [numSections]uint64{
		h.numTokens * uint64(h.tokenWidth),
		h.numTokens * uint64(h.suffixWidth),
		h.numDocs * docEntrySize,
		h.numBuckets * 8,
	}
	next := uint64(headerSize)
	for i, s := range h.sections {
		if s.offset != next || s.length != want[i] {
			return nil, fmt.Errorf("%w: section %d at %d+%d, expected %d+%d", ErrCorrupt, i, s.offset, s.length, next, want[i])
		}
		next += s.length
	}
	if next != fileSize {
		return nil, fmt.Errorf("%w: sections end at %d, file has %d bytes", ErrCorrupt, next, fileSize)
	}
	return h, nil
}

// widthFor returns the fewest bytes (at least 1) that hold v.
func widthFor(v uint64) int {
	w := 1
	for w < 8 && v >= 1<<(8*w) {
		w++
	}
	return w
}

// separatorFor is the all-ones value of a token width.
func separatorFor(width int) uint32 {
	return uint32(uint64(1)<<(8*width) - 1)
}

// putUint writes the low width bytes of v at b.
func putUint(b []byte, v uint64, width int) {
	for i := range width {
		b[i] = byte(v >> (8 * i))
	}
}

// getUint reads a width-byte little-endian value.
func getUint(b []byte, width int) uint64 {
	switch width {
	case 2:
		return uint64(b[0]) | uint64(b[1])<<8
	case 3:
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16
	case 4:
		return uint64(binary.LittleEndian.Uint32(b))
	case 5:
		return uint64(binary.LittleEndian.Uint32(b)) | uint64(b[4])<<32
	}
	var v uint64
	for i := range width {
		v |= uint64(b[i]) << (8 * i)
	}
	return v
}
