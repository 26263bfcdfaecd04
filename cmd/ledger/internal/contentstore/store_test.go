package contentstore_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/cmd/ledger/internal/contentstore"
)

func TestPutOpenVerify(t *testing.T) {
	s, err := contentstore.New(filepath.Join(t.TempDir(), "store"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		content []byte
		err     error
	}{
		{"small", []byte("hello"), nil},
		{"large", bytes.Repeat([]byte("0123456789abcdef"), 1<<14), nil},
		{"empty", nil, contentstore.ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "in")
			if err := os.WriteFile(src, tc.content, 0o644); err != nil {
				t.Fatal(err)
			}
			e, err := s.PutFile(src)
			if !errors.Is(err, tc.err) {
				t.Fatalf("PutFile err %v, want %v", err, tc.err)
			}
			if tc.err != nil {
				return
			}
			if e.Hash != crypto.Keccak256Hash(tc.content) || e.Size != uint64(len(tc.content)) {
				t.Fatalf("entry %+v", e)
			}
			if h, n, err := contentstore.HashFile(src); err != nil || h != e.Hash || n != e.Size {
				t.Fatalf("HashFile = %x, %d, %v", h, n, err)
			}
			f, err := s.Open(e.Hash)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(f)
			f.Close()
			if !bytes.Equal(got, tc.content) {
				t.Fatal("stored bytes differ")
			}
			if err := s.Verify(e.Hash); err != nil {
				t.Fatal(err)
			}
			// Same content again: same entry, one file.
			if e2, err := s.PutFile(src); err != nil || e2 != e {
				t.Fatalf("second put %+v %v", e2, err)
			}
		})
	}
	entries, _ := os.ReadDir(s.Dir())
	if len(entries) != 2 {
		t.Fatalf("%d files in the store, want 2 (no leftovers)", len(entries))
	}
	// Tampering is detected; a missing hash is ErrNotFound.
	h := crypto.Keccak256Hash([]byte("hello"))
	if err := os.WriteFile(s.PathOf(h), []byte("jello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(h); !errors.Is(err, contentstore.ErrCorrupt) {
		t.Fatalf("tampered: %v", err)
	}
	if _, err := s.Open(crypto.Keccak256Hash([]byte("nope"))); !errors.Is(err, contentstore.ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
}
