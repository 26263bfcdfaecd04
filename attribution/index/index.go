// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sys/unix"

	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/internal/atomicfile"
)

// ManifestName is the file in an index directory that lists its shards.
const ManifestName = "manifest.json"

const manifestVersion = 1

// ShardEntry describes one shard in the manifest.
type ShardEntry struct {
	File           string      `json:"file"`
	DatanetID      uint64      `json:"datanetId"`
	DatanetVersion uint64      `json:"datanetVersion"`
	ContentHash    common.Hash `json:"contentHash"`
	Tokens         uint64      `json:"tokens"`
	Docs           int         `json:"docs"`
}

// Manifest lists the shards of an index directory in the order they were
// added.
type Manifest struct {
	Version     int          `json:"version"`
	TokenizerID common.Hash  `json:"tokenizerId"`
	Shards      []ShardEntry `json:"shards"`
}

// ErrTokenizerMismatch is returned when a shard was built with a different
// tokenizer than the rest of the index.
var ErrTokenizerMismatch = errors.New("index: tokenizer mismatch")

// ReadManifest reads dir's manifest; a missing one is an empty index.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return &Manifest{Version: manifestVersion}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%w: manifest %s: %v", ErrCorrupt, dir, err)
	}
	if m.Version != manifestVersion {
		return nil, fmt.Errorf("%w: manifest version %d", ErrCorrupt, m.Version)
	}
	for _, e := range m.Shards {
		if e.File == "" || filepath.Base(e.File) != e.File {
			return nil, fmt.Errorf("%w: manifest names shard file %q", ErrCorrupt, e.File)
		}
	}
	return &m, nil
}

func writeManifest(dir string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, ManifestName), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}

// lockName is the file AddShard holds an exclusive flock on while it writes.
const lockName = "manifest.lock"

// lockDir takes the index directory's writer lock, waiting for any other
// writer (in this or another process); the kernel drops it if the process
// dies.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open index lock: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock index: %w", err)
	}
	return func() {
		unix.Flock(int(f.Fd()), unix.LOCK_UN)
		f.Close()
	}, nil
}

// AddShard indexes the documents of one Datanet version into a new shard of
// the index in dir (created if needed) and records it in the manifest. The
// existing shards are not touched. Concurrent AddShard calls on one directory
// (from any process) are serialised by a lock file.
func AddShard(dir string, meta ShardMeta, docs []Document, report progress.Func) (ShardEntry, ShardStats, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ShardEntry{}, ShardStats{}, fmt.Errorf("create index directory: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return ShardEntry{}, ShardStats{}, err
	}
	defer unlock()
	m, err := ReadManifest(dir)
	if err != nil {
		return ShardEntry{}, ShardStats{}, err
	}
	if len(m.Shards) > 0 && m.TokenizerID != meta.TokenizerID {
		return ShardEntry{}, ShardStats{}, fmt.Errorf("%w: index uses %s, shard %s", ErrTokenizerMismatch, m.TokenizerID, meta.TokenizerID)
	}
	for _, e := range m.Shards {
		if e.DatanetID == meta.DatanetID && e.DatanetVersion == meta.DatanetVersion {
			return ShardEntry{}, ShardStats{}, fmt.Errorf("%w: datanet %d version %d is %s", ErrDuplicateShard, meta.DatanetID, meta.DatanetVersion, e.File)
		}
	}
	file := fmt.Sprintf("shard-%06d-d%d-v%d.olx", len(m.Shards), meta.DatanetID, meta.DatanetVersion)
	stats, err := WriteShard(filepath.Join(dir, file), meta, docs, report)
	if err != nil {
		return ShardEntry{}, ShardStats{}, err
	}
	entry := ShardEntry{
		File: file, DatanetID: meta.DatanetID, DatanetVersion: meta.DatanetVersion,
		ContentHash: stats.ContentHash, Tokens: stats.Tokens, Docs: stats.Docs,
	}
	m.TokenizerID = meta.TokenizerID
	m.Shards = append(m.Shards, entry)
	if err := writeManifest(dir, m); err != nil {
		return ShardEntry{}, ShardStats{}, err
	}
	return entry, stats, nil
}

// Index is an opened index directory: every shard of its manifest.
type Index struct {
	dir      string
	manifest *Manifest
	shards   []*Shard
	numDocs  uint64
	root     common.Hash
}

// Open opens and verifies every shard listed in dir's manifest.
func Open(dir string) (*Index, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if len(m.Shards) == 0 {
		return nil, fmt.Errorf("open index %s: %w", dir, fs.ErrNotExist)
	}
	ix := &Index{dir: dir, manifest: m}
	var hashes []byte
	for _, e := range m.Shards {
		s, err := OpenShard(filepath.Join(dir, e.File))
		if err != nil {
			ix.Close()
			return nil, err
		}
		ix.shards = append(ix.shards, s)
		meta := s.Meta()
		if s.ContentHash() != e.ContentHash || meta.DatanetID != e.DatanetID || meta.DatanetVersion != e.DatanetVersion || meta.TokenizerID != m.TokenizerID {
			ix.Close()
			return nil, fmt.Errorf("%w: shard %s does not match its manifest entry", ErrCorrupt, e.File)
		}
		ix.numDocs += uint64(s.NumDocs())
		hashes = append(hashes, e.ContentHash[:]...)
	}
	ix.root = crypto.Keccak256Hash(hashes)
	return ix, nil
}

