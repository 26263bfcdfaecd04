package relay

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/pb/relaypb"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

var (
	// ErrNoRelays is returned for a certificate naming no relay.
	ErrNoRelays = errors.New("certificate names no relay")
	// ErrNotFound is returned when every relay answered that it has no such
	// blob.
	ErrNotFound = errors.New("no relay has the blob")
)

// URLProvider finds a relay's gRPC address by relay key.
type URLProvider interface {
	URL(ctx context.Context, key uint32) (string, error)
}

// StaticURLs maps relay keys to addresses.
type StaticURLs map[uint32]string

// URL implements URLProvider.
func (s StaticURLs) URL(_ context.Context, key uint32) (string, error) {
	if u, ok := s[key]; ok {
		return u, nil
	}
	return "", fmt.Errorf("no url for relay key %d", key)
}

// RegistryURLs reads relay addresses from the relay registry on L1, caching
// them.
type RegistryURLs struct {
	caller   verifier.Caller
	registry common.Address
	mu       sync.Mutex
	cache    map[uint32]string
}

// NewRegistryURLs returns a provider reading the registry at address.
func NewRegistryURLs(caller verifier.Caller, registry common.Address) *RegistryURLs {
	return &RegistryURLs{caller: caller, registry: registry, cache: map[uint32]string{}}
}

// URL implements URLProvider.
func (r *RegistryURLs) URL(ctx context.Context, key uint32) (string, error) {
	r.mu.Lock()
	u, ok := r.cache[key]
	r.mu.Unlock()
	if ok {
		return u, nil
	}
	u, err := verifier.RelayURL(ctx, r.caller, r.registry, key)
	if err != nil {
		return "", err
	}
	r.mu.Lock()
	r.cache[key] = u
	r.mu.Unlock()
	return u, nil
}

// Config configures a Client.
type Config struct {
	// TLS enables transport security to the relays.
	TLS bool
	// Timeout bounds one relay's answer.
	Timeout time.Duration
}

// Client retrieves blobs from relays.
type Client struct {
	cfg   Config
	urls  URLProvider
	srs   *kzg.SRS
	log   log.Logger
	mu    sync.Mutex
	conns map[string]*grpc.ClientConn
}

// NewClient returns a client finding relays with urls and checking blobs
// against certificates with srs.
func NewClient(cfg Config, urls URLProvider, srs *kzg.SRS, logger log.Logger) *Client {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &Client{cfg: cfg, urls: urls, srs: srs, log: logger, conns: map[string]*grpc.ClientConn{}}
}

func (c *Client) conn(url string) (*grpc.ClientConn, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cc, ok := c.conns[url]; ok {
		return cc, nil
	}
	creds := insecure.NewCredentials()
	if c.cfg.TLS {
		creds = credentials.NewTLS(nil)
	}
	cc, err := grpc.NewClient(url, grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20)))
	if err != nil {
		return nil, fmt.Errorf("dial relay %s: %w", url, err)
	}
	c.conns[url] = cc
	return cc, nil
}

// Close closes the relay connections.
func (c *Client) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for _, cc := range c.conns {
		errs = append(errs, cc.Close())
	}
	c.conns = map[string]*grpc.ClientConn{}
	return errors.Join(errs...)
}

// GetBlob returns the certified blob from one of the certificate's relays,
// checked against its commitment. It returns an error wrapping ErrNotFound
// when every relay answered NotFound.
func (c *Client) GetBlob(ctx context.Context, cert *certs.Cert) ([]byte, error) {
	keys := append([]uint32(nil), cert.RelayKeys()...)
	if len(keys) == 0 {
		return nil, ErrNoRelays
	}
	blobKey, err := cert.BlobKey()
	if err != nil {
		return nil, err
	}
	rand.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	var errs []error
	notFound := 0
	for _, k := range keys {
		blob, err := c.fromRelay(ctx, k, blobKey, cert.Commitment())
		if err == nil {
			return blob, nil
		}
		if status.Code(err) == codes.NotFound {
			notFound++
		}
		c.log.Debug("relay failed", "relay_key", k, "blob_key", common.Hash(blobKey), "err", err)
		errs = append(errs, fmt.Errorf("relay %d: %w", k, err))
		if ctx.Err() != nil {
			break
		}
	}
	if notFound == len(keys) {
		return nil, fmt.Errorf("%w: %w", ErrNotFound, errors.Join(errs...))
	}
	return nil, fmt.Errorf("every relay failed: %w", errors.Join(errs...))
}

func (c *Client) fromRelay(ctx context.Context, key uint32, blobKey [32]byte, commitment certs.BlobCommitment) ([]byte, error) {
	url, err := c.urls.URL(ctx, key)
	if err != nil {
		return nil, err
	}
	cc, err := c.conn(url)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	reply, err := relaypb.NewRelayClient(cc).GetBlob(ctx, &relaypb.GetBlobRequest{BlobKey: blobKey[:]})
	if err != nil {
		return nil, err
	}
	blob := reply.GetBlob()
	if err := blobs.VerifyBlob(c.srs, blob, commitment); err != nil {
		return nil, fmt.Errorf("blob from %s: %w", url, err)
	}
	return blob, nil
}
