package settlement

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/precompiles"
)

func methods() map[string]precompiles.Method {
	return map[string]precompiles.Method{
		"deposit":           {Writes: true, Payable: true, Gas: fixedGas(1, 1, 1, 0), Run: precompiles.Bind(deposit)},
		"requestWithdraw":   {Writes: true, Gas: fixedGas(2, 2, 1, 0), Run: precompiles.Bind(requestWithdraw)},
		"withdraw":          {Writes: true, Gas: fixedGas(3, 3, 1, 1), Run: precompiles.Bind(withdraw)},
		"settle":            {Writes: true, Gas: SettleGas, Run: precompiles.Bind(settle)},
		"claim":             {Writes: true, Gas: fixedGas(1, 1, 1, 1), Run: precompiles.Bind(claim)},
		"escrowOf":          {Gas: viewGas(1), Run: precompiles.Bind(escrowOf)},
		"pendingWithdrawal": {Gas: viewGas(2), Run: precompiles.Bind(pendingWithdrawal)},
		"claimable":         {Gas: viewGas(1), Run: precompiles.Bind(claimable)},
		"getReceipt":        {Gas: viewGas(1), Run: precompiles.Bind(getReceipt)},
		"receiptOfNonce":    {Gas: viewGas(1), Run: precompiles.Bind(receiptOfNonce)},
		"hashVoucher":       {Gas: hashVoucherGas, Run: precompiles.Bind(hashVoucher)},
		"domainSeparator":   {Gas: hashVoucherGas, Run: precompiles.Bind(domainSeparator)},
		"totalBurned":       {Gas: viewGas(1), Run: precompiles.Bind(totalBurned)},
		"feeParams":         {Gas: viewGas(5), Run: precompiles.Bind(feeParams)},
		"isSettler":         {Gas: viewGas(1), Run: precompiles.Bind(isSettler)},
	}
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// transferOut moves v from the precompile's balance to a.
func transferOut(c *precompiles.Call, a common.Address, v *uint256.Int) {
	c.State.SubBalance(c.Self, v, tracing.BalanceChangeTransfer)
	c.State.AddBalance(a, v, tracing.BalanceChangeTransfer)
}

func deposit(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	if c.Value.IsZero() {
		return nil, errInvalidArgument.With("no value sent")
	}
	s := escrowSlot(c.Caller)
	e := new(uint256.Int).Add(s.Uint256(c.State), c.Value) // ≤ supply: no overflow
	s.SetUint256(c.State, e)
	return nil, eventDeposited.Emit(c, c.Caller, c.Value.ToBig(), e.ToBig())
}

func requestWithdraw(c *precompiles.Call, in RequestWithdrawInput) ([]any, error) {
	amountArg := in.Amount
	amount, overflow := uint256.FromBig(amountArg)
	if overflow || amount.IsZero() {
		return nil, errInvalidArgument.With("amount out of range")
	}
	if e := Escrow(c.State, c.Caller); amount.Gt(e) {
		return nil, errInsufficientEscrow.With(amountArg, e.ToBig())
	}
	release := c.BlockTime() + WithdrawDelay(c.State)
	if release < c.BlockTime() {
		return nil, errInvalidArgument.With("withdrawal delay overflows the block time")
	}
	p := pendingSlot(c.Caller)
	p.Offset(pdAmount).SetUint256(c.State, amount)
	p.Offset(pdReleaseTime).SetUint64(c.State, release)
	return nil, eventWithdrawRequested.Emit(c, c.Caller, amountArg, release)
}

func withdraw(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	p := pendingSlot(c.Caller)
	requested := p.Offset(pdAmount).Uint256(c.State)
	if requested.IsZero() {
		return nil, errNothingToWithdraw.With(c.Caller)
	}
	if release := p.Offset(pdReleaseTime).Uint64(c.State); c.BlockTime() < release {
		return nil, errWithdrawalLocked.With(release)
	}
	s := escrowSlot(c.Caller)
	e := s.Uint256(c.State)
	amount := new(uint256.Int).Set(requested)
	if amount.Gt(e) { // settlement spent part of it meanwhile
		amount.Set(e)
	}
	if amount.IsZero() {
		return nil, errNothingToWithdraw.With(c.Caller)
	}
	left := new(uint256.Int).Sub(e, amount)
	s.SetUint256(c.State, left)
	p.Offset(pdAmount).SetUint256(c.State, new(uint256.Int))
	p.Offset(pdReleaseTime).SetUint64(c.State, 0)
	transferOut(c, c.Caller, amount)
	if err := eventWithdrawn.Emit(c, c.Caller, amount.ToBig(), left.ToBig()); err != nil {
		return nil, err
	}
	return []any{amount.ToBig()}, nil
}

func claim(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	s := claimableSlot(c.Caller)
	amount := s.Uint256(c.State)
	if amount.IsZero() {
		return nil, errNothingToClaim.With(c.Caller)
	}
	s.SetUint256(c.State, new(uint256.Int))
	transferOut(c, c.Caller, amount)
	if err := eventClaimed.Emit(c, c.Caller, amount.ToBig()); err != nil {
		return nil, err
	}
	return []any{amount.ToBig()}, nil
}

func escrowOf(c *precompiles.Call, in PayerInput) ([]any, error) {
	return []any{Escrow(c.State, in.Payer).ToBig()}, nil
}

func pendingWithdrawal(c *precompiles.Call, in PayerInput) ([]any, error) {
	p := pendingSlot(in.Payer)
	return []any{p.Offset(pdAmount).Uint256(c.State).ToBig(), p.Offset(pdReleaseTime).Uint64(c.State)}, nil
}

func claimable(c *precompiles.Call, in AccountInput) ([]any, error) {
	return []any{Claimable(c.State, in.Account).ToBig()}, nil
}

func getReceipt(c *precompiles.Call, in GetReceiptInput) ([]any, error) {
	r := readReceipt(c.State, in.ReceiptId)
	return []any{ABISettledReceipt{ModelId: big64(r.ModelID), Fee: r.Fee.ToBig(), SettledAt: r.SettledAt}}, nil
}

func receiptOfNonce(c *precompiles.Call, in ReceiptOfNonceInput) ([]any, error) {
	return []any{[32]byte(ReceiptOfNonce(c.State, in.Payer, u256(in.Nonce)))}, nil
}

func hashVoucher(c *precompiles.Call, in HashVoucherInput) ([]any, error) {
	return []any{[32]byte(in.Voucher.ToVoucher().Hash(domain(c)))}, nil
}

func domain(c *precompiles.Call) common.Hash {
	return settlement.DomainSeparator(c.EVM.ChainConfig().ChainID, c.Self)
}

func domainSeparator(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{[32]byte(domain(c))}, nil
}

func totalBurned(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	return []any{TotalBurned(c.State).ToBig()}, nil
}

func feeParams(c *precompiles.Call, _ precompiles.NoInput) ([]any, error) {
	p := FeeParams(c.State)
	return []any{p.PlatformFee.ToBig(), uint16(p.BurnBps), uint16(p.OwnerBps), uint16(p.OperatorBps), WithdrawDelay(c.State)}, nil
}

func isSettler(c *precompiles.Call, in AccountInput) ([]any, error) {
	return []any{IsSettler(c.State, in.Account)}, nil
}
