package settlement

import "github.com/openledger/openledger/precompiles"

// Events of ISettlement.
var (
	eventDeposited         = precompiles.MustEvent(ABI, "Deposited")
	eventWithdrawRequested = precompiles.MustEvent(ABI, "WithdrawRequested")
	eventWithdrawn         = precompiles.MustEvent(ABI, "Withdrawn")
	eventReceiptSettled    = precompiles.MustEvent(ABI, "ReceiptSettled")
	eventReceiptRejected   = precompiles.MustEvent(ABI, "ReceiptRejected")
	eventClaimed           = precompiles.MustEvent(ABI, "Claimed")
)
