// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"encoding/json"
	"os"
	"testing"
)

// requestVector is one body of testdata/requesthash.json with its RFC 8785
// canonical form and request hash; Studio's unit tests check that npm
// canonicalize gives the same for each.
type requestVector struct {
	Name      string `json:"name"`
	Body      string `json:"body"`
	Canonical string `json:"canonical"`
	Hash      string `json:"hash"`
}

// TestRequestHashVectors: RequestHash and CanonicalRequest give each
// vector's canonical form and hash (numbers, unicode, nested objects).
func TestRequestHashVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/requesthash.json")
	if err != nil {
		t.Fatal(err)
	}
	var vs []requestVector
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) < 8 {
		t.Fatalf("%d vectors", len(vs))
	}
	for _, v := range vs {
		t.Run(v.Name, func(t *testing.T) {
			c, err := CanonicalRequest([]byte(v.Body))
			if err != nil || string(c) != v.Canonical {
				t.Fatalf("canonical %s, %v; want %s", c, err, v.Canonical)
			}
			if h, err := RequestHash([]byte(v.Body)); err != nil || h.Hex() != v.Hash {
				t.Fatalf("hash %s, %v; want %s", h, err, v.Hash)
			}
		})
	}
}
