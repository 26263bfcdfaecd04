// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/ipfs"
)

// treeHashByHand encodes files (already in byte order of their paths) the way
// HashTree documents it.
func treeHashByHand(files [][2]string) common.Hash {
	buf := []byte("openledger/tree/v1\n")
	for _, f := range files {
		buf = append(buf, f[0]...)
		buf = append(buf, 0)
		buf = binary.BigEndian.AppendUint64(buf, uint64(len(f[1])))
		buf = append(buf, crypto.Keccak256([]byte(f[1]))...)
	}
	return crypto.Keccak256Hash(buf)
}

func TestHashTree(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		// sorted is the same files in byte order of their paths.
		sorted [][2]string
	}{
		{
			name:   "adapter",
			files:  map[string]string{"adapter_config.json": `{"r":16}`, "adapter_model.safetensors": "weights"},
			sorted: [][2]string{{"adapter_config.json", `{"r":16}`}, {"adapter_model.safetensors", "weights"}},
		},
		{
			// "a.txt" sorts before "a/b" ('.' < '/') although a directory walk
			// visits the directory a first.
			name:   "byte-order-not-walk-order",
			files:  map[string]string{"a/b": "1", "a.txt": "2", "b": "3", "empty/": ""},
			sorted: [][2]string{{"a.txt", "2"}, {"a/b", "1"}, {"b", "3"}},
		},
		{
			name:   "empty-file-counts",
			files:  map[string]string{"x": "", "y": "y"},
			sorted: [][2]string{{"x", ""}, {"y", "y"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, "root", tc.files)
			h, n, err := ipfs.HashTree(dir)
			if err != nil {
				t.Fatal(err)
			}
			want := treeHashByHand(tc.sorted)
			if h != want {
				t.Fatalf("HashTree = %s, want %s", h, want)
			}
			var size uint64
			for _, f := range tc.sorted {
				size += uint64(len(f[1]))
			}
			if n != size {
				t.Fatalf("size %d, want %d", n, size)
			}
			if hp, np, err := ipfs.HashPath(dir); err != nil || hp != h || np != n {
				t.Fatalf("HashPath = %s %d %v", hp, np, err)
			}
		})
	}
}

// The tree hash has a pinned value for one tree: changing the encoding is a
// change of what the chain's hashes mean.
func TestHashTreePinned(t *testing.T) {
	dir := writeTree(t, "adapter", map[string]string{"adapter_config.json": `{"r":16}`, "adapter_model.safetensors": "weights"})
	h, _, err := ipfs.HashTree(dir)
	if err != nil {
		t.Fatal(err)
	}
	const pinned = "0xc51e8e71f2080b2ec24531eaf769b6dcf7c3c301f31e961979449e5807853a36"
	if h.Hex() != pinned {
		t.Fatalf("HashTree = %s, pinned %s", h, pinned)
	}
}

// Every change of a name, a byte or the set of files changes the hash.
func TestHashTreeSensitivity(t *testing.T) {
	base := map[string]string{"a": "1", "d/b": "2"}
	variants := map[string]map[string]string{
		"renamed-file":    {"a2": "1", "d/b": "2"},
		"moved-file":      {"a": "1", "b": "2"},
		"changed-byte":    {"a": "1", "d/b": "3"},
		"added-file":      {"a": "1", "d/b": "2", "c": ""},
		"removed-file":    {"a": "1"},
		"swapped-content": {"a": "2", "d/b": "1"},
	}
	h0, _, err := ipfs.HashTree(writeTree(t, "r", base))
	if err != nil {
		t.Fatal(err)
	}
	for name, files := range variants {
		h, _, err := ipfs.HashTree(writeTree(t, "r", files))
		if err != nil {
			t.Fatal(err)
		}
		if h == h0 {
			t.Errorf("%s: same hash", name)
		}
	}
	// The root directory's own name is not part of the hash.
	if h, _, _ := ipfs.HashTree(writeTree(t, "other-name", base)); h != h0 {
		t.Error("root name changed the hash")
	}
}

func TestHashRefusesSpecialFiles(t *testing.T) {
	dir := writeTree(t, "r", map[string]string{"a": "1"})
	if err := os.Symlink("a", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ipfs.HashTree(dir); !errors.Is(err, ipfs.ErrUnsupported) {
		t.Fatalf("symlink: %v", err)
	}
	if _, _, err := ipfs.HashTree(writeTree(t, "e", map[string]string{"only/empty/": ""})); !errors.Is(err, ipfs.ErrEmpty) {
		t.Fatalf("no files: %v", err)
	}
}
