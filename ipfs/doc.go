// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package ipfs is OpenLedger's content layer: Datanet contributions, model and
// adapter weights and attribution index shards live on IPFS, and the chain
// records each one as an ipfs://<CID> URI beside the keccak256 content hash
// the registries keep.
//
// # Publishing
//
// Store.Publish adds a file or a directory to an IPFS node (through a Node,
// normally the Kubo HTTP RPC client of package ipfs/rpc), pins it there and
// returns the Ref to record on chain: the URI, the content hash and the size.
//
// # Fetching
//
// Store.Fetch retrieves content by its URI and refuses it, with an error
// wrapping ErrHashMismatch, unless it hashes to what the chain records. Bytes
// are written to a temporary name next to the destination and renamed into
// place only once they are verified, so a failed or refused fetch never
// leaves a partial or unverified file behind. Cache keeps verified content on
// local disk under its content hash, so a second reader does not fetch again.
//
// # Content hashes
//
// A file's content hash is keccak256 of its bytes, as the Datanet registry has
// always checked. A directory (an adapter's PEFT files, a model's weights and
// tokenizer) is hashed as a tree; see HashTree for the exact encoding.
//
// # Errors
//
// A node that cannot be reached is reported, after the node client's retries,
// with an error wrapping ErrUnavailable that names the node; content the
// network does not deliver before the deadline wraps ErrNotFound. Neither ever
// yields an empty file.
package ipfs
