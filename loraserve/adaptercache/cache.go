// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package adaptercache

import (
	"container/list"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/openledger/openledger/loraserve/gguf"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/metrics"
	"github.com/openledger/openledger/loraserve/safetensors"
)

var (
	// ErrUnknown is returned for an adapter id that is not registered.
	ErrUnknown = errors.New("adaptercache: unknown adapter")
	// ErrExists is returned when registering an id twice.
	ErrExists = errors.New("adaptercache: adapter already registered")
	// ErrTooLarge is returned when an adapter alone exceeds the byte budget.
	ErrTooLarge = errors.New("adaptercache: adapter larger than the cache budget")
	// ErrHashMismatch is returned when the weights on disk differ from the registered hash.
	ErrHashMismatch = errors.New("adaptercache: adapter weights hash mismatch")
)

// Registration says where an adapter lives and what it must hash to.
type Registration struct {
	ID string
	// Dir is a PEFT adapter directory or a GGUF adapter file.
	Dir string
	// Hash, when non-zero, must equal the SHA-256 of adapter_model.safetensors
	// (or of the GGUF file).
	Hash [32]byte
}

// Loader reads adapters from storage.
type Loader interface {
	// Size returns the bytes the adapter will occupy once loaded.
	Size(reg Registration) (int64, error)
	// Load reads and validates the adapter.
	Load(reg Registration) (*lora.Adapter, error)
}

// DirLoader loads PEFT directories, or GGUF adapter files, for a base model
// of the given dimensions.
type DirLoader struct{ Dims lora.Dims }

// Size implements Loader by reading only the safetensors or GGUF header.
func (l DirLoader) Size(reg Registration) (int64, error) {
	if lora.IsGGUFFile(reg.Dir) {
		g, err := gguf.Open(reg.Dir)
		if err != nil {
			return 0, fmt.Errorf("%w: %w", lora.ErrWeights, err)
		}
		defer g.Close()
		var n int64
		for _, t := range g.Tensors() {
			n += int64(t.Elements()) * 4
		}
		return n, nil
	}
	f, err := safetensors.Open(filepath.Join(reg.Dir, lora.WeightsFile))
	if err != nil {
		return 0, fmt.Errorf("%w: %w", lora.ErrWeights, err)
	}
	defer f.Close()
	var n int64
	for _, name := range f.Names() {
		info, _ := f.Info(name)
		n += int64(info.NumElements()) * 4
	}
	return n, nil
}

// Load implements Loader and checks the registered hash.
func (l DirLoader) Load(reg Registration) (*lora.Adapter, error) {
	load := lora.Load
	if lora.IsGGUFFile(reg.Dir) {
		load = lora.LoadGGUF
	}
	a, err := load(reg.ID, reg.Dir, l.Dims)
	if err != nil {
		return nil, err
	}
	if reg.Hash != ([32]byte{}) && a.Hash != reg.Hash {
		return nil, fmt.Errorf("%w: %s has %x, registered %x", ErrHashMismatch, reg.ID, a.Hash, reg.Hash)
	}
	return a, nil
}

// entry is one registered adapter.
type entry struct {
	reg      Registration
	adapter  *lora.Adapter // nil when not resident
	bytes    int64         // reserved or resident bytes
	pins     int
	elem     *list.Element // position in the LRU while resident
	loading  chan struct{} // closed when the current load finishes; nil when idle
	err      error         // result of the last load
	removed  bool
	lastUsed time.Time
}

// Cache is the byte-budgeted adapter cache. It is safe for concurrent use.
type Cache struct {
	budget  int64
	loader  Loader
	metrics metrics.Metricer

	onEvict func(*lora.Adapter)

	mu      sync.Mutex
	room    *sync.Cond // signalled when pins drop or memory frees
	entries map[string]*entry
	lru     *list.List // front = most recently used; resident entries only
	used    int64
	notify  chan struct{}
}

