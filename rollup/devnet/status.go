package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Namespace prefixes the devnet's Prometheus metrics.
const Namespace = "ledger_devnet"

// Status is the devnet's state as /healthz reports it.
type Status struct {
	// Running lists the running components in start order.
	Running []string `json:"running"`
	// Heads are block numbers: l1, and the sequencer's and verifier's L2
	// unsafe, safe and finalized heads (absent while a component is down).
	Heads map[string]uint64 `json:"heads"`
	// Healthy is true when every component of the devnet runs.
	Healthy bool `json:"healthy"`
}

// Status reports which components run and the chain heads they see. It is
// safe to call while components start and stop.
func (d *Devnet) Status() Status {
	d.mu.Lock()
	running := append([]string(nil), d.running...)
	on := make(map[string]bool, len(running))
	for _, r := range running {
		on[r] = true
	}
	l1, seq, ver := d.L1, d.SeqNode, d.VerNode
	d.mu.Unlock()
	st := Status{Running: running, Heads: make(map[string]uint64)}
	if on[CompL1] {
		st.Heads["l1"] = l1.Backend().BlockChain().CurrentBlock().Number.Uint64()
	}
	if on[CompSequencerCL] {
		s := seq.SyncStatus()
		st.Heads["sequencer_unsafe"], st.Heads["sequencer_safe"], st.Heads["sequencer_finalized"] = s.UnsafeL2.Number, s.SafeL2.Number, s.FinalizedL2.Number
	}
	if on[CompVerifierCL] {
		s := ver.SyncStatus()
		st.Heads["verifier_unsafe"], st.Heads["verifier_safe"], st.Heads["verifier_finalized"] = s.UnsafeL2.Number, s.SafeL2.Number, s.FinalizedL2.Number
	}
	st.Healthy = true
	for _, c := range d.ownComponents() {
		st.Healthy = st.Healthy && on[c.name]
	}
	return st
}

// statusCollector exports Status as Prometheus gauges at scrape time.
type statusCollector struct {
	d     *Devnet
	up    *prometheus.Desc
	heads *prometheus.Desc
}

func newStatusCollector(d *Devnet) *statusCollector {
	return &statusCollector{
		d:     d,
		up:    prometheus.NewDesc(Namespace+"_component_up", "1 when the component runs.", []string{"component"}, nil),
		heads: prometheus.NewDesc(Namespace+"_head", "Block number of a chain head (l1, sequencer/verifier unsafe, safe, finalized).", []string{"head"}, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *statusCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.up; ch <- c.heads }

// Collect implements prometheus.Collector: it reads Status at scrape time.
func (c *statusCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.d.Status()
	on := make(map[string]bool, len(st.Running))
	for _, r := range st.Running {
		on[r] = true
	}
	for _, comp := range c.d.ownComponents() {
		v := 0.0
		if on[comp.name] {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, v, comp.name)
	}
	for name, n := range st.Heads {
		ch <- prometheus.MustNewConstMetric(c.heads, prometheus.GaugeValue, float64(n), name)
	}
}

// StatusServer serves /healthz (Status as JSON; 503 unless healthy) and
// /metrics for a devnet.
type StatusServer struct {
	srv *httputil.HTTPServer
}

// StartStatusServer listens on addr (host:port; port 0 picks one).
func StartStatusServer(d *Devnet, addr string) (*StatusServer, error) {
	registry := prometheus.NewRegistry()
	if err := registry.Register(newStatusCollector(d)); err != nil {
		return nil, fmt.Errorf("devnet metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		st := d.Status()
		w.Header().Set("Content-Type", "application/json")
		if !st.Healthy {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(st)
	})
	srv, err := httputil.StartHTTPServer(addr, mux)
	if err != nil {
		return nil, fmt.Errorf("devnet status server: %w", err)
	}
	return &StatusServer{srv: srv}, nil
}

// Addr returns the listening address.
func (s *StatusServer) Addr() string { return s.srv.Addr().String() }

// Stop shuts the server down.
func (s *StatusServer) Stop(ctx context.Context) error {
	if err := s.srv.Stop(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
