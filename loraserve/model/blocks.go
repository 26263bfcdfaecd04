// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"math"

	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// pass is one batch on its way through the model. The building blocks of a
// decoder layer (norms, projections with LoRA, position encodings, attention,
// MLPs, residual connections) are its methods; each works on every row of the
// batch at once, through the kernel backend where it has the kernel. In a
// training pass each block also records its backward step on the tape.
type pass struct {
	cfg    *Config
	w      *Weights
	be     kernels.Backend
	kv     *KVCache
	cos    []float32 // [MaxPositions, RopeDim/2] RoPE tables
	sin    []float32
	slopes []float32 // [heads] ALiBi slopes
	b      *batch
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
	n1     []float32 // [rows, dim] normalised input of attention
	qkv    []float32 // [rows, qDim+2·kvDim] fused projection output (families that fuse)
	q      []float32 // [rows, qDim] queries
	k, v   []float32 // [rows, kvDim] keys and values of the new rows
	att    []float32 // [rows, qDim] attention output, input of o_proj
	o      []float32 // [rows, dim] o_proj output
	h      []float32 // [rows, dim] residual stream after attention
	n2     []float32 // [rows, dim] normalised input of the MLP
	gateUp []float32 // [rows, 2·ffn] fused gate and up output (ChatGLM)
	gate   []float32 // [rows, ffn] gate_proj output
	up     []float32 // [rows, ffn] up_proj output
	act    []float32 // [rows, ffn] activation, input of down_proj
	down   []float32 // [rows, dim] down_proj output
}

// norm applies the family's normalisation (RMSNorm or LayerNorm) with the
// given weight and, for LayerNorm, bias.
func (p *pass) norm(out, x, weight, bias []float32) {
	if p.cfg.Arch.Norm == LayerNorm {
		p.layerNorm(out, x, weight, bias)
		return
	}
	p.rmsNorm(out, x, weight)
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

// layerNorm sets out = (x − mean(x)) / √(var(x) + eps) ⊙ weight + bias, row by row.
func (p *pass) layerNorm(out, x, weight, bias []float32) {
	eps, rows := p.cfg.RMSNormEps, p.b.rows
	layerNormRows(out, x, weight, bias, rows, eps)
	if t := p.tape; t != nil && t.follow(out, x) {
		t.record(func() {
			layerNormBackward(t.grad(x), x, weight, t.grad(out), rows, eps)
			t.release(out)
		})
	}
}

// linear sets out = in·Wᵀ (+ bias) for projection proj of layer l over the
// whole batch, then adds each adapter's low-rank delta s·(in·Aᵀ)·Bᵀ to its rows.
func (p *pass) linear(out, in []float32, l int, proj lora.Proj) {
	inDim, outDim := p.cfg.ProjDims(proj)
	w, rows := p.w.Layers[l].W[proj], p.b.rows
	p.be.MatMul(out, in, w, rows)
	if bias := p.w.Layers[l].B[proj]; bias != nil {
		addBias(out[:rows*outDim], bias)
	}
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

// splitQKV copies the fused query_key_value output apart into q, k and v,
// following the family's layout.
func (p *pass) splitQKV(q, k, v, qkv []float32) {
	c, rows := p.cfg, p.b.rows
	chunks := qkvChunks(c)
	width := c.QDim() + 2*c.KVDim()
	dsts := [3][]float32{q, k, v}
	dstWidth := [3]int{c.QDim(), c.KVDim(), c.KVDim()}
	hd := c.HeadDim
	parallelFor(rows, 16, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			src := qkv[r*width : (r+1)*width]
			for _, ch := range chunks {
				d := dsts[ch.part][r*dstWidth[ch.part]+ch.dst*hd:]
				copy(d[:hd], src[ch.src*hd:(ch.src+1)*hd])
			}
		}
	})
	if t := p.tape; t != nil && t.follow(q, qkv) {
		t.set(k, true)
		t.set(v, true)
		t.record(func() {
			g := t.grad(qkv)
			grads := [3][]float32{t.grad(q), t.grad(k), t.grad(v)}
			parallelFor(rows, 16, func(lo, hi int) {
				for r := lo; r < hi; r++ {
					dst := g[r*width : (r+1)*width]
					for _, ch := range chunks {
						s := grads[ch.part][r*dstWidth[ch.part]+ch.dst*hd:]
						axpy32(dst[ch.src*hd:(ch.src+1)*hd], 1, s[:hd])
					}
				}
			})
			t.release(q)
			t.release(k)
			t.release(v)
		})
	}
}

