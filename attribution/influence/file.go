// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package influence

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"os"

	"github.com/openledger/openledger/internal/atomicfile"
)

// Cache file layout (little-endian):
//
//	magic "OLINFC01" | layers u32 | n u64 | damping f64
//	per layer: name length u16, name, size u64
//	n × contribution id u64
//	n × dim × float32 gradients
//	CRC-32C of everything before it, u32
const cacheMagic = "OLINFC01"

// maxCacheLayers bounds the layer count a file may declare.
const maxCacheLayers = 1 << 16

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Encode serialises the cache.
func (c *Cache) Encode() []byte {
	b := []byte(cacheMagic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(c.layers)))
	b = binary.LittleEndian.AppendUint64(b, uint64(len(c.ids)))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.damping))
	for _, l := range c.layers {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(l.Name)))
		b = append(b, l.Name...)
		b = binary.LittleEndian.AppendUint64(b, uint64(l.Size))
	}
	for _, id := range c.ids {
		b = binary.LittleEndian.AppendUint64(b, id)
	}
	for _, g := range c.grads {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(g))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// Decode parses and verifies an encoded cache.
func Decode(b []byte) (*Cache, error) {
	if len(b) < len(cacheMagic)+4+8+8+4 {
		return nil, fmt.Errorf("%w: %d bytes", ErrCorrupt, len(b))
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if got := crc32.Checksum(body, castagnoli); got != sum {
		return nil, fmt.Errorf("%w: checksum %08x, stored %08x", ErrCorrupt, got, sum)
	}
	if string(body[:8]) != cacheMagic {
		return nil, fmt.Errorf("%w: bad magic %q", ErrCorrupt, body[:8])
	}
	p := body[8:]
	numLayers := binary.LittleEndian.Uint32(p)
	n := binary.LittleEndian.Uint64(p[4:])
	damping := math.Float64frombits(binary.LittleEndian.Uint64(p[12:]))
	p = p[20:]
	if numLayers == 0 || numLayers > maxCacheLayers || n == 0 || !(damping > 0) || math.IsInf(damping, 0) {
		return nil, fmt.Errorf("%w: %d layers, %d examples, damping %v", ErrCorrupt, numLayers, n, damping)
	}
	c := &Cache{damping: damping}
	var dim uint64
	for range numLayers {
		if len(p) < 2 {
			return nil, fmt.Errorf("%w: truncated layer table", ErrCorrupt)
		}
		nameLen := int(binary.LittleEndian.Uint16(p))
		if len(p) < 2+nameLen+8 {
			return nil, fmt.Errorf("%w: truncated layer table", ErrCorrupt)
		}
		name := string(p[2 : 2+nameLen])
		size := binary.LittleEndian.Uint64(p[2+nameLen:])
		p = p[2+nameLen+8:]
		if size == 0 || size > uint64(len(b)) {
			return nil, fmt.Errorf("%w: layer %q has size %d", ErrCorrupt, name, size)
		}
		dim += size
		c.layers = append(c.layers, Layer{Name: name, Size: int(size)})
	}
	if dim > uint64(len(b)) || n > uint64(len(b)) {
		return nil, fmt.Errorf("%w: sizes exceed the file", ErrCorrupt)
	}
	if want := n*8 + n*dim*4; uint64(len(p)) != want {
		return nil, fmt.Errorf("%w: %d data bytes, expected %d", ErrCorrupt, len(p), want)
	}
	c.ids = make([]uint64, n)
	for i := range c.ids {
		c.ids[i] = binary.LittleEndian.Uint64(p[8*i:])
	}
	p = p[8*n:]
	c.grads = make([]float32, n*dim)
	for i := range c.grads {
		x := math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, fmt.Errorf("%w: gradient value not finite", ErrCorrupt)
		}
		c.grads[i] = x
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return c, nil
}

// SaveFile writes the cache to path atomically and durably.
func (c *Cache) SaveFile(path string) error {
	if err := atomicfile.WriteFile(path, c.Encode(), 0o644); err != nil {
		return fmt.Errorf("save influence cache: %w", err)
	}
	return nil
}

// LoadFile reads and verifies a cache file.
func LoadFile(path string) (*Cache, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read influence cache: %w", err)
	}
	c, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("influence cache %s: %w", path, err)
	}
	return c, nil
}
