// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/modelfactory/trainer"
)

// Publisher puts a finished adapter directory on IPFS; *ipfs.Store does.
type Publisher interface {
	Publish(ctx context.Context, name string) (ipfs.Ref, error)
}

// Config configures the service.
type Config struct {
	// ListenAddr is the HTTP address (host:port; port 0 picks one).
	ListenAddr string
	// DataDir holds jobs/<id>/ (job.json, the trainer's checkpoints, the adapter).
	DataDir string
	// Workers is how many jobs train at once (default 1).
	Workers int
	// CheckpointEvery is the trainer's checkpoint interval in steps (default 20).
	CheckpointEvery int
	// MaxJobsPerOwner bounds the unfinished jobs of one owner (default 4).
	MaxJobsPerOwner int
	// Chain, when set, serves the listings of base models and Datanets
	// (GET /v1/base-models, GET /v1/datanets) from the registries.
	Chain Caller
}

// Service is the ModelFactory service: a Lifecycle (Start, Stop, Stopped).
type Service struct {
	cfg     Config
	src     Source
	pub     Publisher
	log     log.Logger
	metrics *Metrics

	mu      sync.Mutex
	jobs    map[string]*jobState
	nonces  *nonces
	queue   chan string
	ln      net.Listener
	srv     *http.Server
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
}

// jobState is a job with its live parts.
type jobState struct {
	Job
	Losses []LossPoint `json:"losses"`
	cancel context.CancelFunc
	subs   map[chan event]struct{}
}

type event struct {
	name string
	data any
}

// New returns a service over src (chain + IPFS reads) and pub (IPFS writes).
func New(cfg Config, src Source, pub Publisher, logger log.Logger) (*Service, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("modelfactory: no data directory")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 1
	}
	if cfg.CheckpointEvery <= 0 {
		cfg.CheckpointEvery = 20
	}
	if cfg.MaxJobsPerOwner <= 0 {
		cfg.MaxJobsPerOwner = 4
	}
	if logger == nil {
		logger = log.Root()
	}
	return &Service{cfg: cfg, src: src, pub: pub, log: logger, metrics: NewMetrics(), jobs: map[string]*jobState{}}, nil
}

// Metrics returns the service's Prometheus metrics.
func (s *Service) Metrics() *Metrics { return s.metrics }

// Addr is the address the HTTP server listens on (after Start).
func (s *Service) Addr() string { return s.ln.Addr().String() }

// Start loads the persisted jobs, queues the unfinished ones again (they
// resume from their checkpoints), starts the workers and the HTTP server.
func (s *Service) Start(ctx context.Context) error {
	if err := os.MkdirAll(filepath.Join(s.cfg.DataDir, "jobs"), 0o755); err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	if err := s.load(); err != nil {
		return err
	}
	n, err := openNonces(s.cfg.DataDir)
	if err != nil {
		return err
	}
	s.nonces = n
	ln, err := net.Listen("tcp", s.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("modelfactory: listen: %w", err)
	}
	s.ln = ln
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.queue = make(chan string, 1<<16)
	var pending []*jobState
	for _, j := range s.jobs {
		if !j.State.Final() {
			j.State = StateQueued
			pending = append(pending, j)
		}
	}
	sort.Slice(pending, func(a, b int) bool { return pending[a].CreatedAt.Before(pending[b].CreatedAt) })
	for _, j := range pending {
		s.queue <- j.ID
	}
	s.updateGauges()
	for range s.cfg.Workers {
		s.wg.Add(1)
		go s.worker()
	}
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("modelfactory: http server", "err", err)
		}
	}()
	s.log.Info("modelfactory listening", "addr", ln.Addr().String(), "jobs", len(s.jobs), "resumed", len(pending))
	return nil
}

// Stop stops the HTTP server and the workers; a running job saves a
// checkpoint and stays queued for the next start.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	var err error
	if s.srv != nil {
		err = s.srv.Shutdown(ctx)
	}
	if s.cancel != nil {
		s.cancel()
	}
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	return err
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

func (s *Service) jobDir(id string) string { return filepath.Join(s.cfg.DataDir, "jobs", id) }

// load reads every jobs/<id>/job.json.
func (s *Service) load() error {
	entries, err := os.ReadDir(filepath.Join(s.cfg.DataDir, "jobs"))
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(s.jobDir(e.Name()), "job.json"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("modelfactory: job %s: %w", e.Name(), err)
		}
		var j jobState
		if err := json.Unmarshal(b, &j); err != nil {
			return fmt.Errorf("modelfactory: job %s: %w", e.Name(), err)
		}
		j.subs = map[chan event]struct{}{}
		s.jobs[j.ID] = &j
	}
	return nil
}

