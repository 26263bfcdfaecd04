// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package sample picks the next token from logits (greedy, or temperature with
// nucleus/top-p filtering from a seeded generator, so a request with a seed is
// reproducible) and finds stop sequences in generated text, including the
// hold-back a streaming response needs so it never emits the start of a stop
// sequence that later completes.
package sample
