// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package sample

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		p  Params
		ok bool
	}{
		{Params{Temperature: 0, TopP: 1}, true},
		{Params{Temperature: 2, TopP: 0.1}, true},
		{Params{Temperature: -1, TopP: 1}, false},
		{Params{Temperature: 2.5, TopP: 1}, false},
		{Params{Temperature: math.NaN(), TopP: 1}, false},
		{Params{Temperature: 1, TopP: 0}, false},
		{Params{Temperature: 1, TopP: 1.5}, false},
	}
	for _, tc := range tests {
		err := tc.p.Validate()
		if tc.ok {
			require.NoError(t, err, "%+v", tc.p)
		} else {
			require.ErrorIs(t, err, ErrParams, "%+v", tc.p)
		}
	}
}

func TestGreedyAndSeeded(t *testing.T) {
	logits := []float32{0.1, 2, 1.9, -3, 0.5}
	require.Equal(t, 1, New(Params{TopP: 1}).Sample(logits))
	seq := func(seed uint64) []int {
		s := New(Params{Temperature: 1, TopP: 1, Seed: seed})
		out := make([]int, 50)
		for i := range out {
			out[i] = s.Sample(logits)
		}
		return out
	}
	require.Equal(t, seq(7), seq(7))
	require.NotEqual(t, seq(7), seq(8))
}

func TestDistribution(t *testing.T) {
	logits := []float32{0, float32(math.Log(3)), float32(math.Log(6))} // probs 0.1 0.3 0.6
	const n = 20000
	tests := []struct {
		name string
		p    Params
		want []float64
	}{
		{"full", Params{Temperature: 1, TopP: 1, Seed: 1}, []float64{0.1, 0.3, 0.6}},
		{"top-p-0.85", Params{Temperature: 1, TopP: 0.85, Seed: 2}, []float64{0, 1. / 3, 2. / 3}},
		{"top-p-0.5", Params{Temperature: 1, TopP: 0.5, Seed: 3}, []float64{0, 0, 1}},
		{"hot", Params{Temperature: 2, TopP: 1, Seed: 4}, normalise([]float64{1, math.Sqrt(3), math.Sqrt(6)})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New(tc.p)
			counts := make([]float64, len(logits))
			for range n {
				counts[s.Sample(logits)]++
			}
			for i := range counts {
				require.InDelta(t, tc.want[i], counts[i]/n, 0.015, "token %d", i)
			}
		})
	}
}

func normalise(v []float64) []float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	for i := range v {
		v[i] /= s
	}
	return v
}

func TestStops(t *testing.T) {
	s := Stops{"\n\n", "END", ""}
	tests := []struct {
		text      string
		find, off int
	}{
		{"hello", -1, 5},
		{"hello E", -1, 6},
		{"hello EN", -1, 6},
		{"hello END more", 6, 14},
		{"a\n", -1, 1},
		{"a\n\nb END", 1, 8},
	}
	for _, tc := range tests {
		require.Equal(t, tc.find, s.Find(tc.text), tc.text)
		require.Equal(t, tc.off, s.SafeLen(tc.text), tc.text)
	}
}
