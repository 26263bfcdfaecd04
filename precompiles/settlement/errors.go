package settlement

import "github.com/openledger/openledger/precompiles"

// Custom errors of ISettlement; each is returned (as revert data) when its
// name says.
var (
	errNotSettler         = precompiles.MustCustomError(ABI, "NotSettler")
	errInvalidArgument    = precompiles.MustCustomError(ABI, "InvalidArgument")
	errInsufficientEscrow = precompiles.MustCustomError(ABI, "InsufficientEscrow")
	errNothingToWithdraw  = precompiles.MustCustomError(ABI, "NothingToWithdraw")
	errWithdrawalLocked   = precompiles.MustCustomError(ABI, "WithdrawalLocked")
	errNothingToClaim     = precompiles.MustCustomError(ABI, "NothingToClaim")
)

// Reasons of ReceiptRejected, one per check of settle in the order they run.
const (
	RejectVoucherHash     = "voucher hash mismatch"
	RejectModelMismatch   = "model mismatch"
	RejectBadSignature    = "bad signature"
	RejectWrongSigner     = "wrong signer"
	RejectWrongOperator   = "wrong operator"
	RejectAlreadySettled  = "already settled"
	RejectNonceUsed       = "nonce used"
	RejectExpired         = "expired"
	RejectUnknownModel    = "unknown model"
	RejectUnknownVersion  = "unknown model version"
	RejectFeeOverflow     = "fee overflow"
	RejectFeeMismatch     = "fee mismatch"
	RejectFeeAboveMax     = "fee above maxFee"
	RejectNoEscrow        = "insufficient escrow"
	RejectNotAscending    = "contributions not ascending"
	RejectUnknownContrib  = "unknown contribution"
	RejectNotInProvenance = "contribution not in model datanets"
	RejectWeightsOverflow = "weights overflow"
)
