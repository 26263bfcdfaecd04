// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build !amd64

package kernels

func decode(dt DType, raw []byte, dst []float32) { decodeRow(dt, raw, dst) }

func hasGEMV(DType) bool { return false }

func gemv4(x []float32, w *Matrix, n int, out *[4]float32) { panic("kernels: no GEMV kernels") }

func hasGEMV8(DType) bool { return false }

func gemv8(x []float32, w *Matrix, n int, out *[8]float32) { panic("kernels: no GEMV kernels") }

func quantizeActQ8(x []float32, a *q8Act) { quantizeActQ8Go(x, a) }

func hasQ8Kernel() bool { return false }

func gemv8Q8(a *q8Act, w []byte, rb int, out *[8]float32) { panic("kernels: no Q8_0 kernels") }

func gemvRows(x []float32, w *Matrix, n int, out []float32) { panic("kernels: no GEMV kernels") }

func gemvRowsQ8(a *q8Act, w []byte, rb int, out []float32) { panic("kernels: no Q8_0 kernels") }

func tileQ8(a *[4]*q8Act, w []byte, rb int, acc *[16][16]float32, out *[16]float32) {
	panic("kernels: no Q8_0 kernels")
}

func q8Side(w []byte, rb, rows, pairs int, side []byte) { panic("kernels: no Q8_0 kernels") }

func tileQ8x6(a *[6]*q8Act, w []byte, rb int, side []byte, acc *[24][16]float32, out *[24]float32) {
	panic("kernels: no Q8_0 kernels")
}

func hasQ4Kernel() bool { return false }

func hasQ4Tile() bool { return false }

func gemvRowsQ4(dt DType, acts *q4Acts, t int, w []byte, rb int, out []float32) {
	panic("kernels: no Q4 kernels")
}

func q4Side(dt DType, w []byte, rb, rows, pairs int, side, mins []byte) {
	panic("kernels: no Q4 kernels")
}

func tileQ4x6(dt DType, acts *q4Acts, t0 int, side []byte, pairs int, acc *[24][16]float32, out *[24]float32) {
	panic("kernels: no Q4 kernels")
}

func q4KMins(a *q8KAct, mins []byte, out []float32) { panic("kernels: no Q4 kernels") }
