// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/openledger/openledger/ipfs"
)

// hostileNode serves whatever archive a test gives it: a compromised node or
// gateway.
type hostileNode struct {
	kind    ipfs.Kind
	archive []byte
}

func (n hostileNode) Stat(context.Context, cid.Cid, string) (ipfs.Stat, error) {
	return ipfs.Stat{Kind: n.kind, Size: uint64(len(n.archive))}, nil
}
func (n hostileNode) Cat(context.Context, cid.Cid, string) (io.ReadCloser, error) {
	return io.NopCloser(bytes.NewReader(n.archive)), nil
}
func (n hostileNode) Get(context.Context, cid.Cid, string) (io.ReadCloser, error) {
	return io.NopCloser(bytes.NewReader(n.archive)), nil
}
func (n hostileNode) String() string { return "hostile node" }

type tarEntry struct {
	name     string
	typeflag byte
	body     string
	link     string
}

func makeTar(t testing.TB, entries ...tarEntry) []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Typeflag: e.typeflag, Mode: 0o644, Size: int64(len(e.body)), Linkname: e.link}
		if e.typeflag != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			tw.Write([]byte(e.body))
		}
	}
	tw.Close()
	return buf.Bytes()
}

const someCID = "ipfs://bafkreib5nvzgleh6dhpnabda6wgguuuo45rjs4slfln34tpprmnhe4etuy"

// Archives a node could send that must never be unpacked: each is refused
// and nothing is left on disk, inside or outside the destination.
func TestFetchRefusesHostileArchives(t *testing.T) {
	top := tarEntry{name: "QmTop", typeflag: tar.TypeDir}
	file := func(name, body string) tarEntry { return tarEntry{name: name, typeflag: tar.TypeReg, body: body} }
	tests := []struct {
		name    string
		archive []byte
		max     uint64
		err     error
	}{
		{"path-traversal", makeTar(t, top, file("QmTop/../../escaped", "x")), 0, ipfs.ErrUnsupported},
		{"absolute-path", makeTar(t, top, file("/tmp/escaped", "x")), 0, ipfs.ErrUnsupported},
		{"outside-the-top", makeTar(t, top, file("QmOther/a", "x")), 0, ipfs.ErrUnsupported},
		{"symlink", makeTar(t, top, tarEntry{name: "QmTop/l", typeflag: tar.TypeSymlink, link: "/etc/passwd"}), 0, ipfs.ErrUnsupported},
		{"hardlink", makeTar(t, top, file("QmTop/a", "x"), tarEntry{name: "QmTop/b", typeflag: tar.TypeLink, link: "QmTop/a"}), 0, ipfs.ErrUnsupported},
		{"device", makeTar(t, top, tarEntry{name: "QmTop/dev", typeflag: tar.TypeChar}), 0, ipfs.ErrUnsupported},
		{"duplicate-file", makeTar(t, top, file("QmTop/a", "x"), file("QmTop/a", "y")), 0, ipfs.ErrUnsupported},
		{"no-top-directory", makeTar(t, file("a", "x")), 0, ipfs.ErrUnsupported},
		{"backslash-name", makeTar(t, top, file(`QmTop/a\..\b`, "x")), 0, ipfs.ErrUnsupported},
		{"over-the-size-limit", makeTar(t, top, file("QmTop/a", "12345"), file("QmTop/b", "67890")), 9, ipfs.ErrTooLarge},
		{"empty-archive", nil, 0, ipfs.ErrEmpty},
		{"only-directories", makeTar(t, top, tarEntry{name: "QmTop/d", typeflag: tar.TypeDir}), 0, ipfs.ErrEmpty},
		{"truncated", makeTar(t, top, file("QmTop/a", "0123456789"))[:1024+5], 0, io.ErrUnexpectedEOF},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := t.TempDir()
			out := filepath.Join(base, "out")
			os.Mkdir(out, 0o755)
			s := ipfs.NewStore(hostileNode{kind: ipfs.KindDirectory, archive: tc.archive})
			_, err := s.Fetch(context.Background(), someCID, common.Hash{1}, filepath.Join(out, "x"), ipfs.FetchOptions{MaxBytes: tc.max})
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			noLeftovers(t, out)
			noLeftovers(t, base, "out")
		})
	}
}

// Arbitrary bytes from a node never panic the unpacker nor leave anything
// behind; only content matching the expected hash is installed.
func FuzzFetchArchive(f *testing.F) {
	f.Add(makeTar(f, tarEntry{name: "QmTop", typeflag: tar.TypeDir}, tarEntry{name: "QmTop/a", typeflag: tar.TypeReg, body: "x"}))
	f.Add([]byte("not a tar"))
	f.Fuzz(func(t *testing.T, archive []byte) {
		base := t.TempDir()
		s := ipfs.NewStore(hostileNode{kind: ipfs.KindDirectory, archive: archive})
		_, err := s.Fetch(context.Background(), someCID, common.Hash{1}, filepath.Join(base, "x"), ipfs.FetchOptions{MaxBytes: 1 << 20})
		if err == nil {
			t.Fatal("content with an unknowable hash accepted")
		}
		noLeftovers(t, base)
	})
}
