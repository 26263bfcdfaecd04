package blockbuild

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"

	"github.com/openledger/openledger/rollup/internal/txselect"
)

// Args says what goes into the next block besides the pool's transactions.
type Args struct {
	// Parent is the head the block builds on and Timestamp its time (see
	// NextTimestamp).
	Parent    *types.Header
	Timestamp uint64
	// FeeRecipient receives the priority fees.
	FeeRecipient common.Address
	// Forced go first in the block, and ForcedGas of the parent's gas limit
	// is kept for them.
	Forced    []*types.Transaction
	ForcedGas uint64
	// GasLimit, EIP1559Params and MinBaseFee are the OP Stack's payload
	// attributes (nil on L1).
	GasLimit      *uint64
	EIP1559Params []byte
	MinBaseFee    *uint64
	// Finalized returns the block to mark finalized once the new block of
	// that number and hash is the head; nil: the new head itself.
	Finalized func(number uint64, head common.Hash) common.Hash
	// Log reports dropped transactions.
	Log log.Logger
}

// NextTimestamp is the time of the block after parent: now, or one second
// after parent when the clock has not moved past it.
func NextTimestamp(parent *types.Header) uint64 {
	ts := uint64(time.Now().Unix())
	if ts <= parent.Time {
		ts = parent.Time + 1
	}
	return ts
}

// Build builds the block args describe with the pool's pending transactions
// that fit, imports it, makes it the head and returns it.
func Build(ctx context.Context, backend *eth.Ethereum, api *catalyst.ConsensusAPI, args Args) (*types.Block, error) {
	if args.Log == nil {
		args.Log = log.Root()
	}
	chain := backend.BlockChain()
	// Make every transaction submitted so far visible to the selection.
	if err := backend.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("sync txpool: %w", err)
	}
	var random common.Hash
	if _, err := rand.Read(random[:]); err != nil {
		return nil, err
	}
	beaconRoot := common.Hash{}
	baseFee := eip1559.CalcBaseFee(chain.Config(), args.Parent, args.Timestamp)
	if args.ForcedGas > args.Parent.GasLimit {
		return nil, fmt.Errorf("forced transactions reserve %d gas of a %d gas block", args.ForcedGas, args.Parent.GasLimit)
	}
	candidates := txselect.Pending(backend.TxPool(), baseFee, args.Parent.GasLimit-args.ForcedGas)
	var envelope *engine.ExecutionPayloadEnvelope
	for {
		txs := append(append([]*types.Transaction{}, args.Forced...), candidates...)
		payload, err := backend.Miner().BuildPayload(ctx, &miner.BuildPayloadArgs{
			Parent:        args.Parent.Hash(),
			Timestamp:     args.Timestamp,
			FeeRecipient:  args.FeeRecipient,
			Random:        random,
			Withdrawals:   types.Withdrawals{},
			BeaconRoot:    &beaconRoot,
			Version:       engine.PayloadV3,
			NoTxPool:      true,
			Transactions:  txs,
			GasLimit:      args.GasLimit,
			EIP1559Params: args.EIP1559Params,
			MinBaseFee:    args.MinBaseFee,
		}, false)
		if err == nil {
			envelope = payload.ResolveFull()
			break
		}
		bad := txselect.Rejected(err, candidates)
		if bad < 0 {
			return nil, fmt.Errorf("build payload: %w", err)
		}
		args.Log.Warn("dropped a transaction the block cannot include", "tx", candidates[bad].Hash(), "err", err)
		candidates = txselect.DropSender(candidates, bad)
	}
	if envelope == nil {
		return nil, errors.New("payload building was stopped")
	}
	requests := make([]hexutil.Bytes, len(envelope.Requests))
	for i, r := range envelope.Requests {
		requests[i] = r
	}
	status, err := api.NewPayloadV4(ctx, *envelope.ExecutionPayload, []common.Hash{}, &beaconRoot, requests)
	if err != nil {
		return nil, fmt.Errorf("newPayload: %w", err)
	}
	if status.Status != engine.VALID {
		reason := ""
		if status.ValidationError != nil {
			reason = *status.ValidationError
		}
		return nil, fmt.Errorf("newPayload: status %s: %s", status.Status, reason)
	}
	head, number := envelope.ExecutionPayload.BlockHash, envelope.ExecutionPayload.Number
	finalized := head
	if args.Finalized != nil {
		finalized = args.Finalized(number, head)
	}
	state := engine.ForkchoiceStateV1{HeadBlockHash: head, SafeBlockHash: head, FinalizedBlockHash: finalized}
	if _, err := api.ForkchoiceUpdatedV3(ctx, state, nil); err != nil {
		return nil, fmt.Errorf("forkchoiceUpdated to the new head: %w", err)
	}
	block := chain.GetBlockByHash(head)
	if block == nil {
		return nil, fmt.Errorf("built block %s not found", head)
	}
	return block, nil
}
