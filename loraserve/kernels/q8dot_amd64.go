// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// useVNNI selects the integer Q8_0 kernels (AVX-512 BW and VNNI).
var useVNNI = useAVX512 && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI

//go:noescape
func quantizeActQ8AVX512(x *float32, qs *int8, abs *byte, dxv *float32, blocks int)

//go:noescape
func gemv8Q8AVX512(abs, qs *byte, dxv *float32, w *byte, rb, blocks int, out *[8]float32)

// quantizeActQ8 is quantizeActQ8Go, with the vector kernel where there is one.
func quantizeActQ8(x []float32, a *q8Act) {
	if !hasQ8Kernel() || len(x) == 0 {
		quantizeActQ8Go(x, a)
		return
	}
	a.reset(len(x))
	nb := len(x) / 32
	quantizeActQ8AVX512(&x[0], &a.qs[0], &a.abs[0], &a.dxv[0], nb)
	if nb%2 == 1 {
		clear(a.dxv[16*(nb/2)+8:])
	}
}

// hasQ8Kernel reports whether gemv8Q8 is available.
func hasQ8Kernel() bool { return useVNNI && useAVX512 }

// gemv8Q8 sets out to the Q8_0 products of activation a with the eight
// stored rows w (rb bytes each).
func gemv8Q8(a *q8Act, w []byte, rb int, out *[8]float32) {
	_ = w[8*rb-1]
	gemv8Q8AVX512(&a.abs[0], (*byte)(unsafe.Pointer(&a.qs[0])), &a.dxv[0], &w[0], rb, len(a.qs)/32, out)
}

//go:noescape
func gemvRowsQ8AVX512(abs, qs *byte, dxv *float32, w *byte, rb, blocks, rows int, out *float32)

// gemvRowsQ8 sets out[r] to the Q8_0 product of activation a with stored
// row r of w (rb bytes each), one row after the other.
func gemvRowsQ8(a *q8Act, w []byte, rb int, out []float32) {
	_ = w[len(out)*rb-1]
	gemvRowsQ8AVX512(&a.abs[0], (*byte)(unsafe.Pointer(&a.qs[0])), &a.dxv[0], &w[0], rb, len(a.qs)/32, len(out), &out[0])
}

//go:noescape
func tileQ8AVX512(qs *[4]*byte, dxv *[4]*float32, w *byte, rb, pairs int, acc *[16][16]float32, out *[16]float32)

// tileQ8 sets out[4·t+k] to the Q8_0 products of activations a[t] with
// stored rows k of w (four rows, rb bytes each). Every block count works:
// full pairs run in the tile kernel, an odd last block is finished with the
// row kernel's arithmetic... which needs the accumulators, so odd counts go
// through gemv8Q8 instead (see matmulQ8).
func tileQ8(a *[4]*q8Act, w []byte, rb int, acc *[16][16]float32, out *[16]float32) {
	_ = w[4*rb-1]
	var qs [4]*byte
	var dx [4]*float32
	for t := range 4 {
		qs[t] = (*byte)(unsafe.Pointer(&a[t].qs[0]))
		dx[t] = &a[t].dxv[0]
	}
	tileQ8AVX512(&qs, &dx, &w[0], rb, len(a[0].qs)/64, acc, out)
}

//go:noescape
func q8PrepAVX512(w *byte, rb, rows, pairs int, side *byte)

//go:noescape
func tileQ8x6AVX512(qs *[6]*byte, dxv *[6]*float32, w *byte, rb int, side *byte, pairs int, acc *[24][16]float32, out *[24]float32)

// q8Side writes the weight side (corrections and scales, 128 bytes per row
// and pair) of rows of w into side.
func q8Side(w []byte, rb, rows, pairs int, side []byte) {
	_ = w[rows*rb-1]
	_ = side[rows*pairs*128-1]
	q8PrepAVX512(&w[0], rb, rows, pairs, &side[0])
}

// tileQ8x6 sets out[4·t+k] for six activations and four weight rows whose
// weight side is side (q8Side of those four rows).
func tileQ8x6(a *[6]*q8Act, w []byte, rb int, side []byte, acc *[24][16]float32, out *[24]float32) {
	pairs := len(a[0].qs) / 64
	_ = w[3*rb+pairs*68-1]
	_ = side[4*pairs*128-1]
	var qs [6]*byte
	var dx [6]*float32
	for t := range 6 {
		qs[t] = (*byte)(unsafe.Pointer(&a[t].qs[0]))
		dx[t] = &a[t].dxv[0]
	}
	tileQ8x6AVX512(&qs, &dx, &w[0], rb, &side[0], pairs, acc, out)
}
