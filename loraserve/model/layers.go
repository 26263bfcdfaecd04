// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import "github.com/openledger/openledger/loraserve/lora"

// The decoder layers of the families whose layer is not Llama's, built from
// the same blocks (blocks.go).

// falconLayer is Falcon's decoder layer: LayerNorm, one fused
// query_key_value projection (multi-query: one key and value head, or kv
// groups), RoPE, and, in parallel from the same normalised input, attention
// and a GELU MLP added to the residual stream together.
func (p *pass) falconLayer(l int) {
	c, w, a := p.cfg, &p.w.Layers[l], &p.acts[l]
	x, out := p.xs[l], p.xs[l+1]
	// layernorm before attention (and, for Falcon 7B, the MLP)
	p.norm(a.n1, x, w.AttnNorm, w.AttnNormBias)
	// fused q, k, v projection, split into heads
	p.linear(a.qkv, a.n1, l, lora.QKV)
	p.splitQKV(a.q, a.k, a.v, a.qkv)
	// RoPE (or ALiBi biases inside attention)
	if !c.Arch.ALiBi {
		p.rope(a.q, c.NumHeads)
		p.rope(a.k, c.NumKVHeads)
	}
	// causal attention over the KV cache, and its dense output projection
	p.attention(a.att, a.q, a.k, a.v, l)
	p.linear(a.o, a.att, l, lora.O)
	// the MLP's input: the same normalised x (parallel), its own norm of x
	// (new decoder architecture), or the norm of x + attention (sequential)
	mlpIn := a.n1
	switch {
	case c.Arch.ParallelNorms:
		p.norm(a.n2, x, w.MLPNorm, w.MLPNormBias)
		mlpIn = a.n2
	case !c.Arch.Parallel:
		p.add(a.h, x, a.o)
		p.norm(a.n2, a.h, w.MLPNorm, w.MLPNormBias)
		mlpIn = a.n2
	}
	// MLP: dense_4h_to_h(gelu(dense_h_to_4h(n)))
	p.linear(a.up, mlpIn, l, lora.Up)
	p.activation(a.act, a.up)
	p.linear(a.down, a.act, l, lora.Down)
	// residual connection: out = x + attention + MLP
	if c.Arch.Parallel {
		p.add(a.h, x, a.o)
	}
	p.add(out, a.h, a.down)
}

// bloomLayer is BLOOM's decoder layer: LayerNorm, fused query_key_value
// (per head q, k, v, with biases), attention with ALiBi position biases,
// dense output projection, residual, LayerNorm, GELU MLP, residual.
func (p *pass) bloomLayer(l int) {
	w, a := &p.w.Layers[l], &p.acts[l]
	x, out := p.xs[l], p.xs[l+1]
	// layernorm before attention
	p.norm(a.n1, x, w.AttnNorm, w.AttnNormBias)
	// fused q, k, v projection, split into heads
	p.linear(a.qkv, a.n1, l, lora.QKV)
	p.splitQKV(a.q, a.k, a.v, a.qkv)
	// causal attention with ALiBi biases (no RoPE)
	p.attention(a.att, a.q, a.k, a.v, l)
	// output projection and residual connection: h = x + dense(att)
	p.linear(a.o, a.att, l, lora.O)
	p.add(a.h, x, a.o)
	// layernorm before the MLP
	p.norm(a.n2, a.h, w.MLPNorm, w.MLPNormBias)
	// MLP: dense_4h_to_h(gelu(dense_h_to_4h(n2))), and residual connection
	p.linear(a.up, a.n2, l, lora.Up)
	p.activation(a.act, a.up)
	p.linear(a.down, a.act, l, lora.Down)
	p.add(out, a.h, a.down)
}

// chatglmLayer is ChatGLM2/3's decoder layer: RMSNorm, fused query_key_value
// with biases (multi-query groups), RoPE on the first half of each head in
// interleaved pairs (GLM's 2-D rotary encoding), attention, dense, residual,
// RMSNorm, SwiGLU from one fused dense_h_to_4h, residual.
func (p *pass) chatglmLayer(l int) {
	c, w, a := p.cfg, &p.w.Layers[l], &p.acts[l]
	x, out := p.xs[l], p.xs[l+1]
	// rmsnorm before attention
	p.norm(a.n1, x, w.AttnNorm, w.AttnNormBias)
	// fused q, k, v projection, split into heads
	p.linear(a.qkv, a.n1, l, lora.QKV)
	p.splitQKV(a.q, a.k, a.v, a.qkv)
	// RoPE on half of each head's dimensions, interleaved pairs
	p.rope(a.q, c.NumHeads)
	p.rope(a.k, c.NumKVHeads)
	// causal multi-query attention over the KV cache
	p.attention(a.att, a.q, a.k, a.v, l)
	// output projection and residual connection: h = x + dense(att)
	p.linear(a.o, a.att, l, lora.O)
	p.add(a.h, x, a.o)
	// rmsnorm before the MLP
	p.norm(a.n2, a.h, w.MLPNorm, w.MLPNormBias)
	// SwiGLU: dense_h_to_4h gives gate and up side by side
	p.linear(a.gateUp, a.n2, l, lora.GateUp)
	p.splitHalves(a.gate, a.up, a.gateUp)
	p.glu(a.act, a.gate, a.up)
	// down projection and residual connection: out = h + dense_4h_to_h(act)
	p.linear(a.down, a.act, l, lora.Down)
	p.add(out, a.h, a.down)
}
