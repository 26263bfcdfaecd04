package cert

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// word returns v as a 32-byte ABI word.
func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}

// leftPad32 returns b as a 32-byte ABI word (b must be at most 32 bytes).
func leftPad32(b []byte) []byte {
	var w [32]byte
	copy(w[32-len(b):], b)
	return w[:]
}

// HashBlobHeader returns keccak256(abi.encode(BlobHeader)) as the EigenDA contracts
// compute it, with the commitment as a (uint256, uint256) G1 point and quorum
// numbers and percentages as uint8.
func HashBlobHeader(h *BlobHeader) (common.Hash, error) {
	if len(h.Commitment.X) > 32 || len(h.Commitment.Y) > 32 {
		return common.Hash{}, fmt.Errorf("%w: commitment coordinate longer than 32 bytes", ErrMalformed)
	}
	for i, p := range h.BlobQuorumParams {
		if p.QuorumNumber > 255 || p.AdversaryThresholdPercentage > 255 || p.ConfirmationThresholdPercentage > 255 {
			return common.Hash{}, fmt.Errorf("%w: quorum param %d does not fit uint8", ErrInvalid, i)
		}
	}
	// abi.encode of one dynamic tuple: its offset, then the tuple.
	enc := make([]byte, 0, 32*(6+4*len(h.BlobQuorumParams)))
	enc = append(enc, word(0x20)...)
	enc = append(enc, leftPad32(h.Commitment.X)...)
	enc = append(enc, leftPad32(h.Commitment.Y)...)
	enc = append(enc, word(uint64(h.DataLength))...)
	enc = append(enc, word(4*32)...) // offset of the array inside the tuple
	enc = append(enc, word(uint64(len(h.BlobQuorumParams)))...)
	for _, p := range h.BlobQuorumParams {
		enc = append(enc, word(uint64(p.QuorumNumber))...)
		enc = append(enc, word(uint64(p.AdversaryThresholdPercentage))...)
		enc = append(enc, word(uint64(p.ConfirmationThresholdPercentage))...)
		enc = append(enc, word(uint64(p.ChunkLength))...)
	}
	return crypto.Keccak256Hash(enc), nil
}

// HashReducedBatchHeader returns keccak256(abi.encode(ReducedBatchHeader{batchRoot,
// referenceBlockNumber})), the batch header hash operators sign.
func HashReducedBatchHeader(h *BatchHeader) (common.Hash, error) {
	if len(h.BatchRoot) != 32 {
		return common.Hash{}, fmt.Errorf("%w: batch root is %d bytes, want 32", ErrMalformed, len(h.BatchRoot))
	}
	return crypto.Keccak256Hash(h.BatchRoot, word(uint64(h.ReferenceBlockNumber))), nil
}

// blobLeaf is the Merkle leaf of a blob header: keccak256(hashBlobHeader(h)).
func blobLeaf(h *BlobHeader) (common.Hash, error) {
	hh, err := HashBlobHeader(h)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(hh[:]), nil
}

// merkleRoot recomputes a keccak Merkle root from a leaf, its index and its
// sibling path, in the order the EigenDA contracts verify inclusion.
func merkleRoot(leaf common.Hash, index uint32, proof []byte) (common.Hash, error) {
	if len(proof)%32 != 0 {
		return common.Hash{}, fmt.Errorf("%w: inclusion proof of %d bytes is not whole hashes", ErrMalformed, len(proof))
	}
	if len(proof)/32 < 32 && index>>(len(proof)/32) != 0 {
		return common.Hash{}, fmt.Errorf("%w: blob index %d out of range for a proof of depth %d", ErrInvalid, index, len(proof)/32)
	}
	h := leaf
	for i := 0; i < len(proof); i += 32 {
		if index%2 == 0 {
			h = crypto.Keccak256Hash(h[:], proof[i:i+32])
		} else {
			h = crypto.Keccak256Hash(proof[i:i+32], h[:])
		}
		index /= 2
	}
	return h, nil
}

// merkleTree builds a keccak Merkle tree over leaves padded with zero hashes to a
// power of two, returning the root and each leaf's sibling path.
func merkleTree(leaves []common.Hash) (common.Hash, [][]byte) {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	level := make([]common.Hash, n)
	copy(level, leaves)
	proofs := make([][]byte, len(leaves))
	pos := make([]int, len(leaves))
	for i := range pos {
		pos[i] = i
	}
	for len(level) > 1 {
		for i := range proofs {
			sib := level[pos[i]^1]
			proofs[i] = append(proofs[i], sib[:]...)
			pos[i] /= 2
		}
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i][:], level[2*i+1][:])
		}
		level = next
	}
	return level[0], proofs
}
