package server_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/internal/fakedisperser"
	"github.com/openledger/openledger/eigenda/internal/v2net"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/metrics"
	"github.com/openledger/openledger/eigenda/store"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/issuer"
)

const testMaxBlob = 256 << 10 // 256 KiB blobs: 8192-point SRS

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(testMaxBlob/32, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

type testServer struct {
	*server.Service
	metrics *metrics.Metrics
	url     string
	fake    *fakedisperser.Disperser // v1 disperser backend
	net     *v2Network               // v2 disperser backend
	fileDir string
	cfg     server.Config
}

// v2Network is an in-process EigenDA v2 network: L1 with the contracts,
// disperser and relays.
type v2Network struct {
	chain  *v2net.Chain
	disp   *v2net.Disperser
	relays []*v2net.Relay
}

func newV2Network(t testing.TB) *v2Network {
	t.Helper()
	relays := []*v2net.Relay{v2net.NewRelay(t), v2net.NewRelay(t)}
	chain := v2net.NewChain(t, v2net.ChainOptions{RelayURLs: []string{relays[0].Addr(), relays[1].Addr()}})
	return &v2Network{chain: chain, relays: relays, disp: v2net.NewDisperser(t, chain, testSRS, relays, v2net.DisperserOptions{})}
}

// configure points cfg at the network: disperser backend, protocol v2, a paying
// account, the contracts, relays from the registry.
func (n *v2Network) configure(t testing.TB, cfg *server.Config) []server.Option {
	cfg.Backend, cfg.Protocol = server.BackendDisperser, server.ProtocolV2
	cfg.V2.Disperser.Target, cfg.V2.Disperser.TLS, cfg.V2.Disperser.PollInterval = n.disp.Addr(), false, time.Millisecond
	cfg.V2.SignerKey = n.disp.NewAccount(t)
	cfg.V2.CertVerifier = n.chain.Deployment.Router
	cfg.V2.OperatorStateRetriever, cfg.V2.RegistryCoordinator = n.chain.Deployment.Registry, n.chain.Deployment.Registry
	cfg.V2.RelayRegistry, cfg.V2.RelayTLS = n.chain.Deployment.Registry, false
	cfg.L1RPC = "simulated://in-process"
	cfg.ConfirmationDepth = 0 // the simulated L1 mines only when told
	return []server.Option{server.WithL1(n.chain.Client)}
}

// Backends with their test variants: "memory-coeff" is memory in the
// coefficient form.
func start(t testing.TB, backend, protocol string, opts ...server.Option) *testServer {
	t.Helper()
	return startWith(t, backend, protocol, nil, opts...)
}

func startWith(t testing.TB, backend, protocol string, mutate func(*server.Config), opts ...server.Option) *testServer {
	t.Helper()
	cfg := server.DefaultConfig()
	if backend == "memory-coeff" {
		backend, cfg.PolynomialForm = server.BackendMemory, codec.FormCoeff
	}
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.Backend, cfg.Protocol = backend, protocol
	cfg.MaxBlobSize = testMaxBlob
	ts := &testServer{metrics: metrics.NewMetrics()}
	switch {
	case backend == server.BackendFile:
		ts.fileDir = filepath.Join(t.TempDir(), "blobs")
		cfg.FileDir = ts.fileDir
	case backend == server.BackendDisperser && protocol == server.ProtocolV1:
		ts.fake = fakedisperser.New(testSRS)
		addr, err := ts.fake.Start()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ts.fake.Stop)
		cfg.Disperser = disperser.ClientConfig{Target: addr, StatusPollInterval: time.Millisecond}
		cfg.DisperseTimeout = 30 * time.Second
	case backend == server.BackendDisperser:
		ts.net = newV2Network(t)
		opts = append(opts, ts.net.configure(t, &cfg)...)
		cfg.DisperseTimeout = 30 * time.Second
	}
	if mutate != nil {
		mutate(&cfg)
	}
	svc, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()),
		append([]server.Option{server.WithSRS(testSRS), server.WithMetrics(ts.metrics, ts.metrics.Registry())}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	ts.Service, ts.url, ts.cfg = svc, svc.HTTPEndpoint(), cfg
	return ts
}

func payloadOf(n int, seed byte) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(i*31) ^ seed
	}
	return p
}

