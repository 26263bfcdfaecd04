// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openledger/openledger/contracts/toolchain"
)

// TestEmbeddedBundleIsCurrent recomputes the source hash of the web bundle
// embedded in this test binary from the files it names (and checks that no
// source file is missing from them): a bundle older than its sources fails.
func TestEmbeddedBundleIsCurrent(t *testing.T) {
	m, err := EmbeddedManifest()
	if errors.Is(err, ErrNoBundle) {
		t.Fatal("the web bundle is not built: run `make studio-web` (make build and make test do it first)")
	}
	if err != nil {
		t.Fatal(err)
	}
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	var inputs struct{ Inputs []string }
	data, err := fs.ReadFile(dist, "web/dist/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &inputs); err != nil {
		t.Fatal(err)
	}
	// Every source file is an input.
	err = filepath.WalkDir(filepath.Join(root, "studio", "web", "src"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "gen" {
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if !slices.Contains(inputs.Inputs, filepath.ToSlash(rel)) {
			t.Errorf("%s is newer than the embedded bundle: run `make studio-web`", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, f := range inputs.Inputs {
		body, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f)))
		if err != nil {
			t.Fatalf("bundle input %s: %v (run `make studio-web`)", f, err)
		}
		h.Write([]byte(f + "\x00"))
		h.Write(body)
		h.Write([]byte{0})
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != m.SourceHash {
		t.Fatalf("the embedded web bundle is stale (sources hash to %s, the bundle was built from %s): run `make studio-web`", got, m.SourceHash)
	}
	if !strings.HasPrefix(m.Entry, "app-") {
		t.Errorf("entry %q", m.Entry)
	}
}
