// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/ipfs/rpc"
)

// writeTree creates files (slash paths → contents) and empty directories
// (paths ending in "/") under a new directory named name.
func writeTree(t *testing.T, name string, files map[string]string) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed+1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// sameTree fails unless dirs a and b hold the same files with the same bytes.
func sameTree(t *testing.T, a, b string) {
	t.Helper()
	list := func(root string) map[string][]byte {
		out := map[string][]byte{}
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			if d.Type().IsRegular() {
				rel, _ := filepath.Rel(root, p)
				out[rel], _ = os.ReadFile(p)
			}
			return nil
		})
		return out
	}
	fa, fb := list(a), list(b)
	if len(fa) != len(fb) {
		t.Fatalf("%d files, want %d", len(fb), len(fa))
	}
	for name, content := range fa {
		if !bytes.Equal(content, fb[name]) {
			t.Fatalf("%s differs", name)
		}
	}
}

// noLeftovers fails if dir holds anything but want.
func noLeftovers(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Fatalf("%s holds %v, want %v", dir, names, want)
	}
}

// Content added through one node is fetched, verified, through another node
// that has its own repository and reaches the first only over libp2p.
func TestPublishOnOneNodeFetchFromAnother(t *testing.T) {
	a, b := kubotest.Pair(t)
	publisher, reader := ipfs.NewStore(a.Client), ipfs.NewStore(b.Client)
	large := randomBytes(3<<20+12345, 7) // several 256 KiB chunks
	tests := []struct {
		name  string
		make  func(t *testing.T) string
		isDir bool
	}{
		{"small-file", func(t *testing.T) string {
			return writeTree(t, "x", map[string]string{"qa.jsonl": `{"q":"a"}` + "\n"}) + "/qa.jsonl"
		}, false},
		{"multi-chunk-file", func(t *testing.T) string {
			return writeTree(t, "x", map[string]string{"big.bin": string(large)}) + "/big.bin"
		}, false},
		{"adapter-directory", func(t *testing.T) string {
			return writeTree(t, "med-lora", map[string]string{
				"adapter_config.json":        `{"r":16,"lora_alpha":32}`,
				"adapter_model.safetensors":  string(large[:1<<20]),
				"nested/deeper/notes.txt":    "trained on datanet 1 version 2",
				"name with spaces & ünïcode": "ok",
				".hidden":                    "hidden files are content too",
				"empty-dir/":                 "",
			})
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.make(t)
			ref, err := publisher.Publish(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			wantHash, wantSize, err := ipfs.HashPath(src)
			if err != nil {
				t.Fatal(err)
			}
			if ref.Hash != wantHash || ref.Size != wantSize || !strings.HasPrefix(ref.URI, "ipfs://baf") {
				t.Fatalf("ref %+v, want hash %s size %d", ref, wantHash, wantSize)
			}
			pinned, err := a.Client.Pinned(context.Background(), ref.CID)
			if err != nil || !pinned {
				t.Fatalf("not pinned on the publishing node: %v %v", pinned, err)
			}
			// Publishing again gives the same CID.
			if again, err := publisher.Publish(context.Background(), src); err != nil || again != ref {
				t.Fatalf("second publish %+v %v", again, err)
			}

			out := t.TempDir()
			dst := filepath.Join(out, "fetched")
			got, err := reader.Fetch(context.Background(), ref.URI, ref.Hash, dst, ipfs.FetchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Hash != ref.Hash || got.Size != ref.Size || got.CID != ref.CID {
				t.Fatalf("fetched %+v, published %+v", got, ref)
			}
			if tc.isDir {
				sameTree(t, src, dst)
			} else {
				want, _ := os.ReadFile(src)
				have, _ := os.ReadFile(dst)
				if !bytes.Equal(want, have) {
					t.Fatal("fetched bytes differ")
				}
			}
			noLeftovers(t, out, "fetched")
		})
	}
}

// A reader refuses content that does not hash to what the chain records, and
// leaves nothing behind.
func TestFetchRefusesTamperedContent(t *testing.T) {
	a, b := kubotest.Pair(t)
	publisher, reader := ipfs.NewStore(a.Client), ipfs.NewStore(b.Client)
	ctx := context.Background()

	orig := writeTree(t, "adapter", map[string]string{"adapter_config.json": `{"r":8}`, "adapter_model.safetensors": "weights"})
	tampered := writeTree(t, "adapter", map[string]string{"adapter_config.json": `{"r":8}`, "adapter_model.safetensors": "weightz"})
	origRef, err := publisher.Publish(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	badRef, err := publisher.Publish(ctx, tampered)
	if err != nil {
		t.Fatal(err)
	}
	file := writeTree(t, "c", map[string]string{"a.txt": "the contribution"}) + "/a.txt"
	badFile := writeTree(t, "c", map[string]string{"a.txt": "the contributiOn"}) + "/a.txt"
	fileRef, err := publisher.Publish(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	badFileRef, err := publisher.Publish(ctx, badFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		uri  string
		want common.Hash
	}{
		{"directory-with-a-changed-file", badRef.URI, origRef.Hash},
		{"file-with-a-changed-byte", badFileRef.URI, fileRef.Hash},
		{"file-where-a-directory-is-recorded", fileRef.URI, origRef.Hash},
		{"directory-where-a-file-is-recorded", origRef.URI, fileRef.Hash},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			_, err := reader.Fetch(ctx, tc.uri, tc.want, filepath.Join(out, "x"), ipfs.FetchOptions{})
			if !errors.Is(err, ipfs.ErrHashMismatch) {
				t.Fatalf("err = %v, want ErrHashMismatch", err)
			}
			if !strings.Contains(err.Error(), tc.want.Hex()) || !strings.Contains(err.Error(), "refused") {
				t.Fatalf("error does not say what the chain records: %v", err)
			}
			noLeftovers(t, out)
		})
	}
}

// Fetch bounds what it accepts by the size the caller allows.
func TestFetchSizeLimit(t *testing.T) {
	a := kubotest.Start(t)
	s := ipfs.NewStore(a.Client)
	ctx := context.Background()
	file := writeTree(t, "c", map[string]string{"a.txt": "0123456789"}) + "/a.txt"
	dir := writeTree(t, "d", map[string]string{"a": "0123456789", "b": "0123456789"})
	for _, tc := range []struct {
		name string
		src  string
		max  uint64
		err  error
	}{
		{"file-at-limit", file, 10, nil},
		{"file-over-limit", file, 9, ipfs.ErrTooLarge},
		{"dir-at-limit", dir, 20, nil},
		{"dir-over-limit", dir, 19, ipfs.ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ref, err := s.Publish(ctx, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			_, err = s.Fetch(ctx, ref.URI, ref.Hash, filepath.Join(out, "x"), ipfs.FetchOptions{MaxBytes: tc.max})
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if tc.err != nil {
				noLeftovers(t, out)
			}
		})
	}
}

// A node that is down gives a clear error after the client's retries, and a
// node that comes back during the retries serves the fetch.
func TestNodeDown(t *testing.T) {
	a := kubotest.Start(t)
	ctx := context.Background()
	src := writeTree(t, "c", map[string]string{"a.txt": "content that must survive a restart"}) + "/a.txt"
	ref, err := ipfs.NewStore(a.Client).Publish(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	api := a.Daemon.APIURL()
	a.Stop(t)

	t.Run("stays-down", func(t *testing.T) {
		var retries atomic.Int32
		c, err := rpc.New(api, rpc.WithRetry(3, time.Millisecond), rpc.OnRetry(func(int, error, time.Duration) { retries.Add(1) }))
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		_, err = ipfs.NewStore(c).Fetch(ctx, ref.URI, ref.Hash, filepath.Join(out, "x"), ipfs.FetchOptions{})
		if !errors.Is(err, ipfs.ErrUnavailable) {
			t.Fatalf("err = %v, want ErrUnavailable", err)
		}
		for _, want := range []string{api, "3 attempts", "connection refused"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not mention %q", err, want)
			}
		}
		if retries.Load() != 2 {
			t.Fatalf("%d retries, want 2", retries.Load())
		}
		noLeftovers(t, out)
	})

	t.Run("comes-back", func(t *testing.T) {
		var restarted atomic.Bool
		c, err := rpc.New(api, rpc.WithRetry(3, time.Millisecond), rpc.OnRetry(func(attempt int, err error, _ time.Duration) {
			if !strings.Contains(err.Error(), "connection refused") {
				t.Errorf("retry %d after %v", attempt, err)
			}
			if restarted.CompareAndSwap(false, true) {
				a.Restart(t) // the operator brings the node back
			}
		}))
		if err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		got, err := ipfs.NewStore(c).Fetch(ctx, ref.URI, ref.Hash, filepath.Join(out, "x"), ipfs.FetchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !restarted.Load() || got.Hash != crypto.Keccak256Hash([]byte("content that must survive a restart")) {
			t.Fatalf("restarted %v, got %+v", restarted.Load(), got)
		}
	})
}

// Content no reachable peer has is reported as not found after the find
// timeout, not as an empty file.
func TestFetchNotFound(t *testing.T) {
	a, b := kubotest.Pair(t)
	ctx := context.Background()
	// A CID that exists only on a's repo once we add it; remove it there so
	// nobody has it.
	src := writeTree(t, "c", map[string]string{"a.txt": "soon gone"}) + "/a.txt"
	ref, err := ipfs.NewStore(a.Client).Publish(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Client.Unpin(ctx, ref.CID); err != nil {
		t.Fatal(err)
	}
	if err := a.Client.GC(ctx); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	_, err = ipfs.NewStore(b.Client, ipfs.WithFindTimeout(3*time.Second)).Fetch(ctx, ref.URI, ref.Hash, filepath.Join(out, "x"), ipfs.FetchOptions{})
	if !errors.Is(err, ipfs.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	noLeftovers(t, out)
}

// The cache fetches once and serves the verified copy afterwards.
func TestCache(t *testing.T) {
	a, b := kubotest.Pair(t)
	ctx := context.Background()
	dir := writeTree(t, "adapter", map[string]string{"adapter_config.json": "{}", "adapter_model.safetensors": "w"})
	ref, err := ipfs.NewStore(a.Client).Publish(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	cache, err := ipfs.NewCache(t.TempDir(), ipfs.NewStore(b.Client))
	if err != nil {
		t.Fatal(err)
	}
	p, err := cache.Get(ctx, ref.URI, ref.Hash, ipfs.FetchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p != cache.PathOf(ref.Hash) {
		t.Fatalf("path %s", p)
	}
	sameTree(t, dir, p)
	// With both nodes gone, the cached copy still serves.
	a.Stop(t)
	b.Stop(t)
	if p2, err := cache.Get(ctx, ref.URI, ref.Hash, ipfs.FetchOptions{}); err != nil || p2 != p {
		t.Fatalf("cached get %s %v", p2, err)
	}
}
