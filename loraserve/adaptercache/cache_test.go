// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package adaptercache_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/adaptercache"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/testmodel"
)

// countingLoader wraps DirLoader, counts loads and checks the budget each time.
type countingLoader struct {
	adaptercache.DirLoader
	loads   sync.Map // id -> *atomic.Int32
	cache   atomic.Pointer[adaptercache.Cache]
	overrun atomic.Bool
	gate    chan struct{} // when set, Load waits for it
}

func (l *countingLoader) Load(reg adaptercache.Registration) (*lora.Adapter, error) {
	v, _ := l.loads.LoadOrStore(reg.ID, new(atomic.Int32))
	v.(*atomic.Int32).Add(1)
	if c := l.cache.Load(); c != nil && c.Used() > c.Budget() {
		l.overrun.Store(true)
	}
	if l.gate != nil {
		<-l.gate
	}
	return l.DirLoader.Load(reg)
}

func (l *countingLoader) count(id string) int32 {
	v, ok := l.loads.Load(id)
	if !ok {
		return 0
	}
	return v.(*atomic.Int32).Load()
}

type fixture struct {
	cfg    *model.Config
	dirs   map[string]string
	size   int64 // bytes of one adapter (all generated ones have rank 8, same targets)
	loader *countingLoader
}

func newFixture(t *testing.T, n int) *fixture {
	t.Helper()
	root := t.TempDir()
	cfg, err := testmodel.WriteModel(root+"/model", testmodel.Tiny)
	require.NoError(t, err)
	f := &fixture{cfg: cfg, dirs: map[string]string{}, loader: &countingLoader{DirLoader: adaptercache.DirLoader{Dims: cfg}}}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("a%02d", i)
		a := testmodel.NewAdapter(id, cfg, testmodel.AdapterSpec{Seed: uint64(i), Rank: 8})
		require.NoError(t, lora.Save(root+"/"+id, a))
		f.dirs[id] = root + "/" + id
		f.size = a.Bytes
	}
	return f
}

func (f *fixture) cache(t *testing.T, adapters int) *adaptercache.Cache {
	c := adaptercache.New(f.size*int64(adapters), f.loader, nil)
	f.loader.cache.Store(c)
	for id, dir := range f.dirs {
		require.NoError(t, c.Register(adaptercache.Registration{ID: id, Dir: dir}))
	}
	return c
}

func TestBudgetNeverExceeded(t *testing.T) {
	f := newFixture(t, 24)
	c := f.cache(t, 4)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				id := fmt.Sprintf("a%02d", (g*7+i*5)%24)
				h, err := c.Acquire(context.Background(), id)
				if err != nil {
					t.Error(err)
					return
				}
				if h.Adapter.ID != id {
					t.Errorf("got %s want %s", h.Adapter.ID, id)
				}
				if c.Used() > c.Budget() {
					t.Errorf("used %d > budget %d", c.Used(), c.Budget())
				}
				h.Release()
			}
		}(g)
	}
	wg.Wait()
	require.False(t, f.loader.overrun.Load(), "budget exceeded during a load")
	require.LessOrEqual(t, c.Used(), c.Budget())
	resident := 0
	for _, s := range c.List() {
		if s.Resident {
			resident++
			require.Equal(t, 0, s.Pins)
		}
	}
	require.LessOrEqual(t, resident, 4)
}

func TestPinnedNeverEvicted(t *testing.T) {
	f := newFixture(t, 10)
	c := f.cache(t, 3)
	pinned, err := c.Acquire(context.Background(), "a00")
	require.NoError(t, err)
	for i := 1; i < 10; i++ {
		h, err := c.Acquire(context.Background(), fmt.Sprintf("a%02d", i))
		require.NoError(t, err)
		h.Release()
		s, _ := c.Lookup("a00")
		require.True(t, s.Resident, "pinned adapter evicted after loading a%02d", i)
	}
	require.Equal(t, int32(1), f.loader.count("a00"))
	pinned.Release()
	pinned.Release() // idempotent
	// Now it can go.
	for i := 1; i < 10; i++ {
		h, err := c.Acquire(context.Background(), fmt.Sprintf("a%02d", i))
		require.NoError(t, err)
		h.Release()
	}
	s, _ := c.Lookup("a00")
	require.False(t, s.Resident)
}

