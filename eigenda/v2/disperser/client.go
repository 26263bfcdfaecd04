package disperser

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/payments"
	"github.com/openledger/openledger/eigenda/v2/pb/disperserpb"
)

var (
	// ErrDispersalFailed is returned when the disperser reports a terminal
	// failure for a blob.
	ErrDispersalFailed = errors.New("eigenda v2 dispersal failed")
	// ErrBadReply is returned when the disperser's answer contradicts the
	// request (another blob key, another header, a malformed batch).
	ErrBadReply = errors.New("disperser reply does not match the request")
	// ErrUnderSigned is returned when a blob's batch completed without the
	// confirmation threshold of stake signing in every blob quorum.
	ErrUnderSigned = errors.New("batch signed below the confirmation threshold")
)

// Config configures a Client.
type Config struct {
	// Target is the disperser's gRPC address, host:port.
	Target string
	// TLS enables transport security (public dispersers require it).
	TLS bool
	// DisperserID is the disperser's id in the disperser registry.
	DisperserID uint32
	// ChainID is the chain id of the EigenDA contracts; when set, requests
	// carry an anchor signature binding them to that chain and DisperserID.
	ChainID *big.Int
	// PaymentMode selects reservation and/or on-demand payments.
	PaymentMode payments.Mode
	// PollInterval is the wait between status polls.
	PollInterval time.Duration
	// StatusRetries is how many consecutive failed status polls are survived
	// (each wait doubles, up to MaxBackoff).
	StatusRetries int
	// MaxBackoff caps the wait after failed polls.
	MaxBackoff time.Duration
}

// Defaults of Config.
const (
	DefaultPollInterval  = time.Second
	DefaultStatusRetries = 8
	DefaultMaxBackoff    = 30 * time.Second
)

// Client talks to one EigenDA v2 disperser as one payer.
type Client struct {
	cfg     Config
	conn    *grpc.ClientConn
	rpc     disperserpb.DisperserClient
	key     *ecdsa.PrivateKey
	account common.Address
	now     func() time.Time

	ledgerMu sync.Mutex
	ledger   *payments.Ledger
}

