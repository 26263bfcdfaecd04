// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"unsafe"

	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/loraserve/kernels"
)

// Writer collects metadata and tensors and writes them as one GGUF file
// (version 3, alignment 32). Keys and tensors keep the order they were added.
type Writer struct {
	// Progress, when set, is called after each tensor is written.
	Progress func(done, total int)

	keys    []string
	kv      map[string]Value
	tensors []writerTensor
	names   map[string]bool
	err     error
}

type writerTensor struct {
	info TensorInfo
	data func(w io.Writer) error
}

// NewWriter returns an empty writer.
func NewWriter() *Writer {
	return &Writer{kv: map[string]Value{}, names: map[string]bool{}}
}

// Set records a metadata value; v is a Go value of one of the metadata types
// (uint8 … float64, bool, string) or a slice of one. Setting a key twice
// replaces the value in place.
func (w *Writer) Set(key string, v any) {
	val, err := valueOf(v)
	if err != nil {
		w.fail(fmt.Errorf("gguf: key %q: %w", key, err))
		return
	}
	if _, ok := w.kv[key]; !ok {
		w.keys = append(w.keys, key)
	}
	w.kv[key] = val
}

func (w *Writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func valueOf(v any) (Value, error) {
	scalar := func(x any) (ValueType, bool) {
		switch x.(type) {
		case uint8:
			return TypeUint8, true
		case int8:
			return TypeInt8, true
		case uint16:
			return TypeUint16, true
		case int16:
			return TypeInt16, true
		case uint32:
			return TypeUint32, true
		case int32:
			return TypeInt32, true
		case float32:
			return TypeFloat32, true
		case bool:
			return TypeBool, true
		case string:
			return TypeString, true
		case uint64:
			return TypeUint64, true
		case int64:
			return TypeInt64, true
		case float64:
			return TypeFloat64, true
		}
		return 0, false
	}
	if t, ok := scalar(v); ok {
		return Value{Type: t, V: v}, nil
	}
	var elem any
	switch s := v.(type) {
	case []uint8:
		elem = uint8(0)
	case []int8:
		elem = int8(0)
	case []uint16:
		elem = uint16(0)
	case []int16:
		elem = int16(0)
	case []uint32:
		elem = uint32(0)
	case []int32:
		elem = int32(0)
	case []float32:
		elem = float32(0)
	case []bool:
		elem = false
	case []string:
		elem = ""
	case []uint64:
		elem = uint64(0)
	case []int64:
		elem = int64(0)
	case []float64:
		elem = float64(0)
	default:
		return Value{}, fmt.Errorf("unsupported metadata value of type %T", s)
	}
	t, _ := scalar(elem)
	return Value{Type: TypeArray, Elem: t, V: v}, nil
}

// AddMatrix adds a 2-D tensor stored as m is (its dtype becomes the ggml type).
func (w *Writer) AddMatrix(name string, m *kernels.Matrix) {
	info := TensorInfo{Name: name, Dims: []int{m.Cols, m.Rows}, Type: TensorTypeOf(m.DType), Size: m.Bytes()}
	w.add(info, func(out io.Writer) error {
		if m.DType == kernels.F32 {
			return writeF32(out, m.F32)
		}
		_, err := out.Write(m.Raw)
		return err
	})
}

// AddMatrixFunc adds a 2-D tensor of dtype dt and shape rows×cols whose data
// fn produces when the file is written, so a converter holds one converted
// matrix at a time. WriteTo fails if fn returns another dtype or shape.
func (w *Writer) AddMatrixFunc(name string, dt kernels.DType, rows, cols int, fn func() (*kernels.Matrix, error)) {
	m := kernels.Matrix{DType: dt, Rows: rows, Cols: cols}
	info := TensorInfo{Name: name, Dims: []int{cols, rows}, Type: TensorTypeOf(dt), Size: m.Bytes()}
	w.add(info, func(out io.Writer) error {
		got, err := fn()
		if err != nil {
			return err
		}
		if got.DType != dt || got.Rows != rows || got.Cols != cols {
			return fmt.Errorf("produced %s %dx%d, declared %s %dx%d", got.DType, got.Rows, got.Cols, dt, rows, cols)
		}
		if dt == kernels.F32 {
			return writeF32(out, got.F32)
		}
		_, err = out.Write(got.Raw)
		return err
	})
}

// AddVector adds a 1-D F32 tensor.
func (w *Writer) AddVector(name string, v []float32) {
	info := TensorInfo{Name: name, Dims: []int{len(v)}, Type: TensorF32, Size: 4 * int64(len(v))}
	w.add(info, func(out io.Writer) error { return writeF32(out, v) })
}

func (w *Writer) add(info TensorInfo, data func(io.Writer) error) {
	if w.names[info.Name] {
		w.fail(fmt.Errorf("gguf: tensor %q added twice", info.Name))
		return
	}
	w.names[info.Name] = true
	w.tensors = append(w.tensors, writerTensor{info, data})
}

func writeF32(out io.Writer, v []float32) error {
	if len(v) == 0 {
		return nil
	}
	_, err := out.Write(unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), 4*len(v)))
	return err
}

