package disperser

import (
	"context"
	"errors"
	"fmt"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/connectivity"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/cert"
)

var (
	// ErrDispersalFailed is returned when the disperser reports a terminal failure
	// (FAILED, INSUFFICIENT_SIGNATURES) for a blob.
	ErrDispersalFailed = errors.New("eigenda dispersal failed")
	// ErrNoCertificate is returned when a confirmed status reply carries no
	// certificate.
	ErrNoCertificate = errors.New("confirmed blob status without certificate")
)

// ClientConfig configures a disperser client.
type ClientConfig struct {
	// Target is the disperser's gRPC address, e.g. disperser-holesky.eigenda.xyz:443.
	Target string
	// TLS enables transport security (the public dispersers require it).
	TLS bool
	// StatusPollInterval is the wait between GetBlobStatus polls.
	StatusPollInterval time.Duration
	// CustomQuorums are extra quorums for every dispersal.
	CustomQuorums []uint32
	// AccountID is sent with every dispersal.
	AccountID string
	// StatusRetries is how many consecutive failed status polls a dispersal
	// survives, waiting StatusPollInterval doubled after each failure (at most
	// MaxStatusBackoff); 0 means DefaultStatusRetries.
	StatusRetries int
	// MaxStatusBackoff caps the wait between failed status polls; 0 means
	// DefaultMaxStatusBackoff.
	MaxStatusBackoff time.Duration
}

const (
	// DefaultStatusRetries is how many consecutive failed status polls a
	// dispersal survives by default.
	DefaultStatusRetries = 8
	// DefaultMaxStatusBackoff caps the wait between failed status polls.
	DefaultMaxStatusBackoff = 30 * time.Second
)

// Client calls an EigenDA v1 disperser.
type Client struct {
	cfg  ClientConfig
	conn *grpc.ClientConn
}

// NewClient creates a client; the connection is established lazily.
func NewClient(cfg ClientConfig, opts ...grpc.DialOption) (*Client, error) {
	if cfg.Target == "" {
		return nil, errors.New("disperser target is empty")
	}
	if cfg.StatusPollInterval <= 0 {
		cfg.StatusPollInterval = time.Second
	}
	if cfg.StatusRetries <= 0 {
		cfg.StatusRetries = DefaultStatusRetries
	}
	if cfg.MaxStatusBackoff <= 0 {
		cfg.MaxStatusBackoff = DefaultMaxStatusBackoff
	}
	creds := insecure.NewCredentials()
	if cfg.TLS {
		creds = credentials.NewTLS(nil)
	}
	opts = append([]grpc.DialOption{
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.ForceCodec(Codec{}), grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)),
	}, opts...)
	conn, err := grpc.NewClient(cfg.Target, opts...)
	if err != nil {
		return nil, fmt.Errorf("dial disperser %s: %w", cfg.Target, err)
	}
	return &Client{cfg: cfg, conn: conn}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// DisperseBlob calls the DisperseBlob RPC.
func (c *Client) DisperseBlob(ctx context.Context, req *DisperseBlobRequest) (*DisperseBlobReply, error) {
	var reply DisperseBlobReply
	if err := c.conn.Invoke(ctx, MethodDisperseBlob, req, &reply); err != nil {
		return nil, err
	}
	return &reply, nil
}

// GetBlobStatus calls the GetBlobStatus RPC.
func (c *Client) GetBlobStatus(ctx context.Context, req *BlobStatusRequest) (*BlobStatusReply, error) {
	var reply BlobStatusReply
	if err := c.conn.Invoke(ctx, MethodGetBlobStatus, req, &reply); err != nil {
		return nil, err
	}
	return &reply, nil
}

// RetrieveBlob calls the RetrieveBlob RPC.
func (c *Client) RetrieveBlob(ctx context.Context, req *RetrieveBlobRequest) (*RetrieveBlobReply, error) {
	var reply RetrieveBlobReply
	if err := c.conn.Invoke(ctx, MethodRetrieveBlob, req, &reply); err != nil {
		return nil, err
	}
	return &reply, nil
}

