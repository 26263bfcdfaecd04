// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package span attributes a model output to the contributions it copies from:
// verbatim token spans found with the suffix-array index.
//
// # Matching
//
// For every output position i, Find computes L(i), the length of the longest
// prefix of output[i:] that occurs inside one document of the index (searching
// every shard; a separator never matches, so spans never cross documents). A
// position starts a maximal span when L(i) ≥ MinLength and the span ends after
// every earlier span (otherwise it lies inside one). For each maximal span Find
// records how often it occurs and, per containing document, the contribution,
// the number of occurrences and the offset of the first. A span occurring more
// than MaxOccurrences times is too common to credit and is left out.
// Overlapping spans are merged into Segments for display.
//
// # Scoring
//
// Score needs only that evidence, so anyone can recompute it. With N documents
// in the index, a span of df documents weighs effLen × idf, where
//
//	idf    = log2(N+1) − log2(df)           (Q16 fixed point, integer log2)
//	effLen = Σ over its tokens t of ⌊2^20 / cover(t)⌋
//
// and cover(t) is the number of spans covering output token t, so overlapping
// spans share the tokens they have in common rather than counting them twice.
// Each containing document gets ⌊effLen × idf / df⌋, credited to its
// contribution; weights.Normalize turns the credits into 1e18 fixed point.
// Longer and rarer spans therefore weigh more. All of it is integer arithmetic.
package span
