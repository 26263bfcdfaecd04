package settlement

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Contribution is one Proof-of-Attribution credit: a contribution id of a
// Datanet and its weight (1e18 fixed point by convention; only the ratios
// matter to the split).
type Contribution struct {
	ID     *uint256.Int
	Weight *uint256.Int
}

// Receipt is what an operator settles for one inference.
type Receipt struct {
	// VoucherHash is the EIP-712 hash of the voucher that pays for it.
	VoucherHash common.Hash
	ModelID     *uint256.Int
	TokensIn    uint64
	TokensOut   uint64
	// Fee is what the inference costs by the model's on-chain rates.
	Fee *uint256.Int
	// OutputHash is keccak256 of the output text.
	OutputHash common.Hash
	// Contributions are in strictly increasing id order.
	Contributions []Contribution
	// ProofRoot commits to the attribution evidence.
	ProofRoot common.Hash
}

// receiptHeadWords is the number of head words of the Receipt tuple.
const receiptHeadWords = 8

// Encode is abi.encode(receipt) for ISettlement.Receipt: an offset word,
// the eight head words, then the contributions array.
func (r *Receipt) Encode() []byte {
	out := make([]byte, 0, 32*(1+receiptHeadWords+1+2*len(r.Contributions)))
	out = append(out, word64(32)...)
	out = append(out, r.VoucherHash[:]...)
	out = append(out, word(r.ModelID)...)
	out = append(out, word64(r.TokensIn)...)
	out = append(out, word64(r.TokensOut)...)
	out = append(out, word(r.Fee)...)
	out = append(out, r.OutputHash[:]...)
	out = append(out, word64(32*receiptHeadWords)...)
	out = append(out, r.ProofRoot[:]...)
	out = append(out, word64(uint64(len(r.Contributions)))...)
	for _, c := range r.Contributions {
		out = append(out, word(c.ID)...)
		out = append(out, word(c.Weight)...)
	}
	return out
}

// ID is the receipt id: keccak256(abi.encode(receipt)).
func (r *Receipt) ID() common.Hash { return crypto.Keccak256Hash(r.Encode()) }
