// Package bls implements the BLS signatures EigenDA operators sign batches with,
// over BN254, exactly as the on-chain BLS signature checker verifies them:
//
//   - messages are hashed to G₁ by try-and-increment (x = hash mod p, then x+1,
//     … until x³+3 is a square, y = (x³+3)^((p+1)/4));
//   - a secret key sk has public keys [sk]G₁ and [sk]G₂; a signature is
//     [sk]H(m) on G₁, and signatures and keys aggregate by addition;
//   - an aggregate signature σ by the keys apk (G₁) and apkG2 (G₂) verifies
//     when e(σ + γ·apk, −G₂)·e(H(m) + γ·G₁, apkG2) = 1, with
//     γ = keccak256(m, apk, apkG2, σ) mod r binding the two key forms;
//   - an operator's id is keccak256 of its G₁ key's coordinates.
//
// Points cross the Go/Solidity boundary as [G1Point] and [G2Point], the
// BN254.G1Point and BN254.G2Point structs of the contracts (a G₂ coordinate is
// [imaginary, real], the order of the pairing precompile).
package bls
