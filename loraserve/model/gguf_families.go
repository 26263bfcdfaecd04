// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package model

import (
	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
)

// How each family is written for llama.cpp: its GGUF architecture, the
// names of its tensors, and the order of a projection's output rows where
// llama.cpp's converter changes it (Llama's q and k for its RoPE layout;
// fused query_key_value outputs as every q head, then every k, then every v).

// GGUFArch returns llama.cpp's architecture name for the model (Mistral and
// DeepSeek LLM are "llama", as llama.cpp's converter writes them).
func (c *Config) GGUFArch() string {
	switch c.Arch.Family {
	case FamilyQwen2:
		return "qwen2"
	case FamilyGemma:
		return "gemma"
	case FamilyFalcon:
		return "falcon"
	case FamilyBLOOM:
		return "bloom"
	case FamilyChatGLM:
		return "chatglm"
	}
	return gguf.ArchLlama
}

// GGUFProj implements lora.GGUFLayout: llama.cpp's tensor name of
// projection p and, when llama.cpp orders its output rows differently,
// rows[i] = the Hugging Face row that GGUF row i holds.
func (c *Config) GGUFProj(p lora.Proj) (name string, rows []int) {
	names := map[lora.Proj]string{lora.Q: "attn_q", lora.K: "attn_k", lora.V: "attn_v", lora.O: "attn_output",
		lora.Gate: "ffn_gate", lora.Up: "ffn_up", lora.Down: "ffn_down", lora.QKV: "attn_qkv", lora.GateUp: "ffn_up"}
	name = names[p]
	_, out := c.ProjDims(p)
	switch {
	case c.GGUFArch() == gguf.ArchLlama && (p == lora.Q || p == lora.K):
		heads := c.NumHeads
		if p == lora.K {
			heads = c.NumKVHeads
		}
		rows = make([]int, out)
		for i := range rows {
			rows[i] = gguf.HFRow(i, out, heads)
		}
	case p == lora.QKV && c.Arch.QKV != QKVContiguous:
		hd, H, KVH := c.HeadDim, c.NumHeads, c.NumKVHeads
		offset := [3]int{0, H, H + KVH}
		rows = make([]int, out)
		for _, ch := range qkvChunks(c) {
			for j := range hd {
				rows[(offset[ch.part]+ch.dst)*hd+j] = ch.src*hd + j
			}
		}
	}
	return name, rows
}

// permuteRows returns m's rows in the order rows (row i ← row rows[i]), in
// m's dtype; m itself when rows is nil.
func permuteRows(m *kernels.Matrix, rows []int) *kernels.Matrix {
	if rows == nil {
		return m
	}
	out := &kernels.Matrix{DType: m.DType, Rows: m.Rows, Cols: m.Cols}
	if m.DType == kernels.F32 {
		out.F32 = make([]float32, len(m.F32))
		for i, r := range rows {
			copy(out.F32[i*m.Cols:(i+1)*m.Cols], m.F32[r*m.Cols:(r+1)*m.Cols])
		}
		return out
	}
	rb := m.RowBytes()
	out.Raw = make([]byte, len(m.Raw))
	for i, r := range rows {
		copy(out.Raw[i*rb:(i+1)*rb], m.Raw[r*rb:(r+1)*rb])
	}
	return out
}

// permuteVector returns v in the order rows (nil: v itself).
func permuteVector(v []float32, rows []int) []float32 {
	if rows == nil {
		return v
	}
	out := make([]float32, len(v))
	for i, r := range rows {
		out[i] = v[r]
	}
	return out
}