// encoder writes little-endian values to a buffered writer.
type encoder struct {
	w   *bufio.Writer
	n   int64
	buf [8]byte
}

func (e *encoder) bytes(b []byte) {
	n, _ := e.w.Write(b)
	e.n += int64(n)
}

func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.buf[:4], v)
	e.bytes(e.buf[:4])
}

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:8], v)
	e.bytes(e.buf[:8])
}

func (e *encoder) str(s string) {
	e.u64(uint64(len(s)))
	e.bytes([]byte(s))
}

func (e *encoder) scalar(v any) {
	switch x := v.(type) {
	case uint8:
		e.bytes([]byte{x})
	case int8:
		e.bytes([]byte{byte(x)})
	case uint16:
		binary.LittleEndian.PutUint16(e.buf[:2], x)
		e.bytes(e.buf[:2])
	case int16:
		binary.LittleEndian.PutUint16(e.buf[:2], uint16(x))
		e.bytes(e.buf[:2])
	case uint32:
		e.u32(x)
	case int32:
		e.u32(uint32(x))
	case float32:
		e.u32(math.Float32bits(x))
	case bool:
		if x {
			e.bytes([]byte{1})
		} else {
			e.bytes([]byte{0})
		}
	case string:
		e.str(x)
	case uint64:
		e.u64(x)
	case int64:
		e.u64(uint64(x))
	case float64:
		e.u64(math.Float64bits(x))
	}
}

func arrayItems(v any) []any {
	var out []any
	switch s := v.(type) {
	case []uint8:
		for _, x := range s {
			out = append(out, x)
		}
	case []int8:
		for _, x := range s {
			out = append(out, x)
		}
	case []uint16:
		for _, x := range s {
			out = append(out, x)
		}
	case []int16:
		for _, x := range s {
			out = append(out, x)
		}
	case []uint32:
		for _, x := range s {
			out = append(out, x)
		}
	case []int32:
		for _, x := range s {
			out = append(out, x)
		}
	case []float32:
		for _, x := range s {
			out = append(out, x)
		}
	case []bool:
		for _, x := range s {
			out = append(out, x)
		}
	case []string:
		for _, x := range s {
			out = append(out, x)
		}
	case []uint64:
		for _, x := range s {
			out = append(out, x)
		}
	case []int64:
		for _, x := range s {
			out = append(out, x)
		}
	case []float64:
		for _, x := range s {
			out = append(out, x)
		}
	}
	return out
}

// WriteTo writes the file.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	if w.err != nil {
		return 0, w.err
	}
	e := &encoder{w: bufio.NewWriterSize(out, 1<<20)}
	e.bytes([]byte(Magic))
	e.u32(Version)
	e.u64(uint64(len(w.tensors)))
	e.u64(uint64(len(w.keys)))
	for _, k := range w.keys {
		v := w.kv[k]
		e.str(k)
		e.u32(uint32(v.Type))
		if v.Type == TypeArray {
			e.u32(uint32(v.Elem))
			items := arrayItems(v.V)
			e.u64(uint64(len(items)))
			for _, it := range items {
				e.scalar(it)
			}
		} else {
			e.scalar(v.V)
		}
	}
	var off int64
	for i := range w.tensors {
		t := &w.tensors[i].info
		t.Offset = off
		e.str(t.Name)
		e.u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			e.u64(uint64(d))
		}
		e.u32(uint32(t.Type))
		e.u64(uint64(t.Offset))
		off = align(off+t.Size, DefaultAlignment)
	}
	pad := func() { e.bytes(make([]byte, align(e.n, DefaultAlignment)-e.n)) }
	pad()
	for i, t := range w.tensors {
		if err := t.data(countingWriter{e}); err != nil {
			return e.n, fmt.Errorf("gguf: tensor %q: %w", t.info.Name, err)
		}
		pad()
		if w.Progress != nil {
			w.Progress(i+1, len(w.tensors))
		}
	}
	if err := e.w.Flush(); err != nil {
		return e.n, fmt.Errorf("gguf: write: %w", err)
	}
	return e.n, nil
}

// countingWriter feeds tensor data through the encoder so offsets stay known.
type countingWriter struct{ e *encoder }

func (c countingWriter) Write(b []byte) (int, error) {
	n, err := c.e.w.Write(b)
	c.e.n += int64(n)
	return n, err
}

func align(n int64, a int) int64 { return (n + int64(a) - 1) / int64(a) * int64(a) }

// WriteFile writes the file to path atomically and durably (package
// atomicfile).
func (w *Writer) WriteFile(path string) error {
	f, err := atomicfile.Create(filepath.Dir(path), 0o644)
	if err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	defer f.Discard()
	if _, err := w.WriteTo(f); err != nil {
		return err
	}
	if err := f.Commit(path); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	return nil
}
