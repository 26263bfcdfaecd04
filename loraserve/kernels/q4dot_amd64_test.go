// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestQ4KernelsMatchPortable checks the vector kernels against the portable
// Go arithmetic, bit for bit: the AVX-512 row and tile kernels and the AVX2
// row kernels, for one row and for batches (tiles of six rows with rows left
// over), odd Q4_0 block counts, and output counts that are not multiples of
// the tile.
func TestQ4KernelsMatchPortable(t *testing.T) {
	for _, isa := range []string{"avx512", "avx2"} {
		t.Run(isa, func(t *testing.T) {
			if isa == "avx512" && !hasQ4Tile() || !useAVX2 {
				t.Skip("the CPU lacks " + isa)
			}
			if isa == "avx2" {
				avx512 := useAVX512
				useAVX512 = false
				defer func() { useAVX512 = avx512 }()
				require.True(t, hasQ4Kernel())
			}
			testQ4KernelsMatchPortable(t)
		})
	}
}
