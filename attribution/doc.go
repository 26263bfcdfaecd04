// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package attribution is OpenLedger's Proof of Attribution: it decides which
// Datanet contributions an inference output owes its text to, as weights in
// 1e18 fixed point, with a Merkle root over the evidence that anyone holding
// the public corpus can recompute.
//
// # Engines
//
//   - span (package span): verbatim spans of the output found in a token-level
//     suffix-array index of the corpus (package index, built with package
//     sais), weighted by length × idf.
//   - influence (package influence): DataInf closed-form influence of training
//     contributions on the loss of the output, for LoRA models.
//
// weights.Combine mixes engines; Combine does it for one output and commits
// to both engines' evidence.
//
// # Around it
//
//   - httpapi: the POST /v1/attribution handler loraserve mounts.
//   - corpustest: deterministic synthetic corpora for tests and benchmarks.
//   - progress: tokens/s and ETA of index builds on a terminal or callback.
//   - proof: the keccak256 Merkle tree behind every proofRoot.
//
// # Use
//
//	versions := []attribution.DatanetVersion{{DatanetID: 1, Version: 1, Contributions: cs}}
//	_, err := attribution.BuildIndex(dir, tok, versions, attribution.BuildOptions{TokenizerID: id, Progress: progress.Terminal(os.Stderr, time.Second/4)})
//	a, err := attribution.Open(dir, tok, span.DefaultConfig())
//	att, err := a.AttributeText(output)      // or a.Attribute(tokens)
//	err = a.Verify(tokens, att)              // recompute from the index (same span policy)
//	err = attribution.VerifyEvidence(att, tokens) // recompute weights and root only
//
// # Evidence and proofRoot
//
// Evidence leaves, in order: a header (engine tag "poa/span/v1", index root,
// keccak256 of the output tokens, output length, document count, MinLength,
// MaxOccurrences, span count); one leaf per (span, containing document) with
// the span's start, length, corpus count and document count, and the
// document's shard, index, contribution, contributor, offset and count; and a
// last leaf with the weights. ProofRoot is the proof package's Merkle root of
// those leaves, the receipt's proofRoot.
package attribution
