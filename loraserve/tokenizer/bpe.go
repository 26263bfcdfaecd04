// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package tokenizer

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// bpeModel is tokenizer.json's BPE model: a vocabulary, ranked merges over
// token-id pairs, and what to do with characters outside the vocabulary
// (byte fallback to <0xNN> tokens, or an unknown token).
type bpeModel struct {
	vocab        map[string]int
	merges       map[uint64]mergeRule // key: left id << 32 | right id
	unk          int                  // -1 when there is no unk_token
	fuseUnk      bool
	byteFallback bool
	ignoreMerges bool
	prefix       string   // continuing_subword_prefix
	suffix       string   // end_of_word_suffix
	byteIDs      [256]int // ids of <0x00>..<0xFF>, -1 when absent
	smallRunes   []int32  // ids of single-rune tokens below len(smallRunes), -1 when absent

	mu    sync.RWMutex
	cache map[string][]int32
}

// mergeRule is a merge's rank (lower merges first) and the id it produces.
type mergeRule struct{ rank, id int32 }

const (
	// maxCachedPiece is the longest piece (in bytes) whose ids are cached.
	maxCachedPiece = 256
	// maxCacheEntries bounds the piece cache; it is emptied when full.
	maxCacheEntries = 1 << 14
)

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

func newBPE(m *modelJSON, merges [][2]string) (*bpeModel, error) {
	if m.Dropout != nil && *m.Dropout != 0 {
		return nil, fmt.Errorf("%w: BPE dropout %v (encoding would not be deterministic)", ErrUnsupported, *m.Dropout)
	}
	b := &bpeModel{
		vocab:        m.Vocab,
		merges:       make(map[uint64]mergeRule, len(merges)),
		unk:          -1,
		fuseUnk:      m.FuseUnk,
		byteFallback: m.ByteFallback,
		ignoreMerges: m.IgnoreMerges,
		cache:        make(map[string][]int32),
	}
	if m.ContinuingSubwordPrefix != nil {
		b.prefix = *m.ContinuingSubwordPrefix
	}
	if m.EndOfWordSuffix != nil {
		b.suffix = *m.EndOfWordSuffix
	}
	if m.UnkToken != nil && *m.UnkToken != "" {
		id, ok := m.Vocab[*m.UnkToken]
		if !ok {
			return nil, fmt.Errorf("%w: unk_token %q is not in the vocabulary", ErrFormat, *m.UnkToken)
		}
		b.unk = id
	}
	for i := range b.byteIDs {
		b.byteIDs[i] = -1
		if id, ok := m.Vocab[fmt.Sprintf("<0x%02X>", i)]; ok {
			b.byteIDs[i] = id
		}
	}
	b.smallRunes = make([]int32, 0x180) // covers the byte-level alphabet (up to U+0143)
	for r := range b.smallRunes {
		b.smallRunes[r] = -1
		if id, ok := m.Vocab[string(rune(r))]; ok {
			b.smallRunes[r] = int32(id)
		}
	}
	for i, mg := range merges {
		a, okA := m.Vocab[mg[0]]
		c, okB := m.Vocab[mg[1]]
		if !okA || !okB {
			return nil, fmt.Errorf("%w: merge %d %q+%q uses a token outside the vocabulary", ErrFormat, i, mg[0], mg[1])
		}
		merged := mg[0] + strings.TrimPrefix(mg[1], b.prefix)
		id, ok := m.Vocab[merged]
		if !ok {
			return nil, fmt.Errorf("%w: merge %d %q+%q yields a token outside the vocabulary", ErrFormat, i, mg[0], mg[1])
		}
		// A repeated pair takes its last rank, as the tokenizers library's map does.
		b.merges[pairKey(int32(a), int32(c))] = mergeRule{rank: int32(i), id: int32(id)}
	}
	return b, nil
}

// symbol is one node of the linked list a word is merged in.
type symbol struct {
	id         int32
	prev, next int32 // -1 at the ends
	gone       bool  // merged into its left neighbour
}

// mergeItem is a candidate merge of the symbol at pos with its right
// neighbour; the heap pops the lowest rank, then the leftmost.
type mergeItem struct{ rank, pos, id int32 }

func (a mergeItem) less(b mergeItem) bool {
	return a.rank < b.rank || a.rank == b.rank && a.pos < b.pos
}

