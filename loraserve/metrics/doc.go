// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package metrics defines the Prometheus metrics of loraserve (namespace
// ledger_loraserve): adapter cache residency, hits, misses, evictions and load
// latency; scheduler queue, batch and token counts; HTTP requests. Components
// depend on the Metricer interface; NoopMetrics serves tests.
package metrics
