// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package httpapi_test

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/httpapi"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
)

// letters tokenizes each byte as its own token.
var letters = attribution.TokenizerFunc(func(s string) ([]uint32, error) {
	out := make([]uint32, len(s))
	for i := range s {
		out[i] = uint32(s[i])
	}
	return out, nil
})

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	dir := t.TempDir()
	v := attribution.DatanetVersion{DatanetID: 1, Version: 1, Contributions: []attribution.Contribution{
		{ID: 7, Contributor: common.HexToAddress("0x77"), Text: "the fee is split among the contributors whose data shaped the answer"},
		{ID: 8, Contributor: common.HexToAddress("0x88"), Text: "eigenda stores blobs and the batcher posts only commitments to l1"},
	}}
	if _, err := attribution.BuildIndex(dir, letters, []attribution.DatanetVersion{v}, attribution.BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	a, err := attribution.Open(dir, letters, span.Config{MinLength: 10, MaxOccurrences: 100})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.NewHandler(a, 4096))
	t.Cleanup(func() { srv.Close(); a.Close() })
	return srv
}

func post(t *testing.T, srv *httptest.Server, method, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+"/v1/attribution", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func TestAttributionEndpoint(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name     string
		body     string
		wantID   uint64
		wantNone bool
	}{
		{"text", `{"text":"as they say, the fee is split among the contributors."}`, 7, false},
		{"tokens", `{"tokens":[98,108,111,98,115,32,97,110,100,32,116,104,101,32,98,97,116,99,104,101,114]}`, 8, false},
		{"no-overlap", `{"text":"zzzz qqqq"}`, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := post(t, srv, http.MethodPost, tc.body)
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			var resp httpapi.Response
			if err := json.Unmarshal(body, &resp); err != nil {
				t.Fatal(err)
			}
			if err := attribution.VerifyEvidence(resp.Attribution, nil); err != nil {
				t.Fatalf("response evidence does not verify: %v", err)
			}
			if tc.wantNone {
				if len(resp.Contributions) != 0 {
					t.Fatalf("contributions %v", resp.Contributions)
				}
				return
			}
			if len(resp.Contributions) != 1 || resp.Contributions[0].ContributionID != tc.wantID ||
				resp.Contributions[0].Weight != weights.One || resp.Contributions[0].Spans != 1 ||
				resp.Contributions[0].Contributor != common.BigToAddress(new(big.Int).SetUint64(tc.wantID*0x11)) {
				t.Fatalf("contributions %+v", resp.Contributions)
			}
			// Weights are decimal strings for JavaScript clients.
			if !strings.Contains(string(body), `"weight":"1000000000000000000"`) {
				t.Fatalf("weight not a decimal string: %s", body)
			}
		})
	}
}

func TestAttributionEndpointErrors(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name, method, body string
		status             int
	}{
		{"get", http.MethodGet, "", http.StatusMethodNotAllowed},
		{"not-json", http.MethodPost, "{", http.StatusBadRequest},
		{"both", http.MethodPost, `{"text":"a","tokens":[1]}`, http.StatusBadRequest},
		{"neither", http.MethodPost, `{}`, http.StatusBadRequest},
		{"unknown-field", http.MethodPost, `{"txt":"a"}`, http.StatusBadRequest},
		{"negative-token", http.MethodPost, `{"tokens":[-1]}`, http.StatusBadRequest},
		{"too-large", http.MethodPost, `{"text":"` + strings.Repeat("a", 5000) + `"}`, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := post(t, srv, tc.method, tc.body)
			if status != tc.status {
				t.Fatalf("status %d, want %d: %s", status, tc.status, body)
			}
			var e map[string]string
			if err := json.Unmarshal(body, &e); err != nil || e["error"] == "" {
				t.Fatalf("error body %s", body)
			}
		})
	}
}
