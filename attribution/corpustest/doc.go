// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package corpustest generates deterministic synthetic corpora for the
// attribution tests and benchmarks (here and in the commands built on
// attribution): token documents drawn from a Zipf-distributed vocabulary with
// recurring phrases, so that documents share short n-grams the way natural
// text does (Generator), and English-like text for tests that tokenize
// (Sentence).
package corpustest
