// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import "unsafe"

// GEMV kernels over four weight rows in their stored type (quant_amd64.s);
// rb is the bytes of one row, n the elements (F16, BF16) or blocks of 32
// (Q8_0, Q4_0) of the row.

//go:noescape
func gemvF16(x *float32, w *byte, rb, n int, out *[4]float32)

//go:noescape
func gemvBF16(x *float32, w *byte, rb, n int, out *[4]float32)

//go:noescape
func gemvQ8_0(x *float32, w *byte, rb, n int, out *[4]float32)

//go:noescape
func gemvQ4_0(x *float32, w *byte, rb, n int, out *[4]float32)

//go:noescape
func decodeF16AVX512(dst *float32, src *byte, n int)

//go:noescape
func decodeBF16AVX512(dst *float32, src *byte, n int)

//go:noescape
func decodeQ8_0AVX512(dst *float32, src *byte, n int)

//go:noescape
func decodeQ4_0AVX512(dst *float32, src *byte, n int)

// decode converts stored elements of dtype dt (not F32) into dst, with the
// AVX-512 decoders where there is one; the result is exactly decodeRow's.
func decode(dt DType, raw []byte, dst []float32) {
	if !useAVX512 || len(dst) == 0 {
		decodeRow(dt, raw, dst)
		return
	}
	switch dt {
	case F16, BF16:
		n16 := len(dst) &^ 15
		if n16 > 0 {
			_ = raw[2*n16-1]
			if dt == F16 {
				decodeF16AVX512(&dst[0], &raw[0], n16)
			} else {
				decodeBF16AVX512(&dst[0], &raw[0], n16)
			}
		}
		if n16 < len(dst) {
			decodeRow(dt, raw[2*n16:], dst[n16:])
		}
	case Q8_0:
		blocks := len(dst) / 32
		_ = raw[blocks*34-1]
		decodeQ8_0AVX512(&dst[0], &raw[0], blocks)
	case Q4_0:
		blocks := len(dst) / 32
		_ = raw[blocks*18-1]
		decodeQ4_0AVX512(&dst[0], &raw[0], blocks)
	default:
		decodeRow(dt, raw, dst)
	}
}

// hasGEMV reports whether dtype dt has fused GEMV kernels.
func hasGEMV(dt DType) bool {
	return useAVX512 && (dt == F16 || dt == BF16 || dt == Q8_0 || dt == Q4_0)
}

// gemv4 sets out to the dot products of x with rows n..n+3 of w, read in
// their stored type; bit-identical to dot4 on the decoded rows. It needs
// hasGEMV(w.DType).
func gemv4(x []float32, w *Matrix, n int, out *[4]float32) {
	in, rb := w.Cols, w.RowBytes()
	x = x[:in]
	raw := w.Raw[n*rb : (n+4)*rb]
	switch w.DType {
	case Q8_0:
		gemvQ8_0(&x[0], &raw[0], rb, in/32, out)
	case Q4_0:
		gemvQ4_0(&x[0], &raw[0], rb, in/32, out)
	case F16, BF16:
		n16 := in &^ 15
		if n16 > 0 {
			if w.DType == F16 {
				gemvF16(&x[0], &raw[0], rb, n16, out)
			} else {
				gemvBF16(&x[0], &raw[0], rb, n16, out)
			}
		} else {
			*out = [4]float32{}
		}
		if n16 < in {
			// The tail, as dot4 adds it after the vector part.
			var tail [4][16]float32
			for r := range 4 {
				decodeRow(w.DType, raw[r*rb+2*n16:(r+1)*rb], tail[r][:in-n16])
			}
			for i := n16; i < in; i++ {
				v := x[i]
				for r := range 4 {
					out[r] += v * tail[r][i-n16]
				}
			}
		}
	}
}

//go:noescape
func gemv8F32(x *float32, w *byte, rb, n int, out *[8]float32)

//go:noescape
func gemv8F16(x *float32, w *byte, rb, n int, out *[8]float32)

//go:noescape
func gemv8BF16(x *float32, w *byte, rb, n int, out *[8]float32)

//go:noescape
func gemv8Q8_0(x *float32, w *byte, rb, n int, out *[8]float32)

//go:noescape
func gemv8Q4_0(x *float32, w *byte, rb, n int, out *[8]float32)

// hasGEMV8 reports whether dtype dt has eight-row GEMV kernels.
func hasGEMV8(dt DType) bool { return hasGEMV(dt) || (useAVX512 && dt == F32) }

// gemv8 sets out to the dot products of x with rows n..n+7 of w, read in
// their stored type; bit-identical to dot4 on the decoded rows. It needs
// hasGEMV8(w.DType).
func gemv8(x []float32, w *Matrix, n int, out *[8]float32) {
	in := w.Cols
	x = x[:in]
	if w.DType == F32 {
		rows := w.F32[n*in : (n+8)*in]
		n16 := in &^ 15
		if n16 > 0 {
			gemv8F32(&x[0], (*byte)(unsafe.Pointer(&rows[0])), 4*in, n16, out)
		} else {
			*out = [8]float32{}
		}
		for i := n16; i < in; i++ {
			v := x[i]
			for r := range 8 {
				out[r] += v * rows[r*in+i]
			}
		}
		return
	}
	rb := w.RowBytes()
	raw := w.Raw[n*rb : (n+8)*rb]
	switch w.DType {
	case Q8_0:
		gemv8Q8_0(&x[0], &raw[0], rb, in/32, out)
	case Q4_0:
		gemv8Q4_0(&x[0], &raw[0], rb, in/32, out)
	case F16, BF16:
		n16 := in &^ 15
		if n16 > 0 {
			if w.DType == F16 {
				gemv8F16(&x[0], &raw[0], rb, n16, out)
			} else {
				gemv8BF16(&x[0], &raw[0], rb, n16, out)
			}
		} else {
			*out = [8]float32{}
		}
		if n16 < in {
			var tail [8][16]float32
			for r := range 8 {
				decodeRow(w.DType, raw[r*rb+2*n16:(r+1)*rb], tail[r][:in-n16])
			}
			for i := n16; i < in; i++ {
				v := x[i]
				for r := range 8 {
					out[r] += v * tail[r][i-n16]
				}
			}
		}
	}
}

//go:noescape
func gemvRowsF16(x *float32, w *byte, rb, n, rows int, out *float32)

//go:noescape
func gemvRowsBF16(x *float32, w *byte, rb, n, rows int, out *float32)

// gemvRows sets out[r] for rows n..n+len(out)-1 of a half-precision w, one
// row after the other (bit-identical to dot4 on the decoded rows).
func gemvRows(x []float32, w *Matrix, n int, out []float32) {
	in, rb := w.Cols, w.RowBytes()
	x = x[:in]
	raw := w.Raw[n*rb : (n+len(out))*rb]
	n16 := in &^ 15
	if n16 > 0 {
		if w.DType == F16 {
			gemvRowsF16(&x[0], &raw[0], rb, n16, len(out), &out[0])
		} else {
			gemvRowsBF16(&x[0], &raw[0], rb, n16, len(out), &out[0])
		}
	} else {
		clear(out)
	}
	if n16 < in {
		var tail [16]float32
		for r := range out {
			decodeRow(w.DType, raw[r*rb+2*n16:(r+1)*rb], tail[:in-n16])
			for i := n16; i < in; i++ {
				out[r] += x[i] * tail[i-n16]
			}
		}
	}
}
