package disperser_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/internal/v2net"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/disperser"
	"github.com/openledger/openledger/eigenda/v2/payments"
	"github.com/openledger/openledger/eigenda/v2/relay"
)

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(4096, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

var quiet = log.NewLogger(log.DiscardHandler())

type network struct {
	chain  *v2net.Chain
	disp   *v2net.Disperser
	relays []*v2net.Relay
}

func newNetwork(t *testing.T) *network {
	t.Helper()
	relays := []*v2net.Relay{v2net.NewRelay(t), v2net.NewRelay(t)}
	chain := v2net.NewChain(t, v2net.ChainOptions{RelayURLs: []string{relays[0].Addr(), relays[1].Addr()}})
	disp := v2net.NewDisperser(t, chain, testSRS, relays, v2net.DisperserOptions{})
	return &network{chain: chain, disp: disp, relays: relays}
}

func (n *network) disperserFor(t *testing.T, key *ecdsa.PrivateKey, cfg disperser.Config, depth uint64) *disperser.PayloadDisperser {
	t.Helper()
	cfg.Target = n.disp.Addr()
	if cfg.ChainID == nil {
		cfg.ChainID = n.chain.ChainID
	}
	cfg.PollInterval = time.Millisecond
	client, err := disperser.NewClient(cfg, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = client.Close() })
	return disperser.NewPayloadDisperser(client, testSRS, n.chain.Client, n.chain.Verifier(), disperser.PayloadConfig{
		Form: codec.FormEval, ConfirmationDepth: depth, HeadPollInterval: time.Millisecond,
		OperatorStateRetriever: n.chain.Deployment.Registry, RegistryCoordinator: n.chain.Deployment.Registry,
	}, quiet)
}

func (n *network) relayClient(t *testing.T) *relay.Client {
	t.Helper()
	rc := relay.NewClient(relay.Config{Timeout: 5 * time.Second}, relay.NewRegistryURLs(n.chain.Client, n.chain.Deployment.Registry), testSRS, quiet)
	t.Cleanup(func() { _ = rc.Close() })
	return rc
}

// TestPutGetThroughTheNetwork disperses payloads with a reservation, checks
// the certificates on chain, retrieves the blobs from the relays and decodes
// them back.
func TestPutGetThroughTheNetwork(t *testing.T) {
	n := newNetwork(t)
	pd := n.disperserFor(t, n.disp.NewAccount(t), disperser.Config{}, 0)
	rc := n.relayClient(t)
	ctx := context.Background()
	for _, payload := range [][]byte{[]byte("a batcher frame"), bytes.Repeat([]byte("0123456789"), 1000)} {
		cert, blob, err := pd.Put(ctx, payload)
		if err != nil {
			t.Fatal(err)
		}
		if cert.Version != certs.CertVersion4 {
			t.Fatalf("certificate version %d, the verifier builds 4", cert.Version)
		}
		if err := n.chain.Verifier().Check(ctx, cert); err != nil {
			t.Fatal(err)
		}
		got, err := rc.GetBlob(ctx, cert)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, blob) {
			t.Fatal("relay served another blob")
		}
		out, err := blobs.Decode(got, cert.Commitment().Length, codec.FormEval)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, payload) {
			t.Fatal("payload differs after the round trip")
		}
		// The certificate survives its Alt-DA commitment form.
		comm, err := cert.AltDACommitment()
		if err != nil {
			t.Fatal(err)
		}
		back, err := certs.DecodeCommitment(comm)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.chain.Verifier().Check(ctx, back); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPutFailures(t *testing.T) {
	payload := []byte("frame")
	tests := []struct {
		name  string
		setup func(n *network)
		cfg   disperser.Config
		check func(t *testing.T, err error)
	}{
		{"status-polls-fail-then-recover", func(n *network) { n.disp.FailNextStatusPolls(3) }, disperser.Config{},
			func(t *testing.T, err error) {
				if err != nil {
					t.Fatalf("transient status failures must be retried: %v", err)
				}
			}},
		{"status-polls-keep-failing", func(n *network) { n.disp.FailNextStatusPolls(1 << 20) }, disperser.Config{StatusRetries: 3},
			func(t *testing.T, err error) {
				if !disperser.IsUnavailable(err) {
					t.Fatalf("got %v", err)
				}
			}},
		{"dispersal-failed", func(n *network) { n.disp.SetFailAll(true) }, disperser.Config{},
			func(t *testing.T, err error) {
				if !errors.Is(err, disperser.ErrDispersalFailed) {
					t.Fatalf("got %v", err)
				}
			}},
		{"under-signed", func(n *network) { n.disp.SetSigners(func(i int) bool { return i == 0 }) }, disperser.Config{},
			func(t *testing.T, err error) {
				if !errors.Is(err, disperser.ErrUnderSigned) {
					t.Fatalf("got %v", err)
				}
			}},
		{"anchored-to-another-chain", func(*network) {}, disperser.Config{ChainID: big.NewInt(1)},
			func(t *testing.T, err error) {
				if err == nil || disperser.IsUnavailable(err) {
					t.Fatalf("got %v", err)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := newNetwork(t)
			tc.setup(n)
			pd := n.disperserFor(t, n.disp.NewAccount(t), tc.cfg, 0)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_, _, err := pd.Put(ctx, payload)
			tc.check(t, err)
		})
	}
	t.Run("stalled-dispersal-ends-with-the-context", func(t *testing.T) {
		n := newNetwork(t)
		n.disp.SetStall(true)
		pd := n.disperserFor(t, n.disp.NewAccount(t), disperser.Config{}, 0)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go func() { // give up once the blob has been seen stuck a few times
			for n.disp.Calls("GetBlobStatus") < 5 {
				time.Sleep(time.Millisecond)
			}
			cancel()
		}()
		if _, _, err := pd.Put(ctx, payload); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v", err)
		}
	})
}

