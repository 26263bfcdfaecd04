// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"context"
	"io"

	"github.com/ipfs/go-cid"
)

// Kind says whether content on IPFS is a file or a directory.
type Kind int

const (
	// KindFile is a UnixFS file.
	KindFile Kind = iota + 1
	// KindDirectory is a UnixFS directory.
	KindDirectory
)

func (k Kind) String() string {
	switch k {
	case KindFile:
		return "file"
	case KindDirectory:
		return "directory"
	}
	return "unknown"
}

// Stat describes content on IPFS.
type Stat struct {
	Kind Kind
	// Size is a file's length in bytes; for a directory, the size of its whole
	// DAG (file bytes plus encoding overhead), an upper bound of its files.
	Size uint64
}

// Entry is one file or directory handed to Adder.Add. The first entry is the
// root: a file, or a directory followed by everything below it.
type Entry struct {
	// Path is slash-separated; entries below the root start with the root's
	// Path and a slash.
	Path string
	// Dir marks a directory.
	Dir bool
	// Open returns a file's bytes. It may be called again when the request is
	// retried.
	Open func() (io.ReadCloser, error)
}

// Reader fetches content from IPFS. sub is a path below the CID ("" for the
// CID itself).
type Reader interface {
	// Stat says what c/sub is, waiting until the network delivers its root
	// block or ctx ends.
	Stat(ctx context.Context, c cid.Cid, sub string) (Stat, error)
	// Cat streams the bytes of a file.
	Cat(ctx context.Context, c cid.Cid, sub string) (io.ReadCloser, error)
	// Get streams a directory as a tar archive: one top directory entry and
	// everything below it.
	Get(ctx context.Context, c cid.Cid, sub string) (io.ReadCloser, error)
	// String names the node in messages (e.g. its URL).
	String() string
}

// Adder adds content to an IPFS node.
type Adder interface {
	// Add adds the entries as one file or directory, pins it on the node and
	// returns its CID.
	Add(ctx context.Context, entries []Entry) (cid.Cid, error)
}

// Pinner keeps content on an IPFS node.
type Pinner interface {
	// Pin fetches c completely and pins it recursively.
	Pin(ctx context.Context, c cid.Cid) error
	// Unpin removes c's recursive pin; the node's garbage collection may then
	// reclaim its blocks. Unpinning content that is not pinned is not an error.
	Unpin(ctx context.Context, c cid.Cid) error
}

// Node is a full IPFS node: it reads, adds and pins.
type Node interface {
	Reader
	Adder
	Pinner
}
