// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import "golang.org/x/sys/cpu"

// useAVX2 selects the AVX2+FMA assembly kernels; tests flip it to compare them
// with the portable Go versions.
var useAVX2 = cpu.X86.HasAVX2 && cpu.X86.HasFMA

// useAVX512 selects the 16-lane matmul micro-kernels.
var useAVX512 = useAVX2 && cpu.X86.HasAVX512F

//go:noescape
func dot4AVX512(x, w0, w1, w2, w3 *float32, n int, out *[4]float32)

//go:noescape
func dot4x2AVX512(x0, x1, w0, w1, w2, w3 *float32, n int, out *[8]float32)

//go:noescape
func expandAVX512(y, bt, coef *float32, rank, stride, n int)

// expand sets y[j] += Σ_r coef[r]·bt[r*stride+j] for j < len(y), one fused
// multiply-add per term in r order (math.FMA in the tail keeps the rounding
// identical to the vector path).
func expand(y, bt, coef []float32, stride int) {
	n := len(y)
	if len(coef) == 0 || n == 0 {
		return
	}
	_ = bt[(len(coef)-1)*stride+n-1] // bounds check for the assembly
	n16 := 0
	if useAVX512 {
		n16 = n &^ 15
		if n16 > 0 {
			expandAVX512(&y[0], &bt[0], &coef[0], len(coef), stride, n16)
		}
	}
	expandTail(y, bt, coef, stride, n16)
}

//go:noescape
func dot4x4AVX512(x *[4]*float32, w *[4]*float32, n int, out *[16]float32)

// dot4x4 computes dot4 for four input rows at once (out[4*row+k]),
// bit-identical to four dot4 calls.
func dot4x4(x [4][]float32, w [4][]float32, out *[16]float32) {
	n := len(x[0])
	var xp, wp [4]*float32
	for i := range 4 {
		x[i], w[i] = x[i][:n], w[i][:n]
	}
	n16 := n &^ 15
	if n16 > 0 {
		for i := range 4 {
			xp[i], wp[i] = &x[i][0], &w[i][0]
		}
		dot4x4AVX512(&xp, &wp, n16, out)
	} else {
		*out = [16]float32{}
	}
	for j := n16; j < n; j++ {
		for r := range 4 {
			v := x[r][j]
			for k := range 4 {
				out[4*r+k] += v * w[k][j]
			}
		}
	}
}

// pairKernel reports whether dot4x2 is available (two batch rows per call).
func pairKernel() bool { return useAVX512 }

// dot4x2 computes dot4 for two input rows at once, bit-identical to two dot4
// calls.
func dot4x2(x0, x1, w0, w1, w2, w3 []float32, out *[8]float32) {
	n := len(x0)
	x1, w0, w1, w2, w3 = x1[:n], w0[:n], w1[:n], w2[:n], w3[:n]
	n16 := n &^ 15
	if n16 > 0 {
		dot4x2AVX512(&x0[0], &x1[0], &w0[0], &w1[0], &w2[0], &w3[0], n16, out)
	} else {
		*out = [8]float32{}
	}
	for i := n16; i < n; i++ {
		a, b := x0[i], x1[i]
		out[0] += a * w0[i]
		out[1] += a * w1[i]
		out[2] += a * w2[i]
		out[3] += a * w3[i]
		out[4] += b * w0[i]
		out[5] += b * w1[i]
		out[6] += b * w2[i]
		out[7] += b * w3[i]
	}
}

//go:noescape
func dotAVX2(a, b *float32, n int) float32

//go:noescape
func dot4AVX2(x, w0, w1, w2, w3 *float32, n int, out *[4]float32)

//go:noescape
func axpyAVX2(y, x *float32, a float32, n int)

// axpy sets y += a·x.
func axpy(y []float32, a float32, x []float32) {
	if !useAVX2 || len(y) < 8 {
		axpyGo(y, a, x)
		return
	}
	x = x[:len(y)]
	n8 := len(y) &^ 7
	axpyAVX2(&y[0], &x[0], a, n8)
	for i := n8; i < len(y); i++ {
		y[i] += a * x[i]
	}
}

func dot(a, b []float32) float32 {
	if !useAVX2 || len(a) < 8 {
		return dotGo(a, b)
	}
	b = b[:len(a)]
	n8 := len(a) &^ 7
	s := dotAVX2(&a[0], &b[0], n8)
	for i := n8; i < len(a); i++ {
		s += a[i] * b[i]
	}
	return s
}

func dot4(x, w0, w1, w2, w3 []float32) (float32, float32, float32, float32) {
	if useAVX512 {
		n := len(x)
		w0, w1, w2, w3 = w0[:n], w1[:n], w2[:n], w3[:n]
		n16 := n &^ 15
		var s [4]float32
		if n16 > 0 {
			dot4AVX512(&x[0], &w0[0], &w1[0], &w2[0], &w3[0], n16, &s)
		}
		for i := n16; i < n; i++ {
			v := x[i]
			s[0] += v * w0[i]
			s[1] += v * w1[i]
			s[2] += v * w2[i]
			s[3] += v * w3[i]
		}
		return s[0], s[1], s[2], s[3]
	}
	if !useAVX2 || len(x) < 8 {
		return dot4Go(x, w0, w1, w2, w3)
	}
	n := len(x)
	w0, w1, w2, w3 = w0[:n], w1[:n], w2[:n], w3[:n]
	n8 := n &^ 7
	var s [4]float32
	dot4AVX2(&x[0], &w0[0], &w1[0], &w2[0], &w3[0], n8, &s)
	for i := n8; i < n; i++ {
		v := x[i]
		s[0] += v * w0[i]
		s[1] += v * w1[i]
		s[2] += v * w2[i]
		s[3] += v * w3[i]
	}
	return s[0], s[1], s[2], s[3]
}

//go:noescape
func dot4x6AVX512(x *[6]*float32, w *[4]*float32, n int, acc *[24][16]float32, out *[24]float32)

// sixKernel reports whether dot4x6 is available.
func sixKernel() bool { return useAVX512 }

// dot4x6 computes dot4 for six input rows at once (out[4*row+k]),
// bit-identical to six dot4 calls. It needs sixKernel().
func dot4x6(x *[6][]float32, w *[4][]float32, acc *[24][16]float32, out *[24]float32) {
	n := len(x[0])
	n16 := n &^ 15
	if n16 > 0 {
		var xp [6]*float32
		var wp [4]*float32
		for i := range 6 {
			xp[i] = &x[i][:n][0]
		}
		for i := range 4 {
			wp[i] = &w[i][:n][0]
		}
		dot4x6AVX512(&xp, &wp, n16, acc, out)
	} else {
		*out = [24]float32{}
	}
	for j := n16; j < n; j++ {
		for r := range 6 {
			v := x[r][j]
			for k := range 4 {
				out[4*r+k] += v * w[k][j]
			}
		}
	}
}
