// Package kzg computes and checks KZG commitments to EigenDA blobs over BN254.
//
// A blob's 32-byte symbols are the coefficients of a polynomial p; its commitment is
// [p(τ)]G₁ = Σ pᵢ·[τⁱ]G₁, a multi-scalar multiplication over the structured
// reference string (SRS). Opening proofs show p(z) = y for a point z.
//
// # Structured reference string
//
// [LoadSRS] reads the points of a real ceremony from the standard EigenDA point
// files: g1.point holds compressed G₁ points [τⁱ]G₁ (32 bytes each) and g2.point
// compressed G₂ points [τⁱ]G₂ (64 bytes each), in gnark-crypto's compressed
// encoding. Loading checks the files against each other with pairings.
//
// [NewDevnetSRS] derives τ from a fixed public seed instead. Anyone can compute τ
// from the seed and forge openings, so it is for devnets and tests only, and it
// logs an error-level warning saying so every time it is built.
package kzg
