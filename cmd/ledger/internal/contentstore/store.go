package contentstore

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/internal/atomicfile"
)

var (
	// ErrNotFound is returned when the store has no entry for a hash.
	ErrNotFound = errors.New("content not in the store")
	// ErrCorrupt is returned when an entry's bytes no longer hash to its name.
	ErrCorrupt = errors.New("stored content does not match its hash")
	// ErrEmpty is returned for an empty file: a contribution has a size.
	ErrEmpty = errors.New("file is empty")
)

// Store is a content-addressed directory.
type Store struct {
	dir string
}

// Entry describes stored content.
type Entry struct {
	// Hash is keccak256 of the content.
	Hash common.Hash
	// Size is the content's length in bytes.
	Size uint64
	// Path is the entry's absolute path.
	Path string
}

// URI returns the entry's location as a file URI.
func (e Entry) URI() string { return "file://" + filepath.ToSlash(e.Path) }

// New opens (creating if needed) the store in dir.
func New(dir string) (*Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("content store %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("content store %s: %w", abs, err)
	}
	return &Store{dir: abs}, nil
}

// Dir returns the store's absolute directory.
func (s *Store) Dir() string { return s.dir }

// PathOf returns where content with hash h lives (whether or not it is stored).
func (s *Store) PathOf(h common.Hash) string { return filepath.Join(s.dir, h.Hex()[2:]) }

// PutFile stores the file at path and returns its entry.
func (s *Store) PutFile(path string) (Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return Entry{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	e, err := s.Put(f)
	if err != nil {
		return Entry{}, fmt.Errorf("store %s: %w", path, err)
	}
	return e, nil
}

// Put copies r into the store and returns its entry. Storing the same
// content twice keeps one copy.
func (s *Store) Put(r io.Reader) (Entry, error) {
	tmp, err := atomicfile.Create(s.dir, 0o644)
	if err != nil {
		return Entry{}, err
	}
	defer tmp.Discard()
	hasher := crypto.NewKeccakState()
	n, err := io.Copy(io.MultiWriter(tmp, hasher), r)
	if err != nil {
		return Entry{}, err
	}
	if n == 0 {
		return Entry{}, ErrEmpty
	}
	var h common.Hash
	hasher.Read(h[:])
	e := Entry{Hash: h, Size: uint64(n), Path: s.PathOf(h)}
	if err := tmp.Commit(e.Path); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// Open returns the content stored under h; the caller closes it.
func (s *Store) Open(h common.Hash) (*os.File, error) {
	f, err := os.Open(s.PathOf(h))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, h.Hex())
	}
	return f, err
}

// Verify rehashes the entry stored under h.
func (s *Store) Verify(h common.Hash) error {
	f, err := s.Open(h)
	if err != nil {
		return err
	}
	defer f.Close()
	hasher := crypto.NewKeccakState()
	if _, err := io.Copy(hasher, f); err != nil {
		return err
	}
	var got common.Hash
	hasher.Read(got[:])
	if got != h {
		return fmt.Errorf("%w: %s holds %s", ErrCorrupt, h.Hex(), got.Hex())
	}
	return nil
}

// HashFile returns keccak256 of a file's bytes and its size, without storing it.
func HashFile(path string) (common.Hash, uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer f.Close()
	hasher := crypto.NewKeccakState()
	n, err := io.Copy(hasher, f)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("hash %s: %w", path, err)
	}
	var h common.Hash
	hasher.Read(h[:])
	return h, uint64(n), nil
}
