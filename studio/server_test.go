// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/ipfs/kubotest"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// testBundle is a small web bundle in the layout build.mjs writes.
func testBundle() fstest.MapFS {
	script := strings.Repeat("console.log('studio');", 200)
	return fstest.MapFS{
		"web/dist/.keep":         {Data: nil},
		"web/dist/manifest.json": {Data: []byte(`{"sourceHash":"x","entry":"app-ABC.js","css":"app-DEF.css","files":{}}`)},
		"web/dist/index.html":    {Data: []byte(`<html><script id="studio-config" type="application/json">%STUDIO_CONFIG%</script><script src="/app-ABC.js"></script></html>`)},
		"web/dist/app-ABC.js":    {Data: []byte(script)},
		"web/dist/app-DEF.css":   {Data: []byte("body{}")},
	}
}

// startTest starts a Studio over the test bundle against a real dev chain.
func startTest(t *testing.T, mutate func(*Config)) (*Service, *devchaintest.Chain) {
	t.Helper()
	chain := devchaintest.NewChain(t, devchaintest.Options{HTTP: true})
	cfg := DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.ChainRPC = chain.Node.HTTPEndpoint()
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := newService(cfg, log.NewLogger(log.DiscardHandler()), testBundle())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	return s, chain
}

func do(t *testing.T, method, url, body string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	tr := &http.Transport{DisableCompression: true}
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp, data
}

func TestPrecompileAddresses(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want common.Address
	}{
		{"datanet registry", DatanetRegistryAddress, datanet.Address},
		{"model registry", ModelRegistryAddress, model.Address},
		{"settlement", SettlementAddress, settlement.Address},
	} {
		if c.got != c.want {
			t.Errorf("%s: studio uses %s, the precompile is at %s", c.name, c.got, c.want)
		}
	}
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		ok     bool
	}{
		{"defaults", func(*Config) {}, true},
		{"all services", func(c *Config) {
			c.LoraserveURL, c.ModelFactoryURL, c.IPFSAPIURL, c.PublicRPC = "http://a:1", "https://b/x", "http://c:5001", "https://rpc.example"
		}, true},
		{"no listen address", func(c *Config) { c.ListenAddr = "" }, false},
		{"no RPC", func(c *Config) { c.ChainRPC = "" }, false},
		{"RPC not http", func(c *Config) { c.ChainRPC = "ws://x:1" }, false},
		{"loraserve without host", func(c *Config) { c.LoraserveURL = "http://" }, false},
		{"relative ModelFactory URL", func(c *Config) { c.ModelFactoryURL = "/x" }, false},
		{"chain id zero", func(c *Config) { c.ChainID = 0 }, false},
		{"no chain name", func(c *Config) { c.ChainName = "" }, false},
		{"upload limit zero", func(c *Config) { c.MaxUploadBytes = 0 }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mutate(&c)
			err := c.Check()
			if (err == nil) != tc.ok {
				t.Fatalf("Check() = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
		})
	}
}

func TestNoBundle(t *testing.T) {
	_, err := newService(DefaultConfig(), nil, fstest.MapFS{"web/dist/.keep": {}})
	if !errors.Is(err, ErrNoBundle) {
		t.Fatalf("err = %v, want ErrNoBundle", err)
	}
}

