package atomicfile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/openledger/openledger/internal/atomicfile"
)

// entries lists dir's file names.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name    string
		old     []byte // nil: no file before
		data    []byte
		perm    os.FileMode
		path    func(dir string) string
		wantErr bool
	}{
		{"create", nil, []byte("new"), 0o644, func(d string) string { return filepath.Join(d, "f.json") }, false},
		{"replace", []byte("old content"), []byte("new"), 0o600, func(d string) string { return filepath.Join(d, "f.json") }, false},
		{"empty", []byte("old"), []byte{}, 0o644, func(d string) string { return filepath.Join(d, "f.json") }, false},
		{"missing directory", nil, []byte("x"), 0o644, func(d string) string { return filepath.Join(d, "no", "f.json") }, true},
		{"target is a directory", nil, []byte("x"), 0o644, func(d string) string { os.Mkdir(filepath.Join(d, "sub"), 0o755); return filepath.Join(d, "sub") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.path(dir)
			if tt.old != nil {
				if err := os.WriteFile(path, tt.old, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := atomicfile.WriteFile(path, tt.data, tt.perm)
			if (err != nil) != tt.wantErr {
				t.Fatalf("WriteFile: %v, want error %v", err, tt.wantErr)
			}
			for _, name := range entries(t, dir) {
				if atomicfile.IsTemp(name) {
					t.Errorf("temporary file %s left behind", name)
				}
			}
			if tt.wantErr {
				return
			}
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, tt.data) {
				t.Fatalf("content %q, %v; want %q", got, err, tt.data)
			}
			if st, _ := os.Stat(path); st.Mode().Perm() != tt.perm {
				t.Errorf("mode %v, want %v", st.Mode().Perm(), tt.perm)
			}
		})
	}
}

// TestReadersSeeWholeFiles replaces a file many times while readers read it:
// every read returns one complete version.
func TestReadersSeeWholeFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state")
	versions := [][]byte{bytes.Repeat([]byte("a"), 64<<10), bytes.Repeat([]byte("b"), 96<<10)}
	if err := atomicfile.WriteFile(path, versions[0], 0o644); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var bad []int
	var mu sync.Mutex
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				got, err := os.ReadFile(path)
				if err != nil || !(bytes.Equal(got, versions[0]) || bytes.Equal(got, versions[1])) {
					mu.Lock()
					bad = append(bad, len(got))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range 50 {
		if err := atomicfile.WriteFile(path, versions[i%2], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("%d reads saw a partial file (lengths %v)", len(bad), bad)
	}
}

func TestCreateCommitDiscard(t *testing.T) {
	dir := t.TempDir()
	// Discard before Commit removes the temporary file.
	f, err := atomicfile.Create(dir, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("abandoned")
	f.Discard()
	if names := entries(t, dir); len(names) != 0 {
		t.Fatalf("after Discard: %v", names)
	}

	// Stream, seek back to patch a header, commit under a name chosen last.
	f, err = atomicfile.Create(dir, 0o640)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Discard()
	if !atomicfile.IsTemp(filepath.Base(f.Name())) {
		t.Errorf("temporary name %s is not recognised by IsTemp", f.Name())
	}
	f.WriteString("HDR:body")
	if _, err := f.WriteAt([]byte("hdr"), 0); err != nil {
		t.Fatal(err)
	}
	final := filepath.Join(dir, "content")
	if err := f.Commit(final); err != nil {
		t.Fatal(err)
	}
	f.Discard() // no-op after Commit: the installed file stays
	if got, err := os.ReadFile(final); err != nil || string(got) != "hdr:body" {
		t.Fatalf("content %q, %v", got, err)
	}
	if err := f.Commit(final); err == nil {
		t.Error("a second Commit succeeded")
	}
	if names := entries(t, dir); len(names) != 1 || names[0] != "content" {
		t.Fatalf("directory holds %v, want [content]", names)
	}

	// A Commit that cannot rename removes the temporary file.
	f, err = atomicfile.Create(dir, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(filepath.Join(dir, "missing", "x")); err == nil {
		t.Fatal("Commit into a missing directory succeeded")
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Fatalf("after a failed Commit: %v", names)
	}
	if _, err := atomicfile.Create(filepath.Join(dir, "missing"), 0o644); err == nil {
		t.Fatal("Create in a missing directory succeeded")
	}
}

func TestIsTemp(t *testing.T) {
	for name, want := range map[string]bool{".123.tmp": true, "state.json.tmp": true, "state.json": false, ".hidden": false, "tmp": false} {
		if got := atomicfile.IsTemp(name); got != want {
			t.Errorf("IsTemp(%q) = %v, want %v", name, got, want)
		}
	}
}
