// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func fileWithHeader(header string, data []byte) []byte {
	var b bytes.Buffer
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	b.Write(n[:])
	b.WriteString(header)
	b.Write(data)
	return b.Bytes()
}

func TestRoundTripDTypes(t *testing.T) {
	data := []float32{0, 1, -2.5, 0.1, 65504, 3.14159, -1e-3, 1e-5}
	tests := []struct {
		dtype DType
		tol   float64 // relative
	}{
		{F32, 0},
		{F16, 1e-3},
		{BF16, 8e-3},
	}
	for _, tc := range tests {
		t.Run(string(tc.dtype), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.safetensors")
			err := WriteFile(path, []Tensor{
				{Name: "a", DType: tc.dtype, Shape: []int{2, 4}, Data: data},
				{Name: "b", DType: F32, Shape: []int{}, Data: []float32{7}},
			}, map[string]string{"format": "pt"})
			require.NoError(t, err)
			f, err := Open(path)
			require.NoError(t, err)
			defer f.Close()
			require.Equal(t, []string{"a", "b"}, f.Names())
			require.Equal(t, "pt", f.Metadata["format"])
			got, info, err := f.Float32("a")
			require.NoError(t, err)
			require.Equal(t, []int{2, 4}, info.Shape)
			for i := range data {
				require.InDelta(t, data[i], got[i], tc.tol*math.Abs(float64(data[i]))+1e-7, "element %d", i)
			}
			s, _, err := f.Float32("b")
			require.NoError(t, err)
			require.Equal(t, []float32{7}, s)
			_, _, err = f.Float32("missing")
			require.ErrorIs(t, err, ErrNotFound)
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		file []byte
		want error
	}{
		{"short", []byte{1, 2, 3}, ErrTruncated},
		{"header-past-end", fileWithHeader("{}", nil)[:9], ErrTruncated},
		{"not-json", fileWithHeader("{nope", nil), ErrBadHeader},
		{"unknown-dtype", fileWithHeader(`{"a":{"dtype":"F8","shape":[1],"data_offsets":[0,1]}}`, []byte{0}), ErrUnknownDType},
		{"size-mismatch", fileWithHeader(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, make([]byte, 8)), ErrBadOffsets},
		{"out-of-bounds", fileWithHeader(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, make([]byte, 4)), ErrBadOffsets},
		{"negative-dim", fileWithHeader(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}}`, nil), ErrBadHeader},
		{"overflow-dim", fileWithHeader(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}}`, nil), ErrBadHeader},
		{"overlap", fileWithHeader(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, make([]byte, 8)), ErrBadOffsets},
		{"one-offset", fileWithHeader(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4]}}`, make([]byte, 8)), ErrBadOffsets},
		{"bad-metadata", fileWithHeader(`{"__metadata__":{"a":1}}`, nil), ErrBadHeader},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.file)
			require.Error(t, err)
			require.True(t, errors.Is(err, tc.want), "got %v want %v", err, tc.want)
		})
	}
}

func FuzzParse(f *testing.F) {
	var b bytes.Buffer
	_ = Write(&b, []Tensor{{Name: "w", DType: F16, Shape: []int{2, 2}, Data: []float32{1, 2, 3, 4}}}, nil)
	f.Add(b.Bytes())
	f.Add(fileWithHeader(`{"a":{"dtype":"BF16","shape":[1],"data_offsets":[0,2]}}`, []byte{1, 2}))
	f.Add(fileWithHeader(`{"__metadata__":{"k":"v"}}`, nil))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			return
		}
		for _, name := range file.Names() {
			info, _ := file.Info(name)
			v, _, err := file.Float32(name)
			if err == nil && len(v) != info.NumElements() {
				t.Fatalf("tensor %q: %d values for %d elements", name, len(v), info.NumElements())
			}
		}
	})
}

func BenchmarkFloat32BF16(b *testing.B) {
	data := make([]float32, 1<<20)
	for i := range data {
		data[i] = float32(i) * 1e-3
	}
	var buf bytes.Buffer
	require.NoError(b, Write(&buf, []Tensor{{Name: "w", DType: BF16, Shape: []int{len(data)}, Data: data}}, nil))
	f, err := Parse(buf.Bytes())
	require.NoError(b, err)
	b.SetBytes(int64(len(data) * 2))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := f.Float32("w"); err != nil {
			b.Fatal(err)
		}
	}
}
