package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/internal/fakedisperser"
	"github.com/openledger/openledger/eigenda/kzg"
)

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(256, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

var verifier = cert.NewVerifier(testSRS, cert.DefaultRequiredQuorums)

func blobOf(t *testing.T, payload string) ([]byte, kzg.Commitment) {
	t.Helper()
	blob, err := codec.PayloadToBlob([]byte(payload))
	if err != nil {
		t.Fatal(err)
	}
	c, err := testSRS.CommitBlob(blob)
	if err != nil {
		t.Fatal(err)
	}
	return blob, c
}

// contract runs the behaviour every Store shares.
func contract(t *testing.T, s Store) {
	ctx := context.Background()
	if err := s.Health(ctx); err != nil {
		t.Fatal(err)
	}
	var infos []*cert.BlobInfo
	var blobs [][]byte
	for _, p := range []string{"one", "two", "three"} {
		blob, c := blobOf(t, p)
		info, err := s.Put(ctx, blob, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := verifier.VerifyCert(info); err != nil {
			t.Fatalf("issued certificate does not verify: %v", err)
		}
		infos, blobs = append(infos, info), append(blobs, blob)
	}
	for i, info := range infos {
		got, err := s.Get(ctx, info)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, blobs[i]) {
			t.Fatalf("blob %d differs", i)
		}
		if err := verifier.VerifyBlob(info, got); err != nil {
			t.Fatal(err)
		}
	}
	unknown, c := blobOf(t, "never stored")
	other, _ := IssueLocal(unknown, c)
	if _, err := s.Get(ctx, other); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown certificate: got %v", err)
	}
}

func TestMemory(t *testing.T) {
	m := NewLocal(NewMemory(MemoryConfig{}))
	contract(t, m)
	_ = m.Close()
	blob, c := blobOf(t, "x")
	if _, err := m.Put(context.Background(), blob, c); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("put after close: %v", err)
	}
	if err := m.Health(context.Background()); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("health after close: %v", err)
	}
}

func TestMemoryTTL(t *testing.T) {
	now := time.Unix(1000, 0)
	mem := NewMemory(MemoryConfig{TTL: time.Minute}, WithClock(func() time.Time { return now }))
	m := NewLocal(mem)
	ctx := context.Background()
	blob, c := blobOf(t, "expiring")
	info, err := m.Put(ctx, blob, c)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(59 * time.Second)
	if _, err := m.Get(ctx, info); err != nil {
		t.Fatalf("before expiry: %v", err)
	}
	now = now.Add(2 * time.Second)
	if _, err := m.Get(ctx, info); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after expiry: %v", err)
	}
	// Expired entries are swept by later puts, so memory does not grow forever.
	for i := range 3 {
		b, c := blobOf(t, string(rune('a'+i)))
		if _, err := m.Put(ctx, b, c); err != nil {
			t.Fatal(err)
		}
	}
	now = now.Add(2 * time.Minute)
	b, c2 := blobOf(t, "fresh")
	if _, err := m.Put(ctx, b, c2); err != nil {
		t.Fatal(err)
	}
	if mem.Len() != 1 {
		t.Fatalf("%d entries after sweep, want 1", mem.Len())
	}
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	fb, err := NewFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	f := NewLocal(fb)
	contract(t, f)

	// Reopening serves what was stored and removes stale temporary files.
	blob, c := blobOf(t, "persisted")
	info, err := f.Put(context.Background(), blob, c)
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "put-123"+tmpSuffix)
	if err := os.WriteFile(stale, []byte("partial"), 0o644); err != nil {
		t.Fatal(err)
	}
	fb2, err := NewFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	f2 := NewLocal(fb2)
	got, err := f2.Get(context.Background(), info)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("after reopen: %v", err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("stale temporary file survived: %v", err)
	}

	// A vanished directory makes the store unavailable, not "not found".
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := f2.Health(context.Background()); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("health: %v", err)
	}
	if _, err := f2.Get(context.Background(), info); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("get: %v", err)
	}
	if _, err := f2.Put(context.Background(), blob, c); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("put: %v", err)
	}
}