// TestDAClientRoundTrip drives the server with op-alt-da's own DAClient in
// generic-commitment mode, as op-batcher and op-node do.
func TestDAClientRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		backend, protocol string
		cache             int
	}{
		{server.BackendMemory, server.ProtocolV2, server.DefaultVerifyCache},
		{server.BackendMemory, server.ProtocolV2, 0}, // every get recomputes the KZG commitment
		{"memory-coeff", server.ProtocolV2, 0},       // coefficient polynomial form
		{server.BackendFile, server.ProtocolV2, server.DefaultVerifyCache},
		{server.BackendDisperser, server.ProtocolV2, server.DefaultVerifyCache},
		{server.BackendMemory, server.ProtocolV1, server.DefaultVerifyCache},
		{server.BackendMemory, server.ProtocolV1, 0},
		{"memory-coeff", server.ProtocolV1, 0},
		{server.BackendFile, server.ProtocolV1, server.DefaultVerifyCache},
		{server.BackendDisperser, server.ProtocolV1, server.DefaultVerifyCache},
		{server.BackendDisperser, server.ProtocolV1, 0},
	} {
		t.Run(fmt.Sprintf("%s-%s-verifycache=%d", tc.protocol, tc.backend, tc.cache), func(t *testing.T) {
			ts := start(t, tc.backend, tc.protocol, server.WithVerifyCache(tc.cache))
			client := altda.NewDAClient(ts.url, true, false)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			prefix := []byte{0x01, 0x00, 0x00}
			if tc.protocol == server.ProtocolV2 {
				prefix = []byte{0x01, 0x00, 0x03} // eigenda-proxy's version byte of a v4 certificate
			}
			for i, size := range []int{1, 31, 32, 1000, 120_000, ts.MaxPayloadSize()} {
				payload := payloadOf(size, byte(i))
				comm, err := client.SetInput(ctx, payload)
				if err != nil {
					t.Fatalf("put %d bytes: %v", size, err)
				}
				if comm.CommitmentType() != altda.GenericCommitmentType {
					t.Fatalf("commitment type %v", comm.CommitmentType())
				}
				enc := comm.Encode()
				if !bytes.HasPrefix(enc, prefix) {
					t.Fatalf("commitment prefix %x, want %x", enc[:3], prefix)
				}
				// What the batcher puts on L1: derivation version 0x01, then the commitment.
				if txData := comm.TxData(); txData[0] != 0x01 || !bytes.Equal(txData[1:], enc) {
					t.Fatalf("tx data %x", txData[:4])
				}
				back, err := altda.DecodeCommitmentData(enc)
				if err != nil {
					t.Fatal(err)
				}
				got, err := client.GetInput(ctx, back)
				if err != nil {
					t.Fatalf("get %d bytes: %v", size, err)
				}
				if !bytes.Equal(got, payload) {
					t.Fatalf("%d-byte payload differs after round trip", size)
				}
			}
			// A well-formed, valid commitment the server never stored a blob for is "not found".
			if _, err := client.GetInput(ctx, altda.NewGenericCommitment(unknownCommitment(t, ts, tc.protocol)[1:])); !errors.Is(err, altda.ErrNotFound) {
				t.Fatalf("unknown commitment: %v", err)
			}
		})
	}
}

// unknownCommitment returns a commitment that verifies but names a blob the
// server never stored.
func unknownCommitment(t *testing.T, ts *testServer, protocol string) []byte {
	t.Helper()
	if protocol == server.ProtocolV1 {
		blob, _ := codec.PayloadToBlob([]byte("never stored"))
		c, _ := testSRS.CommitBlob(blob)
		infos, _ := cert.BuildBatch([]cert.BlobHeader{cert.NewBlobHeader(c, 2, cert.DefaultQuorumParams())}, cert.BatchParams{SignedPercentage: 100})
		comm, _ := cert.EncodeCommitment(infos[0])
		return comm
	}
	account, _ := crypto.GenerateKey()
	bc, _ := v2net.BlobCertificate(t, testSRS, []byte("never stored"), account, []byte{0, 1}, []uint32{0, 1})
	var c *certs.Cert
	if ts.net != nil {
		rbn := uint32(ts.net.chain.Head(t))
		c = ts.net.chain.Certify(t, []certs.BlobCertificate{bc}, rbn, []byte{0, 1}, nil, certs.CertVersion4)[0]
		ts.net.chain.Commit()
	} else {
		c = localCert(t, bc)
	}
	comm, err := c.AltDACommitment()
	if err != nil {
		t.Fatal(err)
	}
	return comm
}

