// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"errors"
	"fmt"
	"strings"
)

// ErrMatrix is returned when a matrix's storage does not match its dtype and shape.
var ErrMatrix = errors.New("kernels: bad matrix")

// DType is how the elements of a weight matrix are stored. The block-quantized
// types use the GGUF (ggml) block layouts, so GGUF tensors are used in place.
type DType uint8

// The storage types.
const (
	// F32 is IEEE binary32.
	F32 DType = iota
	// F16 is IEEE binary16.
	F16
	// BF16 is bfloat16 (the top half of a binary32).
	BF16
	// Q8_0 is blocks of 32 elements: a binary16 scale d, then 32 int8 q;
	// element = d·q.
	Q8_0
	// Q4_0 is blocks of 32 elements: a binary16 scale d, then 16 bytes whose low
	// nibbles are elements 0..15 and high nibbles elements 16..31; element =
	// d·(nibble−8).
	Q4_0
	// Q4_K is super-blocks of 256 elements: binary16 d and dmin, 12 bytes of
	// 6-bit scales and mins for 8 sub-blocks of 32, then 128 bytes of nibbles;
	// element = d·scale·q − dmin·min.
	Q4_K
	// Q6_K is super-blocks of 256 elements: 128 bytes of low nibbles, 64 bytes
	// of high 2-bit pairs, 16 int8 scales (one per 16 elements), then a
	// binary16 d; element = d·scale·(q−32) with q of 6 bits.
	Q6_K
	numDTypes
)

var dtypeInfo = [numDTypes]struct {
	name              string
	blockElems, bytes int
}{
	F32:  {"f32", 1, 4},
	F16:  {"f16", 1, 2},
	BF16: {"bf16", 1, 2},
	Q8_0: {"q8_0", 32, 34},
	Q4_0: {"q4_0", 32, 18},
	Q4_K: {"q4_k", 256, 144},
	Q6_K: {"q6_k", 256, 210},
}

// String returns the lower-case name ("f16", "q8_0").
func (d DType) String() string {
	if d >= numDTypes {
		return fmt.Sprintf("dtype(%d)", uint8(d))
	}
	return dtypeInfo[d].name
}

// Valid reports whether d is a known storage type.
func (d DType) Valid() bool { return d < numDTypes }

// BlockElems returns the number of elements per storage block (1 for the
// float types).
func (d DType) BlockElems() int { return dtypeInfo[d].blockElems }

// BlockBytes returns the bytes of one storage block.
func (d DType) BlockBytes() int { return dtypeInfo[d].bytes }

// Quantized reports whether d is a block-quantized type.
func (d DType) Quantized() bool { return d >= Q8_0 && d < numDTypes }

