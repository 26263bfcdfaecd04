// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package index stores token-level suffix-array indexes of Datanet corpora on
// disk and searches them through read-only memory maps.
//
// # Model
//
// A Document is one accepted contribution: its contribution id, its
// contributor's address and its token ids. A Shard holds the documents of one
// Datanet version; an Index is a directory of shards described by a manifest,
// so publishing a new Datanet version adds a shard instead of rebuilding.
// Writers hold an flock on manifest.lock; the manifest is replaced by rename,
// so readers always see whole shards.
//
// # Shard file (version 1, little-endian)
//
//	header   256 bytes: magic "OLATTIX1", version, token width, suffix-array
//	         width, token and document counts, Datanet id and version,
//	         tokenizer id, SHA-256 content hash, four section descriptors
//	         (offset, length, CRC-32C) and a CRC-32C of the header itself
//	tokens   numTokens × tokenWidth bytes: the documents' tokens, each document
//	         followed by one separator (the all-ones value of the width)
//	suffixes numTokens × suffixWidth bytes: the suffix array of the tokens
//	docs     numDocs × 48 bytes: start, length, contribution id (uint64 each),
//	         contributor (20 bytes), 4 zero bytes
//	buckets  (maxToken+3) × 8 bytes: for each first token t (the separator
//	         last) the first suffix-array entry starting with t, then
//	         numTokens; absent when the largest token id is above 2^22
//
// The first-token table saves the two widest binary searches of every query
// position; it costs 8 bytes per vocabulary entry (1 MiB for 128k).
//
// Widths are the fewest bytes that hold the largest token id plus the
// separator, and the largest position: a 32k-vocabulary shard of up to 16M
// tokens uses 2+3 = 5 bytes per token, a 128k vocabulary with up to 4G tokens
// per shard 3+4 = 7.
//
// # Integrity
//
// Open verifies the header CRC, every section's CRC-32C and the document table
// (contiguous, separators in place) before any search runs, and returns an error
// wrapping ErrCorrupt otherwise. Searches bound-check every position they read,
// so even a file with forged checksums cannot make them panic. The SHA-256
// content hash identifies the shard; Index.Root commits to all of them.
//
// # Search order
//
// Suffixes are ordered token by token as unsigned integers, the end of the
// shard before every token (the sais package's order). A query token that
// equals or exceeds the separator never matches, so a match never crosses a
// document boundary.
package index
