// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package influence scores training contributions by their DataInf influence
// on a LoRA adapter, driving the engine of attribution/influence with the
// real model: Model adapts a loaded model and adapter to that engine's
// GradientModel, and each example's gradient comes from the model's one
// forward and one backward pass (model.LossGradient) through every layer, with
// respect to the adapter's LoRA factors of the chosen layers (all by default).
//
// After training, BuildCache keeps every training contribution's gradient;
// Cache.Influence then scores the contributions against any output (what
// paid inference attributes), and OnAdapter scores them against an
// evaluation set (the influence of each contribution on the adapter as a
// whole).
package influence