// NewClient returns a client paying from the account of key. The connection
// is made lazily.
func NewClient(cfg Config, key *ecdsa.PrivateKey, opts ...grpc.DialOption) (*Client, error) {
	if cfg.Target == "" {
		return nil, errors.New("disperser target is empty")
	}
	if key == nil {
		return nil, errors.New("dispersal needs the payer's private key")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.StatusRetries <= 0 {
		cfg.StatusRetries = DefaultStatusRetries
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	creds := insecure.NewCredentials()
	if cfg.TLS {
		creds = credentials.NewTLS(nil)
	}
	opts = append([]grpc.DialOption{
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)),
	}, opts...)
	conn, err := grpc.NewClient(cfg.Target, opts...)
	if err != nil {
		return nil, fmt.Errorf("dial disperser %s: %w", cfg.Target, err)
	}
	return &Client{cfg: cfg, conn: conn, rpc: disperserpb.NewDisperserClient(conn), key: key,
		account: crypto.PubkeyToAddress(key.PublicKey), now: time.Now}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Account returns the paying account.
func (c *Client) Account() common.Address { return c.account }

// Conn returns the gRPC connection (for health checks).
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// PaymentState asks the disperser for the account's payment state, signed
// with the current time (the disperser refuses stale or replayed requests).
func (c *Client) PaymentState(ctx context.Context) (*payments.State, error) {
	ts := uint64(c.now().UnixNano())
	h := payments.PaymentStateRequestHash(c.account, ts)
	sig, err := crypto.Sign(h[:], c.key)
	if err != nil {
		return nil, fmt.Errorf("sign payment state request: %w", err)
	}
	reply, err := c.rpc.GetPaymentState(ctx, &disperserpb.GetPaymentStateRequest{
		AccountId: c.account.Hex(), Signature: sig, Timestamp: ts,
	})
	if err != nil {
		return nil, fmt.Errorf("get payment state: %w", err)
	}
	return payments.StateFromProto(reply)
}

// ledgerFor returns the payment ledger, synchronised from the disperser on
// first use.
func (c *Client) ledgerFor(ctx context.Context) (*payments.Ledger, error) {
	c.ledgerMu.Lock()
	defer c.ledgerMu.Unlock()
	if c.ledger != nil {
		return c.ledger, nil
	}
	st, err := c.PaymentState(ctx)
	if err != nil {
		return nil, err
	}
	c.ledger = payments.NewLedger(c.account, st, c.cfg.PaymentMode, c.now)
	return c.ledger, nil
}

// resync forgets the ledger so that the next dispersal reads the payment
// state again (after the disperser refused a payment).
func (c *Client) resync() {
	c.ledgerMu.Lock()
	c.ledger = nil
	c.ledgerMu.Unlock()
}

// Disperse pays for and sends a blob with its commitment to the quorums
// (ascending), and returns its blob key and header.
func (c *Client) Disperse(ctx context.Context, version uint16, blob []byte, commitment certs.BlobCommitment,
	quorums []byte) ([32]byte, certs.BlobHeader, error) {
	if !slices.IsSorted(quorums) || len(quorums) == 0 {
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("quorums %v must be non-empty and ascending", quorums)
	}
	ledger, err := c.ledgerFor(ctx)
	if err != nil {
		return [32]byte{}, certs.BlobHeader{}, err
	}
	charge, err := ledger.Debit(commitment.Length, quorums)
	if err != nil {
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("pay for dispersal: %w", err)
	}
	payment := certs.PaymentHeader{AccountID: c.account, Timestamp: charge.Timestamp.UnixNano(), CumulativePayment: charge.CumulativePayment}
	ph, err := payment.Hash()
	if err != nil {
		ledger.Revert(charge)
		return [32]byte{}, certs.BlobHeader{}, err
	}
	header := certs.BlobHeader{Version: version, QuorumNumbers: quorums, Commitment: commitment, PaymentHeaderHash: ph}
	key, err := header.BlobKey()
	if err != nil {
		ledger.Revert(charge)
		return [32]byte{}, certs.BlobHeader{}, err
	}
	sig, err := crypto.Sign(key[:], c.key)
	if err != nil {
		ledger.Revert(charge)
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("sign blob key: %w", err)
	}
	hp, err := certs.HeaderToProto(version, quorums, commitment, payment)
	if err != nil {
		ledger.Revert(charge)
		return [32]byte{}, certs.BlobHeader{}, err
	}
	req := &disperserpb.DisperseBlobRequest{Blob: blob, BlobHeader: hp, Signature: sig, DisperserId: c.cfg.DisperserID}
	if c.cfg.ChainID != nil {
		anchor := payments.AnchorHash(c.cfg.ChainID, c.cfg.DisperserID, key)
		if req.AnchorSignature, err = crypto.Sign(anchor[:], c.key); err != nil {
			ledger.Revert(charge)
			return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("sign anchor: %w", err)
		}
		req.ChainId = make([]byte, 32)
		c.cfg.ChainID.FillBytes(req.ChainId)
	}
	reply, err := c.rpc.DisperseBlob(ctx, req)
	if err != nil {
		ledger.Revert(charge)
		if ctx.Err() != nil { // the call failed because our context ended
			err = errors.Join(context.Cause(ctx), err)
		}
		if status.Code(err) == codes.ResourceExhausted || status.Code(err) == codes.PermissionDenied {
			c.resync() // the disperser's accounting differs from ours
		}
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("disperse blob: %w", err)
	}
	if len(reply.GetBlobKey()) != 32 || [32]byte(reply.GetBlobKey()) != key {
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("%w: blob key %x, ours %x", ErrBadReply, reply.GetBlobKey(), key)
	}
	if reply.GetResult() == disperserpb.BlobStatus_FAILED {
		return [32]byte{}, certs.BlobHeader{}, fmt.Errorf("%w: disperse reply status FAILED", ErrDispersalFailed)
	}
	return key, header, nil
}

// Status returns a blob's status.
func (c *Client) Status(ctx context.Context, key [32]byte) (*disperserpb.BlobStatusReply, error) {
	return c.rpc.GetBlobStatus(ctx, &disperserpb.BlobStatusRequest{BlobKey: key[:]})
}

// WaitSigned polls a blob's status until its batch is signed by enough stake:
// COMPLETE, or GATHERING_SIGNATURES once every quorum of quorums has at least
// threshold percent signed. A COMPLETE batch below the threshold fails with
// ErrUnderSigned. Failed polls are retried with exponential backoff, up to
// StatusRetries in a row.
func (c *Client) WaitSigned(ctx context.Context, key [32]byte, quorums []byte, threshold uint8) (*disperserpb.BlobStatusReply, error) {
	failures := 0
	last := disperserpb.BlobStatus_UNKNOWN
	for {
		wait := c.cfg.PollInterval
		reply, err := c.Status(ctx, key)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("blob %x status (last %s): %w", key, last, errors.Join(context.Cause(ctx), err))
			}
			failures++
			if !retryable(err) || failures > c.cfg.StatusRetries {
				return nil, fmt.Errorf("blob %x status (%d failed polls): %w", key, failures, err)
			}
			wait = backoff(c.cfg.PollInterval, failures, c.cfg.MaxBackoff)
		} else {
			failures = 0
			last = reply.GetStatus()
			switch last {
			case disperserpb.BlobStatus_COMPLETE:
				if err := signedEnough(reply, quorums, threshold); err != nil {
					return nil, err
				}
				return reply, nil
			case disperserpb.BlobStatus_GATHERING_SIGNATURES:
				if signedEnough(reply, quorums, threshold) == nil {
					return reply, nil
				}
			case disperserpb.BlobStatus_QUEUED, disperserpb.BlobStatus_ENCODED:
			default:
				return nil, fmt.Errorf("%w: blob %x status %s", ErrDispersalFailed, key, last)
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting for blob %x (last status %s): %w", key, last, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// signedEnough checks the attestation's signed percentage of each quorum.
func signedEnough(reply *disperserpb.BlobStatusReply, quorums []byte, threshold uint8) error {
	a := reply.GetSignedBatch().GetAttestation()
	if a == nil {
		return fmt.Errorf("%w: no attestation yet", ErrUnderSigned)
	}
	pct := a.GetQuorumSignedPercentages()
	for _, q := range quorums {
		i := slices.Index(a.GetQuorumNumbers(), uint32(q))
		if i < 0 || i >= len(pct) {
			return fmt.Errorf("%w: quorum %d not signed", ErrUnderSigned, q)
		}
		if pct[i] < threshold {
			return fmt.Errorf("%w: quorum %d signed %d%%, threshold %d%%", ErrUnderSigned, q, pct[i], threshold)
		}
	}
	return nil
}

func backoff(base time.Duration, failures int, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// retryable reports whether a failed RPC may succeed when repeated.
func retryable(err error) bool {
	switch status.Code(err) {
	case codes.InvalidArgument, codes.NotFound, codes.PermissionDenied, codes.Unauthenticated,
		codes.Unimplemented, codes.FailedPrecondition, codes.OutOfRange, codes.AlreadyExists:
		return false
	}
	return true
}

// IsUnavailable reports whether err means the disperser could not be reached
// or is overloaded (try again, or fail over), as opposed to refusing.
func IsUnavailable(err error) bool {
	switch status.Code(err) {
	case codes.Unavailable, codes.DeadlineExceeded, codes.ResourceExhausted, codes.Aborted:
		return true
	}
	return errors.Is(err, context.DeadlineExceeded)
}
