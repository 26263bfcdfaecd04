// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"archive/tar"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// MaxTreeEntries bounds the files and directories of a fetched directory, so
// that content of many empty files cannot exhaust the disk's inodes.
const MaxTreeEntries = 100_000

// untar unpacks a directory archive (one top directory, everything below it)
// into dir, which exists and is empty, and returns its files with their
// hashes. Only directories and regular files with clean relative paths are
// accepted; the files' bytes may total at most max (0: unbounded).
func untar(r io.Reader, dir string, max uint64) ([]treeEntry, error) {
	tr := tar.NewReader(r)
	var (
		top     string
		entries []treeEntry
		total   uint64
		count   int
	)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if count++; count > MaxTreeEntries {
			return nil, fmt.Errorf("%w: more than %d entries", ErrTooLarge, MaxTreeEntries)
		}
		name := strings.TrimSuffix(h.Name, "/")
		if top == "" {
			if h.Typeflag != tar.TypeDir || name == "" || strings.Contains(name, "/") {
				return nil, fmt.Errorf("%w: archive does not start with its top directory (%q)", ErrUnsupported, h.Name)
			}
			top = name
			continue
		}
		rel, ok := strings.CutPrefix(name, top+"/")
		if !ok || !validTreePath(rel) {
			return nil, fmt.Errorf("%w: archive entry %q", ErrUnsupported, h.Name)
		}
		target := filepath.Join(dir, filepath.FromSlash(rel))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return nil, err
			}
		case tar.TypeReg:
			if h.Size < 0 || (max > 0 && total+uint64(h.Size) > max) {
				return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return nil, err
			}
			f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				return nil, fmt.Errorf("%w: archive entry %q: %v", ErrUnsupported, h.Name, err)
			}
			hasher := crypto.NewKeccakState()
			n, err := io.Copy(io.MultiWriter(f, hasher), tr)
			if err == nil {
				err = f.Sync()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return nil, err
			}
			e := treeEntry{path: rel, size: uint64(n)}
			hasher.Read(e.hash[:])
			entries = append(entries, e)
			total += e.size
		default:
			return nil, fmt.Errorf("%w: archive entry %q has type %q", ErrUnsupported, h.Name, h.Typeflag)
		}
	}
	if top == "" {
		return nil, fmt.Errorf("%w: empty archive", ErrEmpty)
	}
	return entries, nil
}
