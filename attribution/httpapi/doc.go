// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package httpapi serves attribution over HTTP: the handler loraserve mounts
// at POST /v1/attribution.
//
// # Request
//
//	{"text": "…"}            attribute text (tokenized with the index's tokenizer)
//	{"tokens": [1, 2, 3]}    or token ids
//
// # Response (200)
//
//	{"tokens": 256, "attribution": {evidence, segments, weights, proofRoot},
//	 "contributions": [{"contributionId": "7", "contributor": "0x…",
//	                    "weight": "900000000000000000", "spans": 2}]}
//
// Errors are {"error": "…"} with 400 (bad request), 405 (not POST), 413 (body
// over the limit) or 500.
package httpapi
