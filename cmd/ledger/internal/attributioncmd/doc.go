// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package attributioncmd implements the `attribution` command group of the
// ledger CLI: build (index a Datanet version, one shard per call), query
// (attribute a text and print the attribution as JSON) and verify (recompute
// a stored attribution from the index).
//
// Contributions are read as JSON lines:
//
//	{"id": 12, "contributor": "0x…", "text": "…"}
//
// The tokenizer is a Hugging Face tokenizer.json read with loraserve's
// tokenizer package; its keccak256 is the index's tokenizer id, so queries
// with another tokenizer are refused. Every flag has an environment twin,
// <PREFIX>_ATTRIBUTION_<FLAG>.
package attributioncmd
