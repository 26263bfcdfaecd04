// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import "github.com/prometheus/client_golang/prometheus"

// Namespace prefixes every metric name (loraserve's namespace).
const Namespace = "ledger_loraserve"

// Metricer is what the settler records.
type Metricer interface {
	// Queued sets the number of queued receipts.
	Queued(n int)
	// Settled counts receipts settled (alreadyOnChain: found settled before sending).
	Settled(n int, alreadyOnChain bool)
	// Rejected counts receipts settle rejected.
	Rejected(n int)
	// Quarantined counts receipts the settler set aside because a settle
	// call with them reverts.
	Quarantined(n int)
	// Tx counts settle transactions by outcome: mined, reverted, resent, failed.
	Tx(outcome string)
}

// NoopMetrics records nothing.
type NoopMetrics struct{}

// Queued implements Metricer.
func (NoopMetrics) Queued(int) {}

// Settled implements Metricer.
func (NoopMetrics) Settled(int, bool) {}

// Rejected implements Metricer.
func (NoopMetrics) Rejected(int) {}

// Quarantined implements Metricer.
func (NoopMetrics) Quarantined(int) {}

// Tx implements Metricer.
func (NoopMetrics) Tx(string) {}

// Metrics is the Prometheus implementation of Metricer.
type Metrics struct {
	queued   prometheus.Gauge
	settled  *prometheus.CounterVec
	rejected prometheus.Counter
	quarant  prometheus.Counter
	txs      *prometheus.CounterVec
}

var _ Metricer = (*Metrics)(nil)

// NewMetrics registers the settler's metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Subsystem: "settlement",
			Name: "queued_receipts", Help: "Receipts waiting for settlement."}),
		settled: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Subsystem: "settlement",
			Name: "settled_receipts_total", Help: "Receipts settled on chain; found=true when found settled before sending."}, []string{"found"}),
		rejected: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Subsystem: "settlement",
			Name: "rejected_receipts_total", Help: "Receipts the settlement precompile rejected."}),
		quarant: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Subsystem: "settlement",
			Name: "quarantined_receipts_total", Help: "Receipts set aside because a settle call with them reverts (see the queue's quarantine/)."}),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Subsystem: "settlement",
			Name: "transactions_total", Help: "settle transactions by outcome."}, []string{"outcome"}),
	}
	reg.MustRegister(m.queued, m.settled, m.rejected, m.quarant, m.txs)
	return m
}

// Queued implements Metricer.
func (m *Metrics) Queued(n int) { m.queued.Set(float64(n)) }

// Settled implements Metricer.
func (m *Metrics) Settled(n int, found bool) {
	label := "false"
	if found {
		label = "true"
	}
	m.settled.WithLabelValues(label).Add(float64(n))
}

// Rejected implements Metricer.
func (m *Metrics) Rejected(n int) { m.rejected.Add(float64(n)) }

// Quarantined implements Metricer.
func (m *Metrics) Quarantined(n int) { m.quarant.Add(float64(n)) }

// Tx implements Metricer.
func (m *Metrics) Tx(outcome string) { m.txs.WithLabelValues(outcome).Inc() }
