// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/kernels"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/metrics"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/scheduler"
)

// ErrAlreadyStopped is returned by Stop after the first call.
var ErrAlreadyStopped = errors.New("loraserve: already stopped")

// Service is the running loraserve: model, adapter cache, scheduler and HTTP API.
type Service struct {
	cfg       Config
	log       log.Logger
	metrics   *metrics.Metrics
	model     *model.Model
	prompt    *prompter
	cache     *adaptercache.Cache
	scheduler *scheduler.Scheduler
	handler   *api
	http      *httputil.HTTPServer
	started   time.Time
	stopped   atomic.Bool
}

var _ cliapp.Lifecycle = (*Service)(nil)

// NewService builds the service from cfg; Start opens the listener.
func NewService(cfg Config, logger log.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	s := &Service{cfg: cfg, log: logger, started: time.Now()}
	s.initMetrics()
	if err := s.initModel(); err != nil {
		return nil, err
	}
	if err := s.initAdapters(); err != nil {
		s.model.Close()
		return nil, err
	}
	s.initScheduler()
	s.initAPI()
	return s, nil
}

func (s *Service) initMetrics() { s.metrics = metrics.New() }

func (s *Service) initModel() error {
	backend, err := backends[s.cfg.Backend](s.cfg.Threads)
	if err != nil {
		return fmt.Errorf("loraserve: backend %s: %w", s.cfg.Backend, err)
	}
	start := time.Now()
	m, err := model.Load(s.cfg.ModelDir, model.Options{Backend: backend, KVPages: s.cfg.KVPages, PageSize: s.cfg.PageSize})
	if err != nil {
		return err
	}
	if m.Tokenizer == nil {
		m.Close()
		return fmt.Errorf("%w: %s has no tokenizer.json", ErrConfig, s.cfg.ModelDir)
	}
	if s.prompt, err = newPrompter(m, s.cfg.ModelDir); err != nil {
		m.Close()
		return err
	}
	if s.cfg.ServedModelName == "" {
		s.cfg.ServedModelName = strings.TrimSuffix(filepath.Base(filepath.Clean(s.cfg.ModelDir)), ".gguf")
	}
	s.model = m
	c := m.Config
	s.log.Info("model loaded", "name", s.cfg.ServedModelName, "layers", c.NumLayers, "dim", c.HiddenSize,
		"vocab", c.VocabSize, "dtype", m.Weights.DType(), "weight_bytes", m.Weights.Bytes(), "kv_pages", m.KV.Pages(),
		"backend", backend.Name(), "elapsed", time.Since(start))
	return nil
}

func (s *Service) initAdapters() error {
	s.cache = adaptercache.New(s.cfg.AdapterCacheBytes, adaptercache.DirLoader{Dims: s.model.Config}, s.metrics)
	if rel, ok := s.model.Backend().(kernels.Releaser); ok {
		// Free device copies of evicted adapters.
		s.cache.OnEvict(func(a *lora.Adapter) {
			for _, layer := range a.Layers {
				for _, m := range layer {
					if m != nil {
						rel.Release(m.A)
						rel.Release(m.BT)
					}
				}
			}
		})
	}
	dirs, err := adapterDirs(s.cfg.AdaptersDir)
	if err != nil {
		return err
	}
	for id, dir := range dirs {
		if err := s.cache.Register(adaptercache.Registration{ID: id, Dir: dir}); err != nil {
			return err
		}
	}

	s.log.Info("adapters registered", "count", len(dirs), "cache_bytes", s.cfg.AdapterCacheBytes)
	return nil
}

// checkPaidWeights refuses to start a paid server whose adapters priced
// from the start (PaidFromStart) are not served from the weights the model
// registry records for them.
func (s *Service) checkPaidWeights(ctx context.Context) error {
	paid, ok := s.cfg.Payments.(PaidFromStart)
	if !ok {
		return nil
	}
	err := paid.CheckWeights(ctx, func(id string) (string, bool) {
		st, ok := s.cache.Lookup(id)
		return st.Dir, ok
	})
	if err != nil {
		return fmt.Errorf("loraserve: %w", err)
	}
	return nil
}

// unprice stops pricing adapter id, whichever way it was made paid (from
// the start or while serving): the name, registered again later over other
// files, is not paid as these were.
func (s *Service) unprice(id string) {
	if s.cfg.PaidAdapters != nil {
		s.cfg.PaidAdapters.RemovePaid(id)
	}
	if paid, ok := s.cfg.Payments.(PaidFromStart); ok {
		paid.RemovePaid(id)
	}
}

