// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// treeDomain starts every tree hash, so that a directory never hashes like a
// file whose bytes happen to spell its encoding.
const treeDomain = "openledger/tree/v1\n"

// HashFile returns keccak256 of a file's bytes and its size.
func HashFile(name string) (common.Hash, uint64, error) {
	f, err := os.Open(name)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer f.Close()
	h, n, err := hashReader(f)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("hash %s: %w", name, err)
	}
	return h, n, nil
}

func hashReader(r io.Reader) (common.Hash, uint64, error) {
	hasher := crypto.NewKeccakState()
	n, err := io.Copy(hasher, r)
	if err != nil {
		return common.Hash{}, 0, err
	}
	var h common.Hash
	hasher.Read(h[:])
	return h, uint64(n), nil
}

// treeEntry is one file of a tree: its slash-separated path below the root,
// its size and keccak256 of its bytes.
type treeEntry struct {
	path string
	size uint64
	hash common.Hash
}

// treeHash encodes the entries as HashTree documents.
func treeHash(entries []treeEntry) (common.Hash, uint64) {
	slices.SortFunc(entries, func(a, b treeEntry) int { return strings.Compare(a.path, b.path) })
	var buf bytes.Buffer
	buf.WriteString(treeDomain)
	var total uint64
	for _, e := range entries {
		buf.WriteString(e.path)
		buf.WriteByte(0)
		buf.Write(binary.BigEndian.AppendUint64(nil, e.size))
		buf.Write(e.hash[:])
		total += e.size
	}
	return crypto.Keccak256Hash(buf.Bytes()), total
}

// HashTree returns the content hash of the directory dir and the total size
// of its files. It is keccak256 of
//
//	"openledger/tree/v1\n" ‖ for each regular file, in byte order of its path:
//	    path ‖ 0x00 ‖ uint64 big-endian size ‖ keccak256(file bytes)
//
// where path is the file's slash-separated path below dir. Directories
// contribute only through the files below them (an empty directory adds
// nothing); names, sizes and bytes of every file are covered, so renaming,
// adding, removing or changing any file changes the hash. Symbolic links and
// other special files are refused with ErrUnsupported, and a tree without
// files with ErrEmpty.
func HashTree(dir string) (common.Hash, uint64, error) {
	entries, err := walkTree(dir, true)
	if err != nil {
		return common.Hash{}, 0, err
	}
	if len(entries) == 0 {
		return common.Hash{}, 0, fmt.Errorf("%w: %s holds no files", ErrEmpty, dir)
	}
	h, n := treeHash(entries)
	return h, n, nil
}

// HashPath hashes a file with HashFile and a directory with HashTree.
func HashPath(name string) (common.Hash, uint64, error) {
	info, err := os.Stat(name)
	if err != nil {
		return common.Hash{}, 0, err
	}
	if info.IsDir() {
		return HashTree(name)
	}
	if !info.Mode().IsRegular() {
		return common.Hash{}, 0, fmt.Errorf("%w: %s is not a regular file", ErrUnsupported, name)
	}
	return HashFile(name)
}

// walkTree lists the regular files below dir (with their hashes when hash is
// set), refusing anything else but directories.
func walkTree(dir string, hash bool) ([]treeEntry, error) {
	var entries []treeEntry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			if !d.IsDir() {
				return fmt.Errorf("%w: %s is not a directory", ErrUnsupported, dir)
			}
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			return nil
		case !d.Type().IsRegular():
			return fmt.Errorf("%w: %s is not a regular file (%s)", ErrUnsupported, p, d.Type())
		case !validTreePath(rel):
			return fmt.Errorf("%w: file name %q", ErrUnsupported, rel)
		}
		e := treeEntry{path: rel}
		if hash {
			if e.hash, e.size, err = HashFile(p); err != nil {
				return err
			}
		} else {
			info, err := d.Info()
			if err != nil {
				return err
			}
			e.size = uint64(info.Size())
		}
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// validTreePath accepts a clean, relative, slash-separated path without NUL,
// backslash or control characters.
func validTreePath(p string) bool {
	if p == "" || path.Clean(p) != p || path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../") {
		return false
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f || r == '\\' {
			return false
		}
	}
	return true
}