// localCert signs a blob certificate with the devnet operators, as the memory
// and file backends do.
func localCert(t *testing.T, bc certs.BlobCertificate) *certs.Cert {
	t.Helper()
	set, err := issuer.DevnetOperatorSet(4, 2)
	if err != nil {
		t.Fatal(err)
	}
	bh, incl, err := issuer.BuildBatch([]certs.BlobCertificate{bc}, 0)
	if err != nil {
		t.Fatal(err)
	}
	att, err := set.Sign(bh, []byte{0, 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := certs.NewCert(certs.CertVersion4, bh, incl[0], att, issuer.StaticRegistry{Set: set}.Indices(att), 0)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func do(t *testing.T, method, url string, body io.Reader) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func put(t *testing.T, url string, payload []byte) []byte {
	t.Helper()
	resp, err := http.Post(url+"/put", "application/octet-stream", bytes.NewReader(payload))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("put: %d %s", resp.StatusCode, b)
	}
	return b
}

// zeroReader yields n zero bytes without allocating them.
type zeroReader struct{ n int }

func (z *zeroReader) Read(p []byte) (int, error) {
	if z.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), z.n)
	clear(p[:k])
	z.n -= k
	return k, nil
}

func TestBadInput(t *testing.T) {
	ts := start(t, server.BackendMemory, server.ProtocolV1)
	good := put(t, ts.url, []byte("a valid frame"))
	hexOf := func(b []byte) string { return "0x" + hex.EncodeToString(b) }
	with := func(i int, v byte) []byte { c := bytes.Clone(good); c[i] = v; return c }
	info, err := cert.DecodeCommitment(good)
	if err != nil {
		t.Fatal(err)
	}
	info.BlobVerificationProof.BatchMetadata.BatchHeader.BatchRoot[0] ^= 0x01 // decodes, but does not verify
	tamperedCert, _ := cert.EncodeCommitment(info)
	tests := []struct {
		name   string
		method string
		path   string
		body   io.Reader
		status int
		text   string // a substring of the plain-text error body
	}{
		{"put-empty-body", "POST", "/put", nil, 400, "empty body"},
		{"put-huge-body", "POST", "/put", &zeroReader{n: 64 << 20}, 413, "exceeds the maximum"},
		{"put-one-over-max", "POST", "/put", &zeroReader{n: ts.MaxPayloadSize() + 1}, 413, "exceeds the maximum"},
		{"put-keccak-route", "POST", "/put/0x00" + strings.Repeat("ab", 32), strings.NewReader("x"), 400, "keccak commitments"},
		{"put-wrong-method", "GET", "/put", nil, 405, "not allowed"},
		{"get-wrong-method", "POST", "/get/" + hexOf(good), strings.NewReader("x"), 405, "not allowed"},
		{"get-no-0x", "GET", "/get/" + hex.EncodeToString(good), nil, 400, "0x-prefixed"},
		{"get-non-hex", "GET", "/get/0xzz" + hex.EncodeToString(good), nil, 400, "not hex"},
		{"get-odd-hex", "GET", "/get/0x0", nil, 400, "not hex"},
		{"get-empty", "GET", "/get/0x", nil, 400, "shorter than its 3-byte prefix"},
		{"get-keccak-type", "GET", "/get/" + hexOf(with(0, 0x00)), nil, 400, "not a generic"},
		{"get-other-da-layer", "GET", "/get/" + hexOf(with(1, 0x01)), nil, 400, "da layer"},
		{"get-unknown-version-byte", "GET", "/get/" + hexOf(with(2, 0x07)), nil, 400, "unsupported eigenda commitment version"},
		// A v1 certificate under the legacy v2 version byte does not parse: derivation drops it.
		{"get-v1-cert-as-v2", "GET", "/get/" + hexOf(with(2, 0x01)), nil, 418, `"StatusCode":1`},
		{"get-bad-inclusion-block", "GET", "/get/" + hexOf(good) + "?l1_inclusion_block_number=soon", nil, 400, "l1_inclusion_block_number"},
		{"get-truncated-cert", "GET", "/get/" + hexOf(good[:len(good)-10]), nil, 400, "malformed"},
		{"get-trailing-bytes", "GET", "/get/" + hexOf(append(bytes.Clone(good), 0)), nil, 400, "malformed"},
		{"get-tampered-cert", "GET", "/get/" + hexOf(tamperedCert), nil, 400, "certificate does not verify"},
		{"healthz-wrong-method", "POST", "/healthz", nil, 405, "not allowed"},
		{"unknown-route", "GET", "/nope", nil, 404, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := do(t, tc.method, ts.url+tc.path, tc.body)
			if status != tc.status || !strings.Contains(body, tc.text) {
				t.Fatalf("got %d %q, want %d containing %q", status, body, tc.status, tc.text)
			}
			// The server stays up and keeps serving after every bad request.
			if status, body := do(t, "GET", ts.url+"/healthz", nil); status != 200 || body != "ok\n" {
				t.Fatalf("healthz after bad input: %d %q", status, body)
			}
		})
	}
	status, body := do(t, "GET", ts.url+"/get/"+hexOf(good), nil)
	if status != 200 || body != "a valid frame" {
		t.Fatalf("valid get after bad input: %d %q", status, body)
	}
	if n := verifyFailures(t, ts, metrics.StageGetCert); n != 1 {
		t.Fatalf("get_cert verify failures %v, want 1 (the tampered certificate)", n)
	}
}

