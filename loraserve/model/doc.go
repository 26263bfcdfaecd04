// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package model implements the Llama-family decoder that loraserve runs: a
// Hugging Face checkpoint directory (config.json, *.safetensors in f32, f16 or
// bf16, tokenizer.json) is loaded into a Config and Weights, and Forward runs a
// batch of sequences through it, each sequence with its own LoRA adapter or
// none.
//
// # Forward pass
//
// Each layer computes, for the whole batch at once,
//
//	h  = x + o_proj(attention(rope(q_proj(n)), rope(k_proj(n)), v_proj(n)))   n = rmsnorm(x)
//	x' = h + down_proj(silu(gate_proj(m)) ⊙ up_proj(m))                      m = rmsnorm(h)
//
// where every projection is one matmul over all rows of the batch followed by
// the LoRA deltas of the adapters present (SGMV over rows grouped by adapter).
// Attention is grouped-query (num_key_value_heads ≤ num_attention_heads)
// against a paged KV cache: every sequence owns a list of fixed-size pages from
// a shared pool, so memory is allocated in pages as sequences grow and returned
// when they finish.
//
// # Reading the code
//
// forward.go is the whole pass in one screen, one comment per step, like
// llama2.c's forward: embed, then per layer rmsnorm, q/k/v, RoPE, attention,
// residual, rmsnorm, SwiGLU, residual, and finally the norm and logits.
// blocks.go holds those steps as small methods of a pass (norms, a projection
// with its LoRA deltas, position encoding, attention, activation, residual),
// shared by every layer; batch.go lays the entries out as rows grouped by
// adapter.
//
// RoPE follows the Hugging Face rotate-half convention with rope_theta and the
// "linear" and "llama3" rope_scaling rules. Tied embeddings reuse embed_tokens
// as the output head.
package model
