package artifacts_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openledger/openledger/contracts/toolchain"
)

// copiedShare is the share of a file's distinct substantive lines that, found
// in one file of the optimism module's contracts-bedrock, marks it a copy. The
// project's own contracts that follow Bedrock's interfaces (OptimismPortal,
// SystemConfig, L1Block) share under 30% of their lines with their namesakes;
// a copy with its pragma changed shares all of them.
const copiedShare = 0.5

// substantiveLines returns the distinct trimmed lines of a Solidity file that
// say something of their own: not pragmas, not short lines (braces, "}",
// "return x;"), not short comments.
func substantiveLines(data []byte) map[string]bool {
	lines := make(map[string]bool)
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 20 || strings.HasPrefix(line, "pragma ") || (strings.HasPrefix(line, "//") && len(line) < 40) {
			continue
		}
		lines[line] = true
	}
	return lines
}

// solidityFiles reads every .sol file below each dir.
func solidityFiles(t *testing.T, dirs ...string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
				return err
			}
			data, err := os.ReadFile(path)
			files[path] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// TestNoCopiesOfBedrockSources checks that contracts/src holds no copy of an OP
// Stack contract: those are compiled from the optimism module where `make
// modules` materialises it (compile.js remaps their imports there), so their
// artifacts follow the pinned module and nothing upstream is duplicated here.
func TestNoCopiesOfBedrockSources(t *testing.T) {
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	module := filepath.Join(root, ".build", "modules", "optimism", "packages", "contracts-bedrock")
	if _, err := os.Stat(module); err != nil {
		t.Fatalf("optimism module not materialised (run make modules): %v", err)
	}
	upstream := make(map[string]map[string]bool)
	for path, data := range solidityFiles(t, filepath.Join(module, "src"), filepath.Join(module, "interfaces")) {
		upstream[path] = substantiveLines(data)
	}
	if len(upstream) < 100 {
		t.Fatalf("only %d Solidity files in %s", len(upstream), module)
	}
	for path, data := range solidityFiles(t, filepath.Join(root, "contracts", "src")) {
		local := substantiveLines(data)
		if len(local) == 0 {
			continue
		}
		for upPath, up := range upstream {
			shared := 0
			for line := range local {
				if up[line] {
					shared++
				}
			}
			if share := float64(shared) / float64(len(local)); share >= copiedShare {
				rel, _ := filepath.Rel(root, path)
				upRel, _ := filepath.Rel(module, upPath)
				t.Errorf("%s shares %.0f%% of its lines with contracts-bedrock/%s: import it (src/...) instead of copying it",
					rel, 100*share, upRel)
			}
		}
	}
}
