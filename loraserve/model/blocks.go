// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// pass is one batch on its way through the model. The building blocks of a
// decoder layer (norms, projections with LoRA, position encodings, attention,
// MLPs, residual connections) are its methods; each works on every row of the
// batch at once through the kernel backend. In a training pass each block
// also records its backward step on the tape.
type pass struct {
	cfg *Config
	w   *Weights
	be  kernels.Backend
	kv  *KVCache
	cos []float32 // [MaxPositions, HeadDim/2] RoPE tables
	sin []float32
	b   *batch
	// xs[l] is the residual stream entering layer l, [rows, dim]; xs[layers]
	// feeds the head. While serving they are all one buffer.
	xs [][]float32
	// acts[l] are layer l's activations. While serving every layer reuses
	// the same buffers; a training pass keeps each layer's for the backward.
	acts []layerActs

	tape  *tape         // nil unless training
	train *lora.Adapter // the adapter whose factors are differentiated
	grads *Gradients    // where their gradients accumulate
}

// layerActs names the activations of one decoder layer, each [rows, width].
// While serving, names whose values are dead by the time the next is written
// share one buffer (n1, o, n2 and down; h and the residual stream; gate and act).
type layerActs struct {
	n1   []float32 // [rows, dim] normalised input of attention
	q    []float32 // [rows, qDim] queries
	k, v []float32 // [rows, kvDim] keys and values of the new rows
	att  []float32 // [rows, qDim] attention output, input of o_proj
	o    []float32 // [rows, dim] o_proj output
	h    []float32 // [rows, dim] residual stream after attention
	n2   []float32 // [rows, dim] normalised input of the MLP
	gate []float32 // [rows, ffn] gate_proj output
	up   []float32 // [rows, ffn] up_proj output
	act  []float32 // [rows, ffn] activation, input of down_proj
	down []float32 // [rows, dim] down_proj output
}

// rmsNorm sets out = x / √(mean(x²) + eps) ⊙ weight, row by row.
func (p *pass) rmsNorm(out, x, weight []float32) {
	eps, rows := p.cfg.RMSNormEps, p.b.rows
	p.be.RMSNorm(out, x, weight, rows, len(weight), float32(eps))
	if t := p.tape; t != nil && t.follow(out, x) {
		t.record(func() {
			rmsNormBackward(t.grad(x), x, weight, t.grad(out), rows, eps)
			t.release(out)
		})
	}
}

// linear sets out = in·Wᵀ for projection proj of layer l over the whole batch,
// then adds each adapter's low-rank delta s·(in·Aᵀ)·Bᵀ to its rows.
func (p *pass) linear(out, in []float32, l int, proj lora.Proj) {
	inDim, outDim := p.cfg.ProjDims(proj)
	w, rows := p.w.Layers[l].W[proj], p.b.rows
	p.be.MatMul(out, in, w, rows)
	if segs := p.b.segments(l, proj); len(segs) > 0 {
		p.be.SGMV(out, in, inDim, outDim, segs)
	}
	t := p.tape
	if t == nil {
		return
	}
	mod := p.trained(l, proj)
	needIn := t.needs(in)
	if !t.set(out, needIn || mod != nil) {
		return
	}
	t.record(func() {
		dy := t.grad(out)
		var din []float32
		if needIn {
			din = t.grad(in)
		}
		if mod != nil {
			p.loraBackward(mod, p.grads.Layers[l][proj], in, dy, din, inDim, outDim)
		}
		if needIn {
			tmp := t.take(rows * inDim)
			p.be.MatMulT(tmp, dy, w, rows)
			addTo(din, tmp)
			t.give(tmp)
		}
		t.release(out)
	})
}

// rope rotates, in place, each of the heads of every row by the row's
// position (rotary position embedding, rotate-half convention).
func (p *pass) rope(x []float32, heads int) {
	hd, rows, positions := p.cfg.HeadDim, p.b.rows, p.b.positions
	p.be.RoPE(x, rows, heads, hd, positions, p.cos, p.sin)
	if t := p.tape; t != nil && t.needs(x) {
		t.record(func() { ropeBackward(t.grad(x), rows, heads, hd, positions, p.cos, p.sin) })
	}
}

// attention appends k and v to layer l of each sequence's KV cache, then
// writes to out the causal grouped-query attention of q over every cached
// position of the row's sequence up to its own.
func (p *pass) attention(out, q, k, v []float32, l int) {
	c := p.cfg
	kv := p.kv.Layer(l)
	p.be.WriteKV(kv, p.b.cacheRows, k, v)
	p.be.Attention(out, q, p.b.attnRows, kv, c.NumHeads, c.NumKVHeads, c.HeadDim)
	if t := p.tape; t != nil && t.follow(out, q, k, v) {
		nq, nk, nv := t.needs(q), t.needs(k), t.needs(v)
		t.record(func() {
			p.attentionBackward(t.gradIf(nq, q), t.gradIf(nk, k), t.gradIf(nv, v), q, k, v, out, t.grad(out))
			t.release(out)
		})
	}
}

// swiGLU sets act = silu(gate) ⊙ up; act may be gate itself (not when training).
func (p *pass) swiGLU(act, gate, up []float32) {
	if &act[0] != &gate[0] {
		copy(act, gate)
	}
	p.be.SiLUMul(act, up)
	if t := p.tape; t != nil && t.follow(act, gate, up) {
		ng, nu := t.needs(gate), t.needs(up)
		t.record(func() {
			swiGLUBackward(t.gradIf(ng, gate), t.gradIf(nu, up), gate, up, t.grad(act))
			t.release(act)
		})
	}
}

// add sets out = a + b (a residual connection); out may be a.
func (p *pass) add(out, a, b []float32) {
	for i := range out {
		out[i] = a[i] + b[i]
	}
	if t := p.tape; t != nil && t.follow(out, a, b) {
		na, nb := t.needs(a), t.needs(b)
		t.record(func() {
			g := t.grad(out)
			if nb {
				addTo(t.grad(b), g)
			}
			if na {
				t.handOver(a, out)
			} else {
				t.release(out)
			}
		})
	}
}

// embed sets each row of the residual stream to its token's embedding.
func (p *pass) embed() {
	dim, x := p.cfg.HiddenSize, p.xs[0]
	for r, tok := range p.b.tokens {
		p.w.Embed.Row(tok, x[r*dim:(r+1)*dim])
	}
}

// lastLogits applies the final norm and the output head to the last row of
// each entry and returns the logits, one [vocab] slice per entry.
func (p *pass) lastLogits() [][]float32 {
	c, n, x := p.cfg, len(p.b.spans), p.xs[len(p.xs)-1]
	dim := c.HiddenSize
	last := make([]float32, n*dim)
	for i, sp := range p.b.spans {
		r := sp.start + sp.rows - 1
		copy(last[i*dim:(i+1)*dim], x[r*dim:(r+1)*dim])
	}
	p.be.RMSNorm(last, last, p.w.Norm, n, dim, float32(c.RMSNormEps))
	logits := make([]float32, n*c.VocabSize)
	p.be.MatMul(logits, last, p.w.LMHead, n)
	out := make([][]float32, n)
	for i := range out {
		out[i] = logits[i*c.VocabSize : (i+1)*c.VocabSize : (i+1)*c.VocabSize]
	}
	return out
}