func TestDisperserStore(t *testing.T) {
	fake := fakedisperser.New(testSRS)
	addr, err := fake.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Stop()
	client, err := disperser.NewClient(disperser.ClientConfig{Target: addr, StatusPollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	s := NewDisperser(client, 10*time.Second)
	defer s.Close()
	contract(t, s)

	fake.SetUnavailable(true)
	blob, c := blobOf(t, "down")
	if _, err := s.Put(context.Background(), blob, c); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("put while unavailable: %v", err)
	}
}

// TestMemoryBudget fills a memory store past its byte budget: the oldest blobs
// go first, the total never exceeds the budget, and a blob larger than the
// whole budget is refused.
func TestMemoryBudget(t *testing.T) {
	ctx := context.Background()
	m := NewMemory(MemoryConfig{MaxBytes: 10_000})
	blob := func(i int) []byte { return bytes.Repeat([]byte{byte(i)}, 3000) }
	key := func(i int) string { return V2Key([32]byte{byte(i)}) }
	for i := range 10 {
		if err := m.PutBlob(ctx, key(i), blob(i)); err != nil {
			t.Fatal(err)
		}
		if st := m.Stats(); st.Bytes > 10_000 {
			t.Fatalf("after %d puts the store holds %d bytes, budget 10000", i+1, st.Bytes)
		}
	}
	st := m.Stats()
	if st.Entries != 3 || st.Evictions != 7 {
		t.Fatalf("stats %+v, want the 3 newest blobs kept and 7 evicted", st)
	}
	for i := range 10 {
		_, err := m.GetBlob(ctx, key(i))
		if kept := i >= 7; kept != (err == nil) {
			t.Fatalf("blob %d: kept=%v err=%v", i, kept, err)
		}
	}
	// Replacing a key does not count twice.
	if err := m.PutBlob(ctx, key(9), blob(9)); err != nil || m.Stats().Bytes != 9000 {
		t.Fatalf("replace: %v, %d bytes", err, m.Stats().Bytes)
	}
	if err := m.PutBlob(ctx, key(99), make([]byte, 10_001)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized blob: %v", err)
	}
}

// TestBadKeys: keys name files, so only hex (and the v2- prefix) is accepted.
func TestBadKeys(t *testing.T) {
	f, err := NewFile(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Blobs{NewMemory(MemoryConfig{}), f} {
		for _, k := range []string{"", "../etc/passwd", "ABCD", "v2-", "v2-../x", "a/b", "0x12", string(make([]byte, 200))} {
			if err := s.PutBlob(context.Background(), k, []byte{1}); !errors.Is(err, ErrBadKey) {
				t.Fatalf("%T put %q: %v", s, k, err)
			}
			if _, err := s.GetBlob(context.Background(), k); !errors.Is(err, ErrBadKey) {
				t.Fatalf("%T get %q: %v", s, k, err)
			}
		}
	}
}

// TestSecondary: blobs put through a store with a secondary are also in the
// secondary, and gets fall back to it when the primary lost the blob.
func TestSecondary(t *testing.T) {
	ctx := context.Background()
	primary := NewMemory(MemoryConfig{})
	secondary, err := NewFile(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := WithSecondary(NewLocal(primary), secondary)
	blob, c := blobOf(t, "kept twice")
	info, err := s.Put(ctx, blob, c)
	if err != nil {
		t.Fatal(err)
	}
	_ = primary.Close() // the primary is gone
	got, err := s.Get(ctx, info)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("fallback to secondary: %v", err)
	}
	other, c2 := blobOf(t, "never stored")
	info2, _ := IssueLocal(other, c2)
	if _, err := s.Get(ctx, info2); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("primary down and secondary without the blob: %v", err)
	}
}
