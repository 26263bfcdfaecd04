// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package safetensors

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/openledger/openledger/loraserve/kernels"
)

// MaxHeaderBytes bounds the JSON header so a hostile length cannot make the
// reader allocate gigabytes.
const MaxHeaderBytes = 100 << 20

var (
	// ErrTruncated is returned when the file is shorter than its header says.
	ErrTruncated = errors.New("safetensors: truncated file")
	// ErrBadHeader is returned when the JSON header is malformed.
	ErrBadHeader = errors.New("safetensors: bad header")
	// ErrUnknownDType is returned for a dtype this package cannot represent.
	ErrUnknownDType = errors.New("safetensors: unknown dtype")
	// ErrBadOffsets is returned when a tensor's byte range is inconsistent,
	// out of bounds or overlapping.
	ErrBadOffsets = errors.New("safetensors: bad data offsets")
	// ErrNotFound is returned when a tensor name is absent.
	ErrNotFound = errors.New("safetensors: tensor not found")
	// ErrUnsupported is returned when a tensor's dtype cannot be read as float32.
	ErrUnsupported = errors.New("safetensors: unsupported dtype for float read")
)

// DType is a tensor element type as spelled in the header.
type DType string

// The dtypes understood by this package.
const (
	F64  DType = "F64"
	F32  DType = "F32"
	F16  DType = "F16"
	BF16 DType = "BF16"
	I64  DType = "I64"
	I32  DType = "I32"
	I16  DType = "I16"
	I8   DType = "I8"
	U8   DType = "U8"
	Bool DType = "BOOL"
)

// Size returns the byte width of one element, or 0 for an unknown dtype.
func (d DType) Size() int {
	switch d {
	case F64, I64:
		return 8
	case F32, I32:
		return 4
	case F16, BF16, I16:
		return 2
	case I8, U8, Bool:
		return 1
	}
	return 0
}

// TensorInfo describes one tensor of a file.
type TensorInfo struct {
	Name  string
	DType DType
	Shape []int
	// Begin and End are byte offsets relative to the start of the data section.
	Begin, End int64
}

// NumElements returns the product of the shape (1 for a scalar).
func (t TensorInfo) NumElements() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// File is a parsed safetensors file whose data is held in memory or mapped.
type File struct {
	// Metadata is the optional "__metadata__" object.
	Metadata map[string]string
	tensors  map[string]TensorInfo
	data     []byte // data section
	mapping  []byte // whole mmap, nil when parsed from bytes
}

type rawEntry struct {
	DType       DType   `json:"dtype"`
	Shape       []int64 `json:"shape"`
	DataOffsets []int64 `json:"data_offsets"`
}

// Open memory-maps the file at path and validates its header.
func Open(path string) (*File, error) {
	fd, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: open: %w", err)
	}
	defer fd.Close()
	st, err := fd.Stat()
	if err != nil {
		return nil, fmt.Errorf("safetensors: stat: %w", err)
	}
	size := st.Size()
	if size < 8 {
		return nil, fmt.Errorf("%s: %w", path, ErrTruncated)
	}
	m, err := unix.Mmap(int(fd.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("safetensors: mmap %s: %w", path, err)
	}
	f, err := Parse(m)
	if err != nil {
		_ = unix.Munmap(m)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.mapping = m
	return f, nil
}

// Parse validates b as a whole safetensors file; the File aliases b.
func Parse(b []byte) (*File, error) {
	if len(b) < 8 {
		return nil, ErrTruncated
	}
	n := binary.LittleEndian.Uint64(b[:8])
	if n > MaxHeaderBytes {
		return nil, fmt.Errorf("header length %d above %d: %w", n, MaxHeaderBytes, ErrBadHeader)
	}
	if n > uint64(len(b)-8) {
		return nil, fmt.Errorf("header length %d, file %d bytes: %w", n, len(b), ErrTruncated)
	}
	header := b[8 : 8+n]
	data := b[8+n:]
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(header, &raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadHeader, err)
	}
	f := &File{tensors: make(map[string]TensorInfo, len(raw)), data: data}
	for name, msg := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &f.Metadata); err != nil {
				return nil, fmt.Errorf("%w: metadata: %v", ErrBadHeader, err)
			}
			continue
		}
		var e rawEntry
		if err := json.Unmarshal(msg, &e); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrBadHeader, name, err)
		}
		info, err := checkEntry(name, e, int64(len(data)))
		if err != nil {
			return nil, err
		}
		f.tensors[name] = info
	}
	// No two tensors may share bytes.
	infos := make([]TensorInfo, 0, len(f.tensors))
	for _, t := range f.tensors {
		infos = append(infos, t)
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].Begin < infos[j].Begin })
	for i := 1; i < len(infos); i++ {
		if infos[i].Begin < infos[i-1].End {
			return nil, fmt.Errorf("%w: %q overlaps %q", ErrBadOffsets, infos[i].Name, infos[i-1].Name)
		}
	}
	return f, nil
}

