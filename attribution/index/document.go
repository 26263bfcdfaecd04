// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package index

import "github.com/ethereum/go-ethereum/common"

// MaxTokenID is the largest token id a document may hold; 0xffffffff is
// reserved for the document separator.
const MaxTokenID = 0xfffffffe

// Document is one contribution to be indexed.
type Document struct {
	ContributionID uint64         // the contribution's id in the Datanet registry
	Contributor    common.Address // who is paid for it
	Tokens         []uint32       // the contribution's text, tokenized
}

// DocInfo describes an indexed document.
type DocInfo struct {
	ContributionID uint64
	Contributor    common.Address
	Start          uint64 // position of its first token in the shard
	Length         uint64 // number of tokens (the separator excluded)
}

// ShardMeta identifies what a shard holds.
type ShardMeta struct {
	DatanetID      uint64
	DatanetVersion uint64
	// TokenizerID identifies the tokenizer (e.g. the hash of tokenizer.json);
	// queries must use the same one.
	TokenizerID common.Hash
}
