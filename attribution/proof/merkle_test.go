// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package proof

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func leaves(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = []byte(fmt.Sprintf("leaf-%d", i))
	}
	return out
}

func TestRootShapes(t *testing.T) {
	l := leaves(3)
	h0, h1, h2 := LeafHash(l[0]), LeafHash(l[1]), LeafHash(l[2])
	tests := []struct {
		name string
		in   [][]byte
		want common.Hash
	}{
		{"empty", nil, common.Hash{}},
		{"one", l[:1], h0},
		{"two", l[:2], crypto.Keccak256Hash([]byte{1}, h0[:], h1[:])},
		{"three-carries-last", l, crypto.Keccak256Hash([]byte{1}, nodeHash(h0, h1).Bytes(), h2[:])},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Root(tc.in); got != tc.want {
				t.Fatalf("got %s want %s", got, tc.want)
			}
		})
	}
	// A leaf never equals an inner node built from the same bytes.
	if LeafHash(append(h0.Bytes(), h1.Bytes()...)) == nodeHash(h0, h1) {
		t.Fatal("leaf and node hashes collide")
	}
	// Odd levels are not padded by duplication: [a,b,c] differs from [a,b,c,c].
	if Root(l) == Root(append(leaves(3), l[2])) {
		t.Fatal("duplicated last leaf gives the same root")
	}
}

func TestProveVerify(t *testing.T) {
	for n := 1; n <= 17; n++ {
		l := leaves(n)
		root := Root(l)
		for i := range n {
			path, err := Prove(l, i)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(root, l[i], i, n, path); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			if err := Verify(root, []byte("forged"), i, n, path); !errors.Is(err, ErrMismatch) {
				t.Fatalf("n=%d i=%d forged leaf: %v", n, i, err)
			}
			if n > 1 {
				if err := Verify(root, l[i], (i+1)%n, n, path); err == nil {
					t.Fatalf("n=%d i=%d accepted at wrong index", n, i)
				}
				if err := Verify(root, l[i], i, n, path[:len(path)-1]); !errors.Is(err, ErrMismatch) {
					t.Fatalf("n=%d i=%d short proof: %v", n, i, err)
				}
			}
		}
	}
	if _, err := Prove(leaves(2), 2); !errors.Is(err, ErrIndex) {
		t.Fatal(err)
	}
	if err := Verify(common.Hash{}, nil, 0, 0, nil); !errors.Is(err, ErrIndex) {
		t.Fatal(err)
	}
}
