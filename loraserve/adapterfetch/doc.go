// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package adapterfetch lets loraserve serve a LoRA adapter named only by its
// model-registry id: it reads the adapter's weights URI and content hash from
// the chain, fetches the PEFT directory from IPFS, verifies it against the
// hash (package ipfs refuses anything else) and hands back the local
// directory, kept in the verified content cache so a restart does not fetch
// again. An operator on a fresh machine can thus serve any published adapter.
//
// Refused: a model id that is a base model, an adapter of another base model
// than the one served (when --registry.base-model is set), weights not on
// IPFS, content that does not match the chain. A down IPFS node is retried and
// then reported as ipfs.ErrUnavailable.
package adapterfetch
