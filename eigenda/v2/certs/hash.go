package certs

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func mustType(t string, components []abi.ArgumentMarshaling) abi.Type {
	typ, err := abi.NewType(t, "", components)
	if err != nil {
		panic(err)
	}
	return typ
}

var (
	g1Components = []abi.ArgumentMarshaling{{Name: "X", Type: "uint256"}, {Name: "Y", Type: "uint256"}}
	g2Components = []abi.ArgumentMarshaling{{Name: "X", Type: "uint256[2]"}, {Name: "Y", Type: "uint256[2]"}}

	commitmentType = mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "commitment", Type: "tuple", Components: g1Components},
		{Name: "lengthCommitment", Type: "tuple", Components: g2Components},
		{Name: "lengthProof", Type: "tuple", Components: g2Components},
		{Name: "length", Type: "uint32"},
	})
	paymentHeaderArgs = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "accountID", Type: "string"},
		{Name: "timestamp", Type: "int64"},
		{Name: "cumulativePayment", Type: "uint256"},
	})}}
	blobHeaderArgs = abi.Arguments{
		{Type: mustType("uint16", nil)},
		{Type: mustType("bytes", nil)},
		{Type: commitmentType},
	}
	bytes32Pair      = abi.Arguments{{Type: mustType("bytes32", nil)}, {Type: mustType("bytes32", nil)}}
	blobCertHashArgs = abi.Arguments{
		{Type: mustType("bytes32", nil)},
		{Type: mustType("bytes", nil)},
		{Type: mustType("uint32[]", nil)},
	}
	batchHeaderArgs = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "batchRoot", Type: "bytes32"},
		{Name: "referenceBlockNumber", Type: "uint32"},
	})}}
)

// PaymentHeader is who pays for a dispersal and how: by reservation when
// CumulativePayment is nil or zero, otherwise on demand with the account's new
// cumulative payment in wei.
type PaymentHeader struct {
	AccountID         common.Address
	Timestamp         int64 // Unix nanoseconds
	CumulativePayment *big.Int
}

// IsOnDemand reports whether the header pays on demand.
func (p PaymentHeader) IsOnDemand() bool {
	return p.CumulativePayment != nil && p.CumulativePayment.Sign() != 0
}

// Hash returns the payment header hash certificates carry.
func (p PaymentHeader) Hash() ([32]byte, error) {
	payment := p.CumulativePayment
	if payment == nil {
		payment = new(big.Int)
	}
	if payment.Sign() < 0 || payment.BitLen() > 256 {
		return [32]byte{}, fmt.Errorf("%w: cumulative payment %v out of uint256", ErrMalformed, payment)
	}
	packed, err := paymentHeaderArgs.Pack(struct {
		AccountID         string
		Timestamp         int64
		CumulativePayment *big.Int
	}{p.AccountID.Hex(), p.Timestamp, payment})
	if err != nil {
		return [32]byte{}, fmt.Errorf("abi encode payment header: %w", err)
	}
	return crypto.Keccak256Hash(packed), nil
}

// BlobKey returns the key a blob is dispersed, signed and retrieved by.
func (h *BlobHeader) BlobKey() ([32]byte, error) {
	quorums := slices.Clone(h.QuorumNumbers)
	slices.Sort(quorums)
	inner, err := blobHeaderArgs.Pack(h.Version, quorums, h.Commitment)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: abi encode blob header: %w", ErrMalformed, err)
	}
	outer, err := bytes32Pair.Pack(crypto.Keccak256Hash(inner), h.PaymentHeaderHash)
	if err != nil {
		return [32]byte{}, fmt.Errorf("abi encode blob key: %w", err)
	}
	return crypto.Keccak256Hash(outer), nil
}

// Hash returns the blob certificate hash; the batch's Merkle leaf is its
// keccak256.
func (c *BlobCertificate) Hash() ([32]byte, error) {
	key, err := c.BlobHeader.BlobKey()
	if err != nil {
		return [32]byte{}, err
	}
	relayKeys := c.RelayKeys
	if relayKeys == nil {
		relayKeys = []uint32{}
	}
	packed, err := blobCertHashArgs.Pack(key, c.Signature, relayKeys)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: abi encode blob certificate: %w", ErrMalformed, err)
	}
	return crypto.Keccak256Hash(packed), nil
}

// Leaf returns the certificate's Merkle leaf: keccak256 of its hash.
func (c *BlobCertificate) Leaf() ([32]byte, error) {
	h, err := c.Hash()
	if err != nil {
		return [32]byte{}, err
	}
	return crypto.Keccak256Hash(h[:]), nil
}

// Hash returns the batch header hash operators sign.
func (h BatchHeader) Hash() [32]byte {
	packed, err := batchHeaderArgs.Pack(h)
	if err != nil {
		panic(fmt.Sprintf("abi encode of a static batch header failed: %v", err))
	}
	return crypto.Keccak256Hash(packed)
}

// MerkleTree builds the batch's keccak Merkle tree over leaves, padded with
// zero hashes to a power of two, and returns the root and each leaf's proof
// (siblings, leaf upwards).
func MerkleTree(leaves [][32]byte) ([32]byte, [][]byte) {
	n := 1
	for n < len(leaves) {
		n *= 2
	}
	level := make([][32]byte, n)
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
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i][:], level[2*i+1][:])
		}
		level = next
	}
	return level[0], proofs
}

// MerkleRoot recomputes a root from a leaf, its index and its proof, as the
// cert verifier does.
func MerkleRoot(leaf [32]byte, index uint32, proof []byte) ([32]byte, error) {
	if len(proof)%32 != 0 {
		return [32]byte{}, fmt.Errorf("%w: inclusion proof of %d bytes is not whole hashes", ErrMalformed, len(proof))
	}
	h := leaf
	idx := uint64(index)
	for i := 0; i < len(proof); i += 32 {
		if idx%2 == 0 {
			h = crypto.Keccak256Hash(h[:], proof[i:i+32])
		} else {
			h = crypto.Keccak256Hash(proof[i:i+32], h[:])
		}
		idx /= 2
	}
	return h, nil
}
