package settlement

import (
	"testing"

	"github.com/openledger/openledger/contracts/bindings"
)

// TestClientConstantsAgree: the limits and rejection reasons clients read
// from contracts/bindings are the ones this precompile enforces and emits.
func TestClientConstantsAgree(t *testing.T) {
	if MaxBatch != bindings.SettlementMaxBatch || MaxContributions != bindings.SettlementMaxContributions {
		t.Errorf("limits: precompile %d/%d, bindings %d/%d", MaxBatch, MaxContributions,
			bindings.SettlementMaxBatch, bindings.SettlementMaxContributions)
	}
	for _, c := range [][2]string{
		{RejectVoucherHash, bindings.RejectVoucherHash},
		{RejectModelMismatch, bindings.RejectModelMismatch},
		{RejectBadSignature, bindings.RejectBadSignature},
		{RejectWrongSigner, bindings.RejectWrongSigner},
		{RejectWrongOperator, bindings.RejectWrongOperator},
		{RejectAlreadySettled, bindings.RejectAlreadySettled},
		{RejectNonceUsed, bindings.RejectNonceUsed},
		{RejectExpired, bindings.RejectExpired},
		{RejectUnknownModel, bindings.RejectUnknownModel},
		{RejectUnknownVersion, bindings.RejectUnknownVersion},
		{RejectFeeOverflow, bindings.RejectFeeOverflow},
		{RejectFeeMismatch, bindings.RejectFeeMismatch},
		{RejectFeeAboveMax, bindings.RejectFeeAboveMax},
		{RejectNoEscrow, bindings.RejectNoEscrow},
		{RejectNotAscending, bindings.RejectNotAscending},
		{RejectUnknownContrib, bindings.RejectUnknownContrib},
		{RejectNotInProvenance, bindings.RejectNotInProvenance},
		{RejectWeightsOverflow, bindings.RejectWeightsOverflow},
	} {
		if c[0] != c[1] {
			t.Errorf("reason %q, bindings %q", c[0], c[1])
		}
	}
}