func TestConcurrentMissLoadsOnce(t *testing.T) {
	f := newFixture(t, 2)
	f.loader.gate = make(chan struct{})
	c := f.cache(t, 2)
	var wg sync.WaitGroup
	handles := make([]*adaptercache.Handle, 16)
	for i := range handles {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			h, err := c.Acquire(context.Background(), "a01")
			if err != nil {
				t.Error(err)
				return
			}
			handles[i] = h
		}(i)
	}
	// Non-blocking callers see "loading", not an error.
	h, err := c.TryAcquire("a01")
	require.NoError(t, err)
	require.Nil(t, h)
	close(f.loader.gate)
	wg.Wait()
	require.Equal(t, int32(1), f.loader.count("a01"))
	s, _ := c.Lookup("a01")
	require.Equal(t, 16, s.Pins)
	for _, h := range handles {
		require.Same(t, handles[0].Adapter, h.Adapter)
		h.Release()
	}
	select {
	case <-c.Ready():
	default:
		t.Fatal("no ready notification after a load")
	}
	h, err = c.TryAcquire("a01")
	require.NoError(t, err)
	require.NotNil(t, h)
	h.Release()
}

func TestLoadWaitsForRoom(t *testing.T) {
	f := newFixture(t, 3)
	c := f.cache(t, 1)
	h0, err := c.Acquire(context.Background(), "a00")
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = c.Acquire(ctx, "a01")
	require.ErrorIs(t, err, context.DeadlineExceeded, "the only slot is pinned")
	h0.Release()
	h1, err := c.Acquire(context.Background(), "a01")
	require.NoError(t, err)
	h1.Release()
	s, _ := c.Lookup("a00")
	require.False(t, s.Resident)
}

func TestErrors(t *testing.T) {
	f := newFixture(t, 2)
	c := f.cache(t, 2)
	_, err := c.Acquire(context.Background(), "nope")
	require.ErrorIs(t, err, adaptercache.ErrUnknown)
	require.ErrorIs(t, c.Register(adaptercache.Registration{ID: "a00", Dir: f.dirs["a00"]}), adaptercache.ErrExists)

	// Hash mismatch.
	require.NoError(t, c.Register(adaptercache.Registration{ID: "bad", Dir: f.dirs["a00"], Hash: [32]byte{1}}))
	_, err = c.Acquire(context.Background(), "bad")
	require.ErrorIs(t, err, adaptercache.ErrHashMismatch)
	require.LessOrEqual(t, c.Used(), int64(0))
	// Matching hash.
	want, err := lora.HashFile(f.dirs["a00"])
	require.NoError(t, err)
	require.NoError(t, c.Register(adaptercache.Registration{ID: "good", Dir: f.dirs["a00"], Hash: want}))
	h, err := c.Acquire(context.Background(), "good")
	require.NoError(t, err)
	h.Release()

	// Larger than the whole budget.
	small := adaptercache.New(f.size-1, f.loader, nil)
	require.NoError(t, small.Register(adaptercache.Registration{ID: "a00", Dir: f.dirs["a00"]}))
	_, err = small.Acquire(context.Background(), "a00")
	require.ErrorIs(t, err, adaptercache.ErrTooLarge)
	// TryAcquire reports the failed load once, then retries.
	_, err = small.TryAcquire("a00")
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		_, err := small.TryAcquire("a00")
		return err != nil
	}, 5*time.Second, time.Millisecond)
}

func TestUnregisterWhilePinned(t *testing.T) {
	f := newFixture(t, 1)
	c := f.cache(t, 1)
	h, err := c.Acquire(context.Background(), "a00")
	require.NoError(t, err)
	require.NoError(t, c.Unregister("a00"))
	_, err = c.TryAcquire("a00")
	require.ErrorIs(t, err, adaptercache.ErrUnknown)
	require.Equal(t, f.size, c.Used(), "pinned weights stay until released")
	require.NotNil(t, h.Adapter.Layers)
	h.Release()
	require.Equal(t, int64(0), c.Used())
	require.ErrorIs(t, c.Unregister("a00"), adaptercache.ErrUnknown)
}

func TestOnEvict(t *testing.T) {
	f := newFixture(t, 3)
	c := f.cache(t, 1)
	evicted := make(chan string, 4)
	c.OnEvict(func(a *lora.Adapter) { evicted <- a.ID })
	for _, id := range []string{"a00", "a01", "a02"} {
		h, err := c.Acquire(context.Background(), id)
		require.NoError(t, err)
		h.Release()
	}
	require.Equal(t, "a00", <-evicted)
	require.Equal(t, "a01", <-evicted)
	require.NoError(t, c.Unregister("a02"))
	require.Equal(t, "a02", <-evicted)
}