// runeID returns the id of the single-character token s (r's spelling).
func (b *bpeModel) runeID(r rune, s string) (int32, bool) {
	if b.prefix == "" && b.suffix == "" && int(r) < len(b.smallRunes) && r >= 0 {
		id := b.smallRunes[r]
		return id, id >= 0
	}
	id, ok := b.vocab[s]
	return int32(id), ok
}

// tokenize appends the ids of one pre-tokenized piece. Merging runs on a
// linked list with a heap of candidate pairs, so a piece of n characters
// costs O(n log n) whatever its shape.
func (b *bpeModel) tokenize(text string, out []int) []int {
	if text == "" {
		return out
	}
	if len(text) < maxCachedPiece {
		b.mu.RLock()
		ids, ok := b.cache[text]
		b.mu.RUnlock()
		if ok {
			for _, id := range ids {
				out = append(out, int(id))
			}
			return out
		}
	}
	ids := b.merge(text)
	if len(text) < maxCachedPiece {
		b.mu.Lock()
		if len(b.cache) >= maxCacheEntries {
			b.cache = make(map[string][]int32)
		}
		b.cache[text] = ids
		b.mu.Unlock()
	}
	for _, id := range ids {
		out = append(out, int(id))
	}
	return out
}

func (b *bpeModel) merge(text string) []int32 { return b.mergeCounting(text, nil) }

// mergeCounting is merge that adds the heap operations it did to *steps
// (when not nil), for the tests that bound its cost.
func (b *bpeModel) mergeCounting(text string, steps *int) []int32 {
	if b.ignoreMerges {
		if id, ok := b.vocab[text]; ok {
			return []int32{int32(id)}
		}
	}
	syms := make([]symbol, 0, utf8.RuneCountInString(text))
	add := func(id int32) {
		n := int32(len(syms))
		syms = append(syms, symbol{id: id, prev: n - 1, next: -1})
		if n > 0 {
			syms[n-1].next = n
		}
	}
	unkPending := false
	flushUnk := func() {
		if unkPending {
			add(int32(b.unk))
			unkPending = false
		}
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		ch := text[i : i+w]
		first, last := i == 0, i+w == len(text)
		i += w
		s := ch
		if !first && b.prefix != "" {
			s = b.prefix + s
		}
		if last && b.suffix != "" {
			s = s + b.suffix
		}
		if id, ok := b.runeID(r, s); ok && !(r == utf8.RuneError && w == 1) {
			flushUnk()
			add(id)
			continue
		}
		if b.byteFallback {
			all := true
			for k := 0; k < len(ch); k++ {
				all = all && b.byteIDs[ch[k]] >= 0
			}
			if all {
				flushUnk()
				for k := 0; k < len(ch); k++ {
					add(int32(b.byteIDs[ch[k]]))
				}
				continue
			}
		}
		if b.unk >= 0 {
			if unkPending && !b.fuseUnk {
				add(int32(b.unk))
			}
			unkPending = true
		}
	}
	flushUnk()
	if len(syms) == 0 {
		return nil
	}
	heap := minHeap[mergeItem]{less: mergeItem.less}
	for i := 0; i+1 < len(syms); i++ {
		if m, ok := b.merges[pairKey(syms[i].id, syms[i+1].id)]; ok {
			heap.push(mergeItem{rank: m.rank, pos: int32(i), id: m.id})
		}
	}
	ops := heap.len()
	if steps != nil {
		defer func() { *steps += ops }()
	}
	for heap.len() > 0 {
		top := heap.pop()
		ops++
		s := &syms[top.pos]
		if s.gone || s.next < 0 {
			continue
		}
		right := &syms[s.next]
		if m, ok := b.merges[pairKey(s.id, right.id)]; !ok || m.id != top.id {
			continue // stale: a neighbour changed since this pair was queued
		}
		s.id = top.id
		right.gone = true
		s.next = right.next
		if s.next >= 0 {
			syms[s.next].prev = top.pos
		}
		if s.prev >= 0 {
			if m, ok := b.merges[pairKey(syms[s.prev].id, s.id)]; ok {
				heap.push(mergeItem{rank: m.rank, pos: s.prev, id: m.id})
				ops++
			}
		}
		if s.next >= 0 {
			if m, ok := b.merges[pairKey(s.id, syms[s.next].id)]; ok {
				heap.push(mergeItem{rank: m.rank, pos: top.pos, id: m.id})
				ops++
			}
		}
	}
	ids := make([]int32, 0, len(syms))
	for i := int32(0); i >= 0; i = syms[i].next {
		ids = append(ids, syms[i].id)
	}
	return ids
}
