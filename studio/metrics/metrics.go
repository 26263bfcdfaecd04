// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package metrics

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Namespace prefixes every metric name.
const Namespace = "ledger_studio"

// Metricer is what the Studio server records.
type Metricer interface {
	// HTTPRequest counts one request to a route of the server.
	HTTPRequest(route string, code int, d time.Duration)
	// Upstream counts one proxied request: upstream is rpc, loraserve,
	// modelfactory or content; outcome is ok, error (an HTTP error status)
	// or unreachable.
	Upstream(upstream, outcome string, d time.Duration)
	// RPCRefused counts JSON-RPC calls the proxy did not forward (reason:
	// method, malformed, too_large).
	RPCRefused(reason string)
	// ContentBytes counts content moved: direction is in (uploads) or out.
	ContentBytes(direction string, n int64)
	// Bundle records the size of the embedded web app.
	Bundle(bytes, gzipBytes int)
}

// Metrics is the Prometheus implementation of Metricer.
type Metrics struct {
	registry    *prometheus.Registry
	http        *prometheus.HistogramVec
	httpTotal   *prometheus.CounterVec
	upstream    *prometheus.HistogramVec
	refused     *prometheus.CounterVec
	content     *prometheus.CounterVec
	bundleBytes *prometheus.GaugeVec
}

var _ Metricer = (*Metrics)(nil)

// New registers every metric on a fresh registry.
func New() *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	m := &Metrics{
		registry: r,
		http: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "http_request_seconds",
			Help: "Time to answer a request, by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 4, 10)}, []string{"route"}),
		httpTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "http_requests_total",
			Help: "Requests by route and status code."}, []string{"route", "code"}),
		upstream: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "upstream_request_seconds",
			Help: "Proxied requests by upstream service and outcome (ok, error, unreachable).", Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)},
			[]string{"upstream", "outcome"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "rpc_refused_total",
			Help: "JSON-RPC requests the proxy refused, by reason (method, malformed, too_large)."}, []string{"reason"}),
		content: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "content_bytes_total",
			Help: "Content bytes uploaded (in) and served (out) through the content store."}, []string{"direction"}),
		bundleBytes: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "bundle_bytes",
			Help: "Size of the embedded web app, raw (identity) and gzipped."}, []string{"encoding"}),
	}
	r.MustRegister(m.http, m.httpTotal, m.upstream, m.refused, m.content, m.bundleBytes)
	return m
}

// Registry returns the registry the metrics live in.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// HTTPRequest implements Metricer.
func (m *Metrics) HTTPRequest(route string, code int, d time.Duration) {
	m.http.WithLabelValues(route).Observe(d.Seconds())
	m.httpTotal.WithLabelValues(route, strconv.Itoa(code)).Inc()
}

// Upstream implements Metricer.
func (m *Metrics) Upstream(upstream, outcome string, d time.Duration) {
	m.upstream.WithLabelValues(upstream, outcome).Observe(d.Seconds())
}

// RPCRefused implements Metricer.
func (m *Metrics) RPCRefused(reason string) { m.refused.WithLabelValues(reason).Inc() }

// ContentBytes implements Metricer.
func (m *Metrics) ContentBytes(direction string, n int64) {
	m.content.WithLabelValues(direction).Add(float64(n))
}

// Bundle implements Metricer.
func (m *Metrics) Bundle(bytes, gzipBytes int) {
	m.bundleBytes.WithLabelValues("identity").Set(float64(bytes))
	m.bundleBytes.WithLabelValues("gzip").Set(float64(gzipBytes))
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// HTTPRequest implements Metricer.
func (NoopMetrics) HTTPRequest(string, int, time.Duration) {}

// Upstream implements Metricer.
func (NoopMetrics) Upstream(string, string, time.Duration) {}

// RPCRefused implements Metricer.
func (NoopMetrics) RPCRefused(string) {}

// ContentBytes implements Metricer.
func (NoopMetrics) ContentBytes(string, int64) {}

// Bundle implements Metricer.
func (NoopMetrics) Bundle(int, int) {}
