package cert

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/eigenda/kzg"
)

// DefaultQuorumParams are the quorum parameters self-issued certificates use:
// quorums 0 and 1, 33% adversary and 55% confirmation thresholds.
func DefaultQuorumParams() []BlobQuorumParam {
	return []BlobQuorumParam{
		{QuorumNumber: 0, AdversaryThresholdPercentage: 33, ConfirmationThresholdPercentage: 55, ChunkLength: 1},
		{QuorumNumber: 1, AdversaryThresholdPercentage: 33, ConfirmationThresholdPercentage: 55, ChunkLength: 1},
	}
}

// NewBlobHeader returns the header of a blob of the given length in symbols with
// the given commitment and quorum parameters.
func NewBlobHeader(c kzg.Commitment, symbols uint32, quorums []BlobQuorumParam) BlobHeader {
	return BlobHeader{
		Commitment:       CommitmentFromPoint(c),
		DataLength:       symbols,
		BlobQuorumParams: slices.Clone(quorums),
	}
}

// BatchParams are the batch-level fields of issued certificates.
type BatchParams struct {
	BatchID                 uint32
	ReferenceBlockNumber    uint32
	ConfirmationBlockNumber uint32
	SignedPercentage        byte // stake that signed, the same for every quorum
}

// BuildBatch places blob headers in one batch and returns a certificate per
// header, with a Merkle root over the headers, each one's inclusion proof, and the
// batch header hash: certificates that pass [Verifier.VerifyCert]. The memory and
// file stores and test dispersers issue their certificates with it; nothing in
// them is signed by EigenDA operators.
func BuildBatch(headers []BlobHeader, p BatchParams) ([]*BlobInfo, error) {
	if len(headers) == 0 {
		return nil, fmt.Errorf("%w: empty batch", ErrInvalid)
	}
	leaves := make([]common.Hash, len(headers))
	var quorums []byte
	for i := range headers {
		leaf, err := blobLeaf(&headers[i])
		if err != nil {
			return nil, err
		}
		leaves[i] = leaf
		for _, q := range headers[i].BlobQuorumParams {
			if q.QuorumNumber > 255 {
				return nil, fmt.Errorf("%w: quorum number %d", ErrInvalid, q.QuorumNumber)
			}
			if !slices.Contains(quorums, byte(q.QuorumNumber)) {
				quorums = append(quorums, byte(q.QuorumNumber))
			}
		}
	}
	slices.Sort(quorums)
	signed := make([]byte, len(quorums))
	for i := range signed {
		signed[i] = p.SignedPercentage
	}
	root, proofs := merkleTree(leaves)
	bh := BatchHeader{
		BatchRoot:               root.Bytes(),
		QuorumNumbers:           quorums,
		QuorumSignedPercentages: signed,
		ReferenceBlockNumber:    p.ReferenceBlockNumber,
	}
	bhHash, err := HashReducedBatchHeader(&bh)
	if err != nil {
		return nil, err
	}
	out := make([]*BlobInfo, len(headers))
	for i := range headers {
		idx := make([]byte, len(headers[i].BlobQuorumParams))
		for j, q := range headers[i].BlobQuorumParams {
			idx[j] = byte(slices.Index(quorums, byte(q.QuorumNumber)))
		}
		out[i] = &BlobInfo{
			BlobHeader: headers[i],
			BlobVerificationProof: BlobVerificationProof{
				BatchID:   p.BatchID,
				BlobIndex: uint32(i),
				BatchMetadata: BatchMetadata{
					BatchHeader:             bh,
					SignatoryRecordHash:     crypto.Keccak256(nil),
					Fee:                     []byte{},
					ConfirmationBlockNumber: p.ConfirmationBlockNumber,
					BatchHeaderHash:         bhHash.Bytes(),
				},
				InclusionProof: proofs[i],
				QuorumIndexes:  idx,
			},
		}
	}
	return out, nil
}
