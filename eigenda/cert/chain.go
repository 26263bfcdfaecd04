package cert

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNotConfirmed is returned when a certificate's batch is not yet
// confirmationDepth blocks deep on L1.
var ErrNotConfirmed = errors.New("eigenda batch not confirmed deep enough")

// appendABIBytes appends the ABI tail of a dynamic bytes value: length, then the
// data right-padded to whole words.
func appendABIBytes(enc, b []byte) []byte {
	enc = append(enc, word(uint64(len(b)))...)
	enc = append(enc, b...)
	if pad := (32 - len(b)%32) % 32; pad > 0 {
		enc = append(enc, make([]byte, pad)...)
	}
	return enc
}

// HashBatchHeader returns keccak256(abi.encode(BatchHeader{blobHeadersRoot,
// quorumNumbers, signedStakeForQuorums, referenceBlockNumber})), the full batch
// header hash the EigenDA service manager folds into its batch metadata hash.
func HashBatchHeader(h *BatchHeader) (common.Hash, error) {
	if len(h.BatchRoot) != 32 {
		return common.Hash{}, fmt.Errorf("%w: batch root is %d bytes, want 32", ErrMalformed, len(h.BatchRoot))
	}
	quorumsTail := 32 + (len(h.QuorumNumbers)+31)/32*32
	enc := make([]byte, 0, 32*8+len(h.QuorumNumbers)+len(h.QuorumSignedPercentages))
	enc = append(enc, word(0x20)...) // offset of the (dynamic) tuple
	enc = append(enc, h.BatchRoot...)
	enc = append(enc, word(4*32)...)                     // offset of quorumNumbers in the tuple
	enc = append(enc, word(uint64(4*32+quorumsTail))...) // offset of signedStakeForQuorums
	enc = append(enc, word(uint64(h.ReferenceBlockNumber))...)
	enc = appendABIBytes(enc, h.QuorumNumbers)
	enc = appendABIBytes(enc, h.QuorumSignedPercentages)
	return crypto.Keccak256Hash(enc), nil
}

// HashBatchMetadata returns the hash the EigenDA service manager stores per batch
// id: keccak256(abi.encodePacked(hashBatchHeader, signatoryRecordHash,
// uint32 confirmationBlockNumber)).
func HashBatchMetadata(md *BatchMetadata) (common.Hash, error) {
	bh, err := HashBatchHeader(&md.BatchHeader)
	if err != nil {
		return common.Hash{}, err
	}
	if len(md.SignatoryRecordHash) != 32 {
		return common.Hash{}, fmt.Errorf("%w: signatory record hash is %d bytes, want 32", ErrMalformed, len(md.SignatoryRecordHash))
	}
	return crypto.Keccak256Hash(bh[:], md.SignatoryRecordHash,
		binary.BigEndian.AppendUint32(nil, md.ConfirmationBlockNumber)), nil
}

// ChainReader reads what the EigenDA service manager on L1 recorded.
type ChainReader interface {
	// BatchMetadataHash returns batchIdToBatchMetadataHash(batchID); zero when
	// the batch is unknown.
	BatchMetadataHash(ctx context.Context, batchID uint32) (common.Hash, error)
	// BlockNumber returns the L1 head's number.
	BlockNumber(ctx context.Context) (uint64, error)
}

// VerifyOnChain checks that the certificate's batch was confirmed on L1 as the
// certificate says (its batch metadata hash is the one the service manager
// stored for its batch id) and is at least confirmationDepth blocks deep.
func VerifyOnChain(ctx context.Context, info *BlobInfo, chain ChainReader, confirmationDepth uint64) error {
	md := &info.BlobVerificationProof.BatchMetadata
	want, err := HashBatchMetadata(md)
	if err != nil {
		return err
	}
	got, err := chain.BatchMetadataHash(ctx, info.BlobVerificationProof.BatchID)
	if err != nil {
		return fmt.Errorf("read batch metadata hash of batch %d: %w", info.BlobVerificationProof.BatchID, err)
	}
	if got != want {
		return fmt.Errorf("%w: batch %d metadata hash on chain %s, certificate gives %s",
			ErrInvalid, info.BlobVerificationProof.BatchID, got, want)
	}
	if confirmationDepth > 0 {
		head, err := chain.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("read l1 head: %w", err)
		}
		if uint64(md.ConfirmationBlockNumber)+confirmationDepth > head {
			return fmt.Errorf("%w: confirmed at block %d, head %d, depth %d required",
				ErrNotConfirmed, md.ConfirmationBlockNumber, head, confirmationDepth)
		}
	}
	return nil
}
