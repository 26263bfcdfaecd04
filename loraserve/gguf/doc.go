// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package gguf reads and writes GGUF files, the single-file model format of
// llama.cpp (version 3, little-endian).
//
// # Layout
//
// A file is a header ("GGUF", version, tensor count, metadata count), the
// metadata as typed key–value pairs, one descriptor per tensor (name, dims
// innermost first, ggml type, offset), padding to general.alignment (default
// 32), then the tensor data, each tensor starting at an aligned offset.
// Quantized tensors are stored in ggml blocks along the innermost dimension;
// the block layouts this package converts (F32, F16, BF16, Q8_0, Q4_0, Q4_K)
// are those of kernels.DType, so a 2-D tensor becomes a kernels.Matrix without
// a copy (Open maps the file read-only).
//
// Open validates everything that it later relies on: counts and lengths
// against the file size, known value and tensor types, dimensions whose
// product does not overflow, data ranges inside the file, aligned and not
// overlapping. A hostile file yields an error, never a panic or a large
// allocation.
//
// # Llama
//
// llama.go holds the facts needed to move a Hugging Face Llama checkpoint in
// and out of GGUF: tensor names (token_embd, blk.N.attn_q, …), metadata keys,
// and the row permutation of q and k. Hugging Face Llama applies RoPE to the
// two halves of each head ("rotate half"), llama.cpp to adjacent pairs; the
// converter reorders each head's rows of q_proj and k_proj (and of the
// lora_B of adapters on them) so that the pair (i, i+headDim/2) becomes
// (2i, 2i+1). PermuteQK and UnpermuteQK apply and undo that reordering.
package gguf
