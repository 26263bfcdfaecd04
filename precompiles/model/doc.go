// Package model implements the model registry precompile at
// 0x0000000000000000000000000000000000000A02 (IModelRegistry in contracts/src).
//
// The registry holds base models (name, architecture, license) and the LoRA
// adapters trained on them (rank, target modules, rates in wei per 1,000 input
// and output tokens). Base models and adapters share one id space starting at
// 1. Every model has an owner, who alone publishes versions, sets rates,
// deprecates or reactivates it and hands it to a new owner.
//
// # Versions and provenance
//
// A version records the weights hash and URI. An adapter version also records
// the Datanet versions it was trained on — each checked, when the version is
// published, to exist in the Datanet registry (package datanet's read API) —
// and the base model's version at that time. Versions are append-only, so
// every earlier version stays resolvable. The provenance of a version is its
// base model version and weights hash plus every Datanet version with the
// Merkle root that version published.
//
// # Reading from other precompiles
//
// reader.go exports what settlement needs: a model's owner, rates, status and
// the (Datanet id, version) pairs of a version's provenance.
//
// Storage uses Solidity's layout rules (see storage.go for the slot index).
package model
