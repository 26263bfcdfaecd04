// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package lora reads and writes LoRA adapters in the PEFT layout: a directory
// with adapter_config.json (r, lora_alpha, target_modules, use_rslora,
// rank_pattern, alpha_pattern) and adapter_model.safetensors holding, for each
// adapted linear layer, lora_A [r, in] and lora_B [out, r] under names like
// base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight.
//
// A linear layer adapted by LoRA computes y = x·Wᵀ + s·(x·Aᵀ)·Bᵀ with
// s = alpha/r (alpha/√r with rsLoRA). Any subset of the seven Llama projections
// (q, k, v, o, gate, up, down) may be adapted, each with its own rank.
package lora