// TestTamperedBlobFailsVerification flips one byte of a stored blob; the get must
// fail loudly instead of returning the bytes.
func TestTamperedBlobFailsVerification(t *testing.T) {
	for _, offset := range []int{5, 40, 100} { // header length byte, first data symbol, third symbol
		t.Run(fmt.Sprintf("file-byte-%d", offset), func(t *testing.T) {
			ts := start(t, server.BackendFile, server.ProtocolV1)
			payload := payloadOf(200, 7)
			comm := put(t, ts.url, payload)
			info, err := cert.DecodeCommitment(comm)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(ts.fileDir, store.Key(info))
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			raw[offset] ^= 0x01
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
			status, body := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil)
			if status != http.StatusInternalServerError || !strings.Contains(body, "fails verification") {
				t.Fatalf("tampered blob served: %d %q", status, body)
			}
			if n := verifyFailures(t, ts, metrics.StageGetBlob); n != 1 {
				t.Fatalf("verify failures %v, want 1", n)
			}
		})
	}
	t.Run("disperser-returns-tampered-blob", func(t *testing.T) {
		ts := start(t, server.BackendDisperser, server.ProtocolV1)
		comm := put(t, ts.url, payloadOf(500, 1))
		ts.fake.SetTamperRetrievals(true)
		status, body := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil)
		if status != http.StatusInternalServerError || !strings.Contains(body, "fails verification") {
			t.Fatalf("tampered blob served: %d %q", status, body)
		}
		ts.fake.SetTamperRetrievals(false)
		if status, _ := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil); status != 200 {
			t.Fatalf("honest retrieval after tampering: %d", status)
		}
	})
}

func verifyFailures(t *testing.T, ts *testServer, stage string) float64 {
	t.Helper()
	return verifyFailuresIn(t, ts.metrics, stage)
}

func verifyFailuresIn(t *testing.T, m *metrics.Metrics, stage string) float64 {
	t.Helper()
	mfs, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != metrics.Namespace+"_verify_failures_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "stage" && l.GetValue() == stage {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}

func TestUnavailableStore(t *testing.T) {
	t.Run("file-directory-gone", func(t *testing.T) {
		ts := start(t, server.BackendFile, server.ProtocolV1)
		comm := put(t, ts.url, []byte("before"))
		if err := os.RemoveAll(ts.fileDir); err != nil {
			t.Fatal(err)
		}
		if status, body := do(t, "POST", ts.url+"/put", strings.NewReader("after")); status != 503 || body == "" {
			t.Fatalf("put: %d %q", status, body)
		}
		if status, _ := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil); status != 503 {
			t.Fatalf("get: %d", status)
		}
		if status, _ := do(t, "GET", ts.url+"/healthz", nil); status != 503 {
			t.Fatalf("healthz: %d", status)
		}
	})
	t.Run("disperser-down", func(t *testing.T) {
		ts := start(t, server.BackendDisperser, server.ProtocolV1)
		comm := put(t, ts.url, []byte("before"))
		ts.fake.SetUnavailable(true)
		if status, _ := do(t, "POST", ts.url+"/put", strings.NewReader("after")); status != 503 {
			t.Fatalf("put: %d", status)
		}
		if status, _ := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil); status != 503 {
			t.Fatalf("get: %d", status)
		}
		ts.fake.SetUnavailable(false)
		if status, _ := do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil); status != 200 {
			t.Fatalf("get after recovery: %d", status)
		}
	})
}

