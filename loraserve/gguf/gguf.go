// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"os"
	"sort"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/openledger/openledger/loraserve/kernels"
)

// Magic is the first four bytes of every GGUF file.
const Magic = "GGUF"

// Version is the format version this package writes (it reads 2 and 3).
const Version = 3

// DefaultAlignment is the data alignment when general.alignment is absent.
const DefaultAlignment = 32

// Limits that keep a hostile file from making the reader allocate without bound
// (every count is also checked against the bytes that remain).
const (
	maxKeyBytes    = 1 << 16
	maxStringBytes = 64 << 20
	maxDims        = 4
)

var (
	// ErrFormat is returned when a file is not valid GGUF.
	ErrFormat = errors.New("gguf: bad file")
	// ErrNotFound is returned for an absent tensor or metadata key.
	ErrNotFound = errors.New("gguf: not found")
	// ErrUnsupported is returned for a tensor type this package cannot convert.
	ErrUnsupported = errors.New("gguf: unsupported")
)

// ValueType is the type tag of a metadata value.
type ValueType uint32

// The metadata value types.
const (
	TypeUint8 ValueType = iota
	TypeInt8
	TypeUint16
	TypeInt16
	TypeUint32
	TypeInt32
	TypeFloat32
	TypeBool
	TypeString
	TypeArray
	TypeUint64
	TypeInt64
	TypeFloat64
)

var valueSize = map[ValueType]int{
	TypeUint8: 1, TypeInt8: 1, TypeUint16: 2, TypeInt16: 2, TypeUint32: 4, TypeInt32: 4,
	TypeFloat32: 4, TypeBool: 1, TypeUint64: 8, TypeInt64: 8, TypeFloat64: 8,
}

// Value is one metadata value: a Go uint8…float64, bool or string for the
// scalar types, and for arrays a slice of those ([]string, []int32, …).
type Value struct {
	Type ValueType
	Elem ValueType // element type of an array
	V    any
}

// TensorType is a ggml tensor type.
type TensorType uint32

// The ggml tensor types this package knows the layout of.
const (
	TensorF32  TensorType = 0
	TensorF16  TensorType = 1
	TensorQ4_0 TensorType = 2
	TensorQ4_1 TensorType = 3
	TensorQ5_0 TensorType = 6
	TensorQ5_1 TensorType = 7
	TensorQ8_0 TensorType = 8
	TensorQ8_1 TensorType = 9
	TensorQ2_K TensorType = 10
	TensorQ3_K TensorType = 11
	TensorQ4_K TensorType = 12
	TensorQ5_K TensorType = 13
	TensorQ6_K TensorType = 14
	TensorQ8_K TensorType = 15
	TensorI8   TensorType = 24
	TensorI16  TensorType = 25
	TensorI32  TensorType = 26
	TensorI64  TensorType = 27
	TensorF64  TensorType = 28
	TensorBF16 TensorType = 30
)

// tensorLayout is elements per block and bytes per block of each known type.
var tensorLayout = map[TensorType][2]int{
	TensorF32: {1, 4}, TensorF16: {1, 2}, TensorQ4_0: {32, 18}, TensorQ4_1: {32, 20},
	TensorQ5_0: {32, 22}, TensorQ5_1: {32, 24}, TensorQ8_0: {32, 34}, TensorQ8_1: {32, 36},
	TensorQ2_K: {256, 84}, TensorQ3_K: {256, 110}, TensorQ4_K: {256, 144}, TensorQ5_K: {256, 176},
	TensorQ6_K: {256, 210}, TensorQ8_K: {256, 292}, TensorI8: {1, 1}, TensorI16: {1, 2},
	TensorI32: {1, 4}, TensorI64: {1, 8}, TensorF64: {1, 8}, TensorBF16: {1, 2},
}

