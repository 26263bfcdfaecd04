// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/openledger/openledger/internal/atomicfile"
)

// DefaultFindTimeout is how long Fetch waits for the network to start
// delivering content before it reports ErrNotFound.
const DefaultFindTimeout = 2 * time.Minute

// Ref is content on IPFS as the chain records it.
type Ref struct {
	// URI is ipfs://<CID>.
	URI string
	// CID is the content identifier inside URI.
	CID cid.Cid
	// Hash is keccak256 of a file, or HashTree of a directory.
	Hash common.Hash
	// Size is a file's length, or the total length of a directory's files.
	Size uint64
	// Kind says whether the content is a file or a directory.
	Kind Kind
}

// Store publishes content to IPFS and fetches it back, verified against the
// content hash the chain records.
type Store struct {
	reader      Reader
	adder       Adder
	findTimeout time.Duration
}

// Option configures a Store.
type Option func(*Store)

// WithFindTimeout sets how long a fetch waits for the network to start
// delivering content (DefaultFindTimeout by default).
func WithFindTimeout(d time.Duration) Option { return func(s *Store) { s.findTimeout = d } }

// NewStore returns a store that reads through r and, when r also implements
// Adder, publishes through it.
func NewStore(r Reader, opts ...Option) *Store {
	s := &Store{reader: r, findTimeout: DefaultFindTimeout}
	if a, ok := r.(Adder); ok {
		s.adder = a
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Node names the node the store talks to.
func (s *Store) Node() string { return s.reader.String() }

// Publish adds the file or directory at name to the node, pins it and returns
// the Ref to record on chain. The content hash is computed from exactly the
// bytes sent to the node, so a file that changes while it is published makes
// Publish fail instead of recording a hash the content does not have.
func (s *Store) Publish(ctx context.Context, name string) (Ref, error) {
	if s.adder == nil {
		return Ref{}, fmt.Errorf("publish %s: %s is read-only (a gateway): configure an IPFS node's RPC API", name, s.reader)
	}
	info, err := os.Stat(name)
	if err != nil {
		return Ref{}, fmt.Errorf("publish: %w", err)
	}
	var (
		entries []Entry
		hashed  []*hashedFile
		kind    = KindFile
	)
	switch {
	case info.IsDir():
		kind = KindDirectory
		files, err := walkTree(name, false)
		if err != nil {
			return Ref{}, fmt.Errorf("publish %s: %w", name, err)
		}
		if len(files) == 0 {
			return Ref{}, fmt.Errorf("publish %s: %w: the directory holds no files", name, ErrEmpty)
		}
		root := filepath.Base(filepath.Clean(name))
		entries = append(entries, Entry{Path: root, Dir: true})
		seen := map[string]bool{}
		for _, f := range files {
			// Parent directories first, each once (files are in walk order).
			for _, d := range parents(f.path) {
				if !seen[d] {
					seen[d] = true
					entries = append(entries, Entry{Path: root + "/" + d, Dir: true})
				}
			}
			hf := &hashedFile{rel: f.path, path: filepath.Join(name, filepath.FromSlash(f.path))}
			hashed = append(hashed, hf)
			entries = append(entries, Entry{Path: root + "/" + f.path, Open: hf.open})
		}
	case info.Mode().IsRegular():
		if info.Size() == 0 {
			return Ref{}, fmt.Errorf("publish %s: %w: the file is empty", name, ErrEmpty)
		}
		hf := &hashedFile{path: name}
		hashed = append(hashed, hf)
		entries = append(entries, Entry{Path: filepath.Base(name), Open: hf.open})
	default:
		return Ref{}, fmt.Errorf("publish %s: %w: not a regular file or directory", name, ErrUnsupported)
	}
	c, err := s.adder.Add(ctx, entries)
	if err != nil {
		return Ref{}, fmt.Errorf("publish %s: %w", name, err)
	}
	ref := Ref{URI: URI(c), CID: c, Kind: kind}
	tree := make([]treeEntry, 0, len(hashed))
	for _, hf := range hashed {
		if !hf.done {
			return Ref{}, fmt.Errorf("publish %s: the node accepted %s without reading all of %s", name, c, hf.path)
		}
		tree = append(tree, treeEntry{path: hf.rel, size: hf.size, hash: hf.hash})
	}
	if kind == KindFile {
		ref.Hash, ref.Size = tree[0].hash, tree[0].size
	} else {
		ref.Hash, ref.Size = treeHash(tree)
	}
	return ref, nil
}

// parents lists the directories above a slash-separated file path, outermost
// first ("a/b/c" gives "a", "a/b").
func parents(p string) []string {
	var out []string
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			out = append(out, p[:i])
		}
	}
	return out
}

// hashedFile hashes a file as the node reads it; each open starts over, so a
// retried upload hashes what it sent last.
type hashedFile struct {
	rel, path string
	size      uint64
	hash      common.Hash
	done      bool
}

func (hf *hashedFile) open() (io.ReadCloser, error) {
	f, err := os.Open(hf.path)
	if err != nil {
		return nil, err
	}
	hf.done, hf.size = false, 0
	return &hashingReader{f: f, hf: hf, hasher: crypto.NewKeccakState()}, nil
}