// Disperse sends blob and polls its status until it is confirmed (or finalized),
// returning the certificate. It fails on a terminal failure status or when ctx
// ends.
func (c *Client) Disperse(ctx context.Context, blob []byte) (*cert.BlobInfo, error) {
	reply, err := c.DisperseBlob(ctx, &DisperseBlobRequest{
		Data: blob, CustomQuorumNumbers: c.cfg.CustomQuorums, AccountID: c.cfg.AccountID,
	})
	if err != nil {
		return nil, fmt.Errorf("disperse blob: %w", err)
	}
	if reply.Result == StatusFailed || reply.Result == StatusInsufficientSignatures {
		return nil, fmt.Errorf("%w: disperse reply status %s", ErrDispersalFailed, reply.Result)
	}
	failures := 0
	for {
		wait := c.cfg.StatusPollInterval
		st, err := c.GetBlobStatus(ctx, &BlobStatusRequest{RequestID: reply.RequestID})
		switch {
		case err != nil:
			if cerr := contextEnded(ctx); cerr != nil { // the RPC failed because our context ended
				return nil, fmt.Errorf("blob status of request %x: %w", reply.RequestID, errors.Join(cerr, err))
			}
			failures++
			if !retryableStatusError(err) || failures > c.cfg.StatusRetries {
				return nil, fmt.Errorf("blob status of request %x (%d failed polls): %w", reply.RequestID, failures, err)
			}
			wait = backoff(c.cfg.StatusPollInterval, failures, c.cfg.MaxStatusBackoff)
		default:
			failures = 0
			switch st.Status {
			case StatusConfirmed, StatusFinalized:
				if st.Info == nil {
					return nil, fmt.Errorf("%w: request %x", ErrNoCertificate, reply.RequestID)
				}
				return st.Info, nil
			case StatusFailed, StatusInsufficientSignatures:
				return nil, fmt.Errorf("%w: request %x status %s", ErrDispersalFailed, reply.RequestID, st.Status)
			}
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, fmt.Errorf("waiting for request %x: %w", reply.RequestID, context.Cause(ctx))
		case <-timer.C:
		}
	}
}

// backoff returns base doubled once per failure, at most limit.
func backoff(base time.Duration, failures int, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// retryableStatusError reports whether a failed status poll may succeed when
// repeated: the disperser was unreachable, overloaded or hit an internal error,
// as opposed to rejecting the request.
func retryableStatusError(err error) bool {
	switch status.Code(err) {
	case codes.InvalidArgument, codes.NotFound, codes.PermissionDenied, codes.Unauthenticated,
		codes.Unimplemented, codes.FailedPrecondition, codes.OutOfRange:
		return false
	}
	return true
}

// contextEnded returns the context's error once it has ended or its deadline has
// passed (gRPC may notice the deadline before the context's own timer fires).
func contextEnded(ctx context.Context) error {
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	if dl, ok := ctx.Deadline(); ok && !time.Now().Before(dl) {
		return context.DeadlineExceeded
	}
	return nil
}

// Retrieve fetches the blob a certificate names.
func (c *Client) Retrieve(ctx context.Context, info *cert.BlobInfo) ([]byte, error) {
	reply, err := c.RetrieveBlob(ctx, &RetrieveBlobRequest{
		BatchHeaderHash: info.BlobVerificationProof.BatchMetadata.BatchHeaderHash,
		BlobIndex:       info.BlobVerificationProof.BlobIndex,
	})
	if err != nil {
		return nil, fmt.Errorf("retrieve blob: %w", err)
	}
	return reply.Data, nil
}

// IsUnavailable reports whether err means the disperser could not be reached or
// is overloaded, as opposed to rejecting the request.
func IsUnavailable(err error) bool {
	switch status.Code(err) { // status.Code unwraps wrapped gRPC errors
	case codes.Unavailable, codes.DeadlineExceeded, codes.ResourceExhausted, codes.Aborted:
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// IsNotFound reports whether err is the disperser saying it has no such blob.
func IsNotFound(err error) bool { return status.Code(err) == codes.NotFound }

// State returns the state of the connection to the disperser.
func (c *Client) State() connectivity.State { return c.conn.GetState() }

// Connect asks an idle connection to connect.
func (c *Client) Connect() { c.conn.Connect() }
