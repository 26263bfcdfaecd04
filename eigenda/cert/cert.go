package cert

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/rlp"
)

// G1Commitment is a KZG commitment as two 32-byte big-endian coordinates.
type G1Commitment struct {
	X []byte
	Y []byte
}

// BlobQuorumParam is one quorum's security parameters for a blob.
type BlobQuorumParam struct {
	QuorumNumber                    uint32
	AdversaryThresholdPercentage    uint32
	ConfirmationThresholdPercentage uint32
	ChunkLength                     uint32
}

// BlobHeader identifies a blob by commitment and length.
type BlobHeader struct {
	Commitment       G1Commitment
	DataLength       uint32 // blob length in 32-byte symbols
	BlobQuorumParams []BlobQuorumParam
}

// BatchHeader is the header of the batch the blob was dispersed in.
type BatchHeader struct {
	BatchRoot               []byte // Merkle root over the batch's blob headers
	QuorumNumbers           []byte // one byte per quorum, ascending
	QuorumSignedPercentages []byte // signed stake percentage per quorum number
	ReferenceBlockNumber    uint32
}

// BatchMetadata is what the disperser confirmed on L1 about the batch.
type BatchMetadata struct {
	BatchHeader             BatchHeader
	SignatoryRecordHash     []byte
	Fee                     []byte
	ConfirmationBlockNumber uint32
	BatchHeaderHash         []byte // keccak256 of the ABI-encoded reduced batch header
}

// BlobVerificationProof places a blob header in a confirmed batch.
type BlobVerificationProof struct {
	BatchID        uint32
	BlobIndex      uint32
	BatchMetadata  BatchMetadata
	InclusionProof []byte // concatenated 32-byte Merkle siblings, leaf upwards
	QuorumIndexes  []byte // QuorumIndexes[i]: index in BatchHeader.QuorumNumbers of BlobQuorumParams[i]
}

// BlobInfo is the EigenDA v1 certificate.
type BlobInfo struct {
	BlobHeader            BlobHeader
	BlobVerificationProof BlobVerificationProof
}

// Encode returns the certificate's wire form (RLP).
func (b *BlobInfo) Encode() ([]byte, error) {
	out, err := rlp.EncodeToBytes(b)
	if err != nil {
		return nil, fmt.Errorf("rlp encode certificate: %w", err)
	}
	return out, nil
}

// Decode parses a certificate's wire form. Trailing bytes are an error.
func Decode(raw []byte) (*BlobInfo, error) {
	var b BlobInfo
	if err := rlp.DecodeBytes(raw, &b); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return &b, nil
}

// CommitmentFromPoint writes a G1 point as a G1Commitment.
func CommitmentFromPoint(p bn254.G1Affine) G1Commitment {
	x, y := p.X.Bytes(), p.Y.Bytes()
	return G1Commitment{X: x[:], Y: y[:]}
}

// Point parses the commitment into a G1 point, checking it is on the curve.
func (c G1Commitment) Point() (bn254.G1Affine, error) {
	var p bn254.G1Affine
	if len(c.X) != 32 || len(c.Y) != 32 {
		return p, fmt.Errorf("%w: commitment coordinates are %d and %d bytes, want 32", ErrMalformed, len(c.X), len(c.Y))
	}
	if err := p.X.SetBytesCanonical(c.X); err != nil {
		return p, fmt.Errorf("%w: commitment x: %w", ErrMalformed, err)
	}
	if err := p.Y.SetBytesCanonical(c.Y); err != nil {
		return p, fmt.Errorf("%w: commitment y: %w", ErrMalformed, err)
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: commitment is not on the curve", ErrMalformed)
	}
	return p, nil
}

// Equal reports whether two commitments have the same coordinates.
func (c G1Commitment) Equal(o G1Commitment) bool {
	return bytes.Equal(c.X, o.X) && bytes.Equal(c.Y, o.Y)
}