func checkEntry(name string, e rawEntry, dataLen int64) (TensorInfo, error) {
	size := e.DType.Size()
	if size == 0 {
		return TensorInfo{}, fmt.Errorf("tensor %q dtype %q: %w", name, e.DType, ErrUnknownDType)
	}
	if len(e.DataOffsets) != 2 {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q needs 2 offsets", ErrBadOffsets, name)
	}
	if len(e.Shape) > 8 {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q has %d dims", ErrBadHeader, name, len(e.Shape))
	}
	numel := int64(1)
	shape := make([]int, len(e.Shape))
	for i, d := range e.Shape {
		if d < 0 || (d > 0 && numel > math.MaxInt32*int64(64)/d) {
			return TensorInfo{}, fmt.Errorf("%w: tensor %q bad shape %v", ErrBadHeader, name, e.Shape)
		}
		numel *= d
		shape[i] = int(d)
	}
	begin, end := e.DataOffsets[0], e.DataOffsets[1]
	if begin < 0 || end < begin || end > dataLen {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q range [%d,%d) of %d", ErrBadOffsets, name, begin, end, dataLen)
	}
	if end-begin != numel*int64(size) {
		return TensorInfo{}, fmt.Errorf("%w: tensor %q has %d bytes, shape needs %d", ErrBadOffsets, name, end-begin, numel*int64(size))
	}
	return TensorInfo{Name: name, DType: e.DType, Shape: shape, Begin: begin, End: end}, nil
}

// Close unmaps the file; tensors returned without a copy become invalid.
func (f *File) Close() error {
	if f.mapping == nil {
		return nil
	}
	m := f.mapping
	f.mapping, f.data = nil, nil
	return unix.Munmap(m)
}

// Names returns the tensor names in sorted order.
func (f *File) Names() []string {
	names := make([]string, 0, len(f.tensors))
	for n := range f.tensors {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Info returns the description of the named tensor.
func (f *File) Info(name string) (TensorInfo, bool) {
	t, ok := f.tensors[name]
	return t, ok
}

// Bytes returns the raw little-endian bytes of the named tensor (aliasing the file).
func (f *File) Bytes(name string) ([]byte, error) {
	t, ok := f.tensors[name]
	if !ok {
		return nil, fmt.Errorf("%q: %w", name, ErrNotFound)
	}
	return f.data[t.Begin:t.End], nil
}

// Float32 returns the named tensor as float32 values. An aligned F32 tensor of a
// mapped file is returned without copying (read-only: writing to it faults);
// every other float dtype is converted into a fresh slice.
func (f *File) Float32(name string) ([]float32, TensorInfo, error) {
	t, ok := f.tensors[name]
	if !ok {
		return nil, t, fmt.Errorf("%q: %w", name, ErrNotFound)
	}
	raw := f.data[t.Begin:t.End]
	n := t.NumElements()
	out, err := decodeFloat32(t.DType, raw, n)
	if err != nil {
		return nil, t, fmt.Errorf("tensor %q: %w", name, err)
	}
	return out, t, nil
}

func decodeFloat32(dt DType, raw []byte, n int) ([]float32, error) {
	switch dt {
	case F32:
		if n > 0 && uintptr(unsafe.Pointer(&raw[0]))%4 == 0 {
			return unsafe.Slice((*float32)(unsafe.Pointer(&raw[0])), n), nil
		}
		out := make([]float32, n)
		for i := range out {
			out[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		return out, nil
	case F16:
		out := make([]float32, n)
		for i := range out {
			out[i] = kernels.F16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
		return out, nil
	case BF16:
		out := make([]float32, n)
		for i := range out {
			out[i] = kernels.BF16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
		return out, nil
	case F64:
		out := make([]float32, n)
		for i := range out {
			out[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:])))
		}
		return out, nil
	}
	return nil, fmt.Errorf("%s: %w", dt, ErrUnsupported)
}
