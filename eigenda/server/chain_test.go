package server_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/internal/fakedisperser"
	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/metrics"
)

// TestOnChainVerification runs the disperser backend with certificates checked
// against L1 (the fake disperser doubles as the service manager's storage): a put
// returns only once its batch is deep enough, and a self-consistent certificate
// that L1 never saw is refused on get.
func TestOnChainVerification(t *testing.T) {
	fake := fakedisperser.New(testSRS)
	addr, err := fake.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Stop()
	cfg := server.DefaultConfig()
	cfg.ListenAddr, cfg.MaxBlobSize, cfg.Backend, cfg.Protocol = "127.0.0.1:0", testMaxBlob, server.BackendDisperser, server.ProtocolV1
	cfg.Disperser = disperser.ClientConfig{Target: addr, StatusPollInterval: time.Millisecond}
	cfg.ConfirmationDepth = 3
	m := metrics.NewMetrics()
	svc, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()),
		server.WithSRS(testSRS), server.WithChainReader(fake), server.WithMetrics(m, m.Registry()))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop(context.Background()) }()
	url := svc.HTTPEndpoint()

	type result struct {
		status int
		body   []byte
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.Post(url+"/put", "application/octet-stream", strings.NewReader("deep enough"))
		if err != nil {
			done <- result{status: -1, body: []byte(err.Error())}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- result{resp.StatusCode, b}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for fake.Batches() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the disperser never confirmed the batch")
		}
		time.Sleep(time.Millisecond)
	}
	// Confirmed at block 1011 on a head of 0: the put must still be waiting.
	select {
	case r := <-done:
		t.Fatalf("put returned before the confirmation depth: %d %s", r.status, r.body)
	default:
	}
	fake.SetHead(1011 + 3)
	r := <-done
	if r.status != 200 {
		t.Fatalf("put: %d %s", r.status, r.body)
	}
	status, body := do(t, "GET", url+"/get/0x"+hex.EncodeToString(r.body), nil)
	if status != 200 || body != "deep enough" {
		t.Fatalf("get: %d %q", status, body)
	}

	// A certificate that verifies on its own but describes a batch L1 never saw.
	blob, _ := codec.PayloadToBlob([]byte("forged"))
	c, _ := testSRS.CommitBlob(blob)
	infos, _ := cert.BuildBatch([]cert.BlobHeader{cert.NewBlobHeader(c, uint32(len(blob)/32), cert.DefaultQuorumParams())},
		cert.BatchParams{BatchID: 1, ReferenceBlockNumber: 1001, ConfirmationBlockNumber: 1011, SignedPercentage: 100})
	forged, _ := cert.EncodeCommitment(infos[0])
	status, body = do(t, "GET", url+"/get/0x"+hex.EncodeToString(forged), nil)
	if status != 400 || !strings.Contains(body, "not confirmed on l1") {
		t.Fatalf("forged certificate: %d %q", status, body)
	}
	if bytes.Equal(forged, r.body) {
		t.Fatal("forged certificate equals the real one")
	}
	if n := verifyFailuresIn(t, m, metrics.StageGetCert); n != 1 {
		t.Fatalf("get_cert verify failures %v, want 1", n)
	}
}

func TestOnChainConfigNeedsDisperser(t *testing.T) {
	cfg := server.DefaultConfig()
	cfg.Protocol = server.ProtocolV1
	cfg.L1RPC = "http://127.0.0.1:8545"
	if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), "disperser backend") {
		t.Fatalf("memory backend with l1 checks: %v", err)
	}
	cfg.Backend, cfg.Disperser.Target = server.BackendDisperser, "127.0.0.1:1"
	if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), "service manager") {
		t.Fatalf("no service manager: %v", err)
	}
}
