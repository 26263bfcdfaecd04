// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package progress

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Update is one progress report.
type Update struct {
	Phase   string        // what is being done, e.g. "suffix sort"
	Unit    string        // what Done and Total count, e.g. "tokens"
	Done    int64         // units finished so far
	Total   int64         // units in this phase (0 when unknown)
	Elapsed time.Duration // time since the phase started
	Rate    float64       // units per second so far
	ETA     time.Duration // estimated time left (0 when unknown)
}

// Func receives updates. Implementations must be cheap; Meter calls it on
// every Set.
type Func func(Update)

// Meter tracks one phase of work and turns counts into Updates.
type Meter struct {
	phase, unit string
	total       int64
	start       time.Time
	now         func() time.Time
	report      Func
}

// NewMeter starts measuring a phase of total units; report may be nil.
func NewMeter(phase, unit string, total int64, report Func) *Meter {
	return &Meter{phase: phase, unit: unit, total: total, start: time.Now(), now: time.Now, report: report}
}

// Set records that done units are finished and reports an Update.
func (m *Meter) Set(done int64) {
	if m == nil || m.report == nil {
		return
	}
	elapsed := m.now().Sub(m.start)
	u := Update{Phase: m.phase, Unit: m.unit, Done: done, Total: m.total, Elapsed: elapsed}
	if secs := elapsed.Seconds(); secs > 0 {
		u.Rate = float64(done) / secs
	}
	if u.Rate > 0 && m.total > done {
		u.ETA = time.Duration(float64(m.total-done) / u.Rate * float64(time.Second))
	}
	m.report(u)
}

// Done reports the phase as finished.
func (m *Meter) Done() {
	if m != nil {
		m.Set(m.total)
	}
}

// Terminal returns a Func that draws one line per phase on w, overwriting it
// with a carriage return at most every interval, and ending it with a newline
// when the phase finishes.
func Terminal(w io.Writer, interval time.Duration) Func {
	var (
		mu    sync.Mutex
		last  time.Time
		phase string
	)
	return func(u Update) {
		mu.Lock()
		defer mu.Unlock()
		finished := u.Total > 0 && u.Done >= u.Total
		now := time.Now()
		if u.Phase == phase && !finished && now.Sub(last) < interval {
			return
		}
		if u.Phase != phase && phase != "" && !last.IsZero() {
			fmt.Fprintln(w)
		}
		phase, last = u.Phase, now
		fmt.Fprintf(w, "\r%s", Format(u))
		if finished {
			fmt.Fprintln(w)
			last = time.Time{}
			phase = ""
		}
	}
}

// Format renders an Update as one line, e.g.
// "suffix sort  42.0%  4.2M/10.0M tokens  14.1M tokens/s  ETA 0:00:04".
func Format(u Update) string {
	s := fmt.Sprintf("%-12s", u.Phase)
	if u.Total > 0 {
		s += fmt.Sprintf(" %5.1f%%", 100*float64(u.Done)/float64(u.Total))
		s += fmt.Sprintf("  %s/%s %s", Human(float64(u.Done)), Human(float64(u.Total)), u.Unit)
	} else {
		s += fmt.Sprintf("  %s %s", Human(float64(u.Done)), u.Unit)
	}
	s += fmt.Sprintf("  %s %s/s", Human(u.Rate), u.Unit)
	if u.ETA > 0 {
		s += "  ETA " + clock(u.ETA)
	} else if u.Total > 0 && u.Done >= u.Total {
		s += "  in " + clock(u.Elapsed)
	}
	return s
}

// Human prints a count with a k/M/G suffix.
func Human(v float64) string {
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%.1fG", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.1fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1fk", v/1e3)
	default:
		return fmt.Sprintf("%.0f", v)
	}
}

func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}
