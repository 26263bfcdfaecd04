// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package metrics

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Namespace prefixes every metric name.
const Namespace = "ledger_loraserve"

// Metricer is what loraserve's components record.
type Metricer interface {
	// Adapter cache.
	CacheHit()
	CacheMiss()
	CacheEviction()
	CacheLoad(d time.Duration, err error)
	CacheResidency(registered, resident int, bytes int64)
	// Scheduler.
	QueueDepth(n int)
	Running(n int)
	Batch(sequences, tokens int, d time.Duration)
	Tokens(prompt, completion int)
	Rejected()
	Request(status string)
	TimeToFirstToken(d time.Duration)
	// HTTP.
	HTTPRequest(route string, code int, d time.Duration)
}

// Metrics is the Prometheus implementation of Metricer.
type Metrics struct {
	registry *prometheus.Registry

	cacheHits, cacheMisses, cacheEvictions prometheus.Counter
	cacheLoad                              *prometheus.HistogramVec
	registered, resident, residentBytes    prometheus.Gauge
	queue, running                         prometheus.Gauge
	batchSeqs, batchTokens, stepSeconds    prometheus.Histogram
	tokens                                 *prometheus.CounterVec
	rejected                               prometheus.Counter
	requests                               *prometheus.CounterVec
	ttft                                   prometheus.Histogram
	http                                   *prometheus.HistogramVec
}

var _ Metricer = (*Metrics)(nil)

// New registers every metric on a fresh registry.
func New() *Metrics {
	r := prometheus.NewRegistry()
	r.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	f := func(c prometheus.Collector) { r.MustRegister(c) }
	m := &Metrics{registry: r}
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help})
		f(c)
		return c
	}
	gauge := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: name, Help: help})
		f(g)
		return g
	}
	hist := func(name, help string, buckets []float64) prometheus.Histogram {
		h := prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: Namespace, Name: name, Help: help, Buckets: buckets})
		f(h)
		return h
	}
	m.cacheHits = counter("adapter_cache_hits_total", "Adapter lookups served from memory.")
	m.cacheMisses = counter("adapter_cache_misses_total", "Adapter lookups that had to load from disk.")
	m.cacheEvictions = counter("adapter_cache_evictions_total", "Adapters evicted to stay within the byte budget.")
	m.cacheLoad = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "adapter_load_seconds",
		Help: "Time to load an adapter from disk.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"result"})
	f(m.cacheLoad)
	m.registered = gauge("adapters_registered", "Adapters registered (resident or not).")
	m.resident = gauge("adapters_resident", "Adapters resident in memory.")
	m.residentBytes = gauge("adapter_cache_bytes", "Bytes of adapter weights resident in memory.")
	m.queue = gauge("queue_depth", "Requests waiting to be scheduled.")
	m.running = gauge("running_sequences", "Sequences in the running batch.")
	m.batchSeqs = hist("batch_sequences", "Sequences per forward step.", prometheus.ExponentialBuckets(1, 2, 9))
	m.batchTokens = hist("batch_tokens", "Tokens per forward step.", prometheus.ExponentialBuckets(1, 2, 13))
	m.stepSeconds = hist("step_seconds", "Duration of one forward step.", prometheus.ExponentialBuckets(0.0001, 2, 16))
	m.tokens = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "tokens_total",
		Help: "Tokens processed, by kind (prompt, completion)."}, []string{"kind"})
	f(m.tokens)
	m.rejected = counter("requests_rejected_total", "Requests refused with 429 because the queue was full.")
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "requests_total",
		Help: "Finished generation requests by outcome."}, []string{"status"})
	f(m.requests)
	m.ttft = hist("time_to_first_token_seconds", "Time from admission to the first generated token.", prometheus.ExponentialBuckets(0.001, 2, 14))
	m.http = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "http_request_seconds",
		Help: "HTTP requests by route and status code.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 16)}, []string{"route", "code"})
	f(m.http)
	return m
}

// Registry returns the registry to serve on /metrics.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// CacheHit implements Metricer.
func (m *Metrics) CacheHit() { m.cacheHits.Inc() }

// CacheMiss implements Metricer.
func (m *Metrics) CacheMiss() { m.cacheMisses.Inc() }

// CacheEviction implements Metricer.
func (m *Metrics) CacheEviction() { m.cacheEvictions.Inc() }

// CacheLoad implements Metricer.
func (m *Metrics) CacheLoad(d time.Duration, err error) {
	result := "ok"
	if err != nil {
		result = "error"
	}
	m.cacheLoad.WithLabelValues(result).Observe(d.Seconds())
}

// CacheResidency implements Metricer.
func (m *Metrics) CacheResidency(registered, resident int, bytes int64) {
	m.registered.Set(float64(registered))
	m.resident.Set(float64(resident))
	m.residentBytes.Set(float64(bytes))
}

// QueueDepth implements Metricer.
func (m *Metrics) QueueDepth(n int) { m.queue.Set(float64(n)) }

// Running implements Metricer.
func (m *Metrics) Running(n int) { m.running.Set(float64(n)) }

// Batch implements Metricer.
func (m *Metrics) Batch(sequences, tokens int, d time.Duration) {
	m.batchSeqs.Observe(float64(sequences))
	m.batchTokens.Observe(float64(tokens))
	m.stepSeconds.Observe(d.Seconds())
}

// Tokens implements Metricer.
func (m *Metrics) Tokens(prompt, completion int) {
	m.tokens.WithLabelValues("prompt").Add(float64(prompt))
	m.tokens.WithLabelValues("completion").Add(float64(completion))
}

// Rejected implements Metricer.
func (m *Metrics) Rejected() { m.rejected.Inc() }

// Request implements Metricer.
func (m *Metrics) Request(status string) { m.requests.WithLabelValues(status).Inc() }

// TimeToFirstToken implements Metricer.
func (m *Metrics) TimeToFirstToken(d time.Duration) { m.ttft.Observe(d.Seconds()) }

// HTTPRequest implements Metricer.
func (m *Metrics) HTTPRequest(route string, code int, d time.Duration) {
	m.http.WithLabelValues(route, strconv.Itoa(code)).Observe(d.Seconds())
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// CacheHit implements Metricer.
func (NoopMetrics) CacheHit() {}

// CacheMiss implements Metricer.
func (NoopMetrics) CacheMiss() {}

// CacheEviction implements Metricer.
func (NoopMetrics) CacheEviction() {}

// CacheLoad implements Metricer.
func (NoopMetrics) CacheLoad(time.Duration, error) {}

// CacheResidency implements Metricer.
func (NoopMetrics) CacheResidency(int, int, int64) {}

// QueueDepth implements Metricer.
func (NoopMetrics) QueueDepth(int) {}

// Running implements Metricer.
func (NoopMetrics) Running(int) {}

// Batch implements Metricer.
func (NoopMetrics) Batch(int, int, time.Duration) {}

// Tokens implements Metricer.
func (NoopMetrics) Tokens(int, int) {}

// Rejected implements Metricer.
func (NoopMetrics) Rejected() {}

// Request implements Metricer.
func (NoopMetrics) Request(string) {}

// TimeToFirstToken implements Metricer.
func (NoopMetrics) TimeToFirstToken(time.Duration) {}

// HTTPRequest implements Metricer.
func (NoopMetrics) HTTPRequest(string, int, time.Duration) {}