func TestPages(t *testing.T) {
	s, _ := startTest(t, func(c *Config) { c.LoraserveURL = "http://127.0.0.1:1" })
	base := s.URL()
	tests := []struct {
		name, method, path string
		header             map[string]string
		code               int
		contains           string
		cache              string
		encoding           string
	}{
		{"start page", "GET", "/", nil, 200, `"chain":{"id":1612`, "no-cache", ""},
		{"page path gets index", "GET", "/datanets/7", nil, 200, `id="studio-config"`, "no-cache", ""},
		{"hashed asset, gzip", "GET", "/app-ABC.js", map[string]string{"Accept-Encoding": "gzip, br"}, 200, "", "public, max-age=31536000, immutable", "gzip"},
		{"hashed asset, identity", "GET", "/app-ABC.js", nil, 200, "console.log", "public, max-age=31536000, immutable", ""},
		{"gzip refused with q=0", "GET", "/app-ABC.js", map[string]string{"Accept-Encoding": "gzip;q=0"}, 200, "console.log", "public, max-age=31536000, immutable", ""},
		{"unknown asset", "GET", "/app-OLD.js", nil, 404, "", "", ""},
		{"manifest not served", "GET", "/manifest.json", nil, 404, "", "", ""},
		{"post to a page", "POST", "/datanets", nil, 405, "pages take GET", "", ""},
		{"config", "GET", "/config.json", nil, 200, `"loraserve":"/api/loraserve"`, "no-store", ""},
		{"healthz", "GET", "/healthz", nil, 200, `"ok":true`, "", ""},
		{"metrics", "GET", "/metrics", nil, 200, "ledger_studio_bundle_bytes", "", ""},
		{"unknown API", "GET", "/api/nothing", nil, 404, "no such API endpoint", "", ""},
		{"ModelFactory off", "GET", "/api/modelfactory/v1/jobs", nil, 503, "no ModelFactory service is configured", "", ""},
		{"content store off", "POST", "/api/content", nil, 503, "no content store is configured", "", ""},
		{"loraserve admin route hidden", "POST", "/api/loraserve/v1/adapters", nil, 404, "no such inference endpoint", "", ""},
		{"loraserve wrong method", "GET", "/api/loraserve/v1/chat/completions", nil, 405, "takes POST", "", ""},
		{"loraserve down", "GET", "/api/loraserve/v1/models", nil, 502, "the inference server could not be reached", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, base+tc.path, "", tc.header)
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.code, body)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Fatalf("Content-Encoding %q, want %q", got, tc.encoding)
			}
			if tc.encoding == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
				if !bytes.HasPrefix(body, []byte("console.log")) {
					t.Fatalf("gunzipped body %.40q", body)
				}
			}
			if !strings.Contains(string(body), tc.contains) {
				t.Fatalf("body %.300q lacks %q", body, tc.contains)
			}
			if tc.cache != "" && resp.Header.Get("Cache-Control") != tc.cache {
				t.Fatalf("Cache-Control %q, want %q", resp.Header.Get("Cache-Control"), tc.cache)
			}
			if resp.Header.Get("X-Frame-Options") != "DENY" {
				t.Fatal("no X-Frame-Options")
			}
		})
	}
	// A cached asset revalidates with its ETag.
	resp, _ := do(t, "GET", base+"/app-ABC.js", "", nil)
	again, _ := do(t, "GET", base+"/app-ABC.js", "", map[string]string{"If-None-Match": resp.Header.Get("ETag")})
	if again.StatusCode != http.StatusNotModified {
		t.Fatalf("revalidation answered %d", again.StatusCode)
	}
	// The page's configuration in index.html is the same as /config.json, and HTML-safe.
	_, page := do(t, "GET", base+"/", "", nil)
	_, cfg := do(t, "GET", base+"/config.json", "", nil)
	if !bytes.Contains(page, bytes.TrimSpace(cfg)) {
		t.Fatalf("index.html config differs from /config.json %s", cfg)
	}
}

