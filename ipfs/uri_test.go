// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs_test

import (
	"errors"
	"testing"

	"github.com/openledger/openledger/ipfs"
)

func TestParseURI(t *testing.T) {
	const v1 = "bafkreib5nvzgleh6dhpnabda6wgguuuo45rjs4slfln34tpprmnhe4etuy"
	const v0 = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"
	tests := []struct {
		uri     string
		cid     string
		sub     string
		invalid bool
	}{
		{uri: "ipfs://" + v1, cid: v1},
		{uri: "ipfs://" + v0, cid: v0},
		{uri: "ipfs://" + v1 + "/tokenizer.json", cid: v1, sub: "tokenizer.json"},
		{uri: "ipfs://" + v1 + "/a/b/", cid: v1, sub: "a/b"},
		{uri: "file:///home/me/.openledger/store/abc", invalid: true},
		{uri: "https://ipfs.io/ipfs/" + v1, invalid: true},
		{uri: "ipfs://", invalid: true},
		{uri: "ipfs://not-a-cid", invalid: true},
		{uri: "ipfs://" + v1 + "/../etc/passwd", invalid: true},
		{uri: "ipfs://" + v1 + "/a/../../b", invalid: true},
		{uri: "ipfs://" + v1 + "/a//b", invalid: true},
		{uri: "ipfs://" + v1 + "/.", invalid: true},
		{uri: "IPFS://" + v1, invalid: true},
	}
	for _, tc := range tests {
		t.Run(tc.uri, func(t *testing.T) {
			c, sub, err := ipfs.ParseURI(tc.uri)
			if tc.invalid {
				if !errors.Is(err, ipfs.ErrNotIPFS) {
					t.Fatalf("err = %v, want ErrNotIPFS", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.String() != tc.cid || sub != tc.sub {
				t.Fatalf("got %s %q", c, sub)
			}
			if tc.sub == "" && ipfs.URI(c) != tc.uri {
				t.Fatalf("URI(%s) = %s", c, ipfs.URI(c))
			}
		})
	}
}

func FuzzParseURI(f *testing.F) {
	f.Add("ipfs://bafkreib5nvzgleh6dhpnabda6wgguuuo45rjs4slfln34tpprmnhe4etuy/a/b")
	f.Add("ipfs://QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")
	f.Add("ipfs://x/../..")
	f.Fuzz(func(t *testing.T, uri string) {
		c, sub, err := ipfs.ParseURI(uri)
		if err != nil {
			return
		}
		if !c.Defined() {
			t.Fatal("undefined CID accepted")
		}
		if sub == ".." || len(sub) >= 3 && sub[:3] == "../" || len(sub) > 0 && sub[0] == '/' {
			t.Fatalf("path %q escapes the root", sub)
		}
	})
}
