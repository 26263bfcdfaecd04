// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

//go:noescape
func gemvRowsQ4_0AVX512(qs *int8, corr *int32, dxv *float32, w *byte, rb, blocks, rows int, out *float32)

//go:noescape
func gemvRowsQ4KAVX512(qs *int8, dx *float32, bsum *int16, w *byte, rb, blocks, rows int, out *float32)

//go:noescape
func gemvRowsQ6KAVX512(qs *int8, dx *float32, corr *int32, w *byte, rb, blocks, rows int, out *float32)

//go:noescape
func q4_0SideAVX512(w *byte, rb, rows, pairs int, side *byte)

//go:noescape
func q4KSideAVX512(w *byte, rb, rows, blocks int, side, mins *byte)

//go:noescape
func q6KSideAVX512(w *byte, rb, rows, blocks int, side *byte)

//go:noescape
func tileQ4x6AVX512(qs *[6]*int8, dxv *[6]*float32, corr *[6]*int32, side *byte, pairs int, acc *[24][16]float32, out *[24]float32)

//go:noescape
func gemvRowsQ4_0AVX2(qs *int8, corr *int32, dxv *float32, w *byte, rb, blocks, rows int, out *float32)

//go:noescape
func gemvRowsQ4KAVX2(qs *int8, dx *float32, bsum *int16, w *byte, rb, blocks, rows int, out *float32)

//go:noescape
func gemvRowsQ6KAVX2(qs *int8, dx *float32, corr *int32, w *byte, rb, blocks, rows int, out *float32)

// hasQ4Kernel reports whether the Q4_0/Q4_K/Q6_K row kernels are available
// (AVX-512 VNNI, or AVX2).
func hasQ4Kernel() bool { return hasQ4Tile() || useAVX2 }

// hasQ4Tile reports whether the tile kernels are available (AVX-512 VNNI).
func hasQ4Tile() bool { return useVNNI && useAVX512 }

// gemvRowsQ4 sets out[r] to dt's product of activation row t with stored
// row r of w (rb bytes each), one row after the other.
func gemvRowsQ4(dt DType, acts *q4Acts, t int, w []byte, rb int, out []float32) {
	_ = w[len(out)*rb-1]
	wide := hasQ4Tile()
	switch dt {
	case Q4_0:
		a := &acts.q8[t]
		if wide {
			gemvRowsQ4_0AVX512(&a.qs[0], &a.corr[0], &a.dxv[0], &w[0], rb, len(a.qs)/32, len(out), &out[0])
		} else {
			gemvRowsQ4_0AVX2(&a.qs[0], &a.corr[0], &a.dxv[0], &w[0], rb, len(a.qs)/32, len(out), &out[0])
		}
	case Q4_K:
		a := &acts.qk[t]
		if wide {
			gemvRowsQ4KAVX512(&a.qs[0], &a.dx[0], &a.bsum[0], &w[0], rb, len(a.dx), len(out), &out[0])
		} else {
			gemvRowsQ4KAVX2(&a.qs[0], &a.dx[0], &a.bsum[0], &w[0], rb, len(a.dx), len(out), &out[0])
		}
	case Q6_K:
		a := &acts.qk[t]
		if wide {
			gemvRowsQ6KAVX512(&a.qs[0], &a.dx[0], &a.corr[0], &w[0], rb, len(a.dx), len(out), &out[0])
		} else {
			gemvRowsQ6KAVX2(&a.qs[0], &a.dx[0], &a.corr[0], &w[0], rb, len(a.dx), len(out), &out[0])
		}
	}
}

// q4Side writes the weight side of rows of w into side (pairs·128 bytes a
// row) and, for Q4_K, their mins into mins (32 bytes a row and super-block).
func q4Side(dt DType, w []byte, rb, rows, pairs int, side, mins []byte) {
	_ = w[rows*rb-1]
	_ = side[rows*pairs*128-1]
	switch dt {
	case Q4_0:
		q4_0SideAVX512(&w[0], rb, rows, pairs, &side[0])
	case Q4_K:
		_ = mins[rows*pairs/4*32-1]
		q4KSideAVX512(&w[0], rb, rows, pairs/4, &side[0], &mins[0])
	case Q6_K:
		q6KSideAVX512(&w[0], rb, rows, pairs/4, &side[0])
	}
}

// tileQ4x6 sets out[4·t+k] for activation rows t0…t0+5 and the four weight
// rows whose side is side (before Q4_K's mins).
func tileQ4x6(dt DType, acts *q4Acts, t0 int, side []byte, pairs int, acc *[24][16]float32, out *[24]float32) {
	_ = side[4*pairs*128-1]
	var qs [6]*int8
	var dx [6]*float32
	var corr [6]*int32
	for t := range 6 {
		if dt == Q4_0 {
			a := &acts.q8[t0+t]
			_ = a.corr[16*pairs-1]
			qs[t], dx[t], corr[t] = &a.qs[0], &a.dxv[0], &a.corr[0]
		} else {
			a := &acts.qk[t0+t]
			_ = a.corr[16*pairs-1]
			qs[t], dx[t], corr[t] = &a.qs[0], &a.dxv[0], &a.corr[0]
		}
	}
	tileQ4x6AVX512(&qs, &dx, &corr, &side[0], pairs, acc, out)
}

//go:noescape
func q4KMinsAVX512(bsum *int16, dx *float32, mins *byte, blocks, rows int, out *float32)

// q4KMins subtracts Q4_K's mins term of activation a from out[r] for the
// rows whose mins q4Side wrote.
func q4KMins(a *q8KAct, mins []byte, out []float32) {
	_ = mins[len(out)*len(a.dx)*32-1]
	q4KMinsAVX512(&a.bsum[0], &a.dx[0], &mins[0], len(a.dx), len(out), &out[0])
}