func TestRPCProxy(t *testing.T) {
	s, chain := startTest(t, nil)
	url := s.URL() + "/rpc"
	tests := []struct {
		name     string
		method   string
		body     string
		code     int
		contains string
	}{
		{"chain id", "POST", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`, 200, `"result":"0x64c"`},
		{"batch", "POST", `[{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]},{"jsonrpc":"2.0","id":2,"method":"eth_call","params":[{"to":"0x0000000000000000000000000000000000000a01","data":"0x"},"latest"]}]`, 200, `"id":2`},
		{"debug refused", "POST", `{"jsonrpc":"2.0","id":1,"method":"debug_traceBlockByNumber","params":["latest"]}`, 403, "debug_traceBlockByNumber"},
		{"one bad call refuses the batch", "POST", `[{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber"},{"jsonrpc":"2.0","id":2,"method":"txpool_content"}]`, 403, "txpool_content"},
		{"eth_sendTransaction refused", "POST", `{"jsonrpc":"2.0","id":1,"method":"eth_sendTransaction","params":[{}]}`, 403, "eth_sendTransaction"},
		{"empty batch", "POST", `[]`, 403, "1 to 100 calls"},
		{"malformed", "POST", `{"method":`, 403, "malformed"},
		{"not POST", "GET", ``, 405, "POST"},
		{"too large", "POST", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":["` + strings.Repeat("x", maxRPCBody) + `"]}`, 413, "over"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, url, tc.body, map[string]string{"Content-Type": "application/json"})
			if resp.StatusCode != tc.code || !strings.Contains(string(body), tc.contains) {
				t.Fatalf("%d %.300s, want %d with %q", resp.StatusCode, body, tc.code, tc.contains)
			}
		})
	}
	// What the proxy answers is the node's own answer.
	_, body := do(t, "POST", url, `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["`+crypto.PubkeyToAddress(chain.Keys[0].PublicKey).Hex()+`","latest"]}`, map[string]string{"Content-Type": "application/json"})
	var out struct{ Result string }
	json.Unmarshal(body, &out)
	want, err := chain.Client.BalanceAt(context.Background(), crypto.PubkeyToAddress(chain.Keys[0].PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	if out.Result != "0x"+want.Text(16) {
		t.Fatalf("balance through the proxy %s, node says %s", out.Result, want)
	}
	_, metrics := do(t, "GET", s.URL()+"/metrics", "", nil)
	for _, m := range []string{`ledger_studio_rpc_refused_total{reason="method"} 3`, `ledger_studio_rpc_refused_total{reason="too_large"} 1`, `ledger_studio_upstream_request_seconds_count{outcome="ok",upstream="rpc"}`} {
		if !strings.Contains(string(metrics), m) {
			t.Errorf("metrics lack %s", m)
		}
	}
}

func TestStartRefusesAnotherChain(t *testing.T) {
	chain := devchaintest.NewChain(t, devchaintest.Options{HTTP: true})
	cfg := DefaultConfig()
	cfg.ListenAddr, cfg.ChainRPC, cfg.ChainID = "127.0.0.1:0", chain.Node.HTTPEndpoint(), 1
	s, err := newService(cfg, log.NewLogger(log.DiscardHandler()), testBundle())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); !errors.Is(err, ErrWrongChain) {
		t.Fatalf("Start = %v, want ErrWrongChain", err)
	}
}

func TestStopTwice(t *testing.T) {
	s, _ := startTest(t, nil)
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); !errors.Is(err, ErrAlreadyStopped) {
		t.Fatalf("second Stop = %v", err)
	}
	if !s.Stopped() {
		t.Fatal("not stopped")
	}
}

func TestContentStore(t *testing.T) {
	node := kubotest.Start(t)
	s, _ := startTest(t, func(c *Config) { c.IPFSAPIURL, c.MaxUploadBytes = node.Daemon.APIURL(), 1024 })
	url := s.URL() + "/api/content"
	text := "a contribution: fluids and rest"
	resp, body := do(t, "POST", url+"?name=notes.txt", text, map[string]string{"Content-Type": "application/octet-stream"})
	if resp.StatusCode != 200 {
		t.Fatalf("upload: %d %s", resp.StatusCode, body)
	}
	var st stored
	if err := json.Unmarshal(body, &st); err != nil {
		t.Fatal(err)
	}
	if st.URI != "ipfs://"+st.CID || st.Size != int64(len(text)) || st.Keccak256 != crypto.Keccak256Hash([]byte(text)) {
		t.Fatalf("upload answered %+v", st)
	}
	// The same bytes get the same CID as the project's own IPFS client gives them.
	again, body2 := do(t, "POST", url, text, nil)
	if again.StatusCode != 200 || !strings.Contains(string(body2), st.CID) {
		t.Fatalf("second upload: %d %s", again.StatusCode, body2)
	}
	tests := []struct {
		name, method, path, body string
		code                     int
		contains                 string
	}{
		{"read back", "GET", "/" + st.CID, "", 200, text},
		{"empty upload", "POST", "", "", 400, "empty"},
		{"over the limit", "POST", "", strings.Repeat("x", 1025), 413, "limited to 1024 bytes"},
		{"not a CID", "GET", "/not-a-cid", "", 400, "not a CID"},
		{"bad CID text", "GET", "/" + strings.Repeat("z", 50), "", 404, "does not have"},
		{"wrong method", "DELETE", "/" + st.CID, "", 405, "POST /api/content uploads"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, url+tc.path, tc.body, nil)
			if resp.StatusCode != tc.code || !strings.Contains(string(body), tc.contains) {
				t.Fatalf("%d %.200s, want %d with %q", resp.StatusCode, body, tc.code, tc.contains)
			}
		})
	}
}

