// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import "errors"

var (
	// ErrCorrupt is returned when a shard or manifest fails a checksum or a
	// structural check.
	ErrCorrupt = errors.New("index: corrupt")
	// ErrBadDocument is returned when a document cannot be indexed (token id
	// too large, or no documents at all).
	ErrBadDocument = errors.New("index: bad document")
	// ErrDuplicateShard is returned when a Datanet version is already indexed.
	ErrDuplicateShard = errors.New("index: datanet version already indexed")
	// ErrTooLarge is returned when a shard would exceed the suffix-array limit.
	ErrTooLarge = errors.New("index: shard too large")
	// ErrClosed is returned when a closed shard or index is used.
	ErrClosed = errors.New("index: closed")
)
