// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
)

// Backend is the JSON-RPC surface the package uses; *ethclient.Client
// implements it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

var (
	settlementABI = bindings.NewISettlement()
	modelABI      = bindings.NewIModelRegistry()
)

// ModelRates is what pricing needs of a model.
type ModelRates struct {
	RateIn, RateOut *uint256.Int
	Active          bool
	// LatestVersion is the number of the model's newest version.
	LatestVersion uint64
}

// Chain reads settlement state over JSON-RPC.
type Chain struct {
	b Backend
}

// NewChain reads through b.
func NewChain(b Backend) *Chain { return &Chain{b: b} }

func (c *Chain) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return c.callAt(ctx, to, data, nil)
}

// callAt calls in the state of block number (nil: the head).
func (c *Chain) callAt(ctx context.Context, to common.Address, data []byte, number *big.Int) ([]byte, error) {
	return c.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, number)
}

// Escrow returns payer's escrow.
func (c *Chain) Escrow(ctx context.Context, payer common.Address) (*uint256.Int, error) {
	out, err := c.call(ctx, addresses.Settlement, settlementABI.PackEscrowOf(payer))
	if err != nil {
		return nil, fmt.Errorf("escrowOf(%s): %w", payer, err)
	}
	v, err := settlementABI.UnpackEscrowOf(out)
	if err != nil {
		return nil, fmt.Errorf("escrowOf(%s): %w", payer, err)
	}
	return u256(v), nil
}

// PendingWithdrawal returns payer's requested withdrawal and the block time
// from which withdraw() may send it (zero amount when none).
func (c *Chain) PendingWithdrawal(ctx context.Context, payer common.Address) (*uint256.Int, uint64, error) {
	out, err := c.call(ctx, addresses.Settlement, settlementABI.PackPendingWithdrawal(payer))
	if err != nil {
		return nil, 0, fmt.Errorf("pendingWithdrawal(%s): %w", payer, err)
	}
	w, err := settlementABI.UnpackPendingWithdrawal(out)
	if err != nil {
		return nil, 0, fmt.Errorf("pendingWithdrawal(%s): %w", payer, err)
	}
	return u256(w.Amount), w.ReleaseTime, nil
}

// ReceiptOfNonce returns the receipt id that used payer's nonce (zero if unused).
func (c *Chain) ReceiptOfNonce(ctx context.Context, payer common.Address, nonce *uint256.Int) (common.Hash, error) {
	return c.ReceiptOfNonceAt(ctx, payer, nonce, nil)
}

// ReceiptOfNonceAt is ReceiptOfNonce in the state of block number (nil:
// the head).
func (c *Chain) ReceiptOfNonceAt(ctx context.Context, payer common.Address, nonce *uint256.Int, number *big.Int) (common.Hash, error) {
	out, err := c.callAt(ctx, addresses.Settlement, settlementABI.PackReceiptOfNonce(payer, nonce.ToBig()), number)
	if err != nil {
		return common.Hash{}, fmt.Errorf("receiptOfNonce: %w", err)
	}
	id, err := settlementABI.UnpackReceiptOfNonce(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("receiptOfNonce: %w", err)
	}
	return id, nil
}

// PlatformFee returns the platform fee.
func (c *Chain) PlatformFee(ctx context.Context) (*uint256.Int, error) {
	out, err := c.call(ctx, addresses.Settlement, settlementABI.PackFeeParams())
	if err != nil {
		return nil, fmt.Errorf("feeParams: %w", err)
	}
	p, err := settlementABI.UnpackFeeParams(out)
	if err != nil {
		return nil, fmt.Errorf("feeParams: %w", err)
	}
	return u256(p.PlatformFee), nil
}

// Model returns model id's rates and status.
func (c *Chain) Model(ctx context.Context, id uint64) (ModelRates, error) {
	out, err := c.call(ctx, addresses.ModelRegistry, modelABI.PackGetModel(new(big.Int).SetUint64(id)))
	if err != nil {
		return ModelRates{}, fmt.Errorf("getModel(%d): %w", id, err)
	}
	m, err := modelABI.UnpackGetModel(out)
	if err != nil {
		return ModelRates{}, fmt.Errorf("getModel(%d): %w", id, err)
	}
	latest := uint64(0)
	if m.VersionCount != nil && m.VersionCount.IsUint64() {
		latest = m.VersionCount.Uint64()
	}
	return ModelRates{RateIn: u256(m.RateIn), RateOut: u256(m.RateOut), Active: m.Status == bindings.ModelStatusActive,
		LatestVersion: latest}, nil
}

// SafeHead returns the chain's safe head: on an OP Stack chain the newest
// block derived from data posted to L1, which a sequencer reorg cannot
// remove. A node that reports no safe block gives its finalized block
// instead; one with neither is an error.
func (c *Chain) SafeHead(ctx context.Context) (*types.Header, error) {
	h, err := c.b.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber)))
	if err == nil && h != nil {
		return h, nil
	}
	f, ferr := c.b.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if ferr == nil && f != nil {
		return f, nil
	}
	return nil, fmt.Errorf("safe head: %v; finalized head: %v", err, ferr)
}

// HeadTime returns the head block's timestamp.
func (c *Chain) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head header: %w", err)
	}
	return h.Time, nil
}

func u256(v *big.Int) *uint256.Int {
	out, overflow := uint256.FromBig(v)
	if out == nil || overflow || v.Sign() < 0 {
		return new(uint256.Int)
	}
	return out
}
