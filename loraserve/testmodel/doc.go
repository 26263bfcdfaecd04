// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package testmodel generates small models of every supported family and
// LoRA adapters with seeded random weights, written in exactly the Hugging
// Face and PEFT layouts (config.json, model.safetensors, the family's
// tokenizer.json and tokenizer_config.json with its chat template trained on a
// built-in corpus, generation_config.json with its end tokens,
// adapter_config.json, adapter_model.safetensors). Nothing can be downloaded where loraserve is
// tested, so tests, benchmarks and the devnet load these through the same code
// path as a real checkpoint. The same Spec always yields the same bytes.
package testmodel
