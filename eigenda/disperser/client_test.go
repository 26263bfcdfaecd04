package disperser_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/internal/fakedisperser"
	"github.com/openledger/openledger/eigenda/kzg"
)

func setup(t *testing.T) (*fakedisperser.Disperser, *disperser.Client, *cert.Verifier) {
	t.Helper()
	srs, err := kzg.NewDevnetSRS(512, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	fake := fakedisperser.New(srs)
	fake.SetConfirmAfterPolls(2)
	addr, err := fake.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Stop)
	client, err := disperser.NewClient(disperser.ClientConfig{Target: addr, StatusPollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	return fake, client, cert.NewVerifier(srs, cert.DefaultRequiredQuorums)
}

func TestDisperseRetrieveOverGRPC(t *testing.T) {
	fake, client, verifier := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, payload := range []string{"first frame", "a second, longer frame that spans more than one symbol"} {
		blob, _ := codec.PayloadToBlob([]byte(payload))
		info, err := client.Disperse(ctx, blob)
		if err != nil {
			t.Fatal(err)
		}
		if err := verifier.VerifyCert(info); err != nil {
			t.Fatalf("certificate from the disperser does not verify: %v", err)
		}
		got, err := client.Retrieve(ctx, info)
		if err != nil {
			t.Fatal(err)
		}
		if err := verifier.VerifyBlob(info, got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, blob) {
			t.Fatal("retrieved blob differs")
		}
	}
	if n := fake.Calls("GetBlobStatus"); n < 6 {
		t.Fatalf("expected the client to poll until confirmation, %d status calls", n)
	}
}

func TestDisperseErrors(t *testing.T) {
	blob, _ := codec.PayloadToBlob([]byte("x"))
	tests := []struct {
		name  string
		setup func(f *fakedisperser.Disperser)
		blob  []byte
		check func(error) bool
	}{
		{"failed-status", func(f *fakedisperser.Disperser) { f.SetFailAll(true) }, blob,
			func(err error) bool { return errors.Is(err, disperser.ErrDispersalFailed) }},
		{"unavailable", func(f *fakedisperser.Disperser) { f.SetUnavailable(true) }, blob, disperser.IsUnavailable},
		{"invalid-blob", func(*fakedisperser.Disperser) {}, bytes.Repeat([]byte{0xff}, 32),
			func(err error) bool { return err != nil && !disperser.IsUnavailable(err) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake, client, _ := setup(t)
			tc.setup(fake)
			_, err := client.Disperse(context.Background(), tc.blob)
			if !tc.check(err) {
				t.Fatalf("unexpected error %v", err)
			}
		})
	}
	t.Run("retrieve-unknown", func(t *testing.T) {
		_, client, _ := setup(t)
		info := &cert.BlobInfo{}
		info.BlobVerificationProof.BatchMetadata.BatchHeaderHash = make([]byte, 32)
		if _, err := client.Retrieve(context.Background(), info); !disperser.IsNotFound(err) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("status-poll-failures-are-retried", func(t *testing.T) {
		fake, client, verifier := setup(t)
		fake.SetStatusFailures(3)
		info, err := client.Disperse(context.Background(), blob)
		if err != nil {
			t.Fatalf("a put must survive transient status poll failures: %v", err)
		}
		if err := verifier.VerifyCert(info); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("status-poll-gives-up-after-retries", func(t *testing.T) {
		fake, client, _ := setup(t)
		fake.SetStatusFailures(1 << 30)
		_, err := client.Disperse(context.Background(), blob)
		if !disperser.IsUnavailable(err) {
			t.Fatalf("got %v, want the last unavailable error", err)
		}
		if n := fake.Calls("GetBlobStatus"); n != disperser.DefaultStatusRetries+1 {
			t.Fatalf("%d status calls, want %d", n, disperser.DefaultStatusRetries+1)
		}
	})
	t.Run("context-ends-while-polling", func(t *testing.T) {
		fake, client, _ := setup(t)
		fake.SetConfirmAfterPolls(1 << 30)
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		if _, err := client.Disperse(ctx, blob); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("got %v", err)
		}
	})
}