// save persists j; the caller holds s.mu.
func (s *Service) save(j *jobState) error {
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(s.jobDir(j.ID), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(filepath.Join(s.jobDir(j.ID), "job.json"), b, 0o644)
}

// publish sends an event to j's subscribers; the caller holds s.mu. A
// subscriber too slow to take it misses it (the next state event catches up).
func (s *Service) publish(j *jobState, name string, data any) {
	for ch := range j.subs {
		select {
		case ch <- event{name, data}:
		default:
		}
	}
}

// setState moves j to state, persists it and tells subscribers.
func (s *Service) setState(j *jobState, state State, errText string) {
	j.State, j.Error, j.UpdatedAt = state, errText, time.Now().UTC()
	if err := s.save(j); err != nil {
		s.log.Error("modelfactory: saving job", "id", j.ID, "err", err)
	}
	s.publish(j, "state", j.Job)
	s.updateGaugesLocked()
}

// Create validates req and queues a job.
func (s *Service) Create(req Request) (Job, error) {
	if err := req.Check(); err != nil {
		return Job{}, err
	}
	req.Owner = common.HexToAddress(req.Owner).Hex()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped.Load() {
		return Job{}, errors.New("modelfactory: stopping")
	}
	open := 0
	for _, j := range s.jobs {
		if strings.EqualFold(j.Owner, req.Owner) && !j.State.Final() {
			open++
		}
	}
	if open >= s.cfg.MaxJobsPerOwner {
		return Job{}, fmt.Errorf("%w: owner %s has %d unfinished jobs (at most %d)", ErrInvalid, req.Owner, open, s.cfg.MaxJobsPerOwner)
	}
	var idb [8]byte
	if _, err := rand.Read(idb[:]); err != nil {
		return Job{}, err
	}
	now := time.Now().UTC()
	j := &jobState{Job: Job{ID: hex.EncodeToString(idb[:]), Owner: req.Owner, State: StateQueued, BaseModelID: req.BaseModelID,
		Datanets: req.Datanets, Hyperparameters: req.Hyperparameters, CreatedAt: now, UpdatedAt: now},
		Losses: []LossPoint{}, subs: map[chan event]struct{}{}}
	if err := s.save(j); err != nil {
		return Job{}, fmt.Errorf("modelfactory: %w", err)
	}
	select {
	case s.queue <- j.ID:
	default:
		return Job{}, errors.New("modelfactory: queue full")
	}
	s.jobs[j.ID] = j
	s.metrics.created.Inc()
	s.updateGaugesLocked()
	return j.Job, nil
}

// Get returns a job.
func (s *Service) Get(id string) (Job, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return Job{}, false
	}
	return j.Job, true
}

// List returns the jobs of owner (all when empty), newest first.
func (s *Service) List(owner string) []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []Job{}
	for _, j := range s.jobs {
		if owner == "" || strings.EqualFold(j.Owner, owner) {
			out = append(out, j.Job)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].CreatedAt.After(out[b].CreatedAt) })
	return out
}

// Losses returns a job's loss curve.
func (s *Service) Losses(id string) ([]LossPoint, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return nil, false
	}
	return append([]LossPoint{}, j.Losses...), true
}

// Cancel stops a queued or running job (a running one saves a checkpoint).
func (s *Service) Cancel(id string) (Job, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return Job{}, errNotFound
	}
	if j.State.Final() {
		return j.Job, fmt.Errorf("%w: job %s is %s", ErrInvalid, id, j.State)
	}
	if j.cancel != nil {
		j.cancel()
	}
	s.setState(j, StateCancelled, "")
	return j.Job, nil
}

// Subscribe returns a channel of j's events and a function to stop them.
func (s *Service) subscribe(id string) (chan event, Job, func(), bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.jobs[id]
	if !ok {
		return nil, Job{}, nil, false
	}
	ch := make(chan event, 64)
	j.subs[ch] = struct{}{}
	return ch, j.Job, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(j.subs, ch)
	}, true
}

func (s *Service) worker() {
	defer s.wg.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case id := <-s.queue:
			s.run(id)
		}
	}
}

