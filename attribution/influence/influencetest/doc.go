// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package influencetest provides a tiny LoRA language model with analytic
// gradients, for testing the influence engine and its callers without a real
// model.
//
// # Model
//
// A bigram softmax model with a frozen embedding E (vocab × dim), a frozen
// output matrix W (vocab × dim) and one LoRA pair A (rank × dim), B (vocab ×
// rank) scaled by alpha/rank:
//
//	h = E[x]                 embedding of the previous token
//	z = W h + s · B (A h)    logits of the next token
//	p = softmax(z)
//	loss = −log p[y]
//
// Gradients (dz = p − onehot(y), u = A h): ∂B = s · dz uᵀ and
// ∂A = s · (Bᵀ dz) hᵀ, averaged over the predicted positions.
package influencetest
