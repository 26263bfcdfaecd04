// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package bench holds the end-to-end serving benchmarks of loraserve: decode
// throughput of a batch mixing many adapters against the base model alone and
// against merging each request's adapter into the weights, the cost of
// switching to a cached adapter, and the cold-load latency of an adapter. It
// has no code of its own; see bench_test.go.
package bench
