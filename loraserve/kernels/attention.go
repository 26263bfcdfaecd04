// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import "math"

// attnBlock is the number of query rows of one sequence attended together:
// their scores come from one pass over the sequence's keys.
const attnBlock = 24

// Attention implements Backend. Rows of one sequence at consecutive
// positions (a prompt chunk) are taken in blocks per head: the scores of a
// block against every cached key are one small matrix product, then each
// row's softmax, then its weighted sum of values page by page. A row's
// result does not depend on the other rows of its block: every score has
// dot4's arithmetic, the softmax and the sum of values run over that row
// alone in position order, so prefill, chunked prefill and decoding agree
// bit for bit.
func (c *CPU) Attention(out, q []float32, rows []AttnRow, kv PagedKV, heads, kvHeads, headDim int) {
	type task struct{ start, end, head int }
	var tasks []task
	work := 0
	for start := 0; start < len(rows); {
		end := start + 1
		for end < len(rows) && end-start < attnBlock && sameSeq(rows[end-1], rows[end]) {
			end++
		}
		for h := range heads {
			tasks = append(tasks, task{start, end, h})
		}
		work += (end - start) * (rows[end-1].Pos + 1) * headDim * heads * 2
		start = end
	}
	group := heads / kvHeads
	scale := float32(1 / math.Sqrt(float64(headDim)))
	c.parallelFor(len(tasks), work, func(lo, hi int) {
		var a attnScratch
		for _, tk := range tasks[lo:hi] {
			a.run(out, q, rows[tk.start:tk.end], tk.start, tk.head, kv, heads, headDim, (tk.head/group)*headDim, scale)
		}
	})
}

// sameSeq reports whether b is the next position of a's sequence.
func sameSeq(a, b AttnRow) bool {
	return b.Pos == a.Pos+1 && len(a.Pages) > 0 && len(b.Pages) >= len(a.Pages) && &a.Pages[0] == &b.Pages[0]
}

// attnScratch holds one worker's buffers, grown as needed.
type attnScratch struct {
	keys   [][]float32 // key rows of the head, by position (padded to a multiple of 4)
	qs     [][]float32
	scores []float32 // [rows, keys]
}

// run computes the attention of rows (batch rows first, first+1, …) of one
// sequence for head h.
func (a *attnScratch) run(out, q []float32, rows []AttnRow, first, h int, kv PagedKV, heads, hd, kvOff int, scale float32) {
	n := rows[len(rows)-1].Pos + 1 // keys
	pages := rows[len(rows)-1].Pages
	padded := (n + 3) &^ 3
	a.keys = a.keys[:0]
	for j := range n {
		base := kvRow(pages, j, kv.PageSize)*kv.KVDim + kvOff
		a.keys = append(a.keys, kv.K[base:base+hd])
	}
	for len(a.keys) < padded {
		a.keys = append(a.keys, a.keys[n-1]) // padding: computed, never used
	}
	a.qs = a.qs[:0]
	for i := range rows {
		t := first + i
		a.qs = append(a.qs, q[(t*heads+h)*hd:(t*heads+h+1)*hd])
	}
	if cap(a.scores) < len(rows)*padded {
		a.scores = make([]float32, len(rows)*padded)
	}
	s := a.scores[:len(rows)*padded]
	scorePanel(s, padded, a.qs, a.keys)
	for i, r := range rows {
		p := s[i*padded : i*padded+r.Pos+1]
		for j := range p {
			p[j] *= scale
		}
		softmaxFast(p)
		t := first + i
		o := out[(t*heads+h)*hd : (t*heads+h+1)*hd]
		clear(o)
		// o = Σ_j p_j·v_j in position order, one page of values at a time.
		for j0 := 0; j0 < len(p); j0 += kv.PageSize {
			j1 := min(j0+kv.PageSize, len(p))
			base := kvRow(pages, j0, kv.PageSize)*kv.KVDim + kvOff
			expand(o, kv.V[base:], p[j0:j1], kv.KVDim)
		}
	}
}

// scorePanel sets s[i*stride+j] = qs[i]·keys[j] with dot4's arithmetic;
// len(keys) is a multiple of 4.
func scorePanel(s []float32, stride int, qs, keys [][]float32) {
	var acc [24][16]float32
	var res [24]float32
	i := 0
	if sixKernel() {
		for ; i+6 <= len(qs); i += 6 {
			xs := [6][]float32{qs[i], qs[i+1], qs[i+2], qs[i+3], qs[i+4], qs[i+5]}
			for j := 0; j < len(keys); j += 4 {
				dot4x6(&xs, &[4][]float32{keys[j], keys[j+1], keys[j+2], keys[j+3]}, &acc, &res)
				for r := range 6 {
					copy(s[(i+r)*stride+j:(i+r)*stride+j+4], res[4*r:4*r+4])
				}
			}
		}
	}
	for ; i < len(qs); i++ {
		for j := 0; j < len(keys); j += 4 {
			o := s[i*stride+j : i*stride+j+4]
			o[0], o[1], o[2], o[3] = dot4(qs[i], keys[j], keys[j+1], keys[j+2], keys[j+3])
		}
	}
}

// softmaxGo normalises x in place with expInPlace (the portable softmax).
func softmaxGo(x []float32) {
	maxV := x[0]
	for _, v := range x[1:] {
		maxV = max(maxV, v)
	}
	for i := range x {
		x[i] -= maxV
	}
	expInPlace(x)
	var sum float32
	for _, v := range x {
		sum += v
	}
	inv := 1 / sum
	for i := range x {
		x[i] *= inv
	}
}
