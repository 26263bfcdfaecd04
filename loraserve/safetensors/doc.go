// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package safetensors implements a reader and a writer for the safetensors file
// format used by Hugging Face checkpoints and PEFT adapters.
//
// # Format
//
// A file is an 8-byte little-endian header length N, N bytes of JSON, then the
// tensor data. The JSON maps each tensor name to its dtype, shape and
// data_offsets (begin, end) relative to the first data byte, and may carry a
// "__metadata__" object of string pairs.
//
// # Validation
//
// Open and Parse reject any header that is not valid JSON, names a dtype this
// package does not know, has a shape whose element count overflows, whose byte
// range disagrees with dtype and shape, points outside the data, or overlaps
// another tensor. Untrusted bytes can therefore never make a later read panic.
//
// Open memory-maps the file read-only; F32 tensors that are 4-byte aligned are
// returned without a copy, F16 and BF16 are widened to float32.
package safetensors
