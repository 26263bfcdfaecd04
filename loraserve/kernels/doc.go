// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package kernels holds the numeric kernels of the loraserve forward pass behind
// the Backend interface, so the CPU and CUDA backends swap without touching the
// model code.
//
// Reference is the straightforward single-threaded implementation kept as the
// oracle for tests; CPU is the production backend: the same math, split across
// goroutines and blocked so a weight row is read once per batch (decoding is
// memory-bound, so reusing each weight row across all rows of the batch is what
// makes batching pay off). All matrices are row-major float32; a linear layer's
// weight W has shape [out, in] as in PyTorch, so y = x·Wᵀ.
//
// SGMV ("segmented gather matrix-vector", after Punica) applies the LoRA delta of
// many adapters in one call: rows of the batch are grouped into contiguous
// segments that share an adapter, and each segment gets
// out += scale · (x·Aᵀ)·Bᵀ with its own A [r, in] and B [out, r] (held
// transposed, [r, out], so the expand step streams contiguous rows).
package kernels
