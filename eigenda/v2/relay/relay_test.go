package relay_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/internal/v2net"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/relay"
)

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(1024, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

// TestFallback puts one blob on three relays and breaks them in turn: the
// client must return the certified blob while any relay serves it, and say
// which failure it met otherwise.
func TestFallback(t *testing.T) {
	relays := []*v2net.Relay{v2net.NewRelay(t), v2net.NewRelay(t), v2net.NewRelay(t)}
	account, _ := crypto.GenerateKey()
	bc, blob := v2net.BlobCertificate(t, testSRS, []byte("frame for the relays"), account, []byte{0, 1}, []uint32{0, 1, 2})
	key, _ := bc.BlobHeader.BlobKey()
	cert := &certs.Cert{Version: certs.CertVersion4}
	cert.BlobInclusionInfo.BlobCertificate = bc
	urls := relay.StaticURLs{0: relays[0].Addr(), 1: relays[1].Addr(), 2: relays[2].Addr()}
	rc := relay.NewClient(relay.Config{Timeout: 5 * time.Second}, urls, testSRS, log.NewLogger(log.DiscardHandler()))
	defer rc.Close()
	reset := func() {
		for _, r := range relays {
			r.SetDown(false)
			r.SetTamper(false)
			r.Put(key, blob)
		}
	}
	tests := []struct {
		name      string
		breakWith func()
		want      error // nil: the blob comes back
	}{
		{"all-good", func() {}, nil},
		{"one-down", func() { relays[0].SetDown(true) }, nil},
		{"two-down", func() { relays[0].SetDown(true); relays[2].SetDown(true) }, nil},
		{"tampering-relays-skipped", func() { relays[0].SetTamper(true); relays[1].SetTamper(true) }, nil},
		{"one-lost-the-blob", func() { relays[1].Forget() }, nil},
		{"all-down", func() {
			for _, r := range relays {
				r.SetDown(true)
			}
		}, errors.New("every relay failed")},
		{"all-tampering", func() {
			for _, r := range relays {
				r.SetTamper(true)
			}
		}, errors.New("every relay failed")},
		{"none-has-it", func() {
			for _, r := range relays {
				r.Forget()
			}
		}, relay.ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reset()
			tc.breakWith()
			// Relays are tried in random order: repeat so every order is likely met.
			for range 6 {
				got, err := rc.GetBlob(context.Background(), cert)
				switch {
				case tc.want == nil && err != nil:
					t.Fatal(err)
				case tc.want == nil && !bytes.Equal(got, blob):
					t.Fatal("got another blob")
				case tc.want != nil && err == nil:
					t.Fatal("got a blob where none should be served")
				case errors.Is(tc.want, relay.ErrNotFound) && !errors.Is(err, relay.ErrNotFound):
					t.Fatalf("got %v, want ErrNotFound", err)
				}
			}
		})
	}
	t.Run("no-relays", func(t *testing.T) {
		c := &certs.Cert{Version: certs.CertVersion4}
		c.BlobInclusionInfo.BlobCertificate = bc
		c.BlobInclusionInfo.BlobCertificate.RelayKeys = nil
		if _, err := rc.GetBlob(context.Background(), c); !errors.Is(err, relay.ErrNoRelays) {
			t.Fatalf("got %v", err)
		}
	})
}
