package store

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/kzg"
)

type memEntry struct {
	blob    []byte
	expires time.Time // zero: never
}

// Memory keeps blobs in memory, optionally for a limited time.
type Memory struct {
	mu        sync.Mutex
	entries   map[string]memEntry
	ttl       time.Duration
	now       func() time.Time
	lastSweep time.Time
	closed    bool
}

// MemoryOption configures a Memory store.
type MemoryOption func(*Memory)

// WithClock replaces the wall clock (for tests of expiry).
func WithClock(now func() time.Time) MemoryOption { return func(m *Memory) { m.now = now } }

// NewMemory returns an empty memory store; ttl 0 keeps blobs until Close.
func NewMemory(ttl time.Duration, opts ...MemoryOption) *Memory {
	m := &Memory{entries: map[string]memEntry{}, ttl: ttl, now: time.Now}
	for _, o := range opts {
		o(m)
	}
	m.lastSweep = m.now()
	return m
}

// Put implements Store.
func (m *Memory) Put(_ context.Context, blob []byte, commitment kzg.Commitment) (*cert.BlobInfo, error) {
	info, err := issueLocal(blob, commitment)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	now := m.now()
	var expires time.Time
	if m.ttl > 0 {
		expires = now.Add(m.ttl)
		if now.Sub(m.lastSweep) >= m.ttl/2 { // amortised: at most a sweep per half TTL
			for k, e := range m.entries {
				if now.After(e.expires) {
					delete(m.entries, k)
				}
			}
			m.lastSweep = now
		}
	}
	m.entries[Key(info)] = memEntry{blob: append([]byte(nil), blob...), expires: expires}
	return info, nil
}

// Get implements Store.
func (m *Memory) Get(_ context.Context, info *cert.BlobInfo) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return nil, fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	k := Key(info)
	e, ok := m.entries[k]
	if !ok {
		return nil, ErrNotFound
	}
	if !e.expires.IsZero() && m.now().After(e.expires) {
		delete(m.entries, k)
		return nil, fmt.Errorf("%w: expired", ErrNotFound)
	}
	return e.blob, nil
}

// Len returns the number of blobs held, expired ones not yet swept included.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.entries)
}

// Health implements Store.
func (m *Memory) Health(context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.closed {
		return fmt.Errorf("%w: memory store closed", ErrUnavailable)
	}
	return nil
}

// Close implements Store; it drops every blob.
func (m *Memory) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed, m.entries = true, nil
	return nil
}

var _ Store = (*Memory)(nil)
