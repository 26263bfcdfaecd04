// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/settlement"
)

// Reasons an admission fails; each is wrapped with the details.
var (
	// ErrModelMismatch: the voucher pays for another model than the one requested.
	ErrModelMismatch = errors.New("voucher is for another model")
	// ErrBadSignature: the signature does not recover to the payer.
	ErrBadSignature = errors.New("voucher signature invalid")
	// ErrRequestHash: requestHash is not the hash of this request.
	ErrRequestHash = errors.New("voucher requestHash does not match the request")
	// ErrExpired: the deadline leaves no time to settle.
	ErrExpired = errors.New("voucher expires too soon")
	// ErrNonceUsed: the nonce was settled or is held by another receipt.
	ErrNonceUsed = errors.New("voucher nonce already used")
	// ErrModelInactive: the model is deprecated on chain.
	ErrModelInactive = errors.New("model is not active")
	// ErrWrongOperator: the voucher names another operator (only the
	// operator it names can settle it).
	ErrWrongOperator = errors.New("voucher names another operator")
	// ErrModelVersion: the voucher names a model version other than the one
	// this operator serves the adapter from.
	ErrModelVersion = errors.New("voucher is for another model version")
	// ErrRates: the voucher's rates are not the model's rates on chain.
	ErrRates = errors.New("voucher rates are not the model's rates")
	// ErrFeeCap: the worst-case fee exceeds the voucher's maxFee.
	ErrFeeCap = errors.New("worst-case fee exceeds the voucher's maxFee")
	// ErrEscrow: the payer's free escrow does not cover the worst-case fee.
	ErrEscrow = errors.New("escrow does not cover the fee")
)

// DefaultSettleMargin is how many seconds a voucher must stay valid after
// admission, for the receipt to be settled in time.
const DefaultSettleMargin = 120

// Verifier admits paid requests.
type Verifier struct {
	chain    *Chain
	queue    *Queue
	domain   common.Hash
	operator common.Address
	margin   uint64

	mu       sync.Mutex
	admitted map[common.Hash]*Admission // by voucher hash, until committed or released
}

// NewVerifier checks vouchers against chain under domain, counting the
// receipts queued in q; operator is the settler account (vouchers must name
// it); margin is the settlement margin in seconds.
func NewVerifier(chain *Chain, q *Queue, domain common.Hash, operator common.Address, margin uint64) *Verifier {
	return &Verifier{chain: chain, queue: q, domain: domain, operator: operator, margin: margin, admitted: map[common.Hash]*Admission{}}
}

// Operator is the account vouchers must name as their operator.
func (v *Verifier) Operator() common.Address { return v.operator }

// Admission is an admitted paid request: its voucher, the prices it
// agreed to (the model's on-chain rates at admission, which settlement
// uses whatever the owner sets later), and the worst-case fee it reserves
// until Commit or Release.
type Admission struct {
	v        *Verifier
	Signed   *SignedVoucher
	Voucher  *settlement.Voucher
	Hash     common.Hash
	ModelID  uint64
	Rates    ModelRates
	Platform *uint256.Int
	// Worst is the fee of the prompt plus max_tokens of output.
	Worst *uint256.Int
}

// reserved sums the worst-case fees of payer's open admissions and whether
// one holds nonce.
func (v *Verifier) reserved(payer common.Address, nonce *uint256.Int) (*uint256.Int, bool) {
	sum, held := new(uint256.Int), false
	for _, a := range v.admitted {
		if a.Voucher.Payer == payer {
			sum.Add(sum, a.Worst)
			held = held || a.Voucher.Nonce.Eq(nonce)
		}
	}
	return sum, held
}

