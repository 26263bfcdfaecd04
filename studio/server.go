// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/openledger/openledger/studio/metrics"
)

// ErrAlreadyStopped is returned by Stop after the first call.
var ErrAlreadyStopped = errors.New("studio: already stopped")

// ErrWrongChain is returned by Start when the node serves another chain than configured.
var ErrWrongChain = errors.New("studio: the RPC node serves another chain")

// Service is the running Studio server.
type Service struct {
	cfg          Config
	log          log.Logger
	metrics      *metrics.Metrics
	bundle       *bundle
	page         pageConfig
	rpc          *upstream
	loraserve    *upstream
	modelFactory *upstream
	content      ContentStore
	http         *httputil.HTTPServer
	stopped      atomic.Bool
}

var _ cliapp.Lifecycle = (*Service)(nil)

// New builds the service from cfg with the web bundle embedded in the binary.
func New(cfg Config, logger log.Logger) (*Service, error) {
	return newService(cfg, logger, dist)
}

func newService(cfg Config, logger log.Logger, assets fs.FS) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	s := &Service{cfg: cfg, log: logger, metrics: metrics.New(), page: cfg.page()}
	var err error
	if s.bundle, err = loadBundle(assets, s.page); err != nil {
		return nil, err
	}
	total, gz := 0, 0
	for _, a := range append([]*asset{s.bundle.index}, values(s.bundle.assets)...) {
		total += len(a.body)
		gz += len(a.body)
		if a.gz != nil {
			gz += len(a.gz) - len(a.body)
		}
	}
	s.metrics.Bundle(total, gz)
	if s.rpc, err = newUpstream("rpc", cfg.ChainRPC, s.metrics); err != nil {
		return nil, err
	}
	if cfg.LoraserveURL != "" {
		if s.loraserve, err = newUpstream("loraserve", cfg.LoraserveURL, s.metrics); err != nil {
			return nil, err
		}
	}
	if cfg.ModelFactoryURL != "" {
		if s.modelFactory, err = newUpstream("modelfactory", cfg.ModelFactoryURL, s.metrics); err != nil {
			return nil, err
		}
	}
	if cfg.IPFSAPIURL != "" {
		if s.content, err = NewIPFSStore(cfg.IPFSAPIURL); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func values(m map[string]*asset) []*asset {
	out := make([]*asset, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	return out
}

// Start checks the node's chain id (when the node answers) and opens the listener.
func (s *Service) Start(ctx context.Context) error {
	if err := s.checkChain(ctx); err != nil {
		return err
	}
	srv, err := httputil.StartHTTPServer(s.cfg.ListenAddr, s.routes())
	if err != nil {
		return fmt.Errorf("studio: listen: %w", err)
	}
	s.http = srv
	s.log.Info("studio listening", "url", s.URL(), "rpc", s.cfg.ChainRPC, "chain_id", s.cfg.ChainID,
		"loraserve", s.cfg.LoraserveURL, "modelfactory", s.cfg.ModelFactoryURL, "ipfs", s.cfg.IPFSAPIURL,
		"bundle", s.bundle.manifest.Entry)
	return nil
}

// checkChain refuses a node of another chain; an unreachable node is only
// logged (it may come up after Studio; the page says so when it cannot read).
func (s *Service) checkChain(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	id, err := chainID(ctx, s.cfg.ChainRPC)
	if err != nil {
		s.log.Warn("chain RPC not answering; serving anyway", "rpc", s.cfg.ChainRPC, "err", err)
		return nil
	}
	if id != s.cfg.ChainID {
		return fmt.Errorf("%w: %s is chain %d, Studio is configured for %d (--chain.id)", ErrWrongChain, s.cfg.ChainRPC, id, s.cfg.ChainID)
	}
	return nil
}

func chainID(ctx context.Context, rpcURL string) (uint64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rpcURL, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		Result *hexutil.Big `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, fmt.Errorf("eth_chainId: %w", err)
	}
	if out.Error != nil || out.Result == nil {
		return 0, fmt.Errorf("eth_chainId: no result")
	}
	b := (*big.Int)(out.Result)
	if !b.IsUint64() {
		return 0, fmt.Errorf("eth_chainId: %s does not fit 64 bits", b)
	}
	return b.Uint64(), nil
}

// Stop shuts the HTTP server down (open streams are cut when ctx ends). A
// second call returns ErrAlreadyStopped.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return ErrAlreadyStopped
	}
	var err error
	if s.http != nil {
		if e := s.http.Shutdown(ctx); e != nil && !errors.Is(e, http.ErrServerClosed) {
			err = fmt.Errorf("studio: http: %w", e)
			_ = s.http.Close()
		}
	}
	s.log.Info("studio stopped", "err", err)
	return err
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Addr is the listening address (after Start).
func (s *Service) Addr() net.Addr { return s.http.Addr() }

// URL is the page's base URL, http://host:port.
func (s *Service) URL() string { return "http://" + s.http.Addr().String() }

// Metrics returns the service's metrics.
func (s *Service) Metrics() *metrics.Metrics { return s.metrics }

func withStart(ctx context.Context) context.Context {
	return context.WithValue(ctx, startKey{}, time.Now())
}

// routes is the server's handler.
func (s *Service) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", s.instrument("healthz", s.healthz))
	mux.Handle("GET /metrics", s.instrument("metrics", promhttp.HandlerFor(s.metrics.Registry(), promhttp.HandlerOpts{}).ServeHTTP))
	mux.HandleFunc("GET /config.json", s.instrument("config", func(w http.ResponseWriter, _ *http.Request) { writeJSON(w, http.StatusOK, s.page) }))
	mux.HandleFunc(rpcRoute, s.instrument("rpc", s.rpcHandler))
	mux.HandleFunc(loraservePrefix+"/", s.instrument("loraserve", s.optional(func() bool { return s.loraserve != nil }, "no inference server is configured", s.loraserveHandler)))
	mux.HandleFunc(modelFactoryPrefix+"/", s.instrument("modelfactory", s.optional(func() bool { return s.modelFactory != nil }, "no ModelFactory service is configured", s.modelFactoryHandler)))
	content := s.instrument("content", s.optional(func() bool { return s.content != nil }, "no content store is configured", s.contentHandler))
	mux.HandleFunc(contentRoute, content)
	mux.HandleFunc(contentRoute+"/", content)
	mux.HandleFunc("/api/", s.instrument("api", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint")
	}))
	mux.HandleFunc("/", s.instrument("page", s.servePage))
	return securityHeaders(mux)
}

func (s *Service) optional(on func() bool, msg string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !on() {
			writeError(w, http.StatusServiceUnavailable, msg)
			return
		}
		h(w, r)
	}
}

// servePage serves a hashed asset, or index.html for every page path.
func (s *Service) servePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "pages take GET")
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if a, ok := s.bundle.assets[name]; ok {
		a.serve(w, r, true)
		return
	}
	if strings.Contains(name, ".") {
		// A file this bundle does not have (an old hashed name, a typo): no page for it.
		http.NotFound(w, r)
		return
	}
	s.bundle.index.serve(w, r, false)
}

func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "bundle": s.bundle.manifest.Entry, "chainId": s.cfg.ChainID})
}

// statusRecorder keeps the status code for metrics.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (flush, deadlines).
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Flush forwards streaming flushes.
func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Service) instrument(route string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		h(rec, r)
		if rec.code == 0 {
			rec.code = http.StatusOK
		}
		s.metrics.HTTPRequest(route, rec.code, time.Since(start))
	}
}

// securityHeaders keeps the page out of frames and other origins' contexts.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin-allow-popups")
		next.ServeHTTP(w, r)
	})
}
