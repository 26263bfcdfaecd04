// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package proof

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	// ErrIndex is returned for a leaf index outside the tree.
	ErrIndex = errors.New("proof: leaf index out of range")
	// ErrMismatch is returned when a proof does not lead to the root.
	ErrMismatch = errors.New("proof: root mismatch")
)

const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

// LeafHash is the hash of a leaf's data.
func LeafHash(data []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{leafPrefix}, data)
}

func nodeHash(left, right common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{nodePrefix}, left[:], right[:])
}

// Root returns the Merkle root of the leaves' data.
func Root(leaves [][]byte) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	level := make([]common.Hash, len(leaves))
	for i, l := range leaves {
		level[i] = LeafHash(l)
	}
	for len(level) > 1 {
		level = nextLevel(level)
	}
	return level[0]
}

func nextLevel(level []common.Hash) []common.Hash {
	next := make([]common.Hash, 0, (len(level)+1)/2)
	for i := 0; i+1 < len(level); i += 2 {
		next = append(next, nodeHash(level[i], level[i+1]))
	}
	if len(level)%2 == 1 {
		next = append(next, level[len(level)-1])
	}
	return next
}

// Prove returns the sibling hashes from leaf i up to the root.
func Prove(leaves [][]byte, i int) ([]common.Hash, error) {
	if i < 0 || i >= len(leaves) {
		return nil, fmt.Errorf("%w: %d of %d", ErrIndex, i, len(leaves))
	}
	level := make([]common.Hash, len(leaves))
	for k, l := range leaves {
		level[k] = LeafHash(l)
	}
	var path []common.Hash
	for len(level) > 1 {
		if sib := i ^ 1; sib < len(level) {
			path = append(path, level[sib])
		}
		level = nextLevel(level)
		i /= 2
	}
	return path, nil
}

// Verify checks that data is leaf i of a tree of count leaves with the given
// root.
func Verify(root common.Hash, data []byte, i, count int, path []common.Hash) error {
	if i < 0 || i >= count {
		return fmt.Errorf("%w: %d of %d", ErrIndex, i, count)
	}
	h := LeafHash(data)
	used := 0
	for width := count; width > 1; width = (width + 1) / 2 {
		if sib := i ^ 1; sib < width {
			if used == len(path) {
				return fmt.Errorf("%w: proof too short", ErrMismatch)
			}
			if i%2 == 0 {
				h = nodeHash(h, path[used])
			} else {
				h = nodeHash(path[used], h)
			}
			used++
		}
		i /= 2
	}
	if used != len(path) {
		return fmt.Errorf("%w: proof too long", ErrMismatch)
	}
	if h != root {
		return fmt.Errorf("%w: computed %s, expected %s", ErrMismatch, h, root)
	}
	return nil
}
