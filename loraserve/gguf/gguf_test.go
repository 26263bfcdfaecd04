// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package gguf

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/kernels"
)

func randVec(r *rand.Rand, n int) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return v
}

// sample builds a writer with every metadata type and a tensor of every dtype.
func sample(t testing.TB) (*Writer, map[string]*kernels.Matrix) {
	r := rand.New(rand.NewPCG(1, 2))
	w := NewWriter()
	w.Set("general.architecture", "llama")
	w.Set("u8", uint8(7))
	w.Set("i8", int8(-7))
	w.Set("u16", uint16(700))
	w.Set("i16", int16(-700))
	w.Set("u32", uint32(70000))
	w.Set("i32", int32(-70000))
	w.Set("f32", float32(1.5))
	w.Set("bool", true)
	w.Set("u64", uint64(1<<40))
	w.Set("i64", int64(-1<<40))
	w.Set("f64", 2.25)
	w.Set("strings", []string{"a", "", "ĉ"})
	w.Set("ints", []int32{1, -2, 3})
	w.Set("floats", []float32{0.5})
	mats := map[string]*kernels.Matrix{}
	for i, dt := range []kernels.DType{kernels.F32, kernels.F16, kernels.BF16, kernels.Q8_0, kernels.Q4_0, kernels.Q4_K, kernels.Q6_K} {
		m, err := kernels.Quantize(dt, 3+i, 256, randVec(r, (3+i)*256))
		require.NoError(t, err)
		name := "m." + dt.String()
		w.AddMatrix(name, m)
		mats[name] = m
	}
	w.AddVector("v", []float32{1, 2, 3})
	return w, mats
}

func TestRoundTrip(t *testing.T) {
	w, mats := sample(t)
	path := filepath.Join(t.TempDir(), "x.gguf")
	require.NoError(t, w.WriteFile(path))
	f, err := Open(path)
	require.NoError(t, err)
	defer f.Close()
	require.Equal(t, uint32(3), f.Version)
	require.Equal(t, w.keys, f.Keys())
	for k, v := range w.kv {
		got, ok := f.Value(k)
		require.True(t, ok, k)
		require.Equal(t, v, got, k)
	}
	s, _ := f.String("general.architecture")
	require.Equal(t, "llama", s)
	u, ok := f.Uint("u32")
	require.True(t, ok)
	require.Equal(t, uint64(70000), u)
	_, ok = f.Uint("i8")
	require.False(t, ok, "negative value is not a uint")
	x, _ := f.Float("f32")
	require.Equal(t, 1.5, x)
	ints, _ := f.Ints("ints")
	require.Equal(t, []int64{1, -2, 3}, ints)
	for name, m := range mats {
		got, err := f.Matrix(name)
		require.NoError(t, err, name)
		require.Equal(t, m.DType, got.DType, name)
		require.Equal(t, m.Float32(), got.Float32(), name)
		ti, _ := f.Tensor(name)
		require.Zero(t, ti.Offset%DefaultAlignment)
		require.Equal(t, []int{m.Cols, m.Rows}, ti.Dims)
	}
	v, err := f.Float32("v")
	require.NoError(t, err)
	require.Equal(t, []float32{1, 2, 3}, v)
	_, err = f.Matrix("missing")
	require.ErrorIs(t, err, ErrNotFound)
}

// TestLayoutBytes pins the byte layout of a tiny file against the format:
// header, one key, one tensor descriptor, padding, data.
func TestLayoutBytes(t *testing.T) {
	w := NewWriter()
	w.Set("k", uint32(5))
	w.AddVector("t", []float32{1})
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	var want []byte
	want = append(want, "GGUF"...)
	want = binary.LittleEndian.AppendUint32(want, 3)
	want = binary.LittleEndian.AppendUint64(want, 1) // tensors
	want = binary.LittleEndian.AppendUint64(want, 1) // keys
	want = binary.LittleEndian.AppendUint64(want, 1)
	want = append(want, 'k')
	want = binary.LittleEndian.AppendUint32(want, uint32(TypeUint32))
	want = binary.LittleEndian.AppendUint32(want, 5)
	want = binary.LittleEndian.AppendUint64(want, 1)
	want = append(want, 't')
	want = binary.LittleEndian.AppendUint32(want, 1) // dims
	want = binary.LittleEndian.AppendUint64(want, 1)
	want = binary.LittleEndian.AppendUint32(want, uint32(TensorF32))
	want = binary.LittleEndian.AppendUint64(want, 0) // offset
	for len(want)%32 != 0 {
		want = append(want, 0)
	}
	want = append(want, 0, 0, 0x80, 0x3f) // 1.0f
	for len(want)%32 != 0 {
		want = append(want, 0)
	}
	require.Equal(t, want, b.Bytes())
}

