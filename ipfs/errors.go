// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import "errors"

var (
	// ErrNotIPFS is returned for a URI that is not of the form ipfs://<CID>[/path].
	ErrNotIPFS = errors.New("not an ipfs:// URI")
	// ErrHashMismatch is returned when fetched content does not hash to the
	// content hash the chain records for it; the content is refused.
	ErrHashMismatch = errors.New("content does not match its on-chain hash")
	// ErrUnavailable is returned when the IPFS node cannot be reached, after
	// the client's retries.
	ErrUnavailable = errors.New("ipfs node unavailable")
	// ErrNotFound is returned when the network does not deliver the content in
	// time, or the node does not have it.
	ErrNotFound = errors.New("content not found on ipfs")
	// ErrTooLarge is returned when content exceeds the size the caller allows
	// (for a contribution: the size recorded on chain).
	ErrTooLarge = errors.New("content larger than allowed")
	// ErrUnsupported is returned for content this layer does not publish or
	// fetch: symbolic links, devices, unsafe paths in a directory.
	ErrUnsupported = errors.New("unsupported content")
	// ErrEmpty is returned when publishing an empty file or a directory without
	// files.
	ErrEmpty = errors.New("no content")
)
