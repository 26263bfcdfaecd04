// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package scheduler

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/metrics"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/sample"
)

var (
	// ErrQueueFull is returned by Submit when MaxQueue requests are waiting.
	ErrQueueFull = errors.New("scheduler: queue full")
	// ErrTooLong is returned when prompt plus max_tokens exceed the context or the KV cache.
	ErrTooLong = errors.New("scheduler: request too long")
	// ErrStopped is returned when the scheduler is not running.
	ErrStopped = errors.New("scheduler: stopped")
	// ErrBadRequest is returned for an empty prompt or non-positive max_tokens.
	ErrBadRequest = errors.New("scheduler: bad request")
)

// Finish reasons reported in the last Event.
const (
	FinishStop      = "stop"      // a stop token was sampled
	FinishLength    = "length"    // max_tokens reached
	FinishCancelled = "cancelled" // the request's context ended
	FinishError     = "error"     // see Event.Err
)

// Config bounds the scheduler.
type Config struct {
	MaxBatch       int // sequences per step
	MaxBatchTokens int // tokens per step (prompt chunks + decode tokens)
	MaxQueue       int // waiting requests before ErrQueueFull
}

// Request is one generation job.
type Request struct {
	Ctx       context.Context
	Adapter   string // "" for the base model
	Prompt    []int
	MaxTokens int
	Sampling  sample.Params
	StopIDs   []int
}

// Event is one step of a request's output. The last event has Done set.
type Event struct {
	Token            int // valid when !Done or FinishReason is length/stop with a token
	HasToken         bool
	Done             bool
	FinishReason     string
	Err              error
	PromptTokens     int
	CompletionTokens int
	// Step is the number of the scheduler step that produced the event, so
	// events of different requests can be ordered.
	Step uint64
}

// seqState is a request in the queue or the running batch.
type seqState struct {
	req       *Request
	events    chan Event
	seq       *model.Sequence
	handle    *adaptercache.Handle
	sampler   *sample.Sampler
	pending   []int // tokens still to feed: the prompt's rest, or the last sampled token
	generated int
	pages     int // KV pages reserved for the whole request
	queued    time.Time
	firstTok  bool
	unwatch   func() bool // stops the context watcher
}

// Scheduler is the continuous-batching loop.
type Scheduler struct {
	cfg     Config
	model   *model.Model
	cache   *adaptercache.Cache
	metrics metrics.Metricer

	mu       sync.Mutex
	queues   map[string][]*seqState // waiting, per adapter
	order    []string               // adapters with waiting requests, round-robin order
	waiting  int
	stopped  bool
	started  bool
	wake     chan struct{}
	quit     chan struct{}
	done     chan struct{}
	running  []*seqState
	reserved int    // KV pages reserved by running sequences
	steps    uint64 // forward steps run
}

// New returns a scheduler for m whose adapters come from cache.
func New(cfg Config, m *model.Model, cache *adaptercache.Cache, mt metrics.Metricer) *Scheduler {
	if mt == nil {
		mt = metrics.NoopMetrics{}
	}
	cfg.MaxBatch = max(cfg.MaxBatch, 1)
	cfg.MaxBatchTokens = max(cfg.MaxBatchTokens, cfg.MaxBatch)
	cfg.MaxQueue = max(cfg.MaxQueue, 1)
	return &Scheduler{cfg: cfg, model: m, cache: cache, metrics: mt, queues: make(map[string][]*seqState),
		wake: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
}

// Start launches the loop. Requests submitted before Start wait in the queue.
func (s *Scheduler) Start() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started || s.stopped {
		return
	}
	s.started = true
	go s.loop()
}

// Stop fails every waiting and running request with ErrStopped and waits for
// the loop to exit or ctx to end.
func (s *Scheduler) Stop(ctx context.Context) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil
	}
	s.stopped = true
	close(s.quit)
	started := s.started
	s.mu.Unlock()
	if !started {
		s.failAll(ErrStopped) // no loop to do it
		return nil
	}
	select {
	case <-s.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// QueueLen returns the number of waiting requests.
func (s *Scheduler) QueueLen() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.waiting
}