// run trains one job.
func (s *Service) run(id string) {
	s.mu.Lock()
	j, ok := s.jobs[id]
	if !ok || j.State != StateQueued || s.ctx.Err() != nil {
		s.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	j.cancel = cancel
	s.setState(j, StateRunning, "")
	s.mu.Unlock()

	start := time.Now()
	res, err := s.train(ctx, j)
	s.mu.Lock()
	defer s.mu.Unlock()
	j.cancel = nil
	switch {
	case j.State == StateCancelled:
		s.metrics.finished.WithLabelValues(string(StateCancelled)).Inc()
	case err == nil:
		j.Result = res
		s.setState(j, StateSucceeded, "")
		s.metrics.finished.WithLabelValues(string(StateSucceeded)).Inc()
		s.metrics.seconds.Observe(time.Since(start).Seconds())
	case s.ctx.Err() != nil:
		// The service is stopping: the job stays queued and resumes from its
		// checkpoint on the next start.
		j.State = StateQueued
		if err := s.save(j); err != nil {
			s.log.Error("modelfactory: saving job", "id", j.ID, "err", err)
		}
	default:
		s.log.Warn("modelfactory: job failed", "id", j.ID, "err", err)
		s.setState(j, StateFailed, err.Error())
		s.metrics.finished.WithLabelValues(string(StateFailed)).Inc()
	}
}

// train loads the base model and the data, trains, and publishes the adapter.
func (s *Service) train(ctx context.Context, j *jobState) (*Result, error) {
	h := j.Hyperparameters
	w, err := s.src.Weights(ctx, j.BaseModelID, 0)
	if err != nil {
		return nil, fmt.Errorf("base model %d: %w", j.BaseModelID, err)
	}
	if w.Adapter {
		return nil, fmt.Errorf("model %d is an adapter, not a base model", j.BaseModelID)
	}
	dir, err := s.src.FetchWeights(ctx, w)
	if err != nil {
		return nil, fmt.Errorf("base model %d: %w", j.BaseModelID, err)
	}
	m, err := model.Load(dir, model.Options{KVPages: 1})
	if err != nil {
		return nil, fmt.Errorf("base model %d: %w", j.BaseModelID, err)
	}
	defer m.Close()
	if m.Tokenizer == nil {
		return nil, fmt.Errorf("base model %d has no tokenizer", j.BaseModelID)
	}
	data, used, err := loadData(ctx, s.src, m.Tokenizer, j.Datanets, min(h.MaxSeqLen, m.Config.MaxPositions))
	if err != nil {
		return nil, err
	}
	data, eval := splitHeldOut(data, h.evalFraction(), h.Seed)
	out := filepath.Join(s.jobDir(j.ID), "train")
	cfg := trainer.Config{
		Rank: h.Rank, Alpha: h.Alpha, Targets: h.TargetModules, LearningRate: h.LearningRate, WarmupSteps: h.WarmupSteps,
		Epochs: h.Epochs, BatchSize: h.BatchSize, Seed: h.Seed, CheckpointEvery: s.cfg.CheckpointEvery,
	}
	t, err := trainer.New(m, data, cfg, trainer.Options{Dir: out, AdapterID: "job-" + j.ID, BaseModel: fmt.Sprintf("model:%d", j.BaseModelID),
		Eval: eval, EvalEvery: max(1, cfg.TotalSteps(len(data))/10), Progress: func(p trainer.Progress) {
			s.progress(j, p)
		}})
	if err != nil {
		return nil, err
	}
	if err := s.evalBefore(j, t, eval); err != nil {
		return nil, err
	}
	res, err := t.Run(ctx)
	if err != nil {
		return nil, err
	}
	return s.finish(ctx, j, m, w, res, data, eval, used)
}

// evalBefore records the held-out loss of the base model (the adapter
// starts with B = 0) once per job.
func (s *Service) evalBefore(j *jobState, t *trainer.Trainer, eval []trainer.Example) error {
	s.mu.Lock()
	done := j.EvalLossBefore != nil || len(eval) == 0
	s.mu.Unlock()
	if done {
		return nil
	}
	loss, err := t.Evaluate(eval)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	j.EvalExamples, j.EvalLossBefore = len(eval), &loss
	return s.save(j)
}

// finish computes the training-time attribution of a trained adapter, puts
// it, the step log and the provenance into the adapter directory, builds the
// span index of the Datanet versions, and publishes both.
func (s *Service) finish(ctx context.Context, j *jobState, m *model.Model, w onchain.Weights, res *trainer.Result,
	data, eval []trainer.Example, used []TrainedOn) (*Result, error) {
	h := j.Hyperparameters
	infl, err := trainingInfluence(ctx, m, res.Adapter, data, eval)
	if err != nil {
		return nil, err
	}
	inflJSON, err := json.MarshalIndent(infl, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(res.AdapterPath, attribution.TrainingInfluenceFile), inflJSON, 0o644); err != nil {
		return nil, err
	}
	stepLog, err := os.ReadFile(filepath.Join(s.jobDir(j.ID), "train", trainer.StepLogFile))
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(res.AdapterPath, trainer.StepLogFile), stepLog, 0o644); err != nil {
		return nil, err
	}
	index, err := s.spanIndex(ctx, j, m)
	if err != nil {
		return nil, err
	}
	inflHash := crypto.Keccak256Hash(inflJSON)
	prov, err := json.MarshalIndent(map[string]any{
		"baseModelId": j.BaseModelID, "baseModelVersion": w.Version, "baseModelHash": w.Hash, "datanets": used,
		"stepLogSha256": res.StepLogSHA256, "stepLog": trainer.StepLogFile, "dataSha256": res.DataSHA256,
		"seed": h.Seed, "batchSize": h.BatchSize, "examples": len(data), "evalExamples": len(eval),
		"influence": attribution.TrainingInfluenceFile, "influenceKeccak256": inflHash,
		"spanIndex": index, "owner": j.Owner, "job": j.ID,
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(res.AdapterPath, "provenance.json"), prov, 0o644); err != nil {
		return nil, err
	}
	ref, err := s.pub.Publish(ctx, res.AdapterPath)
	if err != nil {
		return nil, fmt.Errorf("publishing the adapter: %w", err)
	}
	r := &Result{WeightsHash: ref.Hash, URI: ref.URI, Rank: h.Rank, Alpha: res.Config.Alpha, TargetModules: h.TargetModules,
		Datanets: used, StepLogSHA256: res.StepLogSHA256, DataSHA256: res.DataSHA256, AdapterSHA256: res.AdapterSHA256,
		Examples: len(data), EvalExamples: len(eval), EvalLossAfter: res.EvalLoss, Influence: infl, InfluenceHash: inflHash,
		SpanIndex: index}
	s.mu.Lock()
	r.EvalLossBefore = j.EvalLossBefore
	s.mu.Unlock()
	if n := len(res.Losses); n > 0 {
		r.FinalLoss = res.Losses[n-1]
	}
	return r, nil
}

// progress records one trainer step.
func (s *Service) progress(j *jobState, p trainer.Progress) {
	s.mu.Lock()
	defer s.mu.Unlock()
	loss := p.Loss
	j.Step, j.TotalSteps, j.Loss, j.UpdatedAt = p.Step, p.Steps, &loss, time.Now().UTC()
	if p.EvalLoss != nil {
		j.EvalLoss = p.EvalLoss
	}
	if n := len(j.Losses); n == 0 || j.Losses[n-1].Step < p.Step {
		j.Losses = append(j.Losses, LossPoint{Step: p.Step, Loss: p.Loss, EvalLoss: p.EvalLoss})
	}
	s.metrics.steps.Inc()
	s.metrics.tokensPerSecond.Set(p.TokensPerSecond)
	if p.Checkpoint || p.Step == p.Steps {
		if err := s.save(j); err != nil {
			s.log.Error("modelfactory: saving job", "id", j.ID, "err", err)
		}
	}
	s.publish(j, "progress", ProgressEvent{Step: p.Step, TotalSteps: p.Steps, Loss: p.Loss,
		TokensPerSecond: p.TokensPerSecond, ETASeconds: p.ETA.Seconds(), EvalLoss: p.EvalLoss})
}

func (s *Service) updateGauges() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.updateGaugesLocked()
}