// New returns a cache of budget bytes.
func New(budget int64, loader Loader, m metrics.Metricer) *Cache {
	if m == nil {
		m = metrics.NoopMetrics{}
	}
	c := &Cache{budget: budget, loader: loader, metrics: m, entries: make(map[string]*entry), lru: list.New(), notify: make(chan struct{}, 1)}
	c.room = sync.NewCond(&c.mu)
	return c
}

// OnEvict sets a function called (without the cache lock) with every adapter
// whose weights leave the cache, so a device backend can free its copies.
// Set it before use.
func (c *Cache) OnEvict(f func(*lora.Adapter)) { c.onEvict = f }

// Budget returns the byte budget.
func (c *Cache) Budget() int64 { return c.budget }

// Ready returns a channel that receives after any load finishes, so a
// scheduler waiting on TryAcquire knows when to look again.
func (c *Cache) Ready() <-chan struct{} { return c.notify }

func (c *Cache) signal() {
	select {
	case c.notify <- struct{}{}:
	default:
	}
}

// Register adds an adapter without loading it.
func (c *Cache) Register(reg Registration) error {
	if reg.ID == "" || reg.Dir == "" {
		return fmt.Errorf("%w: id and dir are required", ErrUnknown)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[reg.ID]; ok {
		return fmt.Errorf("%w: %s", ErrExists, reg.ID)
	}
	c.entries[reg.ID] = &entry{reg: reg}
	c.reportLocked()
	return nil
}

// Unregister removes an adapter; pinned weights stay until released.
func (c *Cache) Unregister(id string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknown, id)
	}
	delete(c.entries, id)
	e.removed = true
	if e.pins == 0 && e.adapter != nil {
		c.dropLocked(e)
	}
	c.reportLocked()
	return nil
}

// Handle pins an adapter until Release.
type Handle struct {
	c       *Cache
	e       *entry
	Adapter *lora.Adapter
	once    sync.Once
}

// Release unpins the adapter. It is safe to call more than once.
func (h *Handle) Release() {
	h.once.Do(func() {
		c := h.c
		c.mu.Lock()
		defer c.mu.Unlock()
		h.e.pins--
		if h.e.pins == 0 {
			if h.e.removed && h.e.adapter != nil {
				c.dropLocked(h.e)
				c.reportLocked()
			}
			c.room.Broadcast()
		}
	})
}

// TryAcquire pins the adapter if it is resident. Otherwise it starts (or
// joins) an asynchronous load and returns a nil handle with a nil error; a
// load that failed is reported once as the error and retried on the next call.
func (c *Cache) TryAcquire(id string) (*Handle, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknown, id)
	}
	if e.adapter != nil {
		c.metrics.CacheHit()
		return c.pinLocked(e), nil
	}
	if e.loading != nil {
		return nil, nil
	}
	if e.err != nil {
		err := e.err
		e.err = nil
		return nil, err
	}
	c.metrics.CacheMiss()
	c.startLoadLocked(e)
	return nil, nil
}

