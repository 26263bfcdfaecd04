// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build !amd64

package kernels

func dot(a, b []float32) float32 { return dotGo(a, b) }

func axpy(y []float32, a float32, x []float32) { axpyGo(y, a, x) }

func dot4(x, w0, w1, w2, w3 []float32) (float32, float32, float32, float32) {
	return dot4Go(x, w0, w1, w2, w3)
}

func pairKernel() bool { return false }

func dot4x4(x [4][]float32, w [4][]float32, out *[16]float32) {
	for r := range 4 {
		out[4*r], out[4*r+1], out[4*r+2], out[4*r+3] = dot4Go(x[r], w[0], w[1], w[2], w[3])
	}
}

func dot4x2(x0, x1, w0, w1, w2, w3 []float32, out *[8]float32) {
	out[0], out[1], out[2], out[3] = dot4Go(x0, w0, w1, w2, w3)
	out[4], out[5], out[6], out[7] = dot4Go(x1, w0, w1, w2, w3)
}

func expand(y, bt, coef []float32, stride int) { expandTail(y, bt, coef, stride, 0) }

func sixKernel() bool { return false }

func dot4x6(x *[6][]float32, w *[4][]float32, acc *[24][16]float32, out *[24]float32) {
	for r := range 6 {
		out[4*r], out[4*r+1], out[4*r+2], out[4*r+3] = dot4Go(x[r], w[0], w[1], w[2], w[3])
	}
}

func expInPlace(x []float32) { expGo(x) }

func siluMul(gate, up []float32) { siluMulGo(gate, up) }

func softmaxFast(x []float32) { softmaxGo(x) }
