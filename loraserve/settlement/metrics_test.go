// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package settlement

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.Queued(7)
	m.Settled(3, false)
	m.Settled(2, true)
	m.Rejected(1)
	m.Tx("mined")
	m.Tx("mined")
	m.Tx("resent")
	checks := []struct {
		c    prometheus.Collector
		want float64
	}{
		{m.queued, 7},
		{m.settled.WithLabelValues("false"), 3},
		{m.settled.WithLabelValues("true"), 2},
		{m.rejected, 1},
		{m.txs.WithLabelValues("mined"), 2},
		{m.txs.WithLabelValues("resent"), 1},
	}
	for i, c := range checks {
		if got := testutil.ToFloat64(c.c); got != c.want {
			t.Errorf("metric %d = %v, want %v", i, got, c.want)
		}
	}
	if n, err := testutil.GatherAndCount(reg); err != nil || n != 6 {
		t.Fatalf("gathered %d series, %v", n, err)
	}
}
