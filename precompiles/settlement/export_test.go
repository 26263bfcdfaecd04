package settlement

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// PendingOf exposes a payer's pending withdrawal to the external tests.
func PendingOf(st precompiles.StateReader, a common.Address) (*uint256.Int, uint64) {
	p := pendingSlot(a)
	return p.Offset(pdAmount).Uint256(st), p.Offset(pdReleaseTime).Uint64(st)
}

// StoredReceipt exposes a receipt record to the external tests.
func StoredReceipt(st precompiles.StateReader, id common.Hash) (fee *uint256.Int, modelID, settledAt uint64) {
	r := readReceipt(st, id)
	return r.Fee, r.ModelID, r.SettledAt
}
