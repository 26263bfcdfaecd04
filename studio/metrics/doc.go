// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package metrics defines the Prometheus metrics of the Studio server
// (namespace ledger_studio): HTTP requests by route and status, requests to
// the upstream services (chain RPC, loraserve, ModelFactory, the content
// store) by outcome, JSON-RPC calls the proxy refused, content bytes moved,
// and the size of the embedded web bundle. Components depend on the Metricer
// interface; NoopMetrics serves tests.
package metrics
