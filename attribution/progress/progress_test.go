// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestMeterRateAndETA(t *testing.T) {
	var got []Update
	m := NewMeter("sort", "tokens", 1000, func(u Update) { got = append(got, u) })
	clockNow := m.start
	m.now = func() time.Time { return clockNow }
	clockNow = clockNow.Add(2 * time.Second)
	m.Set(250)
	clockNow = clockNow.Add(2 * time.Second)
	m.Done()
	if len(got) != 2 {
		t.Fatalf("got %d updates", len(got))
	}
	if got[0].Rate != 125 || got[0].ETA != 6*time.Second {
		t.Fatalf("first update rate=%v eta=%v", got[0].Rate, got[0].ETA)
	}
	if got[1].Done != 1000 || got[1].ETA != 0 {
		t.Fatalf("final update %+v", got[1])
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		name string
		u    Update
		want []string
	}{
		{"running", Update{Phase: "sort", Unit: "tokens", Done: 4_200_000, Total: 10_000_000, Rate: 14_100_000, ETA: 4 * time.Second},
			[]string{"42.0%", "4.2M/10.0M tokens", "14.1M tokens/s", "ETA 0:00:04"}},
		{"finished", Update{Phase: "write", Unit: "bytes", Done: 10, Total: 10, Rate: 5, Elapsed: 2 * time.Second},
			[]string{"100.0%", "in 0:00:02"}},
		{"unknown-total", Update{Phase: "read", Unit: "docs", Done: 1500, Rate: 3000},
			[]string{"1.5k docs", "3.0k docs/s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Format(tc.u)
			for _, w := range tc.want {
				if !strings.Contains(s, w) {
					t.Errorf("%q lacks %q", s, w)
				}
			}
		})
	}
}

func TestTerminalEndsLines(t *testing.T) {
	var buf bytes.Buffer
	f := Terminal(&buf, time.Hour)
	m := NewMeter("sort", "tokens", 10, f)
	m.Set(1)
	m.Set(2) // throttled
	m.Done()
	m2 := NewMeter("write", "bytes", 5, f)
	m2.Done()
	out := buf.String()
	if strings.Count(out, "\r") != 3 || strings.Count(out, "\n") != 2 {
		t.Fatalf("unexpected terminal output %q", out)
	}
	if !strings.Contains(out, "tokens/s") || !strings.Contains(out, "bytes/s") {
		t.Fatalf("missing rates in %q", out)
	}
}
