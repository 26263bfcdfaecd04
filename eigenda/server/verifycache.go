package server

import (
	"crypto/sha256"
	"sync"
)

// verifiedBlobs remembers, for the blobs this process committed to on put, the
// SHA-256 of their bytes. A get whose stored bytes hash to the remembered digest
// returns exactly the bytes whose KZG commitment was computed and matched against
// the certificate at put time, so the multi-scalar multiplication need not be
// repeated; any other bytes (a restart, eviction, tampering) go through full KZG
// verification. Bounded FIFO: the oldest entries are forgotten first.
type verifiedBlobs struct {
	mu    sync.Mutex
	max   int
	byKey map[string][sha256.Size]byte
	order []string // insertion order, for eviction
}

func newVerifiedBlobs(max int) *verifiedBlobs {
	return &verifiedBlobs{max: max, byKey: make(map[string][sha256.Size]byte)}
}

func (v *verifiedBlobs) add(key string, blob []byte) {
	if v == nil || v.max <= 0 {
		return
	}
	digest := sha256.Sum256(blob)
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, ok := v.byKey[key]; !ok {
		v.order = append(v.order, key)
	}
	v.byKey[key] = digest
	for len(v.order) > v.max {
		delete(v.byKey, v.order[0])
		v.order = v.order[1:]
	}
}

// matches reports whether blob is byte for byte the blob remembered under key.
func (v *verifiedBlobs) matches(key string, blob []byte) bool {
	if v == nil || v.max <= 0 {
		return false
	}
	v.mu.Lock()
	digest, ok := v.byKey[key]
	v.mu.Unlock()
	return ok && sha256.Sum256(blob) == digest
}
