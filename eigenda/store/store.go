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
	// ErrNotFound is returned when no blob is stored for a certificate.
	ErrNotFound = errors.New("blob not found")
	// ErrUnavailable is returned when the backend cannot serve right now (closed,
	// disk failure, disperser unreachable); the request may succeed later.
	ErrUnavailable = errors.New("store unavailable")
)

// Store keeps blobs and the certificates that name them.
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

// issueLocal returns a certificate for blob in a batch of its own.
func issueLocal(blob []byte, commitment kzg.Commitment) (*cert.BlobInfo, error) {
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
