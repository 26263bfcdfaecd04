package store

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
)

var (
	// ErrNotFound is returned when no blob is stored under a key or for a
	// certificate.
	ErrNotFound = errors.New("blob not found")
	// ErrUnavailable is returned when the backend cannot serve right now (closed,
	// disk failure, disperser unreachable); the request may succeed later.
	ErrUnavailable = errors.New("store unavailable")
	// ErrTooLarge is returned when a blob is larger than the store's whole
	// budget.
	ErrTooLarge = errors.New("blob larger than the store's budget")
	// ErrBadKey is returned for a key that is not lower-case hex (with an
	// optional "v2-" prefix).
	ErrBadKey = errors.New("invalid blob key")
)

// Blobs keeps blob bytes under keys: the memory and file backends, and the
// secondary store.
type Blobs interface {
	// PutBlob stores blob under key, durably in the backend's terms.
	PutBlob(ctx context.Context, key string, blob []byte) error
	// GetBlob returns the blob under key, or an error wrapping ErrNotFound.
	GetBlob(ctx context.Context, key string) ([]byte, error)
	// Health returns nil when the store can serve, else an error wrapping
	// ErrUnavailable.
	Health(ctx context.Context) error
	// Close releases the store's resources.
	Close() error
}

// checkKey accepts lower-case hex keys, optionally prefixed with "v2-", so
// that a key is always a safe file name.
func checkKey(key string) error {
	k := key
	if len(k) > 3 && k[:3] == "v2-" {
		k = k[3:]
	}
	if len(k) == 0 || len(k) > 128 {
		return fmt.Errorf("%w: %q", ErrBadKey, key)
	}
	for _, c := range k {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return fmt.Errorf("%w: %q", ErrBadKey, key)
		}
	}
	return nil
}

// V2Key returns the storage key of an EigenDA v2 blob key.
func V2Key(blobKey [32]byte) string { return "v2-" + hex.EncodeToString(blobKey[:]) }

// Store keeps blobs for EigenDA v1 certificates.
type Store interface {
	// Put stores blob, whose KZG commitment the caller computed, and returns its
	// certificate. It returns only once the blob is durable in the backend's terms.
	Put(ctx context.Context, blob []byte, commitment kzg.Commitment) (*cert.BlobInfo, error)
	// Get returns the blob bytes the certificate names, unverified.
	Get(ctx context.Context, info *cert.BlobInfo) ([]byte, error)
	// Health returns nil when the store can serve, else an error wrapping
	// ErrUnavailable.
	Health(ctx context.Context) error
	// Close releases the store's resources.
	Close() error
}

// Local is a Store that issues v1 certificates itself (a batch of one blob)
// and keeps the blobs in a Blobs store.
type Local struct {
	Blobs Blobs
}

// NewLocal returns a v1 Store over blobs.
func NewLocal(blobs Blobs) *Local { return &Local{Blobs: blobs} }

// Put implements Store.
func (l *Local) Put(ctx context.Context, blob []byte, commitment kzg.Commitment) (*cert.BlobInfo, error) {
	info, err := IssueLocal(blob, commitment)
	if err != nil {
		return nil, err
	}
	if err := l.Blobs.PutBlob(ctx, Key(info), blob); err != nil {
		return nil, err
	}
	return info, nil
}

// Get implements Store.
func (l *Local) Get(ctx context.Context, info *cert.BlobInfo) ([]byte, error) {
	return l.Blobs.GetBlob(ctx, Key(info))
}

// Health implements Store.
func (l *Local) Health(ctx context.Context) error { return l.Blobs.Health(ctx) }

// Close implements Store.
func (l *Local) Close() error { return l.Blobs.Close() }

// IssueLocal returns a certificate for blob in a batch of its own.
func IssueLocal(blob []byte, commitment kzg.Commitment) (*cert.BlobInfo, error) {
	symbols := uint32(len(blob) / codec.BytesPerSymbol)
	header := cert.NewBlobHeader(commitment, symbols, cert.DefaultQuorumParams())
	infos, err := cert.BuildBatch([]cert.BlobHeader{header}, cert.BatchParams{SignedPercentage: 100})
	if err != nil {
		return nil, fmt.Errorf("issue certificate: %w", err)
	}
	return infos[0], nil
}

// Key returns the storage key of the blob a certificate names: the hex keccak256
// of its batch header hash and blob index, the pair the disperser retrieves by.
func Key(info *cert.BlobInfo) string {
	p := &info.BlobVerificationProof
	h := crypto.Keccak256(p.BatchMetadata.BatchHeaderHash, binary.BigEndian.AppendUint32(nil, p.BlobIndex))
	return hex.EncodeToString(h)
}

// WithSecondary returns a v1 Store that also writes every blob to secondary
// and reads from it when the primary cannot serve the blob.
func WithSecondary(primary Store, secondary Blobs) Store {
	return &withSecondary{primary: primary, secondary: secondary}
}

type withSecondary struct {
	primary   Store
	secondary Blobs
}

// Put implements Store: primary first, then the secondary copy.
func (w *withSecondary) Put(ctx context.Context, blob []byte, c kzg.Commitment) (*cert.BlobInfo, error) {
	info, err := w.primary.Put(ctx, blob, c)
	if err != nil {
		return nil, err
	}
	if err := w.secondary.PutBlob(ctx, Key(info), blob); err != nil {
		return nil, fmt.Errorf("secondary store: %w", err)
	}
	return info, nil
}

// Get implements Store: the primary, else the secondary.
func (w *withSecondary) Get(ctx context.Context, info *cert.BlobInfo) ([]byte, error) {
	b, err := w.primary.Get(ctx, info)
	if err == nil {
		return b, nil
	}
	b2, err2 := w.secondary.GetBlob(ctx, Key(info))
	if err2 == nil {
		return b2, nil
	}
	if errors.Is(err, ErrNotFound) && errors.Is(err2, ErrNotFound) {
		return nil, fmt.Errorf("%w: primary: %w; secondary: %w", ErrNotFound, err, err2)
	}
	return nil, fmt.Errorf("%w: primary: %w; secondary: %w", ErrUnavailable, err, err2)
}

// Health implements Store.
func (w *withSecondary) Health(ctx context.Context) error {
	return errors.Join(w.primary.Health(ctx), w.secondary.Health(ctx))
}

// Close implements Store.
func (w *withSecondary) Close() error { return errors.Join(w.primary.Close(), w.secondary.Close()) }
