package settlement

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// Root slots, in the order a Solidity contract would declare them. Append
// only, never reorder.
const (
	slotEscrow        = iota // mapping(address => uint256) wei
	slotPending              // mapping(address => Pending{uint256 amount; uint64 releaseTime})
	slotClaimable            // mapping(address => uint256) wei
	slotNonces               // mapping(address => mapping(uint256 => bytes32 receiptId))
	slotReceipts             // mapping(bytes32 => Stored{uint128 fee; uint64 modelId; uint64 settledAt})
	slotTotalBurned          // uint256 wei
	slotSettlers             // RoleSet, scope 0
	slotPlatformFee          // uint256 wei
	slotBurnBps              // uint16
	slotOwnerBps             // uint16
	slotOperatorBps          // uint16
	slotWithdrawDelay        // uint64 seconds
)

// Offsets of Pending's fields.
const (
	pdAmount      = iota // uint256
	pdReleaseTime        // uint64
)

func root(n uint64) precompiles.Slot { return precompiles.NewSlot(Address, n) }

func escrowSlot(a common.Address) precompiles.Slot    { return root(slotEscrow).MappingAddress(a) }
func pendingSlot(a common.Address) precompiles.Slot   { return root(slotPending).MappingAddress(a) }
func claimableSlot(a common.Address) precompiles.Slot { return root(slotClaimable).MappingAddress(a) }
func receiptSlot(id common.Hash) precompiles.Slot     { return root(slotReceipts).Mapping(id) }
func settlers() precompiles.RoleSet                   { return precompiles.NewRoleSet(root(slotSettlers)) }

func nonceSlot(payer common.Address, nonce *uint256.Int) precompiles.Slot {
	return root(slotNonces).MappingAddress(payer).Mapping(nonce.Bytes32())
}

// storedReceipt is a settled receipt's record: one slot, laid out as
// Solidity packs struct {uint128 fee; uint64 modelId; uint64 settledAt}.
// The fee fits 128 bits: it was paid from an escrow, and the supply is < 2^90.
type storedReceipt struct {
	Fee       *uint256.Int
	ModelID   uint64
	SettledAt uint64
}

func readReceipt(st precompiles.StateReader, id common.Hash) storedReceipt {
	w := receiptSlot(id).Get(st)
	return storedReceipt{
		Fee:       new(uint256.Int).SetBytes(w[16:]),
		ModelID:   new(uint256.Int).SetBytes(w[8:16]).Uint64(),
		SettledAt: new(uint256.Int).SetBytes(w[:8]).Uint64(),
	}
}

func writeReceipt(st precompiles.StateWriter, id common.Hash, r storedReceipt) {
	var w common.Hash
	fee := r.Fee.Bytes32()
	copy(w[16:], fee[16:])
	model := uint256.NewInt(r.ModelID).Bytes32()
	copy(w[8:16], model[24:])
	at := uint256.NewInt(r.SettledAt).Bytes32()
	copy(w[:8], at[24:])
	receiptSlot(id).Set(st, w)
}

// Escrow returns payer's escrowed wei.
func Escrow(st precompiles.StateReader, payer common.Address) *uint256.Int {
	return escrowSlot(payer).Uint256(st)
}

// Claimable returns the wei account can claim.
func Claimable(st precompiles.StateReader, account common.Address) *uint256.Int {
	return claimableSlot(account).Uint256(st)
}

// TotalBurned returns the wei burned by settlement so far.
func TotalBurned(st precompiles.StateReader) *uint256.Int { return root(slotTotalBurned).Uint256(st) }

// IsSettler reports whether a is in the settler set.
func IsSettler(st precompiles.StateReader, a common.Address) bool { return settlers().Has(st, 0, a) }

// ReceiptOfNonce returns the id of the receipt that used payer's nonce, or
// the zero hash while it is unused.
func ReceiptOfNonce(st precompiles.StateReader, payer common.Address, nonce *uint256.Int) common.Hash {
	return nonceSlot(payer, nonce).Get(st)
}
