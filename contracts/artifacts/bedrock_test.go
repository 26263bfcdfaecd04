package artifacts_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/openledger/openledger/contracts/toolchain"
)

// exactPragma is the only line contracts/src/bedrock may change in a file of
// the optimism module: an exact compiler version becomes a minimum.
var exactPragma = regexp.MustCompile(`(?m)^pragma solidity 0\.8\.15;$`)

// TestBedrockSourcesMatchModule checks that every file under
// contracts/src/bedrock is the optimism module's contracts-bedrock file of the
// same path, changed at most in its exact pragma.
func TestBedrockSourcesMatchModule(t *testing.T) {
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	module := filepath.Join(root, ".build", "modules", "optimism", "packages", "contracts-bedrock")
	if _, err := os.Stat(module); err != nil {
		t.Fatalf("optimism module not materialised (run make modules): %v", err)
	}
	local := filepath.Join(root, "contracts", "src", "bedrock")
	n := 0
	err = filepath.WalkDir(local, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return err
		}
		rel, _ := filepath.Rel(local, path)
		have, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		upstream, err := os.ReadFile(filepath.Join(module, rel))
		if err != nil {
			t.Errorf("%s: not in the optimism module: %v", rel, err)
			return nil
		}
		want := exactPragma.ReplaceAllString(string(upstream), "pragma solidity ^0.8.15;")
		if string(have) != want {
			t.Errorf("%s differs from the optimism module's copy beyond its pragma", rel)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no Solidity files under contracts/src/bedrock")
	}
}