// Submit queues a request and returns the channel its events arrive on.
func (s *Scheduler) Submit(req *Request) (<-chan Event, error) {
	c := s.model.Config
	if len(req.Prompt) == 0 || req.MaxTokens <= 0 {
		return nil, fmt.Errorf("%w: empty prompt or max_tokens <= 0", ErrBadRequest)
	}
	if err := req.Sampling.Validate(); err != nil {
		return nil, err
	}
	if len(req.Prompt)+req.MaxTokens > c.MaxPositions {
		return nil, fmt.Errorf("%w: %d prompt + %d max_tokens > %d context", ErrTooLong, len(req.Prompt), req.MaxTokens, c.MaxPositions)
	}
	for _, t := range req.Prompt {
		if t < 0 || t >= c.VocabSize {
			return nil, fmt.Errorf("%w: %w: %d", ErrBadRequest, model.ErrToken, t)
		}
	}
	pages := s.model.KV.PagesFor(len(req.Prompt) + req.MaxTokens)
	if pages > s.model.KV.Pages() {
		return nil, fmt.Errorf("%w: needs %d KV pages, cache has %d", ErrTooLong, pages, s.model.KV.Pages())
	}
	if req.Adapter != "" {
		if err := s.cache.Prefetch(req.Adapter); err != nil {
			return nil, err
		}
	}
	if req.Ctx == nil {
		req.Ctx = context.Background()
	}
	st := &seqState{req: req, events: make(chan Event, req.MaxTokens+1), pages: pages, queued: time.Now(),
		sampler: sample.New(req.Sampling), pending: req.Prompt}
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil, ErrStopped
	}
	if s.waiting >= s.cfg.MaxQueue {
		s.mu.Unlock()
		s.metrics.Rejected()
		return nil, ErrQueueFull
	}
	if len(s.queues[req.Adapter]) == 0 {
		s.order = append(s.order, req.Adapter)
	}
	s.queues[req.Adapter] = append(s.queues[req.Adapter], st)
	s.waiting++
	s.metrics.QueueDepth(s.waiting)
	s.mu.Unlock()
	st.unwatch = context.AfterFunc(req.Ctx, s.poke)
	s.poke()
	return st.events, nil
}

func (s *Scheduler) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Scheduler) loop() {
	defer close(s.done)
	for {
		select {
		case <-s.quit:
			s.failAll(ErrStopped)
			return
		default:
		}
		s.dropCancelled()
		s.admit()
		if len(s.running) == 0 {
			select {
			case <-s.quit:
			case <-s.wake:
			case <-s.cache.Ready():
			}
			continue
		}
		s.step()
	}
}

// finish sends the last event and frees the sequence's resources.
func (s *Scheduler) finish(st *seqState, reason string, err error) {
	if st.seq != nil {
		st.seq.Release()
		s.reserved -= st.pages
	}
	if st.handle != nil {
		st.handle.Release()
	}
	if st.unwatch != nil {
		st.unwatch()
	}
	st.events <- Event{Done: true, FinishReason: reason, Err: err, PromptTokens: len(st.req.Prompt), CompletionTokens: st.generated, Step: s.steps}
	close(st.events)
	s.metrics.Request(reason)
}

func (s *Scheduler) dropCancelled() {
	kept := s.running[:0]
	for _, st := range s.running {
		if st.req.Ctx.Err() != nil {
			s.finish(st, FinishCancelled, st.req.Ctx.Err())
			continue
		}
		kept = append(kept, st)
	}
	clear(s.running[len(kept):])
	s.running = kept
	s.metrics.Running(len(s.running))
}

