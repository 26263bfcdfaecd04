// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

// Segment is a run of consecutive batch rows that share one LoRA adapter module.
type Segment struct {
	Start, Rows int       // rows [Start, Start+Rows) of the batch
	A           []float32 // [Rank, in]
	BT          []float32 // [Rank, out]: lora_B transposed
	Rank        int
	Scale       float32 // alpha / r
}

// PagedKV is one layer of the paged KV cache: page p holds positions of one
// sequence at rows [p*PageSize, (p+1)*PageSize) of K and V.
type PagedKV struct {
	K, V     []float32 // [numPages*PageSize, KVDim]
	PageSize int
	KVDim    int
}

// AttnRow says what one query row attends to: positions 0..Pos of the sequence
// whose page table is Pages.
type AttnRow struct {
	Pos   int
	Pages []int32
}

// Releaser is implemented by backends that keep device copies of weights:
// Release frees the copy of a host slice that will not be used again (an
// evicted adapter's A or Bᵀ).
type Releaser interface {
	Release(host []float32)
}

// Backend is the set of kernels the forward pass needs. Implementations must
// agree with Reference within float32 rounding.
type Backend interface {
	// Name identifies the backend ("reference", "cpu", "cuda").
	Name() string
	// MatMul sets out = x·Wᵀ, out[t,n] = Σ_k x[t,k]·W[n,k] for t < rows: x is
	// [rows, w.Cols] and out [rows, w.Rows], whatever w's dtype. Each output
	// element is computed by the same arithmetic whatever rows is, so a
	// sequence's results do not depend on what it is batched with. With
	// quantized weights the activations are quantized first, as llama.cpp
	// does (Q8_0 blocks for Q8_0 and Q4_0 weights, Q8_K for Q4_K and Q6_K),
	// and the products are integer dot products (see q8dot.go and q4dot.go
	// for the exact arithmetic).
	MatMul(out, x []float32, w *Matrix, rows int)
	// MatMulT sets out = dy·W, out[t,k] = Σ_n dy[t,n]·W[n,k] for t < rows: dy
	// is [rows, w.Rows] and out [rows, w.Cols]. It is the input gradient of a
	// linear layer y = x·Wᵀ.
	MatMulT(out, dy []float32, w *Matrix, rows int)
	// AccumulateGrad adds dyᵀ·x to dw, dw[n,k] += Σ_t dy[t,n]·x[t,k]: dy is
	// [rows, outDim], x [rows, in] and dw [outDim, in]. It is the weight
	// gradient of a linear layer y = x·Wᵀ (and, with LoRA factors, of A and B).
	AccumulateGrad(dw, dy, x []float32, rows, outDim, in int)
	// SGMV adds, for each segment, scale·(x_seg·Aᵀ)·Bᵀ to out_seg.
	SGMV(out, x []float32, in, outDim int, segs []Segment)
	// RMSNorm sets out[t] = x[t] / sqrt(mean(x[t]²) + eps) ⊙ weight.
	RMSNorm(out, x, weight []float32, rows, dim int, eps float32)
	// RoPE rotates, in place, each head of each row by its position using the
	// rotate-half convention of Hugging Face Llama: cos and sin are
	// [maxPos, headDim/2] tables.
	RoPE(x []float32, rows, heads, headDim int, positions []int, cos, sin []float32)
	// WriteKV stores the keys and values of a batch, k and v [rows, KVDim],
	// at cache rows cacheRows[t] (page·PageSize + offset) of layer kv. A device
	// backend keeps the cache in device memory; Attention reads what WriteKV wrote.
	WriteKV(kv PagedKV, cacheRows []int, k, v []float32)
	// Attention computes causal grouped-query attention of q [rows, heads·headDim]
	// against the paged cache and writes out [rows, heads·headDim].
	Attention(out, q []float32, rows []AttnRow, kv PagedKV, heads, kvHeads, headDim int)
	// SiLUMul sets gate = silu(gate) ⊙ up.
	SiLUMul(gate, up []float32)
}