// qkvChunk moves one head: head-sized chunk src of the fused output to head
// dst of part (0 q, 1 k, 2 v).
type qkvChunk struct{ src, part, dst int }

// qkvChunks lists where every head of a fused query_key_value output goes.
func qkvChunks(c *Config) []qkvChunk {
	H, KVH := c.NumHeads, c.NumKVHeads
	var out []qkvChunk
	switch c.Arch.QKV {
	case QKVPerHead: // [head][q, k, v]
		for h := range H {
			out = append(out, qkvChunk{3 * h, 0, h}, qkvChunk{3*h + 1, 1, h}, qkvChunk{3*h + 2, 2, h})
		}
	case QKVGrouped: // [kv head][its queries…, k, v]
		per := H / KVH
		for g := range KVH {
			base := g * (per + 2)
			for i := range per {
				out = append(out, qkvChunk{base + i, 0, g*per + i})
			}
			out = append(out, qkvChunk{base + per, 1, g}, qkvChunk{base + per + 1, 2, g})
		}
	default: // [every q head][every k head][every v head]
		for h := range H {
			out = append(out, qkvChunk{h, 0, h})
		}
		for g := range KVH {
			out = append(out, qkvChunk{H + g, 1, g}, qkvChunk{H + KVH + g, 2, g})
		}
	}
	return out
}

// splitHalves copies the two halves of every row of ab apart (ChatGLM's fused
// dense_h_to_4h: gate, then up).
func (p *pass) splitHalves(a, b, ab []float32) {
	rows, n := p.b.rows, len(a)/p.b.rows
	for r := range rows {
		copy(a[r*n:(r+1)*n], ab[2*r*n:(2*r+1)*n])
		copy(b[r*n:(r+1)*n], ab[(2*r+1)*n:(2*r+2)*n])
	}
	if t := p.tape; t != nil && t.follow(a, ab) {
		t.set(b, true)
		t.record(func() {
			g, ga, gb := t.grad(ab), t.grad(a), t.grad(b)
			for r := range rows {
				axpy32(g[2*r*n:(2*r+1)*n], 1, ga[r*n:(r+1)*n])
				axpy32(g[(2*r+1)*n:(2*r+2)*n], 1, gb[r*n:(r+1)*n])
			}
			t.release(a)
			t.release(b)
		})
	}
}

// rope rotates, in place, each of the heads of every row by the row's
// position: rotary position embedding over the family's rotated dimensions
// (rotate-half pairs, or interleaved pairs for ChatGLM).
func (p *pass) rope(x []float32, heads int) {
	c, rows, positions := p.cfg, p.b.rows, p.b.positions
	if c.Arch.RopeDim == c.HeadDim && !c.Arch.RopeInterleaved {
		p.be.RoPE(x, rows, heads, c.HeadDim, positions, p.cos, p.sin)
	} else {
		ropeRows(x, rows, heads, c.HeadDim, c.Arch.RopeDim, c.Arch.RopeInterleaved, positions, p.cos, p.sin, false)
	}
	if t := p.tape; t != nil && t.needs(x) {
		t.record(func() {
			ropeRows(t.grad(x), rows, heads, c.HeadDim, c.Arch.RopeDim, c.Arch.RopeInterleaved, positions, p.cos, p.sin, true)
		})
	}
}

