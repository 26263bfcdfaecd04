package artifacts_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/internal/codegen"
	"github.com/openledger/openledger/contracts/toolchain"
)

// TestArtifactsMatchSources fails when contracts/src changed but the checked-in
// artifacts or bindings were not regenerated (`go generate ./contracts/...`).
func TestArtifactsMatchSources(t *testing.T) {
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	want, err := codegen.Generate(context.Background(), root)
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	for path, data := range want {
		have, err := os.ReadFile(filepath.Join(root, path))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./contracts/...)", path, err)
			continue
		}
		if !bytes.Equal(have, data) {
			t.Errorf("%s drifted from contracts/src: run go generate ./contracts/...", path)
		}
	}
	if got, wantN := len(artifacts.Names()), len(want)-1; got != wantN {
		t.Errorf("embedded %d artifacts, sources define %d contracts", got, wantN)
	}
}

func TestLoadUnknown(t *testing.T) {
	if _, err := artifacts.Load("NoSuchContract"); err == nil {
		t.Fatal("Load of an unknown contract succeeded")
	}
}

func TestEveryArtifactParses(t *testing.T) {
	for _, name := range artifacts.Names() {
		if _, err := artifacts.ParsedABI(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
