// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

//go:noescape
func expAVX512(dst, src *float32, n int)

//go:noescape
func siluMulAVX512(gate, up *float32, n int)

// expInPlace sets x[i] = e^x[i]. A short tail goes through the same vector
// code (padded), so each element's result does not depend on len(x).
func expInPlace(x []float32) {
	if !useAVX512 {
		expGo(x)
		return
	}
	n16 := len(x) &^ 15
	if n16 > 0 {
		expAVX512(&x[0], &x[0], n16)
	}
	if n16 < len(x) {
		var pad [16]float32
		copy(pad[:], x[n16:])
		expAVX512(&pad[0], &pad[0], 16)
		copy(x[n16:], pad[:])
	}
}

// siluMul sets gate[i] = silu(gate[i])·up[i], the tail padded like expInPlace.
func siluMul(gate, up []float32) {
	if !useAVX512 {
		siluMulGo(gate, up)
		return
	}
	up = up[:len(gate)]
	n16 := len(gate) &^ 15
	if n16 > 0 {
		siluMulAVX512(&gate[0], &up[0], n16)
	}
	if n16 < len(gate) {
		var g, u [16]float32
		copy(g[:], gate[n16:])
		copy(u[:], up[n16:])
		siluMulAVX512(&g[0], &u[0], 16)
		copy(gate[n16:], g[:])
	}
}

//go:noescape
func softmaxAVX512(x *float32, n int)

// softmaxFast normalises x in place (vector exp; the sums in a fixed order for
// a given length).
func softmaxFast(x []float32) {
	if !useAVX512 || len(x) == 0 {
		softmaxGo(x)
		return
	}
	softmaxAVX512(&x[0], len(x))
}
