// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import "github.com/openledger/openledger/loraserve/lora"

// Forward appends each entry's tokens to its sequence's KV cache and returns,
// per entry, the logits [vocab] after its last token. Entries may mix adapters
// and the base model; the base projections run once for all rows.
func (m *Model) Forward(entries []Entry) ([][]float32, error) {
	rows, err := m.admit(entries)
	if err != nil || rows == 0 {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.newPass(entries, rows)
	p.embed()
	for l := range m.Config.NumLayers {
		p.layer(l)
	}
	p.b.advance()
	return p.lastLogits(), nil
}

// layer runs decoder layer l of the model's family on every row of the batch.
func (p *pass) layer(l int) {
	switch p.cfg.Arch.Family {
	case FamilyFalcon:
		p.falconLayer(l)
	case FamilyBLOOM:
		p.bloomLayer(l)
	case FamilyChatGLM:
		p.chatglmLayer(l)
	default:
		p.llamaLayer(l)
	}
}

// llamaLayer is the decoder layer of Llama, Mistral (sliding-window
// attention), Qwen2 (q, k, v biases), Gemma (GeGLU, norms with weight + 1)
// and DeepSeek LLM; the differences are in the blocks' configuration.
func (p *pass) llamaLayer(l int) {
	c, w, a := p.cfg, &p.w.Layers[l], &p.acts[l]
	x, out := p.xs[l], p.xs[l+1]
	// rmsnorm before attention
	p.rmsNorm(a.n1, x, w.AttnNorm)
	// q, k, v projections (each with its adapters' LoRA deltas)
	p.linear(a.q, a.n1, l, lora.Q)
	p.linear(a.k, a.n1, l, lora.K)
	p.linear(a.v, a.n1, l, lora.V)
	// RoPE: rotate queries and keys by their positions
	p.rope(a.q, c.NumHeads)
	p.rope(a.k, c.NumKVHeads)
	// causal grouped-query attention over the KV cache
	p.attention(a.att, a.q, a.k, a.v, l)
	// output projection and residual connection: h = x + o_proj(att)
	p.linear(a.o, a.att, l, lora.O)
	p.add(a.h, x, a.o)
	// rmsnorm before the MLP
	p.rmsNorm(a.n2, a.h, w.MLPNorm)
	// SwiGLU (GeGLU for Gemma): act = act(gate_proj(n2)) ⊙ up_proj(n2)
	p.linear(a.gate, a.n2, l, lora.Gate)
	p.linear(a.up, a.n2, l, lora.Up)
	p.glu(a.act, a.gate, a.up)
	// down projection and residual connection: out = h + down_proj(act)
	p.linear(a.down, a.act, l, lora.Down)
	p.add(out, a.h, a.down)
}