// Acquire pins the adapter, loading it first if needed, until ctx ends.
func (c *Cache) Acquire(ctx context.Context, id string) (*Handle, error) {
	first := true
	for {
		c.mu.Lock()
		e, ok := c.entries[id]
		if !ok {
			c.mu.Unlock()
			return nil, fmt.Errorf("%w: %s", ErrUnknown, id)
		}
		if e.adapter != nil {
			if first {
				c.metrics.CacheHit()
			}
			h := c.pinLocked(e)
			c.mu.Unlock()
			return h, nil
		}
		if e.loading == nil {
			if !first && e.err != nil {
				err := e.err
				e.err = nil
				c.mu.Unlock()
				return nil, err
			}
			e.err = nil
			c.metrics.CacheMiss()
			c.startLoadLocked(e)
		}
		done := e.loading
		c.mu.Unlock()
		first = false
		select {
		case <-done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Prefetch starts loading an adapter in the background if it is not resident.
func (c *Cache) Prefetch(id string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknown, id)
	}
	if e.adapter == nil && e.loading == nil {
		e.err = nil
		c.metrics.CacheMiss()
		c.startLoadLocked(e)
	}
	return nil
}

func (c *Cache) pinLocked(e *entry) *Handle {
	e.pins++
	e.lastUsed = time.Now()
	c.lru.MoveToFront(e.elem)
	return &Handle{c: c, e: e, Adapter: e.adapter}
}

func (c *Cache) startLoadLocked(e *entry) {
	done := make(chan struct{})
	e.loading = done
	go c.load(e, done)
}

// load reserves room, reads the adapter and publishes the result.
func (c *Cache) load(e *entry, done chan struct{}) {
	start := time.Now()
	adapter, reserved, err := c.loadReserved(e)
	c.metrics.CacheLoad(time.Since(start), err)
	c.mu.Lock()
	switch {
	case err != nil:
		c.used -= reserved
		e.err = err
	case e.removed:
		c.used -= reserved
	default:
		// Settle the reservation to the real size (equal unless the file changed).
		c.used += adapter.Bytes - reserved
		e.adapter, e.bytes = adapter, adapter.Bytes
		e.elem = c.lru.PushFront(e)
	}
	e.loading = nil
	close(done)
	c.room.Broadcast()
	c.reportLocked()
	c.mu.Unlock()
	c.signal()
}

func (c *Cache) loadReserved(e *entry) (*lora.Adapter, int64, error) {
	size, err := c.loader.Size(e.reg)
	if err != nil {
		return nil, 0, err
	}
	if size > c.budget {
		return nil, 0, fmt.Errorf("%w: %s needs %d bytes, budget %d", ErrTooLarge, e.reg.ID, size, c.budget)
	}
	c.mu.Lock()
	for c.used+size > c.budget {
		if !c.evictOneLocked() {
			c.room.Wait() // everything resident is pinned or loading: wait for a release
		}
	}
	c.used += size
	c.mu.Unlock()
	a, err := c.loader.Load(e.reg)
	if err == nil && a.Bytes > size {
		err = fmt.Errorf("%w: %s grew from %d to %d bytes while loading", ErrTooLarge, e.reg.ID, size, a.Bytes)
	}
	return a, size, err
}

// evictOneLocked drops the least recently used unpinned adapter.
func (c *Cache) evictOneLocked() bool {
	for el := c.lru.Back(); el != nil; el = el.Prev() {
		e := el.Value.(*entry)
		if e.pins == 0 {
			c.dropLocked(e)
			c.metrics.CacheEviction()
			return true
		}
	}
	return false
}

func (c *Cache) dropLocked(e *entry) {
	c.lru.Remove(e.elem)
	c.used -= e.bytes
	if c.onEvict != nil {
		go c.onEvict(e.adapter) // never under the lock: the hook may be slow
	}
	e.adapter, e.elem, e.bytes = nil, nil, 0
	c.room.Broadcast()
}

func (c *Cache) reportLocked() {
	c.metrics.CacheResidency(len(c.entries), c.lru.Len(), c.used)
}

// Status describes one registered adapter.
type Status struct {
	ID       string
	Dir      string
	Resident bool
	Loading  bool
	Pins     int
	Bytes    int64
	Hash     [32]byte
	LastUsed time.Time
}

// List returns every registered adapter sorted by id.
func (c *Cache) List() []Status {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Status, 0, len(c.entries))
	for _, e := range c.entries {
		out = append(out, statusOf(e))
	}
	slices.SortFunc(out, func(a, b Status) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Lookup returns one adapter's status.
func (c *Cache) Lookup(id string) (Status, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[id]
	if !ok {
		return Status{}, false
	}
	return statusOf(e), true
}

func statusOf(e *entry) Status {
	s := Status{ID: e.reg.ID, Dir: e.reg.Dir, Resident: e.adapter != nil, Loading: e.loading != nil,
		Pins: e.pins, Bytes: e.bytes, Hash: e.reg.Hash, LastUsed: e.lastUsed}
	if e.adapter != nil {
		s.Hash = e.adapter.Hash
	}
	return s
}

// Used returns the resident (and reserved) bytes.
func (c *Cache) Used() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used
}
