package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// TempSuffix ends the name of every temporary file this package creates.
const TempSuffix = ".tmp"

// IsTemp reports whether name (a base name) is a temporary file: one of this
// package's, which a crash may leave behind and whose content is never
// complete, or any other name ending in TempSuffix.
func IsTemp(name string) bool { return strings.HasSuffix(name, TempSuffix) }

// File is a temporary file that Commit installs at its final path.
type File struct {
	*os.File
	done bool
}

// Create creates a temporary file with permissions perm in dir, the directory
// the file will be installed in. Defer Discard after it: it removes the file
// unless Commit installed it.
func Create(dir string, perm os.FileMode) (*File, error) {
	f, err := os.CreateTemp(dir, ".*"+TempSuffix)
	if err != nil {
		return nil, fmt.Errorf("atomicfile: %w", err)
	}
	if err := f.Chmod(perm); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("atomicfile: %w", err)
	}
	return &File{File: f}, nil
}

// Commit fsyncs and closes the file, renames it to path (in the directory
// given to Create) and fsyncs that directory. After an error the temporary
// file is removed; path still holds its old content, unless only the final
// directory fsync failed.
func (f *File) Commit(path string) error {
	if f.done {
		return errors.New("atomicfile: already committed or discarded")
	}
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	f.done = true
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("atomicfile: install %s: %w", path, err)
	}
	if err := SyncDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("atomicfile: install %s: %w", path, err)
	}
	return nil
}

// Discard closes and removes the temporary file unless Commit was called;
// after Commit it does nothing.
func (f *File) Discard() {
	if f.done {
		return
	}
	f.done = true
	f.Close()
	os.Remove(f.Name())
}

// WriteFile writes data to path with permissions perm: all of it or, after a
// crash, the old content; never part of it.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	f, err := Create(filepath.Dir(path), perm)
	if err != nil {
		return err
	}
	defer f.Discard()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("atomicfile: write %s: %w", path, err)
	}
	return f.Commit(path)
}

// SyncDir fsyncs a directory, making the creations, renames and removals in
// it durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
