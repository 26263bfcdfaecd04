// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build !amd64

package kernels

func dot(a, b []float32) float32 { return dotGo(a, b) }

func axpy(y []float32, a float32, x []float32) { axpyGo(y, a, x) }

func dot4(x, w0, w1, w2, w3 []float32) (float32, float32, float32, float32) {
	return dot4Go(x, w0, w1, w2, w3)
}