type hashingReader struct {
	f      *os.File
	hf     *hashedFile
	hasher crypto.KeccakState
	n      uint64
}

func (r *hashingReader) Read(p []byte) (int, error) {
	n, err := r.f.Read(p)
	r.hasher.Write(p[:n])
	r.n += uint64(n)
	if errors.Is(err, io.EOF) {
		r.hf.size = r.n
		r.hasher.Read(r.hf.hash[:])
		r.hf.done = true
	}
	return n, err
}

func (r *hashingReader) Close() error { return r.f.Close() }

// FetchOptions bound a fetch.
type FetchOptions struct {
	// MaxBytes, when non-zero, refuses content larger than this many bytes
	// (for a contribution: its on-chain size).
	MaxBytes uint64
}

// Fetch retrieves the content uri names into dst, which must not exist, and
// verifies it against want, the content hash the chain records: a file's
// keccak256 or a directory's HashTree. Content that does not match is refused
// with ErrHashMismatch; only verified content is ever renamed to dst.
func (s *Store) Fetch(ctx context.Context, uri string, want common.Hash, dst string, opts FetchOptions) (Ref, error) {
	c, sub, err := ParseURI(uri)
	if err != nil {
		return Ref{}, err
	}
	if _, err := os.Lstat(dst); err == nil {
		return Ref{}, fmt.Errorf("fetch %s: %s already exists", uri, dst)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return Ref{}, fmt.Errorf("fetch %s: %w", uri, err)
	}
	findCtx, cancel := context.WithTimeout(ctx, s.findTimeout)
	st, err := s.reader.Stat(findCtx, c, sub)
	cancel()
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			return Ref{}, fmt.Errorf("fetch %s: %w: %s found no peer providing it within %s", uri, ErrNotFound, s.reader, s.findTimeout)
		}
		return Ref{}, fmt.Errorf("fetch %s: %w", uri, err)
	}
	ref := Ref{URI: uri, CID: c, Kind: st.Kind}
	switch st.Kind {
	case KindFile:
		if opts.MaxBytes > 0 && st.Size > opts.MaxBytes {
			return Ref{}, fmt.Errorf("fetch %s: %w: %d bytes, at most %d allowed", uri, ErrTooLarge, st.Size, opts.MaxBytes)
		}
		ref.Hash, ref.Size, err = s.fetchFile(ctx, c, sub, want, dst, opts.MaxBytes)
	case KindDirectory:
		ref.Hash, ref.Size, err = s.fetchTree(ctx, c, sub, want, dst, opts.MaxBytes)
	default:
		err = fmt.Errorf("%w: neither a file nor a directory", ErrUnsupported)
	}
	if err != nil {
		return Ref{}, fmt.Errorf("fetch %s: %w", uri, err)
	}
	return ref, nil
}

func mismatch(kind Kind, got, want common.Hash) error {
	return fmt.Errorf("%w: the %s hashes to %s, the chain records %s; refused", ErrHashMismatch, kind, got, want)
}

// fetchFile streams a file to a temporary name beside dst, hashing it, and
// renames it into place only if it hashes to want.
func (s *Store) fetchFile(ctx context.Context, c cid.Cid, sub string, want common.Hash, dst string, max uint64) (common.Hash, uint64, error) {
	body, err := s.reader.Cat(ctx, c, sub)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer body.Close()
	tmp, err := atomicfile.Create(filepath.Dir(dst), 0o644)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer tmp.Discard()
	hasher := crypto.NewKeccakState()
	var src io.Reader = body
	if max > 0 {
		src = io.LimitReader(body, int64(max)+1)
	}
	n, err := io.Copy(io.MultiWriter(tmp, hasher), src)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("read from %s: %w", s.reader, err)
	}
	if max > 0 && uint64(n) > max {
		return common.Hash{}, 0, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	var h common.Hash
	hasher.Read(h[:])
	if h != want {
		return common.Hash{}, 0, mismatch(KindFile, h, want)
	}
	if err := tmp.Commit(dst); err != nil {
		return common.Hash{}, 0, err
	}
	return h, uint64(n), nil
}

// fetchTree unpacks a directory into a temporary directory beside dst,
// hashing every file, and renames it into place only if it hashes to want.
func (s *Store) fetchTree(ctx context.Context, c cid.Cid, sub string, want common.Hash, dst string, max uint64) (common.Hash, uint64, error) {
	body, err := s.reader.Get(ctx, c, sub)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer body.Close()
	tmp, err := os.MkdirTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*"+atomicfile.TempSuffix)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer os.RemoveAll(tmp) // no-op once renamed
	entries, err := untar(body, tmp, max)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("unpack from %s: %w", s.reader, err)
	}
	if len(entries) == 0 {
		return common.Hash{}, 0, fmt.Errorf("%w: the directory holds no files", ErrEmpty)
	}
	h, n := treeHash(entries)
	if h != want {
		return common.Hash{}, 0, mismatch(KindDirectory, h, want)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return common.Hash{}, 0, err
	}
	if err := atomicfile.SyncDir(filepath.Dir(dst)); err != nil {
		return common.Hash{}, 0, err
	}
	return h, n, nil
}
