// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package kernels holds the numeric kernels of the loraserve forward pass behind
// the Backend interface, so the CPU and CUDA backends swap without touching the
// model code.
//
// Reference is the straightforward single-threaded implementation kept as the
// oracle for tests; CPU is the production backend: the same math, split across
// goroutines and blocked so a weight row is read once per batch (decoding is
// memory-bound, so reusing each weight row across all rows of the batch is what
// makes batching pay off). Activations are row-major float32; a linear layer's
// weight is a Matrix of shape [out, in] as in PyTorch, so y = x·Wᵀ, stored in
// the precision of its checkpoint (DType: f32, f16, bf16, or the GGUF block
// layouts q8_0, q4_0, q4_k and q6_k) and multiplied in that precision: for
// half precision a kernel widens each weight element to float32 in
// registers; for the quantized layouts the activations are quantized to 8-bit
// blocks as llama.cpp does and the products are integer dot products (VNNI),
// so a half-precision or quantized model streams half, a quarter or an
// eighth of the bytes of float32.
//
// The kernels the forward and backward passes call are MatMul (x·Wᵀ, the
// forward of a linear layer), MatMulT (dy·W, its input gradient) and
// AccumulateGrad (dw += dyᵀ·x, its weight gradient). MatMul computes each
// output element with the same arithmetic whatever the batch, so batching
// never changes a sequence's result.
//
// SGMV ("segmented gather matrix-vector", after Punica) applies the LoRA delta of
// many adapters in one call: rows of the batch are grouped into contiguous
// segments that share an adapter, and each segment gets
// out += scale · (x·Aᵀ)·Bᵀ with its own A [r, in] and B [out, r] (held
// transposed, [r, out], so the expand step streams contiguous rows).
package kernels