func TestParseRejects(t *testing.T) {
	w, _ := sample(t)
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	good := b.Bytes()
	header := func(mod func([]byte)) []byte {
		c := bytes.Clone(good)
		mod(c)
		return c
	}
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic", header(func(c []byte) { c[0] = 'X' })},
		{"version", header(func(c []byte) { binary.LittleEndian.PutUint32(c[4:], 9) })},
		{"huge tensor count", header(func(c []byte) { binary.LittleEndian.PutUint64(c[8:], 1<<60) })},
		{"huge kv count", header(func(c []byte) { binary.LittleEndian.PutUint64(c[16:], 1<<60) })},
		{"huge key length", header(func(c []byte) { binary.LittleEndian.PutUint64(c[24:], 1<<40) })},
		{"truncated data", good[:len(good)-100]},
		{"truncated header", good[:200]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.b)
			require.ErrorIs(t, err, ErrFormat)
		})
	}
	// A tensor type with no known layout, and one with a known layout that is
	// not a kernels dtype.
	for _, tc := range []struct {
		typ     TensorType
		matrix  bool
		wantErr error
	}{{TensorType(99), false, ErrUnsupported}, {TensorQ5_K, true, ErrUnsupported}} {
		w := NewWriter()
		w.AddVector("t", make([]float32, 256))
		w.tensors[0].info.Type = tc.typ
		w.tensors[0].info.Size = 176
		var b bytes.Buffer
		_, err := w.WriteTo(&b)
		require.NoError(t, err)
		f, err := Parse(b.Bytes())
		if !tc.matrix {
			require.ErrorIs(t, err, tc.wantErr)
			continue
		}
		require.NoError(t, err)
		_, err = f.Matrix("t")
		require.ErrorIs(t, err, tc.wantErr)
	}
}

func FuzzParse(f *testing.F) {
	w, _ := sample(f)
	var b bytes.Buffer
	_, _ = w.WriteTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte("GGUF\x03\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse(data)
		if err != nil {
			return
		}
		for _, ti := range g.Tensors() {
			if m, err := g.Matrix(ti.Name); err == nil {
				_ = m.Float32()
			}
		}
	})
}

func TestPermuteQK(t *testing.T) {
	// One head of 4 rows: Hugging Face rows (0,2) and (1,3) are the rotated
	// pairs; GGUF stores them adjacent: 0, 2, 1, 3.
	hf := kernels.NewF32Matrix(4, 1, []float32{0, 1, 2, 3})
	g, err := PermuteQK(hf, 1)
	require.NoError(t, err)
	require.Equal(t, []float32{0, 2, 1, 3}, g.F32)
	// Two heads of 8.
	v := make([]float32, 16)
	for i := range v {
		v[i] = float32(i)
	}
	g, err = PermuteQK(kernels.NewF32Matrix(16, 1, v), 2)
	require.NoError(t, err)
	require.Equal(t, []float32{0, 4, 1, 5, 2, 6, 3, 7, 8, 12, 9, 13, 10, 14, 11, 15}, g.F32)
	back, err := UnpermuteQK(g, 2)
	require.NoError(t, err)
	require.Equal(t, v, back.F32)
	pv := append([]float32(nil), v...)
	PermuteVector(pv, 2)
	require.Equal(t, g.F32, pv)
	UnpermuteVector(pv, 2)
	require.Equal(t, v, pv)
	// Quantized rows move whole.
	r := rand.New(rand.NewPCG(3, 4))
	q, err := kernels.Quantize(kernels.Q8_0, 16, 64, randVec(r, 16*64))
	require.NoError(t, err)
	pq, err := PermuteQK(q, 4)
	require.NoError(t, err)
	want, err := PermuteQK(kernels.NewF32Matrix(16, 64, q.Float32()), 4)
	require.NoError(t, err)
	require.Equal(t, want.F32, pq.Float32())
	_, err = PermuteQK(hf, 3)
	require.ErrorIs(t, err, ErrFormat)
}
