package store

import (
	"context"
	"fmt"
	"time"

	"google.golang.org/grpc/connectivity"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/kzg"
)

// Disperser disperses blobs to an EigenDA disperser and retrieves them from it.
type Disperser struct {
	client  *disperser.Client
	timeout time.Duration
}

// NewDisperser returns a store over client; timeout bounds one dispersal,
// including waiting for confirmation (0: only the caller's context).
func NewDisperser(client *disperser.Client, timeout time.Duration) *Disperser {
	return &Disperser{client: client, timeout: timeout}
}

func (d *Disperser) classify(op string, err error) error {
	switch {
	case disperser.IsNotFound(err):
		return fmt.Errorf("%w: %s: %w", ErrNotFound, op, err)
	case disperser.IsUnavailable(err):
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, op, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// Put implements Store; the certificate comes from the disperser (the caller
// checks its commitment against its own).
func (d *Disperser) Put(ctx context.Context, blob []byte, _ kzg.Commitment) (*cert.BlobInfo, error) {
	if d.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d.timeout)
		defer cancel()
	}
	info, err := d.client.Disperse(ctx, blob)
	if err != nil {
		return nil, d.classify("disperse", err)
	}
	return info, nil
}

// Get implements Store.
func (d *Disperser) Get(ctx context.Context, info *cert.BlobInfo) ([]byte, error) {
	b, err := d.client.Retrieve(ctx, info)
	if err != nil {
		return nil, d.classify("retrieve", err)
	}
	return b, nil
}

// Health implements Store: unhealthy while the connection is failing.
func (d *Disperser) Health(context.Context) error {
	switch st := d.client.State(); st {
	case connectivity.TransientFailure, connectivity.Shutdown:
		d.client.Connect()
		return fmt.Errorf("%w: disperser connection %s", ErrUnavailable, st)
	}
	return nil
}

// Close implements Store.
func (d *Disperser) Close() error { return d.client.Close() }

var _ Store = (*Disperser)(nil)