// TestModelFactoryProxy: the page's /api/modelfactory/v1/… reaches the
// service under its base path with the query kept, cookies and credentials
// stay behind, only /v1/ routes pass, and server-sent events stream through
// one at a time (the upstream sends the next event only after the client
// has read the previous one, so a buffering proxy would hang the test).
func TestModelFactoryProxy(t *testing.T) {
	type seen struct{ path, query, cookie, auth string }
	requests := make(chan seen, 16)
	read := make(chan struct{})
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests <- seen{r.URL.Path, r.URL.RawQuery, r.Header.Get("Cookie"), r.Header.Get("Authorization")}
		if strings.HasSuffix(r.URL.Path, "/events") {
			w.Header().Set("Content-Type", "text/event-stream")
			for step := 1; step <= 3; step++ {
				fmt.Fprintf(w, "event: progress\ndata: {\"step\":%d}\n\n", step)
				w.(http.Flusher).Flush()
				select {
				case <-read:
				case <-r.Context().Done():
					return
				}
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jobs":[]}`)
	}))
	t.Cleanup(upstream.Close)
	s, _ := startTest(t, func(c *Config) { c.ModelFactoryURL = upstream.URL + "/factory/" })
	base := s.URL() + "/api/modelfactory"

	tests := []struct {
		name, path string
		code       int
		upstream   string // path the service sees; "" = not forwarded
		query      string
	}{
		{"jobs of an owner", "/v1/jobs?owner=0xabc", 200, "/factory/v1/jobs", "owner=0xabc"},
		{"one job", "/v1/jobs/job-1", 200, "/factory/v1/jobs/job-1", ""},
		{"not an API route", "/healthz", 404, "", ""},
		{"metrics stay private", "/metrics", 404, "", ""},
		{"dot-dot", "/v1/../metrics", 404, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "GET", base+tc.path, "", map[string]string{"Cookie": "session=1", "Authorization": "Bearer x"})
			if resp.StatusCode != tc.code {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.code, body)
			}
			if tc.upstream == "" {
				select {
				case r := <-requests:
					t.Fatalf("forwarded to %s", r.path)
				default:
				}
				return
			}
			r := <-requests
			if r.path != tc.upstream || r.query != tc.query || r.cookie != "" || r.auth != "" {
				t.Fatalf("the service saw %+v, want path %s query %q and no credentials", r, tc.upstream, tc.query)
			}
		})
	}

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/jobs/job-1/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	<-requests
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	lines := bufio.NewScanner(resp.Body)
	for step := 1; step <= 3; step++ {
		want := fmt.Sprintf(`data: {"step":%d}`, step)
		for {
			if !lines.Scan() {
				t.Fatalf("stream ended before step %d: %v", step, lines.Err())
			}
			if lines.Text() == want {
				break
			}
		}
		read <- struct{}{}
	}
}

// TestRPCProxyBasePath: an RPC URL with a path and a query (a hosted node's
// key) is reached at exactly that path and query.
func TestRPCProxyBasePath(t *testing.T) {
	got := make(chan string, 4)
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.URL.RequestURI()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"jsonrpc":"2.0","id":1,"result":"0x64c"}`)
	}))
	t.Cleanup(node.Close)
	cfg := DefaultConfig()
	cfg.ListenAddr, cfg.ChainRPC = "127.0.0.1:0", node.URL+"/v3/key?token=t"
	s, err := newService(cfg, log.NewLogger(log.DiscardHandler()), testBundle())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	resp, body := do(t, "POST", s.URL()+"/rpc", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`, nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "0x64c") {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	// Every request the node saw (Start's chain-id check, the page's call) was at that path and query.
	for len(got) > 0 {
		if uri := <-got; uri != "/v3/key?token=t" {
			t.Fatalf("the node was asked at %s", uri)
		}
	}
}
