// Package metrics holds the EigenDA server's Prometheus metrics: requests and
// their latency per route and status code, payload bytes, and verification
// failures.
package metrics
