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
// keyed by its host address; activations and the KV pages a batch touches are
// copied per call.
package cuda
