// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package scheduler_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/sample"
	"github.com/openledger/openledger/loraserve/scheduler"
	"github.com/openledger/openledger/loraserve/testmodel"
)

type env struct {
	m     *model.Model
	cache *adaptercache.Cache
	dirs  map[string]string
}

func newEnv(t *testing.T, adapters, resident int) *env {
	t.Helper()
	root := t.TempDir()
	cfg, err := testmodel.WriteModel(filepath.Join(root, "model"), testmodel.Tiny)
	require.NoError(t, err)
	m, err := model.Load(filepath.Join(root, "model"), model.Options{KVPages: 64, PageSize: 8})
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	dirs, err := testmodel.WriteAdapters(filepath.Join(root, "adapters"), cfg, adapters, 100)
	require.NoError(t, err)
	var maxBytes int64
	for id, d := range dirs {
		a, err := lora.Load(id, d, cfg)
		require.NoError(t, err)
		maxBytes = max(maxBytes, a.Bytes)
	}
	cache := adaptercache.New(maxBytes*int64(resident), adaptercache.DirLoader{Dims: cfg}, nil)
	for id, d := range dirs {
		require.NoError(t, cache.Register(adaptercache.Registration{ID: id, Dir: d}))
	}
	return &env{m: m, cache: cache, dirs: dirs}
}

// collect drains a request's events.
func collect(t *testing.T, ch <-chan scheduler.Event) ([]int, scheduler.Event) {
	t.Helper()
	var toks []int
	for ev := range ch {
		if ev.HasToken {
			toks = append(toks, ev.Token)
		}
		if ev.Done {
			return toks, ev
		}
	}
	t.Fatal("events closed without a final event")
	return nil, scheduler.Event{}
}

var prompt = []int{5, 17, 300, 42, 7, 99, 250, 3, 61, 8, 120, 77, 14, 200, 33, 90, 11, 260, 50}

func TestBatchedMatchesAlone(t *testing.T) {
	e := newEnv(t, 6, 3)
	s := scheduler.New(scheduler.Config{MaxBatch: 4, MaxBatchTokens: 8, MaxQueue: 64}, e.m, e.cache, nil)
	s.Start()
	defer s.Stop(context.Background())
	type job struct {
		adapter string
		prompt  []int
		params  sample.Params
	}
	var jobs []job
	for i := 0; i < 10; i++ {
		ad := ""
		if i%3 != 0 {
			ad = fmt.Sprintf("adapter-%04d", i%6)
		}
		p := sample.Params{TopP: 1}
		if i%4 == 1 {
			p = sample.Params{Temperature: 0.8, TopP: 0.9, Seed: uint64(i)}
		}
		jobs = append(jobs, job{ad, prompt[i%5 : 6+i], p})
	}
	chans := make([]<-chan scheduler.Event, len(jobs))
	for i, j := range jobs {
		ch, err := s.Submit(&scheduler.Request{Adapter: j.adapter, Prompt: j.prompt, MaxTokens: 10, Sampling: j.params})
		require.NoError(t, err)
		chans[i] = ch
	}
	for i, j := range jobs {
		got, last := collect(t, chans[i])
		require.NoError(t, last.Err)
		require.Equal(t, scheduler.FinishLength, last.FinishReason)
		require.Equal(t, len(j.prompt), last.PromptTokens)
		require.Equal(t, 10, last.CompletionTokens)
		var a *lora.Adapter
		if j.adapter != "" {
			h, err := e.cache.Acquire(context.Background(), j.adapter)
			require.NoError(t, err)
			a = h.Adapter
			defer h.Release()
		}
		smp := sample.New(j.params)
		want, err := e.m.Generate(context.Background(), j.prompt, a, 10, nil, smp.Sample)
		require.NoError(t, err)
		require.Equal(t, want, got, "job %d (%s)", i, j.adapter)
	}
	require.Eventually(t, func() bool { return e.m.KV.FreePages() == e.m.KV.Pages() }, 5*time.Second, time.Millisecond)
}

func TestStopToken(t *testing.T) {
	e := newEnv(t, 1, 1)
	s := scheduler.New(scheduler.Config{MaxBatch: 2, MaxBatchTokens: 64, MaxQueue: 4}, e.m, e.cache, nil)
	s.Start()
	defer s.Stop(context.Background())
	want, err := e.m.Generate(context.Background(), prompt, nil, 6, nil, model.Argmax)
	require.NoError(t, err)
	ch, err := s.Submit(&scheduler.Request{Prompt: prompt, MaxTokens: 20, Sampling: sample.Params{TopP: 1}, StopIDs: []int{want[3]}})
	require.NoError(t, err)
	got, last := collect(t, ch)
	require.Equal(t, scheduler.FinishStop, last.FinishReason)
	require.Equal(t, want[:3], got[:3])
	require.NotContains(t, got, want[3])
}

