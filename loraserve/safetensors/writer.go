// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package safetensors

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"

	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/loraserve/kernels"
)

// Tensor is a named float tensor to be written in the given dtype.
type Tensor struct {
	Name  string
	DType DType // F32, F16 or BF16
	Shape []int
	Data  []float32
}

// Write encodes tensors (in the given order) with optional metadata. The header
// is padded so the data section starts 8-byte aligned, which lets Open return
// F32 tensors of an all-F32 file without a copy.
func Write(w io.Writer, tensors []Tensor, metadata map[string]string) error {
	header := make(map[string]any, len(tensors)+1)
	if len(metadata) > 0 {
		header["__metadata__"] = metadata
	}
	var off int64
	for _, t := range tensors {
		size := t.DType.Size()
		if t.DType != F32 && t.DType != F16 && t.DType != BF16 {
			return fmt.Errorf("tensor %q: %s: %w", t.Name, t.DType, ErrUnsupported)
		}
		n := 1
		for _, d := range t.Shape {
			n *= d
		}
		if n != len(t.Data) {
			return fmt.Errorf("tensor %q: shape %v has %d elements, data %d: %w", t.Name, t.Shape, n, len(t.Data), ErrBadOffsets)
		}
		if _, dup := header[t.Name]; dup {
			return fmt.Errorf("tensor %q twice: %w", t.Name, ErrBadHeader)
		}
		end := off + int64(n*size)
		header[t.Name] = map[string]any{"dtype": t.DType, "shape": t.Shape, "data_offsets": []int64{off, end}}
		off = end
	}
	js, err := json.Marshal(header)
	if err != nil {
		return fmt.Errorf("safetensors: header: %w", err)
	}
	// Pad the header with spaces so the data section starts 8-byte aligned.
	for (8+len(js))%8 != 0 {
		js = append(js, ' ')
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var lenBuf [8]byte
	binary.LittleEndian.PutUint64(lenBuf[:], uint64(len(js)))
	bw.Write(lenBuf[:])
	bw.Write(js)
	var buf [4]byte
	for _, t := range tensors {
		for _, v := range t.Data {
			switch t.DType {
			case F32:
				binary.LittleEndian.PutUint32(buf[:], math.Float32bits(v))
				bw.Write(buf[:4])
			case F16:
				binary.LittleEndian.PutUint16(buf[:], kernels.F32ToF16(v))
				bw.Write(buf[:2])
			case BF16:
				binary.LittleEndian.PutUint16(buf[:], kernels.F32ToBF16(v))
				bw.Write(buf[:2])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("safetensors: write: %w", err)
	}
	return nil
}

// WriteFile writes tensors to path atomically and durably (package
// atomicfile).
func WriteFile(path string, tensors []Tensor, metadata map[string]string) error {
	f, err := atomicfile.Create(filepath.Dir(path), 0o644)
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	defer f.Discard()
	if err := Write(f, tensors, metadata); err != nil {
		return err
	}
	if err := f.Commit(path); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	return nil
}
