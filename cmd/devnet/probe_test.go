package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz":
			w.Write([]byte("ok"))
		case "/api/v0/version":
			if r.Method != http.MethodPost {
				http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
				return
			}
			w.Write([]byte(`{"Version":"0.30.0"}`))
		case "/down":
			http.Error(w, "starting", http.StatusServiceUnavailable)
		case "/rpc":
			body, _ := io.ReadAll(r.Body)
			switch {
			case strings.Contains(string(body), `"eth_chainId"`):
				w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x64c"}`))
			case strings.Contains(string(body), `"eth_null"`):
				w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":null}`))
			default:
				w.Write([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"the method does not exist"}}`))
			}
		case "/html":
			w.Write([]byte("<html>"))
		}
	}))
	defer srv.Close()
	tests := []struct {
		name, path, method string
		post               bool
		want               string
	}{
		{"healthy", "/healthz", "", false, ""},
		{"post", "/api/v0/version", "", true, ""},
		{"get-refused", "/api/v0/version", "", false, "status 405"},
		{"unhealthy", "/down", "", false, "status 503"},
		{"rpc", "/rpc", "eth_chainId", false, ""},
		{"rpc-error", "/rpc", "optimism_syncStatus", false, "the method does not exist"},
		{"rpc-null", "/rpc", "eth_null", false, "no result"},
		{"not-rpc", "/html", "eth_chainId", false, "not a JSON-RPC answer"},
		{"refused", "", "", false, "connection refused"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			url := srv.URL + tc.path
			if tc.name == "refused" {
				url = "http://127.0.0.1:1/"
			}
			err := probe(context.Background(), url, tc.method, tc.post)
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("probe %s %s: %v, want %q", tc.path, tc.method, err, tc.want)
			}
		})
	}
}
