// Command gencontracts regenerates contracts/artifacts and contracts/bindings
// from contracts/src. It runs from `go generate ./contracts/...`.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/openledger/openledger/contracts/internal/codegen"
	"github.com/openledger/openledger/contracts/toolchain"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gencontracts:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := toolchain.RepoRoot()
	if err != nil {
		return err
	}
	files, err := codegen.Generate(context.Background(), root)
	if err != nil {
		return err
	}
	// Artifacts of contracts that no longer exist are removed.
	stale, _ := filepath.Glob(filepath.Join(root, "contracts", "artifacts", "*.json"))
	for _, path := range stale {
		rel, _ := filepath.Rel(root, path)
		if _, ok := files[rel]; !ok {
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(root, name), files[name], 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("gencontracts: wrote %d files\n", len(files))
	return nil
}
