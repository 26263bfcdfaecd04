// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"fmt"
	"path"
	"strings"

	"github.com/ipfs/go-cid"
)

// Scheme is the URI scheme of content on IPFS.
const Scheme = "ipfs://"

// URI returns the ipfs:// URI of c.
func URI(c cid.Cid) string { return Scheme + c.String() }

// ParseURI splits an ipfs://<CID>[/path] URI into its CID and the path inside
// the content ("" for the root). The path may not climb out of the root.
func ParseURI(uri string) (cid.Cid, string, error) {
	rest, ok := strings.CutPrefix(uri, Scheme)
	if !ok {
		return cid.Undef, "", fmt.Errorf("%w: %q", ErrNotIPFS, uri)
	}
	root, sub, _ := strings.Cut(rest, "/")
	c, err := cid.Decode(root)
	if err != nil {
		return cid.Undef, "", fmt.Errorf("%w: %q: bad CID: %v", ErrNotIPFS, uri, err)
	}
	if sub != "" {
		clean := path.Clean(sub)
		if clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || clean != strings.TrimSuffix(sub, "/") {
			return cid.Undef, "", fmt.Errorf("%w: %q: bad path %q", ErrNotIPFS, uri, sub)
		}
		sub = clean
	}
	return c, sub, nil
}

// IsURI reports whether s uses the ipfs:// scheme (without validating it).
func IsURI(s string) bool { return strings.HasPrefix(s, Scheme) }
