// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package scheduler runs generation requests with continuous batching: one
// goroutine repeatedly builds a batch from every running sequence (one decode
// token each, plus chunks of new prompts up to a token budget), runs a single
// model forward pass for it, samples, and streams each new token to its
// request. Sequences join and leave the batch between steps.
//
// # Admission and fairness
//
// Waiting requests are queued per adapter and admitted round-robin across
// adapters, so a burst for one adapter cannot starve the others. A request is
// admitted when its adapter is resident (a miss starts an asynchronous load and
// the request waits without blocking others), the batch has a free slot, and
// the KV cache has pages for its prompt plus max_tokens. The queue is bounded:
// Submit fails with ErrQueueFull, which the HTTP layer turns into 429 with
// Retry-After. A request whose context ends (client disconnect) is dropped at
// the next step and its pages and adapter pin are released.
package scheduler