// Admit checks sv for a request of body on model modelID with promptTokens
// of prompt and up to maxTokens of output, and reserves its worst-case fee.
func (v *Verifier) Admit(ctx context.Context, sv *SignedVoucher, body []byte, modelID uint64, promptTokens, maxTokens int) (*Admission, error) {
	vo, err := sv.Voucher()
	if err != nil {
		return nil, err
	}
	if !vo.ModelID.IsUint64() || vo.ModelID.Uint64() != modelID {
		return nil, fmt.Errorf("%w: voucher model %s, requested %d", ErrModelMismatch, vo.ModelID, modelID)
	}
	if vo.Operator != v.operator {
		return nil, fmt.Errorf("%w: voucher operator %s, this operator is %s", ErrWrongOperator, vo.Operator, v.operator)
	}
	hash, err := vo.Verify(v.domain, sv.Signature)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	rh, err := RequestHash(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRequestHash, err)
	}
	if rh != vo.RequestHash {
		return nil, fmt.Errorf("%w: request hashes to %s", ErrRequestHash, rh)
	}
	now, err := v.chain.HeadTime(ctx)
	if err != nil {
		return nil, err
	}
	if vo.Deadline < now+v.margin {
		return nil, fmt.Errorf("%w: deadline %d, chain time %d, margin %ds", ErrExpired, vo.Deadline, now, v.margin)
	}
	rates, err := v.chain.Model(ctx, modelID)
	if err != nil {
		return nil, err
	}
	if !rates.Active {
		return nil, fmt.Errorf("%w: model %d", ErrModelInactive, modelID)
	}
	if vo.ModelVersion == 0 || vo.ModelVersion > rates.LatestVersion {
		return nil, fmt.Errorf("%w: model %d has versions 1..%d, voucher names %d", ErrModelVersion, modelID, rates.LatestVersion, vo.ModelVersion)
	}
	// The payer's rates are what settlement charges: they must be the
	// owner's current prices, no less.
	if !vo.RateIn.Eq(rates.RateIn) || !vo.RateOut.Eq(rates.RateOut) {
		return nil, fmt.Errorf("%w: voucher %s/%s wei per 1,000 tokens in/out, model %d %s/%s",
			ErrRates, vo.RateIn, vo.RateOut, modelID, rates.RateIn, rates.RateOut)
	}
	rates.RateIn, rates.RateOut = vo.RateIn, vo.RateOut
	platform, err := v.chain.PlatformFee(ctx)
	if err != nil {
		return nil, err
	}
	worst, err := settlement.Fee(uint64(promptTokens), uint64(maxTokens), rates.RateIn, rates.RateOut, platform)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFeeCap, err)
	}
	if worst.Gt(vo.MaxFee) {
		return nil, fmt.Errorf("%w: %s wei for %d prompt + %d output tokens, maxFee %s", ErrFeeCap, worst, promptTokens, maxTokens, vo.MaxFee)
	}
	used, err := v.chain.ReceiptOfNonce(ctx, vo.Payer, vo.Nonce)
	if err != nil {
		return nil, err
	}
	if used != (common.Hash{}) {
		return nil, fmt.Errorf("%w: nonce %s settled as receipt %s", ErrNonceUsed, vo.Nonce, used)
	}
	escrow, err := v.chain.Escrow(ctx, vo.Payer)
	if err != nil {
		return nil, err
	}
	// A pending withdrawal the payer may take before the voucher's deadline
	// (the latest the receipt can settle) is not there to pay it.
	leaving, release, err := v.chain.PendingWithdrawal(ctx, vo.Payer)
	if err != nil {
		return nil, err
	}
	free := new(uint256.Int).Set(escrow)
	if release <= vo.Deadline && !leaving.IsZero() {
		free.Sub(free, uint256MinOf(leaving, escrow))
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	queued, qHeld := v.queue.Reserved(vo.Payer, vo.Nonce)
	open, aHeld := v.reserved(vo.Payer, vo.Nonce)
	if qHeld || aHeld {
		return nil, fmt.Errorf("%w: nonce %s is held by a pending receipt", ErrNonceUsed, vo.Nonce)
	}
	need := new(uint256.Int).Add(queued, open)
	need.Add(need, worst)
	if need.Gt(free) {
		return nil, fmt.Errorf("%w: escrow %s (%s of it withdrawable from time %d, before the deadline %d: %s free), pending %s, this request up to %s",
			ErrEscrow, escrow, leavingBefore(leaving, release, vo.Deadline), release, vo.Deadline, free, new(uint256.Int).Add(queued, open), worst)
	}
	a := &Admission{v: v, Signed: sv, Voucher: vo, Hash: hash, ModelID: modelID, Rates: rates, Platform: platform, Worst: worst}
	v.admitted[hash] = a
	return a, nil
}

// Receipt builds the receipt of the inference: tokensIn prompt and tokensOut
// output tokens priced at the admitted rates, the output's hash, the
// attribution weights and proof root.
func (a *Admission) Receipt(tokensIn, tokensOut int, outputHash common.Hash, ws []weights.Weight, proofRoot common.Hash) (*settlement.Receipt, error) {
	fee, err := settlement.Fee(uint64(tokensIn), uint64(tokensOut), a.Rates.RateIn, a.Rates.RateOut, a.Platform)
	if err != nil {
		return nil, err
	}
	if fee.Gt(a.Voucher.MaxFee) {
		return nil, fmt.Errorf("%w: actual fee %s", ErrFeeCap, fee)
	}
	return &settlement.Receipt{VoucherHash: a.Hash, ModelID: uint256.NewInt(a.ModelID), TokensIn: uint64(tokensIn),
		TokensOut: uint64(tokensOut), Fee: fee, OutputHash: outputHash, Contributions: Contributions(ws), ProofRoot: proofRoot}, nil
}

// Commit queues the receipt durably and ends the admission's reservation
// (the queue's entry replaces it).
func (a *Admission) Commit(r *settlement.Receipt) error {
	it, err := NewItem(r, a.Signed)
	if err != nil {
		return err
	}
	a.v.mu.Lock()
	defer a.v.mu.Unlock()
	if err := a.v.queue.Put(it); err != nil {
		return err
	}
	delete(a.v.admitted, a.Hash)
	return nil
}

// Release ends the admission without a receipt (the inference failed).
func (a *Admission) Release() {
	a.v.mu.Lock()
	defer a.v.mu.Unlock()
	delete(a.v.admitted, a.Hash)
}

func uint256MinOf(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return a
	}
	return b
}

// leavingBefore is the pending withdrawal when it releases by deadline, else zero.
func leavingBefore(amount *uint256.Int, release, deadline uint64) *uint256.Int {
	if release <= deadline {
		return amount
	}
	return new(uint256.Int)
}