// TestOnDemandPayments pays without a reservation: each dispersal raises the
// cumulative payment by its cost until the deposit runs out.
func TestOnDemandPayments(t *testing.T) {
	n := newNetwork(t)
	key, _ := crypto.GenerateKey()
	account := crypto.PubkeyToAddress(key.PublicKey)
	params := payments.Params{MinNumSymbols: 4096, PricePerSymbol: 447_000_000}
	n.disp.SetDeposit(account, new(big.Int).Mul(params.Cost(1), big.NewInt(2))) // two minimum-size blobs
	pd := n.disperserFor(t, key, disperser.Config{PaymentMode: payments.OnDemandOnly}, 0)
	ctx := context.Background()
	for i := 1; i <= 2; i++ {
		if _, _, err := pd.Put(ctx, []byte("paid frame")); err != nil {
			t.Fatalf("dispersal %d: %v", i, err)
		}
		if got, want := n.disp.Paid(account), new(big.Int).Mul(params.Cost(1), big.NewInt(int64(i))); got.Cmp(want) != 0 {
			t.Fatalf("after %d dispersals paid %v, want %v", i, got, want)
		}
	}
	if _, _, err := pd.Put(ctx, []byte("one too many")); !errors.Is(err, payments.ErrNoCapacity) {
		t.Fatalf("third dispersal: %v", err)
	}
}

// TestConfirmationDepth: a put returns only once L1 is the confirmation depth
// past the certificate's reference block.
func TestConfirmationDepth(t *testing.T) {
	n := newNetwork(t)
	pd := n.disperserFor(t, n.disp.NewAccount(t), disperser.Config{}, 3)
	start := n.chain.Head(t)
	type result struct {
		cert *certs.Cert
		err  error
	}
	done := make(chan result, 1)
	go func() {
		c, _, err := pd.Put(context.Background(), []byte("deep enough"))
		done <- result{c, err}
	}()
	// L1 mines only when told; mine until the put returns.
	for {
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatal(r.err)
			}
			if head := n.chain.Head(t); head < r.cert.ReferenceBlockNumber()+3 {
				t.Fatalf("returned at head %d, reference block %d, depth 3", head, r.cert.ReferenceBlockNumber())
			}
			// The in-process disperser signs at the head less one block, so a
			// reference block no older than start-1 means the put waited for
			// at least two new blocks (the test mines them one by one).
			if rbn := r.cert.ReferenceBlockNumber(); rbn+1 < start {
				t.Fatalf("reference block %d is older than the head %d when the put began", rbn, start)
			}
			return
		case <-time.After(10 * time.Millisecond):
			n.chain.Commit()
		}
	}
}
