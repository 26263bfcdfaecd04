package metrics

import (
	"strconv"
	"time"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Namespace prefixes every metric name.
const Namespace = "ledger_eigenda"

// Routes label request metrics.
const (
	RoutePut = "put"
	RouteGet = "get"
)

// Verification stages label verify failures.
const (
	// StagePutCert: a certificate returned by the backend on put did not verify
	// or did not commit to the blob.
	StagePutCert = "put_cert"
	// StageGetCert: a certificate presented on get did not verify.
	StageGetCert = "get_cert"
	// StageGetBlob: a stored blob did not match its certificate.
	StageGetBlob = "get_blob"
)

// Metricer is what the server records.
type Metricer interface {
	// RecordRequest records one finished request on route with its HTTP status,
	// payload bytes moved and duration.
	RecordRequest(route string, status int, payloadBytes int, d time.Duration)
	// RecordVerifyFailure records a verification failure at stage.
	RecordVerifyFailure(stage string)
	// RecordUp marks the server as up.
	RecordUp()
	// RecordRejected records a request refused before any work: reason is
	// auth, rate or busy.
	RecordRejected(route, reason string)
	// RecordDropped records a certificate answered with 418 (to be dropped by
	// derivation), by derivation status code.
	RecordDropped(status uint8)
	// RecordSecondaryFailure records a blob the secondary store failed to keep.
	RecordSecondaryFailure()
	// RecordMemoryStore records the memory backend's size and evictions.
	RecordMemoryStore(bytes int64, entries int, evictions uint64)
}

// Rejection reasons.
const (
	RejectAuth = "auth"
	RejectRate = "rate"
	RejectBusy = "busy"
)

// Metrics is the Prometheus implementation of Metricer.
type Metrics struct {
	registry *prometheus.Registry
	factory  opmetrics.Factory

	requests       *prometheus.CounterVec
	payloadBytes   *prometheus.CounterVec
	latency        *prometheus.HistogramVec
	verifyFailures *prometheus.CounterVec
	up             prometheus.Gauge
	rejected       *prometheus.CounterVec
	dropped        *prometheus.CounterVec
	secondaryFails prometheus.Counter
	memBytes       prometheus.Gauge
	memEntries     prometheus.Gauge
	memEvictions   prometheus.Gauge
}

// NewMetrics registers the server's metrics in a new registry.
func NewMetrics() *Metrics {
	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	registry.MustRegister(collectors.NewGoCollector())
	f := opmetrics.With(registry)
	return &Metrics{
		registry: registry,
		factory:  f,
		requests: f.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "requests_total",
			Help: "Alt-DA requests by route (put, get) and HTTP status code",
		}, []string{"route", "code"}),
		payloadBytes: f.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "payload_bytes_total",
			Help: "Payload bytes stored (put) and served (get) by successful requests",
		}, []string{"route"}),
		latency: f.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: Namespace, Name: "request_duration_seconds",
			Help:    "Alt-DA request latency by route",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 18),
		}, []string{"route"}),
		verifyFailures: f.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "verify_failures_total",
			Help: "Certificates or blobs that failed verification, by stage (put_cert, get_cert, get_blob)",
		}, []string{"stage"}),
		up: f.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace, Name: "up",
			Help: "1 once the server is serving",
		}),
		rejected: f.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "rejected_total",
			Help: "Requests refused before any work, by route and reason (auth, rate, busy)",
		}, []string{"route", "reason"}),
		dropped: f.NewCounterVec(prometheus.CounterOpts{
			Namespace: Namespace, Name: "dropped_certificates_total",
			Help: "Certificates answered with 418 (derivation drops them), by derivation status (1 parsing, 2 recency, 3 invalid, 4 blob decoding)",
		}, []string{"status"}),
		secondaryFails: f.NewCounter(prometheus.CounterOpts{
			Namespace: Namespace, Name: "secondary_store_failures_total",
			Help: "Blobs the secondary store failed to keep",
		}),
		memBytes: f.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace, Name: "memory_store_bytes",
			Help: "Blob bytes held by the memory backend",
		}),
		memEntries: f.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace, Name: "memory_store_blobs",
			Help: "Blobs held by the memory backend",
		}),
		memEvictions: f.NewGauge(prometheus.GaugeOpts{
			Namespace: Namespace, Name: "memory_store_evictions",
			Help: "Blobs the memory backend dropped to stay within its byte budget, since start",
		}),
	}
}

// Registry returns the registry the metrics live in.
func (m *Metrics) Registry() *prometheus.Registry { return m.registry }

// Document lists the metrics for the doc subcommand.
func (m *Metrics) Document() []opmetrics.DocumentedMetric { return m.factory.Document() }

// RecordRequest implements Metricer.
func (m *Metrics) RecordRequest(route string, status int, payloadBytes int, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	if payloadBytes > 0 {
		m.payloadBytes.WithLabelValues(route).Add(float64(payloadBytes))
	}
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// RecordVerifyFailure implements Metricer.
func (m *Metrics) RecordVerifyFailure(stage string) { m.verifyFailures.WithLabelValues(stage).Inc() }

// RecordUp implements Metricer.
func (m *Metrics) RecordUp() { m.up.Set(1) }

// RecordRejected implements Metricer.
func (m *Metrics) RecordRejected(route, reason string) {
	m.rejected.WithLabelValues(route, reason).Inc()
}

// RecordDropped implements Metricer.
func (m *Metrics) RecordDropped(status uint8) {
	m.dropped.WithLabelValues(strconv.Itoa(int(status))).Inc()
}

// RecordSecondaryFailure implements Metricer.
func (m *Metrics) RecordSecondaryFailure() { m.secondaryFails.Inc() }

// RecordMemoryStore implements Metricer.
func (m *Metrics) RecordMemoryStore(bytes int64, entries int, evictions uint64) {
	m.memBytes.Set(float64(bytes))
	m.memEntries.Set(float64(entries))
	m.memEvictions.Set(float64(evictions))
}

type noop struct{}

// RecordRequest does nothing.
func (noop) RecordRequest(string, int, int, time.Duration) {}

// RecordVerifyFailure does nothing.
func (noop) RecordVerifyFailure(string) {}

// RecordUp does nothing.
func (noop) RecordUp() {}

// RecordRejected does nothing.
func (noop) RecordRejected(string, string) {}

// RecordDropped does nothing.
func (noop) RecordDropped(uint8) {}

// RecordSecondaryFailure does nothing.
func (noop) RecordSecondaryFailure() {}

// RecordMemoryStore does nothing.
func (noop) RecordMemoryStore(int64, int, uint64) {}

// NoopMetrics records nothing.
var NoopMetrics Metricer = noop{}

var _ Metricer = (*Metrics)(nil)
