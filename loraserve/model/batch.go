// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"fmt"
	"slices"
	"strings"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// Entry is one sequence's share of a batch.
type Entry struct {
	Seq     *Sequence
	Tokens  []int         // new tokens: a prompt chunk, or the one token just sampled
	Adapter *lora.Adapter // nil runs the base model
}

// batch is the row layout of one forward pass: every new token of every entry
// is one row, and entries are ordered so that rows sharing an adapter are
// contiguous (one SGMV segment per adapter and projection).
type batch struct {
	rows      int
	entries   []Entry
	tokens    []int             // [rows] token of each row
	positions []int             // [rows] position of each row in its sequence
	cacheRows []int             // [rows] KV cache row of each row
	attnRows  []kernels.AttnRow // [rows] the cached positions each row attends to
	spans     []rowSpan         // per entry, in the caller's order: its rows
	groups    []adapterRows     // runs of rows sharing one adapter (base rows excluded)
}

// rowSpan is a run of batch rows.
type rowSpan struct{ start, rows int }

// adapterRows is a run of batch rows that share one adapter.
type adapterRows struct {
	adapter *lora.Adapter
	rowSpan
}

// admit validates the entries and reserves their KV pages; it returns the
// number of rows of the batch.
func (m *Model) admit(entries []Entry) (int, error) {
	c := m.Config
	rows := 0
	for i, e := range entries {
		if len(e.Tokens) == 0 {
			return 0, fmt.Errorf("model: entry %d has no tokens", i)
		}
		if e.Seq.Len+len(e.Tokens) > c.MaxPositions {
			return 0, fmt.Errorf("%w: %d+%d > %d", ErrContext, e.Seq.Len, len(e.Tokens), c.MaxPositions)
		}
		for _, t := range e.Tokens {
			if t < 0 || t >= c.VocabSize {
				return 0, fmt.Errorf("%w: %d", ErrToken, t)
			}
		}
		rows += len(e.Tokens)
	}
	for _, e := range entries {
		if err := e.Seq.reserve(len(e.Tokens)); err != nil {
			return 0, err
		}
	}
	return rows, nil
}

// layout fills b with the rows of entries: the base model's entries first,
// then each adapter's, in adapter id order.
func (b *batch) layout(entries []Entry, rows int) {
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return strings.Compare(adapterKey(entries[x].Adapter), adapterKey(entries[y].Adapter))
	})
	b.rows, b.entries = rows, entries
	b.tokens = grow(b.tokens, rows)
	b.positions = grow(b.positions, rows)
	b.cacheRows = grow(b.cacheRows, rows)
	b.attnRows = grow(b.attnRows, rows)
	b.spans = grow(b.spans, len(entries))
	b.groups = b.groups[:0]
	r := 0
	for _, ei := range order {
		e := entries[ei]
		b.spans[ei] = rowSpan{r, len(e.Tokens)}
		if e.Adapter != nil {
			if n := len(b.groups); n > 0 && b.groups[n-1].adapter == e.Adapter && b.groups[n-1].start+b.groups[n-1].rows == r {
				b.groups[n-1].rows += len(e.Tokens)
			} else {
				b.groups = append(b.groups, adapterRows{e.Adapter, rowSpan{r, len(e.Tokens)}})
			}
		}
		for j, tok := range e.Tokens {
			pos := e.Seq.Len + j
			b.tokens[r] = tok
			b.positions[r] = pos
			b.cacheRows[r] = e.Seq.row(pos)
			b.attnRows[r] = kernels.AttnRow{Pos: pos, Pages: e.Seq.pages}
			r++
		}
	}
}

// segments returns the LoRA segments of projection p of layer l: one per
// adapter in the batch that adapts it.
func (b *batch) segments(l int, p lora.Proj) []kernels.Segment {
	var segs []kernels.Segment
	for _, g := range b.groups {
		if l >= len(g.adapter.Layers) {
			continue
		}
		if mod := g.adapter.Layers[l][p]; mod != nil {
			segs = append(segs, kernels.Segment{Start: g.start, Rows: g.rows, A: mod.A, BT: mod.BT, Rank: mod.Rank, Scale: mod.Scale})
		}
	}
	return segs
}

// advance records that every entry's tokens are now in the KV cache.
func (b *batch) advance() {
	for _, e := range b.entries {
		e.Seq.Len += len(e.Tokens)
	}
}

// adapterKey orders the base model first, then adapters by id.
func adapterKey(a *lora.Adapter) string {
	if a == nil {
		return ""
	}
	return "\x00" + a.ID
}

// grow returns s resized to n elements, reusing its array when large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
