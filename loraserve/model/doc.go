// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package model implements the decoders that loraserve runs and
// ModelFactory trains: a Hugging Face checkpoint directory (config.json,
// *.safetensors in f32, f16 or bf16, tokenizer.json) is loaded into a Config
// and Weights, and Forward runs a batch of sequences through it, each
// sequence with its own LoRA adapter or none.
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
// # Families
//
// Llama, Mistral, Qwen2, Gemma and DeepSeek LLM (a Llama checkpoint) share
// Llama's layer; what differs is configuration of its blocks: Mistral's
// sliding-window attention, Qwen2's q/k/v biases, Gemma's GeGLU, √dim
// embedding scale, norm weights stored minus one and tied head. Falcon
// (LayerNorm, one fused query_key_value, multi-query or kv groups, attention
// and MLP in parallel), BLOOM (LayerNorm after the embeddings, fused per-head
// q/k/v with biases, ALiBi instead of RoPE, GELU MLP) and ChatGLM2/3
// (multi-query groups, q/k/v biases, RoPE on half of each head in
// interleaved pairs, SwiGLU from one fused projection) each have a layer
// function of their own in layers.go, built from the same blocks. Config.Arch
// says which blocks a family uses; Config.Layout names its tensors and LoRA
// modules (q_proj…, or query_key_value, dense, dense_h_to_4h,
// dense_4h_to_h). FamilyConfig writes each family's config.json and
// TensorShapes lists its checkpoint's tensors, which the test-model
// generator uses. Sliding-window and ALiBi attention run on the host KV cache
// (CPU backends), the other attention on the backend's kernel.
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
// # Training pass
//
// LossGradient runs whole token sequences (Example) through the same layer
// code with an adapter, computes the next-token cross-entropy from each
// example's LossStart on, and adds the gradient with respect to the adapter's
// LoRA factors to a Gradients. While training, each block of blocks.go also
// records its backward step on a tape (tape.go) and keeps its layer's
// activations; the backward pass replays the tape in reverse, so every layer
// of every family has one forward and one backward written once, by blocks.
// Base weights are constants: a projection's backward is dx = dy·W, plus, for
// an adapted one, the factor gradients dBᵀ += (s·x·Aᵀ)ᵀ·dy and
// dA += (s·dy·B)ᵀ·x. Blocks whose inputs depend on no trained factor record
// nothing, so nothing runs below the first adapted layer. Attention's backward
// recomputes its probabilities (per query row, then per key row) instead of
// storing them, and the loss head works through the rows a few at a time, so
// the logits of a whole sequence are never held. Every backward kernel is
// parallel over its outputs only: gradients are bitwise the same on any
// number of cores.
//
// RoPE follows the Hugging Face rotate-half convention with rope_theta and the
// "linear" and "llama3" rope_scaling rules. Tied embeddings reuse embed_tokens
// as the output head.
package model