// attention appends k and v to layer l of each sequence's KV cache, then
// writes to out the causal grouped-query attention of q over the cached
// positions each row sees: all up to its own, or the latest Window of them,
// with ALiBi biases where the family uses them.
func (p *pass) attention(out, q, k, v []float32, l int) {
	c := p.cfg
	kv := p.kv.Layer(l)
	p.be.WriteKV(kv, p.b.cacheRows, k, v)
	window := c.Arch.window(l)
	if window == 0 && !c.Arch.ALiBi {
		p.be.Attention(out, q, p.b.attnRows, kv, c.NumHeads, c.NumKVHeads, c.HeadDim)
	} else {
		attendHost(out, q, p.b.attnRows, kv, c.NumHeads, c.NumKVHeads, c.HeadDim, window, p.slopes)
	}
	if t := p.tape; t != nil && t.follow(out, q, k, v) {
		nq, nk, nv := t.needs(q), t.needs(k), t.needs(v)
		t.record(func() {
			p.attentionBackward(t.gradIf(nq, q), t.gradIf(nk, k), t.gradIf(nv, v), q, k, v, out, t.grad(out), window)
			t.release(out)
		})
	}
}

// glu sets act = act(gate) ⊙ up (SwiGLU, GeGLU); act may be gate itself
// (not when training).
func (p *pass) glu(act, gate, up []float32) {
	kind := p.cfg.Arch.Act
	if kind == ActSiLU {
		if &act[0] != &gate[0] {
			copy(act, gate)
		}
		p.be.SiLUMul(act, up)
	} else {
		parallelFor(len(act), 4096, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				act[i] = float32(activate(kind, float64(gate[i])) * float64(up[i]))
			}
		})
	}
	if t := p.tape; t != nil && t.follow(act, gate, up) {
		ng, nu := t.needs(gate), t.needs(up)
		t.record(func() {
			gluBackward(kind, t.gradIf(ng, gate), t.gradIf(nu, up), gate, up, t.grad(act))
			t.release(act)
		})
	}
}

// activation sets out = act(in) (a plain MLP's nonlinearity); out may be in
// (not when training).
func (p *pass) activation(out, in []float32) {
	kind := p.cfg.Arch.Act
	parallelFor(len(out), 4096, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = float32(activate(kind, float64(in[i])))
		}
	})
	if t := p.tape; t != nil && t.follow(out, in) {
		t.record(func() {
			g, dy := t.grad(in), t.grad(out)
			parallelFor(len(g), 4096, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					g[i] += float32(float64(dy[i]) * activateDerivative(kind, float64(in[i])))
				}
			})
			t.release(out)
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

// embed sets each row of the residual stream to its token's embedding
// (times √dim for Gemma; LayerNorm-ed for BLOOM).
func (p *pass) embed() {
	c, x := p.cfg, p.xs[0]
	dim := c.HiddenSize
	for r, tok := range p.b.tokens {
		p.w.Embed.Row(tok, x[r*dim:(r+1)*dim])
	}
	if c.Arch.EmbedScale {
		s := float32(math.Sqrt(float64(dim)))
		for i := range x[:p.b.rows*dim] {
			x[i] *= s
		}
	}
	if c.Arch.EmbedNorm {
		layerNormRows(x, x, p.w.EmbedNorm, p.w.EmbedNormBias, p.b.rows, c.RMSNormEps)
	}
}

// finalNorm applies the norm before the output head to rows rows of x.
func (p *pass) finalNorm(out, x []float32, rows int) {
	c := p.cfg
	if c.Arch.Norm == LayerNorm {
		layerNormRows(out, x, p.w.Norm, p.w.NormBias, rows, c.RMSNormEps)
		return
	}
	p.be.RMSNorm(out, x, p.w.Norm, rows, c.HiddenSize, float32(c.RMSNormEps))
}

// finalNormBackward adds to dx the gradient of finalNorm given dy.
func (p *pass) finalNormBackward(dx, x, dy []float32, rows int) {
	if p.cfg.Arch.Norm == LayerNorm {
		layerNormBackward(dx, x, p.w.Norm, dy, rows, p.cfg.RMSNormEps)
		return
	}
	rmsNormBackward(dx, x, p.w.Norm, dy, rows, p.cfg.RMSNormEps)
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
	p.finalNorm(last, last, n)
	logits := make([]float32, n*c.VocabSize)
	p.be.MatMul(logits, last, p.w.LMHead, n)
	out := make([][]float32, n)
	for i := range out {
		out[i] = logits[i*c.VocabSize : (i+1)*c.VocabSize : (i+1)*c.VocabSize]
	}
	return out
}
