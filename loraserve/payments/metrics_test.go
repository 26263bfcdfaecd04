// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestMetrics records through the Prometheus implementation and reads the
// values back from the registry.
func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.Queued(7)
	m.Settled(3, false)
	m.Settled(2, true)
	m.Rejected(1)
	m.Quarantined(2)
	m.Tx("mined")
	m.Tx("mined")
	m.Tx("resent")
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, fam := range families {
		for _, mt := range fam.GetMetric() {
			key := fam.GetName()
			for _, l := range mt.GetLabel() {
				key += "{" + l.GetName() + "=" + l.GetValue() + "}"
			}
			switch {
			case mt.GetGauge() != nil:
				got[key] = mt.GetGauge().GetValue()
			case mt.GetCounter() != nil:
				got[key] = mt.GetCounter().GetValue()
			}
		}
	}
	want := map[string]float64{
		"ledger_loraserve_settlement_queued_receipts":                     7,
		"ledger_loraserve_settlement_settled_receipts_total{found=false}": 3,
		"ledger_loraserve_settlement_settled_receipts_total{found=true}":  2,
		"ledger_loraserve_settlement_rejected_receipts_total":             1,
		"ledger_loraserve_settlement_quarantined_receipts_total":          2,
		"ledger_loraserve_settlement_transactions_total{outcome=mined}":   2,
		"ledger_loraserve_settlement_transactions_total{outcome=resent}":  1,
	}
	if len(got) != len(want) {
		t.Fatalf("gathered %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}