// admit moves waiting requests into the batch, round-robin across adapters.
func (s *Scheduler) admit() {
	s.mu.Lock()
	defer s.mu.Unlock()
	blocked := map[string]bool{}
	for len(s.running) < s.cfg.MaxBatch && len(s.order) > len(blocked) {
		id := s.order[0]
		s.order = append(s.order[1:], id) // rotate: the next adapter goes first next time
		if blocked[id] {
			continue
		}
		q := s.queues[id]
		st := q[0]
		if st.req.Ctx.Err() != nil {
			s.popLocked(id)
			s.finishLocked(st, FinishCancelled, st.req.Ctx.Err())
			continue
		}
		if s.reserved+st.pages > s.model.KV.Pages() {
			blocked[id] = true // not enough KV for this one yet; others may fit
			continue
		}
		if id != "" {
			h, err := s.cache.TryAcquire(id)
			if err != nil {
				s.popLocked(id)
				s.finishLocked(st, FinishError, err)
				continue
			}
			if h == nil {
				blocked[id] = true // loading; the cache's Ready channel wakes the loop
				continue
			}
			st.handle = h
		}
		s.popLocked(id)
		st.seq = s.model.KV.NewSequence()
		s.reserved += st.pages
		s.running = append(s.running, st)
	}
	s.metrics.QueueDepth(s.waiting)
	s.metrics.Running(len(s.running))
}

func (s *Scheduler) finishLocked(st *seqState, reason string, err error) {
	s.mu.Unlock()
	s.finish(st, reason, err)
	s.mu.Lock()
}

func (s *Scheduler) popLocked(id string) {
	q := s.queues[id]
	q[0] = nil
	q = q[1:]
	s.waiting--
	if len(q) == 0 {
		delete(s.queues, id)
		s.order = slices.DeleteFunc(s.order, func(x string) bool { return x == id })
		return
	}
	s.queues[id] = q
}

// step runs one forward pass over the running batch.
func (s *Scheduler) step() {
	budget := s.cfg.MaxBatchTokens
	var entries []model.Entry
	var members []*seqState
	var fed []int
	// Decode tokens first (one each), then prompt chunks with what is left.
	for pass := 0; pass < 2; pass++ {
		for _, st := range s.running {
			decoding := st.generated > 0
			if (pass == 0) != decoding || budget == 0 {
				continue
			}
			n := min(len(st.pending), budget)
			budget -= n
			entries = append(entries, model.Entry{Seq: st.seq, Tokens: st.pending[:n], Adapter: adapterOf(st)})
			members = append(members, st)
			fed = append(fed, n)
		}
	}
	start := time.Now()
	s.steps++
	logits, err := s.model.Forward(entries)
	tokens := 0
	for _, n := range fed {
		tokens += n
	}
	s.metrics.Batch(len(entries), tokens, time.Since(start))
	if err != nil {
		for _, st := range members {
			s.removeRunning(st)
			s.finish(st, FinishError, err)
		}
		return
	}
	// Count first, so metrics are current before any client sees its event.
	prompt, completion := 0, 0
	for i, st := range members {
		if st.generated == 0 {
			prompt += fed[i]
		}
		if fed[i] == len(st.pending) {
			completion++
		}
	}
	s.metrics.Tokens(prompt, completion)
	for i, st := range members {
		st.pending = st.pending[fed[i]:]
		if len(st.pending) > 0 {
			continue // more prompt to feed
		}
		tok := st.sampler.Sample(logits[i])
		if !st.firstTok {
			st.firstTok = true
			s.metrics.TimeToFirstToken(time.Since(st.queued))
		}
		if slices.Contains(st.req.StopIDs, tok) {
			s.removeRunning(st)
			s.finish(st, FinishStop, nil)
			continue
		}
		st.generated++
		st.events <- Event{Token: tok, HasToken: true, Step: s.steps}
		if st.generated >= st.req.MaxTokens {
			s.removeRunning(st)
			s.finish(st, FinishLength, nil)
			continue
		}
		st.pending = []int{tok}
	}
}

func adapterOf(st *seqState) *lora.Adapter {
	if st.handle == nil {
		return nil
	}
	return st.handle.Adapter
}

func (s *Scheduler) removeRunning(st *seqState) {
	if i := slices.Index(s.running, st); i >= 0 {
		s.running = slices.Delete(s.running, i, i+1)
	}
}

func (s *Scheduler) failAll(err error) {
	for _, st := range s.running {
		s.finish(st, FinishError, err)
	}
	s.running = nil
	s.mu.Lock()
	queues := s.queues
	s.queues, s.order, s.waiting = map[string][]*seqState{}, nil, 0
	s.mu.Unlock()
	for _, q := range queues {
		for _, st := range q {
			s.finish(st, FinishError, err)
		}
	}
}