func (s *Service) updateGaugesLocked() {
	counts := map[State]int{}
	for _, j := range s.jobs {
		counts[j.State]++
	}
	for _, st := range []State{StateQueued, StateRunning, StateSucceeded, StateFailed, StateCancelled} {
		s.metrics.jobs.WithLabelValues(string(st)).Set(float64(counts[st]))
	}
}

// Metrics are the service's Prometheus metrics.
type Metrics struct {
	reg             *prometheus.Registry
	jobs            *prometheus.GaugeVec
	created         prometheus.Counter
	finished        *prometheus.CounterVec
	steps           prometheus.Counter
	tokensPerSecond prometheus.Gauge
	seconds         prometheus.Histogram
	requests        *prometheus.CounterVec
}

// Namespace prefixes every metric name.
const Namespace = "modelfactory"

// NewMetrics registers the metrics in a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		jobs: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "jobs",
			Help: "jobs by state"}, []string{"state"}),
		created: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "jobs_created_total",
			Help: "jobs accepted"}),
		finished: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "jobs_finished_total",
			Help: "jobs that ended, by final state"}, []string{"state"}),
		steps: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "training_steps_total",
			Help: "optimizer steps taken"}),
		tokensPerSecond: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "training_tokens_per_second",
			Help: "training throughput of the last step"}),
		seconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: Namespace, Name: "job_seconds",
			Help: "wall time of succeeded jobs", Buckets: prometheus.ExponentialBuckets(1, 4, 10)}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "http_requests_total",
			Help: "HTTP requests by route and status code"}, []string{"route", "code"}),
	}
	m.reg.MustRegister(m.jobs, m.created, m.finished, m.steps, m.tokensPerSecond, m.seconds, m.requests)
	return m
}

// Registry returns the registry the metrics are in.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }
