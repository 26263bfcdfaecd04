// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package sais builds suffix arrays over integer alphabets in linear time with
// the SA-IS algorithm (induced sorting of LMS substrings, Nong, Zhang and Chan,
// 2009).
//
// # Why token-level
//
// The attribution index searches model outputs, which are token sequences, so
// its suffix array is over token ids (uint32), not bytes. Go's
// index/suffixarray is byte-level: over the UTF-8 text it needs a suffix for
// every byte (about four per token) and lets matches start and end inside a
// token; over the token ids spelled as 4-byte words it sorts four times as many
// suffixes and most of them start mid-token. The benchmarks in this package
// compare both on the same bytes.
//
// # Ordering
//
// Suffixes are compared symbol by symbol as unsigned integers; a suffix that is
// a proper prefix of another sorts first (the end of the text is smaller than
// every symbol). Searches over the array must use the same order.
//
// # Limits
//
// Texts hold at most MaxLength symbols (positions are int32). Larger corpora
// are split into shards by the index package.
package sais
