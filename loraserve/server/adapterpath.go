// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/openledger/openledger/loraserve/lora"
)

var (
	// errPathOutside is returned for an adapter path that leaves the
	// adapters directory (.., an absolute path elsewhere, a symbolic link
	// pointing out of it).
	errPathOutside = errors.New("adapter paths must stay inside the adapters directory")
	// errAdapterNotFound is returned for an adapter path that does not exist.
	errAdapterNotFound = errors.New("no adapter at this path")
)

// adapterPath resolves path, given to POST /v1/adapters, inside the adapters
// directory root: relative to root, or absolute within it. Symbolic links
// are followed, and the adapter (a GGUF file, or a PEFT directory with its
// adapter_config.json and weights) must still be inside root once they are,
// so the admin API never loads a file the operator did not put under
// --adapters. It returns the resolved path.
func adapterPath(root, path string) (string, error) {
	if root == "" {
		return "", fmt.Errorf("%w: this server has no adapters directory (--adapters), so it takes no path; register by model_id", errPathOutside)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", fmt.Errorf("adapters directory: %w", err)
	}
	if realRoot, err = filepath.Abs(realRoot); err != nil {
		return "", fmt.Errorf("adapters directory: %w", err)
	}
	target := path
	if !filepath.IsAbs(target) {
		target = filepath.Join(root, target)
	}
	// The path as written must not leave root, even through a name that
	// happens to resolve back into it.
	if !inside(filepath.Clean(root), filepath.Clean(target)) && !inside(realRoot, filepath.Clean(target)) {
		return "", fmt.Errorf("%w: %q is outside %s", errPathOutside, path, root)
	}
	resolved, err := filepath.EvalSymlinks(target)
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%w: %q", errAdapterNotFound, path)
	} else if err != nil {
		return "", fmt.Errorf("adapter path %q: %w", path, err)
	}
	if resolved, err = filepath.Abs(resolved); err != nil {
		return "", err
	}
	if !inside(realRoot, resolved) || resolved == realRoot {
		return "", fmt.Errorf("%w: %q resolves to %s", errPathOutside, path, resolved)
	}
	st, err := os.Stat(resolved)
	if err != nil {
		return "", fmt.Errorf("adapter path %q: %w", path, err)
	}
	if st.IsDir() {
		// The files the loader opens must not be links out of root either.
		for _, name := range []string{"adapter_config.json", lora.WeightsFile} {
			f, err := filepath.EvalSymlinks(filepath.Join(resolved, name))
			if errors.Is(err, os.ErrNotExist) {
				continue // reported by the caller's checks
			} else if err != nil {
				return "", fmt.Errorf("adapter path %q: %w", path, err)
			}
			if f, err = filepath.Abs(f); err != nil || !inside(realRoot, f) {
				return "", fmt.Errorf("%w: %s in %q resolves to %s", errPathOutside, name, path, f)
			}
		}
	}
	return resolved, nil
}

// inside reports whether path is root or below it (both clean and absolute,
// or both relative to the same directory).
func inside(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
