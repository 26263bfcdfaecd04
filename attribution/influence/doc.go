// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package influence scores training contributions by their DataInf influence
// on the loss of a LoRA model's output (Kwon et al., "DataInf: Efficiently
// Estimating Data Influence in LoRA-tuned LLMs and Diffusion Models", 2023).
//
// # What the model provides
//
// A GradientModel returns, for a token sequence, the mean next-token
// cross-entropy loss over the positions from LossStart on and its gradient
// with respect to the LoRA parameters, flattened layer by layer in the order
// of Layers(). The engine never looks inside the model.
//
// # Method
//
// BuildCache computes and keeps the gradient g_i of every training
// contribution i (float32). For a test output with loss gradient v, DataInf
// replaces each layer's damped inverse Hessian by the closed form
//
//	(G_l + λ_l I)^-1 ≈ 1/(n λ_l) Σ_i (I − g_il g_ilᵀ / (λ_l + g_ilᵀ g_il))
//
// with λ_l = Damping × (n d_l)^-1 Σ_i g_ilᵀ g_il, so no matrix is ever formed:
//
//	r_l = 1/(n λ_l) Σ_i (v_l − (v_lᵀ g_il)/(λ_l + g_ilᵀ g_il) g_il)
//	score_k = Σ_l r_lᵀ g_kl = vᵀ H^-1 g_k
//
// two passes over the cache, O(n d). score_k is the decrease of the output's
// loss per unit of upweighting contribution k (DataInf's influence with the
// sign flipped): positive means the contribution helped produce the output.
// Only positive scores are credited; they are quantised to integers relative
// to the largest (Quantize) so weights.Normalize, and anyone re-checking a
// receipt, computes identical 1e18 weights.
//
// # Cache file
//
// SaveFile/LoadFile store a cache with a CRC-32C; Decode rejects malformed or
// corrupt bytes with ErrCorrupt.
package influence
