// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package proof builds binary keccak256 Merkle trees over attribution evidence
// and checks inclusion proofs, so a receipt's proofRoot commits to every span
// or score behind its weights.
//
// # Tree
//
// A leaf hashes as keccak256(0x00 ‖ data) and an inner node as
// keccak256(0x01 ‖ left ‖ right); the prefixes keep a leaf from passing as a
// node. A level with an odd number of nodes carries its last node up
// unchanged (it is never paired with itself). The root of no leaves is the
// zero hash.
package proof
