// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/loraserve/testmodel"
)

// TestAdminRoutesNeedTheToken is the attack of a stranger on the public
// port unregistering a paid adapter or re-registering its name over other
// weights: with --admin.token, POST and DELETE /v1/adapters need it (from
// anywhere, loopback too); the adapter stays served.
func TestAdminRoutesNeedTheToken(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	f.cfg.AdminToken = "s3cret"
	s := startService(t, f.cfg)
	do := func(method, path, body, token string) int {
		t.Helper()
		req, err := http.NewRequest(method, s.URL()+path, strings.NewReader(body))
		require.NoError(t, err)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		return resp.StatusCode
	}
	path, _ := json.Marshal(filepath.Join(f.root, "adapters", "adapter-0000"))
	other := `{"id":"adapter-0000","path":` + string(path) + `}`
	for _, token := range []string{"", "wrong", "S3CRET", "s3cret-and-more"} {
		require.Equal(t, http.StatusUnauthorized, do(http.MethodDelete, "/v1/adapters/adapter-0000", "", token), "token %q", token)
		require.Equal(t, http.StatusUnauthorized, do(http.MethodPost, "/v1/adapters", other, token), "token %q", token)
	}
	resp, body := post(t, s.URL()+"/v1/completions", map[string]any{"model": "adapter-0000", "prompt": "hi", "max_tokens": 1})
	require.Equal(t, http.StatusOK, resp.StatusCode, "still served: %s", body)
	require.Equal(t, http.StatusOK, do(http.MethodDelete, "/v1/adapters/adapter-0000", "", "s3cret"))
	require.Equal(t, http.StatusCreated, do(http.MethodPost, "/v1/adapters", other, "s3cret"))
}

// TestAdminRoutesLoopbackOnlyWithoutToken: with no token, a client that is
// not on a loopback address is refused; a loopback one is served.
func TestAdminRoutesLoopbackOnlyWithoutToken(t *testing.T) {
	f := newFixture(t, testmodel.Tiny, 1)
	s := startService(t, f.cfg)
	routes := s.handler.routes()
	for _, tc := range []struct {
		remote string
		want   int
	}{
		{"203.0.113.7:40000", http.StatusForbidden},
		{"[2001:db8::1]:40000", http.StatusForbidden},
		{"10.0.0.2:40000", http.StatusForbidden},
		{"127.0.0.1:40000", http.StatusNotFound}, // served: no such adapter
		{"[::1]:40000", http.StatusNotFound},
	} {
		req := httptest.NewRequest(http.MethodDelete, "/v1/adapters/nope", nil)
		req.RemoteAddr = tc.remote
		rec := httptest.NewRecorder()
		routes.ServeHTTP(rec, req)
		require.Equal(t, tc.want, rec.Code, "%s: %s", tc.remote, rec.Body)
	}
}
