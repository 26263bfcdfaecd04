package store

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type memEntry struct {
	blob    []byte
	expires time.Time // zero: never
}

// MemoryConfig bounds a Memory store.
type MemoryConfig struct {
	// TTL forgets blobs this long after they were put (0: never).
	TTL time.Duration
	// MaxBytes caps the bytes held: putting more evicts the oldest blobs
	// (0: no cap).
	MaxBytes int64
}

// MemoryStats describe a Memory store.
type MemoryStats struct {
	Entries   int
	Bytes     int64
	Evictions uint64 // blobs dropped to keep within MaxBytes
}

// Memory keeps blobs in memory, within a time and size budget.
type Memory struct {
	mu        sync.Mutex
	cfg       MemoryConfig
	entries   map[string]*memEntry
	order     []string // keys in insertion order (may hold removed keys)
	bytes     int64
	evictions uint64
	now       func() time.Time
	lastSweep time.Time
	closed    bool
}

// MemoryOption configures a Memory store.
type MemoryOption func(*Memory)

// WithClock replaces the wall clock (for tests of expiry).
func WithClock(now func() time.Time) MemoryOption { return func(m *Memory) { m.now = now } }

// NewMemory returns an empty memory store.
func NewMemory(cfg MemoryConfig, opts ...MemoryOption) *Memory {
	m := &Memory{cfg: cfg, entries: map[string]*memEntry{}, now: time.Now}
	for _, o := range opts {
		o(m)
	}
	m.lastSweep = m.now()
	return m
}

func (m *Memory) remove(key string) {
	if e, ok := m.entries[key]; ok {
		m.bytes -= int64(len(e.blob))
		delete(m.entries, key)
	}
}

// sweep drops expired entries, at most once per half TTL (amortised).
func (m *Memory) sweep(now time.Time) {
	if m.cfg.TTL <= 0 || now.Sub(m.lastSweep) < m.cfg.TTL/2 {
		return
	}
	for k, e := range m.entries {
		if now.After(e.expires) {
			m.remove(k)
		}
	}
	m.lastSweep = now
	m.compact()
}

// compact drops removed keys from the eviction order once they dominate it.
func (m *Memory) compact() {
	if len(m.order) < 2*len(m.entries)+64 {
		return
	}
	live := m.order[:0]
	for _, k := range m.order {
		if _, ok := m.entries[k]; ok {
			live = append(live, k)
		}
	}
	m.order = live
}

// PutBlob implements Blobs: the blob is kept until its TTL, or until newer
// blobs need its room under MaxBytes.
func (m *Memory) PutBlob(_ context.Context, key string, blob []byte) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if m.cfg.MaxBytes > 0 && int64(len(blob)) > m.cfg.MaxBytes {
		return fmt.Errorf("%w: %d bytes, budget %d", ErrTooLarge, len(blob), m.cfg.MaxBytes)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	now := m.now()
	m.sweep(now)
	m.remove(key)
	for m.cfg.MaxBytes > 0 && m.bytes+int64(len(blob)) > m.cfg.MaxBytes && len(m.order) > 0 {
		oldest := m.order[0]
		m.order = m.order[1:]
		if _, ok := m.entries[oldest]; ok {
			m.remove(oldest)
			m.evictions++
		}
	}
	var expires time.Time
	if m.cfg.TTL > 0 {
		expires = now.Add(m.cfg.TTL)
	}
	m.entries[key] = &memEntry{blob: append([]byte(nil), blob...), expires: expires}
	m.order = append(m.order, key)
	m.bytes += int64(len(blob))
	return nil
}

// GetBlob implements Blobs.
func (m *Memory) GetBlob(_ context.Context, key string) ([]byte, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	e, ok := m.entries[key]
	if !ok {
		return nil, ErrNotFound
	}
	if !e.expires.IsZero() && m.now().After(e.expires) {
		m.remove(key)
		return nil, fmt.Errorf("%w: expired", ErrNotFound)
	}
	return e.blob, nil
}

// Stats returns the store's size and evictions; expired entries not yet
// swept are counted.
func (m *Memory) Stats() MemoryStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	return MemoryStats{Entries: len(m.entries), Bytes: m.bytes, Evictions: m.evictions}
}

// Len returns the number of blobs held, expired ones not yet swept included.
func (m *Memory) Len() int { return m.Stats().Entries }

// Health implements Blobs.
func (m *Memory) Health(context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	return nil
}

// Close implements Blobs; it drops every blob.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed, m.entries, m.order, m.bytes = true, nil, nil, 0
	return nil
}

var _ Blobs = (*Memory)(nil)
