package pb

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedCodeMatchesProtos regenerates the Go code from proto/ with
// protoc and the pinned plugins and fails when the checked-in files differ
// (run `go generate ./eigenda/v2/pb`).
func TestGeneratedCodeMatchesProtos(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the protoc plugins")
	}
	if _, err := exec.LookPath("protoc"); err != nil {
		t.Skip("protoc is not installed (make deps installs protobuf-compiler)")
	}
	out := t.TempDir()
	cmd := exec.Command("bash", "gen.sh", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen.sh: %v\n%s", err, b)
	}
	var generated []string
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		generated = append(generated, rel)
		want, _ := os.ReadFile(path)
		have, err := os.ReadFile(rel)
		if err != nil {
			t.Errorf("%s is not checked in (go generate ./eigenda/v2/pb)", rel)
			return nil
		}
		if !bytes.Equal(have, want) {
			t.Errorf("%s drifted from proto/ (go generate ./eigenda/v2/pb)", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// No stale generated file survives a removed .proto.
	checkedIn, _ := filepath.Glob("*/*.pb.go")
	if len(checkedIn) != len(generated) {
		t.Errorf("checked in %v, generated %s", checkedIn, strings.Join(generated, ", "))
	}
}
