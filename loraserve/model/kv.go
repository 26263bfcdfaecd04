// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"fmt"
	"sync"

	"github.com/openledger/openledger/loraserve/kernels"
)

// DefaultPageSize is the number of token positions per KV cache page.
const DefaultPageSize = 16

// KVCache is a pool of fixed-size pages shared by all sequences. Page p of
// layer l holds keys and values for PageSize positions of one sequence.
type KVCache struct {
	PageSize int
	KVDim    int
	K, V     [][]float32 // [layers][numPages*PageSize*KVDim]

	mu   sync.Mutex
	free []int32
}

// NewKVCache allocates pages pages for layers layers of width kvDim.
func NewKVCache(layers, pages, pageSize, kvDim int) *KVCache {
	c := &KVCache{PageSize: pageSize, KVDim: kvDim, K: make([][]float32, layers), V: make([][]float32, layers)}
	for l := range layers {
		c.K[l] = make([]float32, pages*pageSize*kvDim)
		c.V[l] = make([]float32, pages*pageSize*kvDim)
	}
	c.free = make([]int32, pages)
	for i := range c.free {
		c.free[i] = int32(pages - 1 - i)
	}
	return c
}

// Pages returns the total number of pages.
func (c *KVCache) Pages() int { return len(c.K[0]) / (c.PageSize * c.KVDim) }

// FreePages returns the number of unused pages.
func (c *KVCache) FreePages() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.free)
}

// PagesFor returns how many pages a sequence of n tokens occupies.
func (c *KVCache) PagesFor(n int) int { return (n + c.PageSize - 1) / c.PageSize }

// Layer returns the kernel view of layer l.
func (c *KVCache) Layer(l int) kernels.PagedKV {
	return kernels.PagedKV{K: c.K[l], V: c.V[l], PageSize: c.PageSize, KVDim: c.KVDim}
}

// Sequence is one request's position in the KV cache.
type Sequence struct {
	cache *KVCache
	pages []int32
	// Len is the number of tokens whose keys and values are cached.
	Len int
}

// NewSequence returns an empty sequence; it holds no pages until it grows.
func (c *KVCache) NewSequence() *Sequence { return &Sequence{cache: c} }

// reserve makes room for n more tokens, allocating pages as needed.
func (s *Sequence) reserve(n int) error {
	need := s.cache.PagesFor(s.Len+n) - len(s.pages)
	if need <= 0 {
		return nil
	}
	c := s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if need > len(c.free) {
		return fmt.Errorf("%w: need %d pages, %d free", ErrKVFull, need, len(c.free))
	}
	s.pages = append(s.pages, c.free[len(c.free)-need:]...)
	c.free = c.free[:len(c.free)-need]
	return nil
}

// Release returns the sequence's pages to the pool; the sequence is empty after.
func (s *Sequence) Release() {
	if len(s.pages) == 0 {
		s.Len = 0
		return
	}
	c := s.cache
	c.mu.Lock()
	c.free = append(c.free, s.pages...)
	c.mu.Unlock()
	s.pages, s.Len = nil, 0
}

// row returns the cache row of position pos.
func (s *Sequence) row(pos int) int {
	return int(s.pages[pos/s.cache.PageSize])*s.cache.PageSize + pos%s.cache.PageSize
}

// Truncate forgets every position from n on (n ≤ Len), keeping the pages, so
// the sequence can be continued from position n (prefix reuse, benchmarks).
func (s *Sequence) Truncate(n int) {
	if n >= 0 && n < s.Len {
		s.Len = n
	}
}
