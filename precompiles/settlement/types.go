package settlement

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
)

// ABIContribution is ISettlement.Contribution as the ABI codec sees it.
type ABIContribution struct {
	ContributionId *big.Int
	Weight         *big.Int
}

// ABIReceipt is ISettlement.Receipt as the ABI codec sees it.
type ABIReceipt struct {
	VoucherHash   [32]byte
	ModelId       *big.Int
	TokensIn      uint64
	TokensOut     uint64
	Fee           *big.Int
	OutputHash    [32]byte
	Contributions []ABIContribution
	ProofRoot     [32]byte
}

// ABIVoucher is ISettlement.Voucher as the ABI codec sees it.
type ABIVoucher struct {
	Payer        common.Address
	Operator     common.Address
	ModelId      *big.Int
	ModelVersion uint64
	RateIn       *big.Int
	RateOut      *big.Int
	MaxFee       *big.Int
	Nonce        *big.Int
	Deadline     uint64
	RequestHash  [32]byte
}

// ABISettledReceipt is ISettlement.SettledReceipt as the ABI codec sees it.
type ABISettledReceipt struct {
	ModelId   *big.Int
	Fee       *big.Int
	SettledAt uint64
}

// u256 converts an ABI uint256 (never negative, never over 256 bits after a
// strict unpack) to consensus form.
func u256(v *big.Int) *uint256.Int {
	out, _ := uint256.FromBig(v)
	if out == nil {
		return new(uint256.Int)
	}
	return out
}

// ToVoucher converts an ABI voucher to the core type.
func (v ABIVoucher) ToVoucher() *settlement.Voucher {
	return &settlement.Voucher{Payer: v.Payer, Operator: v.Operator, ModelID: u256(v.ModelId), ModelVersion: v.ModelVersion,
		RateIn: u256(v.RateIn), RateOut: u256(v.RateOut), MaxFee: u256(v.MaxFee), Nonce: u256(v.Nonce),
		Deadline: v.Deadline, RequestHash: v.RequestHash}
}

// ToReceipt converts an ABI receipt to the core type.
func (r ABIReceipt) ToReceipt() *settlement.Receipt {
	out := &settlement.Receipt{VoucherHash: r.VoucherHash, ModelID: u256(r.ModelId), TokensIn: r.TokensIn,
		TokensOut: r.TokensOut, Fee: u256(r.Fee), OutputHash: r.OutputHash, ProofRoot: r.ProofRoot,
		Contributions: make([]settlement.Contribution, len(r.Contributions))}
	for i, c := range r.Contributions {
		out.Contributions[i] = settlement.Contribution{ID: u256(c.ContributionId), Weight: u256(c.Weight)}
	}
	return out
}

// FromVoucher converts a core voucher for the ABI encoder.
func FromVoucher(v *settlement.Voucher) ABIVoucher {
	return ABIVoucher{Payer: v.Payer, Operator: v.Operator, ModelId: v.ModelID.ToBig(), ModelVersion: v.ModelVersion,
		RateIn: v.RateIn.ToBig(), RateOut: v.RateOut.ToBig(), MaxFee: v.MaxFee.ToBig(), Nonce: v.Nonce.ToBig(),
		Deadline: v.Deadline, RequestHash: v.RequestHash}
}

// FromReceipt converts a core receipt for the ABI encoder.
func FromReceipt(r *settlement.Receipt) ABIReceipt {
	out := ABIReceipt{VoucherHash: r.VoucherHash, ModelId: r.ModelID.ToBig(), TokensIn: r.TokensIn, TokensOut: r.TokensOut,
		Fee: r.Fee.ToBig(), OutputHash: r.OutputHash, ProofRoot: r.ProofRoot,
		Contributions: make([]ABIContribution, len(r.Contributions))}
	for i, c := range r.Contributions {
		out.Contributions[i] = ABIContribution{ContributionId: c.ID.ToBig(), Weight: c.Weight.ToBig()}
	}
	return out
}

// PackSettle encodes a settle call of receipts paid by vouchers with sigs.
func PackSettle(receipts []*settlement.Receipt, vouchers []*settlement.Voucher, sigs [][]byte) ([]byte, error) {
	rs := make([]ABIReceipt, len(receipts))
	for i, r := range receipts {
		rs[i] = FromReceipt(r)
	}
	vs := make([]ABIVoucher, len(vouchers))
	for i, v := range vouchers {
		vs[i] = FromVoucher(v)
	}
	if sigs == nil {
		sigs = [][]byte{}
	}
	return ABI.Pack("settle", rs, vs, sigs)
}

// Calldata of the methods that take arguments, decoded by the precompiles
// framework into these types (field names and types follow ISettlement's
// parameters; the framework checks the fit when the contract is built).

// SettleInput is settle's calldata.
type SettleInput struct {
	Receipts   []ABIReceipt
	Vouchers   []ABIVoucher
	Signatures [][]byte
}

// RequestWithdrawInput is requestWithdraw's calldata.
type RequestWithdrawInput struct {
	Amount *big.Int
}

// PayerInput is the calldata of escrowOf and pendingWithdrawal.
type PayerInput struct {
	Payer common.Address
}

// AccountInput is the calldata of claimable and isSettler.
type AccountInput struct {
	Account common.Address
}

// GetReceiptInput is getReceipt's calldata.
type GetReceiptInput struct {
	ReceiptId [32]byte
}

// ReceiptOfNonceInput is receiptOfNonce's calldata.
type ReceiptOfNonceInput struct {
	Payer common.Address
	Nonce *big.Int
}

// HashVoucherInput is hashVoucher's calldata.
type HashVoucherInput struct {
	Voucher ABIVoucher
}
