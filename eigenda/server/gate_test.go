package server_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/server"
)

const (
	batcherToken = "batcher-token-7f3a9c1e5b2d"
	otherToken   = "second-token-0a1b2c3d4e5f"
)

func request(t *testing.T, method, url string, body io.Reader, header http.Header) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func bearer(tok string) http.Header { return http.Header{"Authorization": {"Bearer " + tok}} }

// TestPutNeedsToken: with tokens configured, a stranger cannot put (the
// attack: /put accepted anyone's blobs, each a KZG commitment of CPU); the
// batcher can, with a bearer token or with the token in the server URL as Go's
// HTTP client (op-batcher's) sends it; gets stay open to verifiers.
func TestPutNeedsToken(t *testing.T) {
	for _, protocol := range []string{server.ProtocolV2, server.ProtocolV1} {
		t.Run(protocol, func(t *testing.T) {
			ts := startWith(t, server.BackendMemory, protocol, func(c *server.Config) {
				c.Auth.Tokens = []string{batcherToken, otherToken}
			})
			frame := func() io.Reader { return strings.NewReader("a frame") }
			tests := []struct {
				name   string
				header http.Header
				status int
			}{
				{"no-token", nil, 401},
				{"wrong-token", bearer("not-the-token-at-all"), 401},
				{"token-prefix", bearer(batcherToken[:10]), 401},
				{"basic-wrong-password", http.Header{"Authorization": {"Basic " + "YmF0Y2hlcjpub3Bl"}}, 401},
				{"bearer", bearer(batcherToken), 200},
				{"second-token", bearer(otherToken), 200},
			}
			var comm []byte
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					status, hdr, body := request(t, "POST", ts.url+"/put", frame(), tc.header)
					if status != tc.status {
						t.Fatalf("got %d %q, want %d", status, body, tc.status)
					}
					if status == 401 && hdr.Get("WWW-Authenticate") == "" {
						t.Fatal("401 without WWW-Authenticate")
					}
					if status == 200 {
						comm = []byte(body)
					}
				})
			}
			// op-batcher's DAClient with the token in the URL (basic auth).
			u, _ := url.Parse(ts.url)
			u.User = url.UserPassword("batcher", batcherToken)
			client := altda.NewDAClient(u.String(), true, false)
			c, err := client.SetInput(context.Background(), []byte("from op-batcher"))
			if err != nil {
				t.Fatalf("op-alt-da client with the token in the url: %v", err)
			}
			// Gets need no token: every verifier node reads.
			open := altda.NewDAClient(ts.url, true, false)
			if got, err := open.GetInput(context.Background(), c); err != nil || string(got) != "from op-batcher" {
				t.Fatalf("get without a token: %v", err)
			}
			if status, _, body := request(t, "GET", ts.url+getPath(comm, ""), nil, nil); status != 200 || body != "a frame" {
				t.Fatalf("get: %d", status)
			}
			if n := rejected(t, ts, "put", "auth"); n != 4 {
				t.Fatalf("auth rejections %v, want 4", n)
			}
		})
	}
}

func rejected(t *testing.T, ts *testServer, route, reason string) float64 {
	t.Helper()
	mfs, err := ts.metrics.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != "ledger_eigenda_rejected_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["route"] == route && labels["reason"] == reason {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

// TestDefaultMaxBlobIsTheNetworks: the default accepts what the EigenDA
// network accepts (2 MiB blobs) and refuses the 16 MiB puts it used to take.
func TestDefaultMaxBlobIsTheNetworks(t *testing.T) {
	srs, err := kzg.NewDevnetSRS(server.DefaultMaxBlobSize/32, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	cfg := server.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	svc, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()), server.WithSRS(srs))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop(context.Background()) }()
	if got := svc.MaxPayloadSize(); got != (2<<20/32-1)*31 {
		t.Fatalf("max payload %d", got)
	}
	for _, n := range []int{16 << 20, svc.MaxPayloadSize() + 1} {
		status, _, body := request(t, "POST", svc.HTTPEndpoint()+"/put", &zeroReader{n: n}, nil)
		if status != 413 {
			t.Fatalf("%d-byte put: %d %q", n, status, body)
		}
	}
}

