package cert

import (
	"bytes"
	"fmt"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
)

// DefaultRequiredQuorums are the quorums every EigenDA blob must be confirmed in:
// 0 (ETH) and 1 (EIGEN).
var DefaultRequiredQuorums = []uint32{0, 1}

// Verifier checks certificates and the blobs returned for them.
type Verifier struct {
	srs             *kzg.SRS
	requiredQuorums []uint32
}

// NewVerifier returns a verifier committing with srs and requiring every
// certificate to cover requiredQuorums.
func NewVerifier(srs *kzg.SRS, requiredQuorums []uint32) *Verifier {
	return &Verifier{srs: srs, requiredQuorums: append([]uint32(nil), requiredQuorums...)}
}

// VerifyCert checks the certificate's internal consistency: a commitment on the
// curve, a non-zero length, the batch header hash, the blob header's Merkle
// inclusion in the batch root, and quorum parameters met by the signed stake.
func (v *Verifier) VerifyCert(info *BlobInfo) error {
	h := &info.BlobHeader
	if _, err := h.Commitment.Point(); err != nil {
		return err
	}
	if h.DataLength == 0 {
		return fmt.Errorf("%w: zero data length", ErrInvalid)
	}
	proof := &info.BlobVerificationProof
	bh := &proof.BatchMetadata.BatchHeader
	wantHash, err := HashReducedBatchHeader(bh)
	if err != nil {
		return err
	}
	if !bytes.Equal(wantHash[:], proof.BatchMetadata.BatchHeaderHash) {
		return fmt.Errorf("%w: batch header hash %x, computed %x", ErrInvalid, proof.BatchMetadata.BatchHeaderHash, wantHash)
	}
	leaf, err := blobLeaf(h)
	if err != nil {
		return err
	}
	root, err := merkleRoot(leaf, proof.BlobIndex, proof.InclusionProof)
	if err != nil {
		return err
	}
	if !bytes.Equal(root[:], bh.BatchRoot) {
		return fmt.Errorf("%w: blob header is not included in the batch root", ErrInvalid)
	}
	return v.verifyQuorums(info)
}

func (v *Verifier) verifyQuorums(info *BlobInfo) error {
	params := info.BlobHeader.BlobQuorumParams
	proof := &info.BlobVerificationProof
	bh := &proof.BatchMetadata.BatchHeader
	if len(proof.QuorumIndexes) != len(params) {
		return fmt.Errorf("%w: %d quorum indexes for %d quorum params", ErrInvalid, len(proof.QuorumIndexes), len(params))
	}
	if len(bh.QuorumSignedPercentages) != len(bh.QuorumNumbers) {
		return fmt.Errorf("%w: %d signed percentages for %d quorums", ErrInvalid, len(bh.QuorumSignedPercentages), len(bh.QuorumNumbers))
	}
	seen := make(map[uint32]bool, len(params))
	for i, p := range params {
		idx := int(proof.QuorumIndexes[i])
		if idx >= len(bh.QuorumNumbers) {
			return fmt.Errorf("%w: quorum index %d out of range", ErrInvalid, idx)
		}
		if uint32(bh.QuorumNumbers[idx]) != p.QuorumNumber {
			return fmt.Errorf("%w: quorum param %d is quorum %d, batch quorum %d", ErrInvalid, i, p.QuorumNumber, bh.QuorumNumbers[idx])
		}
		if seen[p.QuorumNumber] {
			return fmt.Errorf("%w: quorum %d listed twice", ErrInvalid, p.QuorumNumber)
		}
		seen[p.QuorumNumber] = true
		if p.AdversaryThresholdPercentage >= p.ConfirmationThresholdPercentage || p.ConfirmationThresholdPercentage > 100 {
			return fmt.Errorf("%w: quorum %d thresholds adversary %d%% confirmation %d%%", ErrInvalid,
				p.QuorumNumber, p.AdversaryThresholdPercentage, p.ConfirmationThresholdPercentage)
		}
		if uint32(bh.QuorumSignedPercentages[idx]) < p.ConfirmationThresholdPercentage {
			return fmt.Errorf("%w: quorum %d signed %d%%, below its %d%% confirmation threshold", ErrInvalid,
				p.QuorumNumber, bh.QuorumSignedPercentages[idx], p.ConfirmationThresholdPercentage)
		}
	}
	for _, q := range v.requiredQuorums {
		if !seen[q] {
			return fmt.Errorf("%w: required quorum %d missing", ErrInvalid, q)
		}
	}
	return nil
}

// VerifyBlob checks that blob is the data the certificate commits to: canonical
// symbols, no more non-zero symbols than the certificate's length, and an equal
// KZG commitment.
func (v *Verifier) VerifyBlob(info *BlobInfo, blob []byte) error {
	want, err := info.BlobHeader.Commitment.Point()
	if err != nil {
		return err
	}
	if len(blob)%codec.BytesPerSymbol != 0 {
		return fmt.Errorf("%w: %d bytes is not whole symbols", ErrBlobMismatch, len(blob))
	}
	symbols := len(blob) / codec.BytesPerSymbol
	for symbols > 0 && isZero(blob[(symbols-1)*codec.BytesPerSymbol:symbols*codec.BytesPerSymbol]) {
		symbols--
	}
	if symbols == 0 {
		return fmt.Errorf("%w: blob is empty", ErrBlobMismatch)
	}
	if uint64(symbols) > uint64(info.BlobHeader.DataLength) {
		return fmt.Errorf("%w: %d symbols, certificate says %d", ErrBlobMismatch, symbols, info.BlobHeader.DataLength)
	}
	got, err := v.srs.CommitBlob(blob[:symbols*codec.BytesPerSymbol])
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBlobMismatch, err)
	}
	if !got.Equal(&want) {
		return fmt.Errorf("%w: kzg commitment differs", ErrBlobMismatch)
	}
	return nil
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}
