// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package cuda is the NVIDIA GPU backend of loraserve, built only with
// -tags cuda. It needs no CUDA headers or cgo: the driver API (libcuda), NVRTC
// and cuBLAS are loaded at run time with purego, and our own kernels
// (kernels.cu: RMSNorm, RoPE, paged GQA attention, SiLU·mul, SGMV shrink and
// expand) are compiled by NVRTC for the device's compute capability when the
// backend starts. Projections run as cuBLAS SGEMMs.
//
// The backend implements kernels.Backend on host slices. Model and adapter
// weights are immutable, so each is uploaded once and kept in device memory,
// keyed by its host address. The paged KV cache lives in device memory: WriteKV
// scatters each step's keys and values into device slabs that mirror the
// host page layout, and Attention reads them there, so only activations and
// page tables cross the bus per call.
package cuda