// NewFromShards assembles an Index from already opened shards, in the order
// given (shards fetched one by one, as package ipfs/onchain does, or tests).
// The index takes ownership of them.
func NewFromShards(shards ...*Shard) *Index {
	ix := &Index{manifest: &Manifest{Version: manifestVersion}}
	var hashes []byte
	for _, s := range shards {
		ix.shards = append(ix.shards, s)
		ix.numDocs += uint64(s.NumDocs())
		h := s.ContentHash()
		hashes = append(hashes, h[:]...)
		ix.manifest.TokenizerID = s.Meta().TokenizerID
	}
	ix.root = crypto.Keccak256Hash(hashes)
	return ix
}

// Shards returns the index's shards in manifest order.
func (ix *Index) Shards() []*Shard { return ix.shards }

// NumDocs counts the documents of all shards.
func (ix *Index) NumDocs() uint64 { return ix.numDocs }

// NumTokens counts the tokens of all shards (separators included).
func (ix *Index) NumTokens() uint64 {
	var n uint64
	for _, s := range ix.shards {
		n += s.NumTokens()
	}
	return n
}

// SizeBytes is the total size of the shard files.
func (ix *Index) SizeBytes() int64 {
	var n int64
	for _, s := range ix.shards {
		n += s.SizeBytes()
	}
	return n
}

// TokenizerID is the tokenizer every shard was built with.
func (ix *Index) TokenizerID() common.Hash { return ix.manifest.TokenizerID }

// Root is keccak256 of the shards' content hashes in order: it names exactly
// the corpus an attribution was computed against.
func (ix *Index) Root() common.Hash { return ix.root }

// Close unmaps every shard.
func (ix *Index) Close() error {
	var errs []error
	for _, s := range ix.shards {
		if s.data != nil {
			errs = append(errs, s.Close())
		}
	}
	ix.shards = nil
	return errors.Join(errs...)
}

// ImportShard adds a shard file built elsewhere (fetched from IPFS, say) to
// the index in dir (created if needed): it verifies the file, links or
// copies it into dir and records it in the manifest. A shard of the same
// Datanet version with the same content is already there and is returned
// as it is; one with other content is ErrDuplicateShard.
func ImportShard(dir, src string) (ShardEntry, error) {
	s, err := OpenShard(src)
	if err != nil {
		return ShardEntry{}, err
	}
	meta, hash, tokens, docs := s.Meta(), s.ContentHash(), s.NumTokens(), s.NumDocs()
	s.Close()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return ShardEntry{}, fmt.Errorf("create index directory: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return ShardEntry{}, err
	}
	defer unlock()
	m, err := ReadManifest(dir)
	if err != nil {
		return ShardEntry{}, err
	}
	if len(m.Shards) > 0 && m.TokenizerID != meta.TokenizerID {
		return ShardEntry{}, fmt.Errorf("%w: index uses %s, shard %s", ErrTokenizerMismatch, m.TokenizerID, meta.TokenizerID)
	}
	for _, e := range m.Shards {
		if e.DatanetID == meta.DatanetID && e.DatanetVersion == meta.DatanetVersion {
			if e.ContentHash == hash {
				return e, nil
			}
			return ShardEntry{}, fmt.Errorf("%w: datanet %d version %d is %s", ErrDuplicateShard, meta.DatanetID, meta.DatanetVersion, e.File)
		}
	}
	file := fmt.Sprintf("shard-%06d-d%d-v%d.olx", len(m.Shards), meta.DatanetID, meta.DatanetVersion)
	if err := linkOrCopy(src, filepath.Join(dir, file)); err != nil {
		return ShardEntry{}, err
	}
	entry := ShardEntry{File: file, DatanetID: meta.DatanetID, DatanetVersion: meta.DatanetVersion, ContentHash: hash, Tokens: tokens, Docs: docs}
	m.TokenizerID = meta.TokenizerID
	m.Shards = append(m.Shards, entry)
	if err := writeManifest(dir, m); err != nil {
		return ShardEntry{}, err
	}
	return entry, nil
}

// linkOrCopy hard-links src to dst, or copies it (durably) where a link is
// not possible (another file system).
func linkOrCopy(src, dst string) error {
	os.Remove(dst) // a leftover of an import that died before its manifest
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("import shard: %w", err)
	}
	defer in.Close()
	out, err := atomicfile.Create(filepath.Dir(dst), 0o644)
	if err != nil {
		return fmt.Errorf("import shard: %w", err)
	}
	defer out.Discard()
	if _, err := io.Copy(out, in); err != nil {
		return fmt.Errorf("import shard: copy %s: %w", src, err)
	}
	if err := out.Commit(dst); err != nil {
		return fmt.Errorf("import shard: %w", err)
	}
	return nil
}