func TestFairnessAcrossAdapters(t *testing.T) {
	e := newEnv(t, 2, 2)
	s := scheduler.New(scheduler.Config{MaxBatch: 1, MaxBatchTokens: 64, MaxQueue: 16}, e.m, e.cache, nil)
	// Five requests for one adapter, then one for another, queued before the loop starts.
	var chans []<-chan scheduler.Event
	ids := []string{"adapter-0000", "adapter-0000", "adapter-0000", "adapter-0000", "adapter-0000", "adapter-0001"}
	for _, id := range ids {
		ch, err := s.Submit(&scheduler.Request{Adapter: id, Prompt: prompt[:4], MaxTokens: 3, Sampling: sample.Params{TopP: 1}})
		require.NoError(t, err)
		chans = append(chans, ch)
	}
	for _, id := range []string{"adapter-0000", "adapter-0001"} {
		h, err := e.cache.Acquire(context.Background(), id) // make both resident
		require.NoError(t, err)
		h.Release()
	}
	s.Start()
	defer s.Stop(context.Background())
	// With one slot, the step of each final event gives the admission order.
	finishStep := make([]uint64, len(chans))
	for i, ch := range chans {
		_, last := collect(t, ch)
		finishStep[i] = last.Step
	}
	pos := func(i int) int {
		k := 0
		for _, st := range finishStep {
			if st < finishStep[i] {
				k++
			}
		}
		return k
	}
	order := finishStep
	require.Less(t, pos(5), pos(2), "the other adapter must not wait behind the whole burst: %v", order)
}

func TestQueueFullAndValidation(t *testing.T) {
	e := newEnv(t, 1, 1)
	s := scheduler.New(scheduler.Config{MaxBatch: 1, MaxBatchTokens: 8, MaxQueue: 2}, e.m, e.cache, nil)
	// Not started: requests stay queued.
	for i := 0; i < 2; i++ {
		_, err := s.Submit(&scheduler.Request{Prompt: prompt[:3], MaxTokens: 2, Sampling: sample.Params{TopP: 1}})
		require.NoError(t, err)
	}
	_, err := s.Submit(&scheduler.Request{Prompt: prompt[:3], MaxTokens: 2, Sampling: sample.Params{TopP: 1}})
	require.ErrorIs(t, err, scheduler.ErrQueueFull)
	tests := []struct {
		name string
		req  scheduler.Request
		want error
	}{
		{"empty", scheduler.Request{MaxTokens: 2, Sampling: sample.Params{TopP: 1}}, scheduler.ErrBadRequest},
		{"too-long", scheduler.Request{Prompt: prompt, MaxTokens: 1000, Sampling: sample.Params{TopP: 1}}, scheduler.ErrTooLong},
		{"bad-token", scheduler.Request{Prompt: []int{-1}, MaxTokens: 1, Sampling: sample.Params{TopP: 1}}, scheduler.ErrBadRequest},
		{"bad-temp", scheduler.Request{Prompt: prompt, MaxTokens: 1, Sampling: sample.Params{Temperature: 9, TopP: 1}}, sample.ErrParams},
		{"unknown-adapter", scheduler.Request{Adapter: "nope", Prompt: prompt, MaxTokens: 1, Sampling: sample.Params{TopP: 1}}, adaptercache.ErrUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Submit(&tc.req)
			require.ErrorIs(t, err, tc.want)
		})
	}
	s.Start()
	require.NoError(t, s.Stop(context.Background()))
	_, err = s.Submit(&scheduler.Request{Prompt: prompt[:3], MaxTokens: 2, Sampling: sample.Params{TopP: 1}})
	require.ErrorIs(t, err, scheduler.ErrStopped)
}

func TestCancellationReleasesResources(t *testing.T) {
	e := newEnv(t, 1, 1)
	s := scheduler.New(scheduler.Config{MaxBatch: 2, MaxBatchTokens: 64, MaxQueue: 4}, e.m, e.cache, nil)
	s.Start()
	defer s.Stop(context.Background())
	// Use a prompt whose greedy continuation has no end token in 200 tokens, so
	// the request is still running when it is cancelled.
	h, err := e.cache.Acquire(context.Background(), "adapter-0000")
	require.NoError(t, err)
	eos := e.m.Config.EOSTokenIDs()
	var p []int
	for start := 0; start < len(prompt)-3 && p == nil; start++ {
		out, err := e.m.Generate(context.Background(), prompt[start:start+3], h.Adapter, 200, eos, model.Argmax)
		require.NoError(t, err)
		if len(out) == 200 {
			p = prompt[start : start+3]
		}
	}
	h.Release()
	require.NotNil(t, p, "every candidate prompt reaches an end token early")
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := s.Submit(&scheduler.Request{Ctx: ctx, Adapter: "adapter-0000", Prompt: p, MaxTokens: 200, Sampling: sample.Params{TopP: 1}, StopIDs: eos})
	require.NoError(t, err)
	ev := <-ch // the first token: the request is running and holds pages and a pin
	require.True(t, ev.HasToken)
	st, _ := e.cache.Lookup("adapter-0000")
	require.Equal(t, 1, st.Pins)
	cancel()
	_, last := collect(t, ch)
	require.Equal(t, scheduler.FinishCancelled, last.FinishReason)
	require.ErrorIs(t, last.Err, context.Canceled)
	require.Less(t, last.CompletionTokens, 200)
	require.Equal(t, e.m.KV.Pages(), e.m.KV.FreePages())
	st, _ = e.cache.Lookup("adapter-0000")
	require.Equal(t, 0, st.Pins)
}