// TestPutRateLimit: each client gets its byte rate; a client over it is
// answered 429 with Retry-After before any KZG work, others are not affected.
func TestPutRateLimit(t *testing.T) {
	ts := startWith(t, server.BackendMemory, server.ProtocolV2, func(c *server.Config) {
		c.Auth.Tokens = []string{batcherToken, otherToken}
		c.Quotas.PutBytesPerSecond, c.Quotas.PutBurstBytes = 1000, testMaxBlob
	})
	big := payloadOf(200_000, 1)
	if status, _, body := request(t, "POST", ts.url+"/put", bytes.NewReader(big), bearer(batcherToken)); status != 200 {
		t.Fatalf("first put: %d %q", status, body)
	}
	status, hdr, body := request(t, "POST", ts.url+"/put", bytes.NewReader(big), bearer(batcherToken))
	if status != 429 || !strings.Contains(body, "quota") {
		t.Fatalf("second put within the burst window: %d %q", status, body)
	}
	if ra, err := strconv.Atoi(hdr.Get("Retry-After")); err != nil || ra < 1 {
		t.Fatalf("Retry-After %q", hdr.Get("Retry-After"))
	}
	if status, _, _ := request(t, "POST", ts.url+"/put", bytes.NewReader(big), bearer(otherToken)); status != 200 {
		t.Fatalf("another client: %d", status)
	}
	if n := rejected(t, ts, "put", "rate"); n != 1 {
		t.Fatalf("rate rejections %v", n)
	}
}

// TestConcurrentPutLimit holds a put open (its body still streaming) and
// checks the next one is turned away while the slot is taken.
func TestConcurrentPutLimit(t *testing.T) {
	ts := startWith(t, server.BackendMemory, server.ProtocolV2, func(c *server.Config) { c.Quotas.MaxConcurrentPuts = 1 })
	pr, pw := io.Pipe()
	first := make(chan int, 1)
	go func() {
		resp, err := http.Post(ts.url+"/put", "application/octet-stream", pr)
		if err != nil {
			first <- -1
			return
		}
		resp.Body.Close()
		first <- resp.StatusCode
	}()
	if _, err := pw.Write([]byte("the first frame, still arriving")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		status, hdr, _ := request(t, "POST", ts.url+"/put", strings.NewReader("second"), nil)
		if status == 429 {
			if hdr.Get("Retry-After") == "" {
				t.Fatal("429 without Retry-After")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("second put never refused while the first held the only slot (last %d)", status)
		}
	}
	_ = pw.Close()
	if status := <-first; status != 200 {
		t.Fatalf("first put: %d", status)
	}
	if status, _, _ := request(t, "POST", ts.url+"/put", strings.NewReader("third"), nil); status != 200 {
		t.Fatalf("put after the slot freed: %d", status)
	}
}

// TestMemoryBudget: the memory backend keeps within its byte budget however
// much is put (the attack: puts grew it without bound), forgetting the oldest
// blobs first.
func TestMemoryBudget(t *testing.T) {
	const budget = 1 << 20
	ts := startWith(t, server.BackendMemory, server.ProtocolV2, func(c *server.Config) { c.MemoryMaxBytes = budget })
	var comms [][]byte
	for i := range 12 {
		comms = append(comms, put(t, ts.url, payloadOf(100_000, byte(i)))) // 128 KiB blobs
	}
	status, body := do(t, "GET", ts.url+"/metrics", nil)
	if status != 200 {
		t.Fatal(status)
	}
	var held, evicted float64
	for _, line := range strings.Split(body, "\n") {
		fmt.Sscanf(line, "ledger_eigenda_memory_store_bytes %g", &held)
		fmt.Sscanf(line, "ledger_eigenda_memory_store_evictions %g", &evicted)
	}
	if held == 0 || held > budget || evicted != 4 {
		t.Fatalf("memory store holds %v bytes (budget %d), %v evictions, want 4", held, budget, evicted)
	}
	for i, comm := range comms {
		status, _ := do(t, "GET", ts.url+getPath(comm, ""), nil)
		if want := map[bool]int{true: 404, false: 200}[i < 4]; status != want {
			t.Fatalf("blob %d: %d, want %d", i, status, want)
		}
	}
}
