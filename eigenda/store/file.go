package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/openledger/openledger/internal/atomicfile"
)

const tmpSuffix = atomicfile.TempSuffix

// File keeps one file per blob under a directory.
type File struct {
	dir string
}

// NewFile opens (creating if needed) a file store in dir and removes temporary
// files a crash left behind: they were never acknowledged.
func NewFile(dir string) (*File, error) {
	if dir == "" {
		return nil, errors.New("file store directory is empty")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create file store directory: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read file store directory: %w", err)
	}
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return nil, fmt.Errorf("remove stale temporary file: %w", err)
			}
		}
	}
	return &File{dir: dir}, nil
}

// Dir returns the store's directory.
func (f *File) Dir() string { return f.dir }

// Path returns the file that holds the blob stored under key.
func (f *File) Path(key string) string { return filepath.Join(f.dir, key) }

// PutBlob implements Blobs: install the blob's file atomically and durably
// (package atomicfile: temporary file, fsync, rename, directory fsync), then
// acknowledge.
func (f *File) PutBlob(_ context.Context, key string, blob []byte) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(f.Path(key), blob, 0o644); err != nil {
		return fmt.Errorf("%w: store blob: %w", ErrUnavailable, err)
	}
	return nil
}

// GetBlob implements Blobs.
func (f *File) GetBlob(_ context.Context, key string) ([]byte, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(f.Path(key))
	if errors.Is(err, fs.ErrNotExist) {
		if _, derr := os.Stat(f.dir); derr != nil {
			return nil, fmt.Errorf("%w: %w", ErrUnavailable, derr)
		}
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("%w: read blob: %w", ErrUnavailable, err)
	}
	return b, nil
}

// Health implements Blobs: the directory must exist and be a directory.
func (f *File) Health(context.Context) error {
	st, err := os.Stat(f.dir)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("%w: %s is not a directory", ErrUnavailable, f.dir)
	}
	return nil
}

// Close implements Blobs.
func (f *File) Close() error { return nil }

var _ Blobs = (*File)(nil)