// ParseDType reads a dtype name as String writes it (case-insensitive).
func ParseDType(s string) (DType, error) {
	for d := DType(0); d < numDTypes; d++ {
		if strings.EqualFold(s, dtypeInfo[d].name) {
			return d, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown dtype %q (want f32, f16, bf16, q8_0, q4_0, q4_k or q6_k)", ErrMatrix, s)
}

// Matrix is a weight matrix of Rows×Cols elements, row-major, in its stored
// precision: a linear layer's weight [out, in] as in PyTorch, so the layer
// computes x·Wᵀ. F32 matrices hold their elements in F32; every other dtype
// holds its raw little-endian rows in Raw (RowBytes each), typically aliasing
// a memory-mapped checkpoint. A Matrix is immutable once built.
type Matrix struct {
	DType      DType
	Rows, Cols int
	F32        []float32 // [Rows·Cols] when DType is F32
	Raw        []byte    // [Rows·RowBytes()] otherwise
}

// NewF32Matrix wraps data [rows·cols] as an F32 matrix without copying. It
// panics when the length does not match (a programming error).
func NewF32Matrix(rows, cols int, data []float32) *Matrix {
	if rows < 0 || cols < 0 || len(data) != rows*cols {
		panic(fmt.Sprintf("kernels: NewF32Matrix %dx%d with %d elements", rows, cols, len(data)))
	}
	return &Matrix{DType: F32, Rows: rows, Cols: cols, F32: data}
}

// NewMatrix wraps raw storage of dtype dt (not F32: use NewF32Matrix) without
// copying. Rows must be whole blocks and raw exactly Rows·RowBytes long.
func NewMatrix(dt DType, rows, cols int, raw []byte) (*Matrix, error) {
	if !dt.Valid() || dt == F32 {
		return nil, fmt.Errorf("%w: NewMatrix needs a non-f32 dtype, got %s", ErrMatrix, dt)
	}
	if rows < 0 || cols < 0 {
		return nil, fmt.Errorf("%w: shape %dx%d", ErrMatrix, rows, cols)
	}
	if be := dt.BlockElems(); cols%be != 0 {
		return nil, fmt.Errorf("%w: %s rows of %d elements are not whole blocks of %d", ErrMatrix, dt, cols, be)
	}
	m := &Matrix{DType: dt, Rows: rows, Cols: cols}
	if int64(len(raw)) != int64(rows)*int64(m.RowBytes()) {
		return nil, fmt.Errorf("%w: %s %dx%d needs %d bytes, have %d", ErrMatrix, dt, rows, cols, int64(rows)*int64(m.RowBytes()), len(raw))
	}
	m.Raw = raw
	return m, nil
}

// RowBytes returns the bytes of one stored row.
func (m *Matrix) RowBytes() int { return m.Cols / m.DType.BlockElems() * m.DType.BlockBytes() }

// Bytes returns the size of the stored elements.
func (m *Matrix) Bytes() int64 { return int64(m.Rows) * int64(m.RowBytes()) }

// rawRow returns the stored bytes of row n.
func (m *Matrix) rawRow(n int) []byte {
	rb := m.RowBytes()
	return m.Raw[n*rb : (n+1)*rb : (n+1)*rb]
}

// Row writes row n, converted to float32, into dst[:Cols].
func (m *Matrix) Row(n int, dst []float32) {
	dst = dst[:m.Cols]
	if m.DType == F32 {
		copy(dst, m.F32[n*m.Cols:(n+1)*m.Cols])
		return
	}
	decode(m.DType, m.rawRow(n), dst)
}

// Float32 returns every element as float32, [Rows·Cols]: the F32 slice itself
// for an F32 matrix (read-only), a fresh slice otherwise.
func (m *Matrix) Float32() []float32 {
	if m.DType == F32 {
		return m.F32
	}
	out := make([]float32, m.Rows*m.Cols)
	for n := range m.Rows {
		m.Row(n, out[n*m.Cols:(n+1)*m.Cols])
	}
	return out
}

// Quantize converts data [rows·cols] to dtype dt. For F32 the result aliases
// data. Quantized types need cols to be a multiple of their block size.
func Quantize(dt DType, rows, cols int, data []float32) (*Matrix, error) {
	if !dt.Valid() {
		return nil, fmt.Errorf("%w: dtype %s", ErrMatrix, dt)
	}
	if rows < 0 || cols < 0 || len(data) != rows*cols {
		return nil, fmt.Errorf("%w: %dx%d with %d elements", ErrMatrix, rows, cols, len(data))
	}
	if dt == F32 {
		return NewF32Matrix(rows, cols, data), nil
	}
	if be := dt.BlockElems(); cols%be != 0 {
		return nil, fmt.Errorf("%w: %s rows of %d elements are not whole blocks of %d", ErrMatrix, dt, cols, be)
	}
	m := &Matrix{DType: dt, Rows: rows, Cols: cols}
	rb := m.RowBytes()
	m.Raw = make([]byte, rows*rb)
	for n := range rows {
		encodeRow(dt, data[n*cols:(n+1)*cols], m.Raw[n*rb:(n+1)*rb])
	}
	return m, nil
}