// registerRegistryAdapters fetches the adapters named by model-registry id
// from IPFS, verified against the chain, and registers them (paid, with
// their provenance's attribution index, when PaidAdapters is set).
func (s *Service) registerRegistryAdapters(ctx context.Context) error {
	for _, sp := range s.cfg.RegistryAdapters {
		a, err := s.cfg.Registry.Fetch(ctx, sp.ModelID, sp.Version)
		if err != nil {
			return fmt.Errorf("loraserve: adapter %s (model %d): %w", sp.Name, sp.ModelID, err)
		}
		if err := s.registerFetched(ctx, sp.Name, a); err != nil {
			return fmt.Errorf("loraserve: adapter %s (model %d): %w", sp.Name, sp.ModelID, err)
		}
		s.log.Info("adapter fetched from the registry", "id", sp.Name, "model_id", sp.ModelID, "version", a.Weights.Version,
			"dir", a.Dir, "paid", s.cfg.PaidAdapters != nil, "datanets", a.Weights.Datanets)
	}
	return nil
}

// registerFetched registers an adapter fetched from the registry under id
// and, on a paid server, prices it as its model id with the attribution
// index of the Datanet versions it was trained on; when pricing fails the
// registration is undone, so it never serves unpriced or unattributed.
func (s *Service) registerFetched(ctx context.Context, id string, a adapterfetch.Adapter) error {
	if err := s.cache.Register(adaptercache.Registration{ID: id, Dir: a.Dir}); err != nil {
		return err
	}
	if s.cfg.PaidAdapters == nil {
		return nil
	}
	if err := s.cfg.PaidAdapters.AddPaid(ctx, id, a.Weights.ModelID, a.Weights.Version, a.Dir, a.Weights.Datanets); err != nil {
		_ = s.cache.Unregister(id)
		return fmt.Errorf("%w: %w", errNotPriced, err)
	}
	return nil
}

// errNotPriced marks a registration undone because it could not be made paid.
var errNotPriced = errors.New("cannot serve it paid")

func (s *Service) initScheduler() {
	s.scheduler = scheduler.New(scheduler.Config{MaxBatch: s.cfg.MaxBatch, MaxBatchTokens: s.cfg.MaxBatchTokens,
		MaxQueue: s.cfg.MaxQueue}, s.model, s.cache, s.metrics)
}

func (s *Service) initAPI() {
	s.handler = &api{svc: s}
}

// Start runs the scheduler and opens the HTTP listener.
func (s *Service) Start(ctx context.Context) error {
	if err := s.checkPaidWeights(ctx); err != nil {
		return err
	}
	if err := s.registerRegistryAdapters(ctx); err != nil {
		return err
	}
	s.scheduler.Start()
	// No server-wide read or write timeout: op-service's default 30 s
	// WriteTimeout cut every answer and stream that took longer, and a
	// ReadTimeout cancels a request's context while it generates. The
	// handlers bound the body read and each write instead.
	srv, err := httputil.StartHTTPServer(s.cfg.ListenAddr, s.handler.routes(), httputil.WithHTTPOptions(httputil.WithTimeouts(
		httputil.HTTPTimeouts{ReadHeaderTimeout: s.cfg.BodyReadTimeout, IdleTimeout: 120 * time.Second})))
	if err != nil {
		_ = s.scheduler.Stop(ctx)
		return fmt.Errorf("loraserve: listen: %w", err)
	}
	s.http = srv
	s.log.Info("loraserve listening", "addr", srv.Addr().String())
	return nil
}

// Stop refuses new requests (503), stops the scheduler (in-flight requests end
// with an error, so open streams close), shuts the HTTP server down and
// releases the model. A second call returns ErrAlreadyStopped.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return ErrAlreadyStopped
	}
	var errs []error
	if err := s.scheduler.Stop(ctx); err != nil {
		errs = append(errs, fmt.Errorf("scheduler: %w", err))
	}
	if s.http != nil {
		if err := s.http.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errs = append(errs, fmt.Errorf("http: %w", err))
		}
	}
	if err := s.model.Close(); err != nil {
		errs = append(errs, fmt.Errorf("model: %w", err))
	}
	err := errors.Join(errs...)
	s.log.Info("loraserve stopped", "err", err)
	return err
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Addr returns the listening address (after Start).
func (s *Service) Addr() net.Addr { return s.http.Addr() }

// URL returns the API base URL, http://host:port.
func (s *Service) URL() string { return "http://" + s.http.Addr().String() }

// Model returns the loaded base model.
func (s *Service) Model() *model.Model { return s.model }

// Cache returns the adapter cache.
func (s *Service) Cache() *adaptercache.Cache { return s.cache }