func TestMetricsCountRequests(t *testing.T) {
	ts := start(t, server.BackendMemory, server.ProtocolV2)
	comm := put(t, ts.url, []byte("counted"))
	do(t, "GET", ts.url+"/get/0x"+hex.EncodeToString(comm), nil)
	do(t, "POST", ts.url+"/put", nil)
	status, body := do(t, "GET", ts.url+"/metrics", nil)
	if status != 200 {
		t.Fatal(status)
	}
	for _, want := range []string{
		`ledger_eigenda_requests_total{code="200",route="put"} 1`,
		`ledger_eigenda_requests_total{code="200",route="get"} 1`,
		`ledger_eigenda_requests_total{code="400",route="put"} 1`,
		`ledger_eigenda_payload_bytes_total{route="put"} 7`,
		`ledger_eigenda_payload_bytes_total{route="get"} 7`,
		`ledger_eigenda_request_duration_seconds_count{route="put"} 2`,
		`ledger_eigenda_up 1`,
	} {
		if !strings.Contains(body, want) {
			t.Fatalf("metrics lack %q", want)
		}
	}
}

func TestLifecycle(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.ListenAddr, cfg.MaxBlobSize = "127.0.0.1:0", testMaxBlob
	svc, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()), server.WithSRS(testSRS))
	if err != nil {
		t.Fatal(err)
	}
	if svc.Addr() != nil || svc.Stopped() {
		t.Fatal("fresh service has an address or is stopped")
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	addr := svc.Addr().String()
	if !strings.HasPrefix(addr, "127.0.0.1:") || strings.HasSuffix(addr, ":0") {
		t.Fatalf("bound address %q", addr)
	}
	if err := svc.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !svc.Stopped() {
		t.Fatal("not stopped")
	}
	if err := svc.Stop(context.Background()); !errors.Is(err, server.ErrAlreadyStopped) {
		t.Fatalf("second stop: %v", err)
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Fatal("still serving after stop")
	}
}

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *server.Config)
	}{
		{"no-listen-addr", func(c *server.Config) { c.ListenAddr = "" }},
		{"unknown-backend", func(c *server.Config) { c.Backend = "s3" }},
		{"file-without-dir", func(c *server.Config) { c.Backend = server.BackendFile }},
		{"disperser-without-rpc", func(c *server.Config) { c.Backend = server.BackendDisperser }},
		{"v1-disperser-without-rpc", func(c *server.Config) { c.Backend, c.Protocol = server.BackendDisperser, server.ProtocolV1 }},
		{"unknown-protocol", func(c *server.Config) { c.Protocol = "v5" }},
		{"secondary-without-disperser", func(c *server.Config) { c.SecondaryFileDir = "/tmp/x" }},
		{"cert-verifier-without-l1", func(c *server.Config) { c.V2.CertVerifier = common.Address{1} }},
		{"memory-budget-below-a-blob", func(c *server.Config) { c.MemoryMaxBytes = 100 }},
		{"short-token", func(c *server.Config) { c.Auth.Tokens = []string{"abc"} }},
		{"burst-below-a-blob", func(c *server.Config) { c.Quotas.PutBytesPerSecond, c.Quotas.PutBurstBytes = 10, 10 }},
		{"only-g2-powers", func(c *server.Config) { c.G2PowersPath = "g2.point" }},
		{"blob-size-not-power-of-two", func(c *server.Config) { c.MaxBlobSize = 3000 }},
		{"blob-size-too-small", func(c *server.Config) { c.MaxBlobSize = 32 }},
		{"only-g1-path", func(c *server.Config) { c.G1Path = "g1.point" }},
		{"negative-ttl", func(c *server.Config) { c.MemoryTTL = -time.Second }},
		{"negative-verify-cache", func(c *server.Config) { c.VerifyCacheEntries = -1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := server.DefaultConfig()
			tc.mutate(&cfg)
			if err := cfg.Check(); !errors.Is(err, server.ErrConfig) {
				t.Fatalf("got %v", err)
			}
		})
	}
	cfg := server.DefaultConfig()
	if err := cfg.Check(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	cfg.MaxBlobSize = 1 << 20
	if _, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()), server.WithSRS(testSRS)); !errors.Is(err, server.ErrConfig) {
		t.Fatalf("srs smaller than max blob: %v", err)
	}
}
