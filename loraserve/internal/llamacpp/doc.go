// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package llamacpp runs llama.cpp, the reference CPU runtime for GGUF models,
// as the baseline that loraserve is checked and measured against.
//
// llama.cpp comes from the npm package node-llama-cpp (prebuilt CPU binaries
// that pick the best ggml backend for the CPU at run time: AVX2, AVX-512,
// Zen 4, …); `make tools` installs it into this directory's node_modules
// with --omit=optional, which skips the gigabytes of CUDA and Vulkan
// prebuilts the package also lists. driver.mjs is a small Node program that
// serves JSON requests on stdin (load a model, create a context with a LoRA
// adapter, logits at chosen positions, concurrent greedy generation with
// timings taken around the llama.cpp calls); Engine starts it and speaks
// that protocol.
//
// The test in this package is the logits agreement check that `make test`
// runs: a generated model and adapter, exported with `loraserve export-gguf`
// code, give the same logits in llama.cpp as in loraserve.
package llamacpp