var tensorNames = map[TensorType]string{
	TensorF32: "F32", TensorF16: "F16", TensorQ4_0: "Q4_0", TensorQ4_1: "Q4_1", TensorQ5_0: "Q5_0",
	TensorQ5_1: "Q5_1", TensorQ8_0: "Q8_0", TensorQ8_1: "Q8_1", TensorQ2_K: "Q2_K", TensorQ3_K: "Q3_K",
	TensorQ4_K: "Q4_K", TensorQ5_K: "Q5_K", TensorQ6_K: "Q6_K", TensorQ8_K: "Q8_K", TensorI8: "I8",
	TensorI16: "I16", TensorI32: "I32", TensorI64: "I64", TensorF64: "F64", TensorBF16: "BF16",
}

// String returns the ggml name ("Q8_0").
func (t TensorType) String() string {
	if n, ok := tensorNames[t]; ok {
		return n
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// matrixTypes maps the tensor types that are kernels dtypes.
var matrixTypes = map[TensorType]kernels.DType{
	TensorF32: kernels.F32, TensorF16: kernels.F16, TensorBF16: kernels.BF16,
	TensorQ8_0: kernels.Q8_0, TensorQ4_0: kernels.Q4_0, TensorQ4_K: kernels.Q4_K, TensorQ6_K: kernels.Q6_K,
}

// TensorTypeOf returns the ggml type that stores kernels dtype dt.
func TensorTypeOf(dt kernels.DType) TensorType {
	for t, d := range matrixTypes {
		if d == dt {
			return t
		}
	}
	panic("gguf: no tensor type for " + dt.String())
}

// TensorInfo describes one tensor of a file.
type TensorInfo struct {
	Name string
	// Dims are the dimensions innermost first (ggml's ne): a PyTorch [out, in]
	// weight has Dims [in, out].
	Dims []int
	Type TensorType
	// Offset is the start of the tensor relative to the data section.
	Offset int64
	// Size is the tensor's byte length.
	Size int64
}

// Elements returns the product of the dimensions.
func (t TensorInfo) Elements() int {
	n := 1
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

// File is a parsed GGUF file; tensors alias its bytes (a read-only mapping
// for Open).
type File struct {
	Version   uint32
	Alignment int
	keys      []string
	kv        map[string]Value
	tensors   []TensorInfo
	byName    map[string]int
	data      []byte // the data section
	mapping   []byte // the whole mapping, nil when parsed from bytes
}

// Open maps the file at path read-only and parses it.
func Open(path string) (*File, error) {
	fd, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	defer fd.Close()
	st, err := fd.Stat()
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	if st.Size() < 24 {
		return nil, fmt.Errorf("%w: %s: %d bytes", ErrFormat, path, st.Size())
	}
	m, err := unix.Mmap(int(fd.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("gguf: mmap %s: %w", path, err)
	}
	f, err := Parse(m)
	if err != nil {
		_ = unix.Munmap(m)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.mapping = m
	return f, nil
}

// Close unmaps the file; tensors obtained from it become invalid.
func (f *File) Close() error {
	if f.mapping == nil {
		return nil
	}
	m := f.mapping
	f.mapping, f.data = nil, nil
	return unix.Munmap(m)
}

// reader decodes little-endian values from b with bounds checks.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: at byte %d: %s", ErrFormat, r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.fail("need %d bytes, %d left", n, len(r.b)-r.off)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u32() uint32 {
	if s := r.take(4); s != nil {
		return binary.LittleEndian.Uint32(s)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if s := r.take(8); s != nil {
		return binary.LittleEndian.Uint64(s)
	}
	return 0
}

// count reads a uint64 count of items of at least minBytes each and checks it
// against the bytes left.
func (r *reader) count(what string, minBytes int) int {
	n := r.u64()
	if r.err == nil && n > uint64(len(r.b)-r.off)/uint64(max(1, minBytes)) {
		r.fail("%s count %d exceeds the file", what, n)
		return 0
	}
	return int(n)
}

func (r *reader) str(limit int) string {
	n := r.u64()
	if r.err == nil && n > uint64(limit) {
		r.fail("string of %d bytes", n)
		return ""
	}
	return string(r.take(int(n)))
}

func (r *reader) scalar(t ValueType) any {
	if t == TypeString {
		return r.str(maxStringBytes)
	}
	size, ok := valueSize[t]
	if !ok {
		r.fail("value type %d", t)
		return nil
	}
	s := r.take(size)
	if s == nil {
		return nil
	}
	switch t {
	case TypeUint8:
		return s[0]
	case TypeInt8:
		return int8(s[0])
	case TypeUint16:
		return binary.LittleEndian.Uint16(s)
	case TypeInt16:
		return int16(binary.LittleEndian.Uint16(s))
	case TypeUint32:
		return binary.LittleEndian.Uint32(s)
	case TypeInt32:
		return int32(binary.LittleEndian.Uint32(s))
	case TypeFloat32:
		return math.Float32frombits(binary.LittleEndian.Uint32(s))
	case TypeBool:
		if s[0] > 1 {
			r.fail("bool %d", s[0])
		}
		return s[0] == 1
	case TypeUint64:
		return binary.LittleEndian.Uint64(s)
	case TypeInt64:
		return int64(binary.LittleEndian.Uint64(s))
	case TypeFloat64:
		return math.Float64frombits(binary.LittleEndian.Uint64(s))
	}
	return nil
}

// array reads an array of scalars into a typed slice.
func (r *reader) array(elem ValueType) any {
	minBytes := valueSize[elem]
	if elem == TypeString {
		minBytes = 8
	}
	if minBytes == 0 {
		r.fail("array of value type %d", elem)
		return nil
	}
	n := r.count("array", minBytes)
	switch elem {
	case TypeString:
		return readSlice[string](r, n, elem)
	case TypeUint8:
		return readSlice[uint8](r, n, elem)
	case TypeInt8:
		return readSlice[int8](r, n, elem)
	case TypeUint16:
		return readSlice[uint16](r, n, elem)
	case TypeInt16:
		return readSlice[int16](r, n, elem)
	case TypeUint32:
		return readSlice[uint32](r, n, elem)
	case TypeInt32:
		return readSlice[int32](r, n, elem)
	case TypeFloat32:
		return readSlice[float32](r, n, elem)
	case TypeBool:
		return readSlice[bool](r, n, elem)
	case TypeUint64:
		return readSlice[uint64](r, n, elem)
	case TypeInt64:
		return readSlice[int64](r, n, elem)
	case TypeFloat64:
		return readSlice[float64](r, n, elem)
	}
	return nil
}

func readSlice[T any](r *reader, n int, elem ValueType) []T {
	out := make([]T, 0, n)
	for range n {
		v, _ := r.scalar(elem).(T)
		if r.err != nil {
			return nil
		}
		out = append(out, v)
	}
	return out
}

// Parse validates b as a whole GGUF file; the File aliases b.
func Parse(b []byte) (*File, error) {
	r := &reader{b: b}
	if string(r.take(4)) != Magic {
		return nil, fmt.Errorf("%w: no GGUF magic", ErrFormat)
	}
	f := &File{Version: r.u32(), kv: map[string]Value{}, byName: map[string]int{}, Alignment: DefaultAlignment}
	if r.err == nil && f.Version != 2 && f.Version != 3 {
		return nil, fmt.Errorf("%w: version %d (want 2 or 3)", ErrFormat, f.Version)
	}
	nTensors := r.count("tensor", 8+4+8+4+8)
	nKV := r.count("metadata", 8+4+1)
	if r.err != nil {
		return nil, r.err
	}
	for range nKV {
		key := r.str(maxKeyBytes)
		t := ValueType(r.u32())
		v := Value{Type: t}
		if t == TypeArray {
			v.Elem = ValueType(r.u32())
			v.V = r.array(v.Elem)
		} else {
			v.V = r.scalar(t)
		}
		if r.err != nil {
			return nil, r.err
		}
		if _, dup := f.kv[key]; dup {
			return nil, fmt.Errorf("%w: metadata key %q twice", ErrFormat, key)
		}
		f.keys = append(f.keys, key)
		f.kv[key] = v
	}
	if a, ok := f.kv["general.alignment"]; ok {
		al, isU32 := a.V.(uint32)
		if !isU32 || al == 0 || al&(al-1) != 0 || al > 1<<16 {
			return nil, fmt.Errorf("%w: general.alignment %v", ErrFormat, a.V)
		}
		f.Alignment = int(al)
	}
	for range nTensors {
		var t TensorInfo
		t.Name = r.str(maxKeyBytes)
		nd := r.u32()
		if r.err == nil && (nd == 0 || nd > maxDims) {
			r.fail("tensor %q has %d dims", t.Name, nd)
		}
		if r.err != nil {
			return nil, r.err
		}
		elems := uint64(1)
		for range nd {
			d := r.u64()
			hi, lo := bits.Mul64(elems, d)
			if r.err == nil && (d == 0 || d > math.MaxInt32 || hi != 0 || lo > 1<<40) {
				r.fail("tensor %q: bad dimension %d", t.Name, d)
			}
			elems = lo
			t.Dims = append(t.Dims, int(d))
		}
		t.Type = TensorType(r.u32())
		off := r.u64()
		if r.err != nil {
			return nil, r.err
		}
		layout, ok := tensorLayout[t.Type]
		if !ok {
			return nil, fmt.Errorf("%w: tensor %q has ggml type %d", ErrUnsupported, t.Name, t.Type)
		}
		if t.Dims[0]%layout[0] != 0 {
			return nil, fmt.Errorf("%w: tensor %q: rows of %d are not whole %s blocks", ErrFormat, t.Name, t.Dims[0], t.Type)
		}
		if off%uint64(f.Alignment) != 0 || off > 1<<50 {
			return nil, fmt.Errorf("%w: tensor %q offset %d not aligned to %d", ErrFormat, t.Name, off, f.Alignment)
		}
		t.Offset = int64(off)
		t.Size = int64(elems) / int64(layout[0]) * int64(layout[1])
		if _, dup := f.byName[t.Name]; dup {
			return nil, fmt.Errorf("%w: tensor %q twice", ErrFormat, t.Name)
		}
		f.byName[t.Name] = len(f.tensors)
		f.tensors = append(f.tensors, t)
	}
	start := (r.off + f.Alignment - 1) / f.Alignment * f.Alignment
	if start > len(b) {
		start = len(b)
	}
	f.data = b[start:]
	// Every tensor lies inside the data section; none overlap.
	order := make([]TensorInfo, len(f.tensors))
	copy(order, f.tensors)
	sort.Slice(order, func(i, j int) bool { return order[i].Offset < order[j].Offset })
	for i, t := range order {
		if t.Offset+t.Size > int64(len(f.data)) {
			return nil, fmt.Errorf("%w: tensor %q [%d, %d) beyond the data (%d bytes)", ErrFormat, t.Name, t.Offset, t.Offset+t.Size, len(f.data))
		}
		if i > 0 && t.Offset < order[i-1].Offset+order[i-1].Size {
			return nil, fmt.Errorf("%w: tensor %q overlaps %q", ErrFormat, t.Name, order[i-1].Name)
		}
	}
	return f, nil
}

// Keys returns the metadata keys in file order.
func (f *File) Keys() []string { return f.keys }

// Value returns the metadata value of key.
func (f *File) Value(key string) (Value, bool) {
	v, ok := f.kv[key]
	return v, ok
}

// String returns a string value.
func (f *File) String(key string) (string, bool) {
	s, ok := f.kv[key].V.(string)
	return s, ok
}

// Uint returns an unsigned or non-negative signed integer value.
func (f *File) Uint(key string) (uint64, bool) {
	switch v := f.kv[key].V.(type) {
	case uint8:
		return uint64(v), true
	case uint16:
		return uint64(v), true
	case uint32:
		return uint64(v), true
	case uint64:
		return v, true
	case int8:
		return uint64(v), v >= 0
	case int16:
		return uint64(v), v >= 0
	case int32:
		return uint64(v), v >= 0
	case int64:
		return uint64(v), v >= 0
	}
	return 0, false
}

// Float returns a float32 or float64 value.
func (f *File) Float(key string) (float64, bool) {
	switch v := f.kv[key].V.(type) {
	case float32:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}

// Bool returns a bool value.
func (f *File) Bool(key string) (bool, bool) {
	b, ok := f.kv[key].V.(bool)
	return b, ok
}

// Strings returns a string array.
func (f *File) Strings(key string) ([]string, bool) {
	s, ok := f.kv[key].V.([]string)
	return s, ok
}

// Ints returns an integer array of any width as int64.
func (f *File) Ints(key string) ([]int64, bool) {
	switch v := f.kv[key].V.(type) {
	case []int32:
		return widen(v), true
	case []uint32:
		return widen(v), true
	case []int64:
		return v, true
	case []int8:
		return widen(v), true
	case []uint8:
		return widen(v), true
	case []int16:
		return widen(v), true
	case []uint16:
		return widen(v), true
	}
	return nil, false
}

func widen[T int8 | uint8 | int16 | uint16 | int32 | uint32](v []T) []int64 {
	out := make([]int64, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}

// Tensors returns every tensor descriptor in file order.
func (f *File) Tensors() []TensorInfo { return f.tensors }

// Tensor returns the named tensor's descriptor.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.byName[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.tensors[i], true
}

// Bytes returns the raw bytes of the named tensor (aliasing the file).
func (f *File) Bytes(name string) ([]byte, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("%w: tensor %q", ErrNotFound, name)
	}
	return f.data[t.Offset : t.Offset+t.Size : t.Offset+t.Size], nil
}

// Matrix returns a tensor of one or two dimensions as a kernels.Matrix of
// Dims[1] rows (1 for a vector) and Dims[0] columns, aliasing the file. F32
// data is used in place when 4-byte aligned (always, for a mapped file:
// offsets are multiples of the alignment) and copied otherwise.
func (f *File) Matrix(name string) (*kernels.Matrix, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("%w: tensor %q", ErrNotFound, name)
	}
	if len(t.Dims) > 2 {
		return nil, fmt.Errorf("%w: tensor %q has %d dims, want a matrix", ErrUnsupported, name, len(t.Dims))
	}
	dt, ok := matrixTypes[t.Type]
	if !ok {
		return nil, fmt.Errorf("%w: tensor %q has type %s (supported: F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K)", ErrUnsupported, name, t.Type)
	}
	rows, cols := 1, t.Dims[0]
	if len(t.Dims) == 2 {
		rows = t.Dims[1]
	}
	raw, _ := f.Bytes(name)
	if dt == kernels.F32 {
		n := rows * cols
		if n > 0 && uintptr(unsafe.Pointer(&raw[0]))%4 == 0 {
			return kernels.NewF32Matrix(rows, cols, unsafe.Slice((*float32)(unsafe.Pointer(&raw[0])), n)), nil
		}
		vals := make([]float32, n)
		for i := range vals {
			vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		return kernels.NewF32Matrix(rows, cols, vals), nil
	}
	return kernels.NewMatrix(dt, rows, cols, raw)
}

// Float32 returns the named tensor's elements converted to float32 (a copy,
// except for aligned F32 data).
func (f *File) Float32(name string) ([]float32, error) {
	m, err := f.Matrix(name)
	if err != nil {
		return nil, err
	}
	return m.Float32(), nil
}
