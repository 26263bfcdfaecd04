package blockdriver

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	ethcore "github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/rollup/internal/blockbuild"
)

var (
	// ErrStopped is returned by BuildBlock after Stop.
	ErrStopped = errors.New("dev sequencer stopped")
	// ErrAlreadyStopped is returned by a second Stop.
	ErrAlreadyStopped = errors.New("dev sequencer already stopped")
)

// Config configures the dev sequencer.
type Config struct {
	// BlockTime is the interval between blocks when running; 0 means blocks are
	// only built by BuildBlock (tests).
	BlockTime time.Duration
	// FeeRecipient receives priority fees (the OP Stack's sequencer fee vault).
	FeeRecipient common.Address
	// BatcherAddr is recorded as the batcher in the L1-attributes deposit.
	BatcherAddr common.Address
	// L1BaseFee of the synthetic L1 origin (its blob base fee is the minimum), and the fee
	// scalars, decide the L1 data fee op-geth charges each transaction.
	L1BaseFee         *big.Int
	BaseFeeScalar     uint32
	BlobBaseFeeScalar uint32
	// MinBaseFee is Jovian's minimum base fee in wei.
	MinBaseFee uint64
	// Logger logs block production; nil means the root logger.
	Logger log.Logger
}

// DefaultConfig returns a config that builds a block a second, with an L1 base
// fee of 1 gwei and Ecotone-style scalars, so receipts carry real L1 fee fields.
func DefaultConfig() Config {
	return Config{
		BlockTime:         time.Second,
		FeeRecipient:      common.HexToAddress("0x4200000000000000000000000000000000000011"),
		BatcherAddr:       common.HexToAddress("0x0000000000000000000000000000000000ba7c4e"),
		L1BaseFee:         big.NewInt(params.GWei),
		BaseFeeScalar:     1368,
		BlobBaseFeeScalar: 810949,
	}
}

// Driver builds blocks on one op-geth node.
type Driver struct {
	cfg       Config
	backend   *ethcore.Ethereum
	api       *catalyst.ConsensusAPI
	rollupCfg *rollup.Config
	log       log.Logger

	mu      sync.Mutex // serialises block building
	cancel  context.CancelFunc
	done    chan struct{}
	stopped atomic.Bool
	ahead   atomic.Int64 // seconds block timestamps run ahead of the wall clock (AdvanceTime)
	jump    atomic.Int64 // seconds the next block's timestamp jumps past its parent's (AdvanceTime)
}

// New returns a sequencer for backend, whose chain must be an OP Stack chain
// with Jovian active (genesis.Build makes one).
func New(backend *ethcore.Ethereum, cfg Config) (*Driver, error) {
	chainCfg := backend.BlockChain().Config()
	if !chainCfg.IsOptimism() {
		return nil, errors.New("blockdriver: the chain is not an OP Stack chain")
	}
	genesis := backend.BlockChain().Genesis()
	if !chainCfg.IsJovian(genesis.Time()) {
		return nil, errors.New("blockdriver: the chain must have Jovian active at genesis")
	}
	if cfg.L1BaseFee == nil {
		return nil, errors.New("blockdriver: L1 base fee must be set")
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Root()
	}
	zero := uint64(0)
	rc := &rollup.Config{
		Genesis: rollup.Genesis{
			L2:     eth.BlockID{Hash: genesis.Hash(), Number: genesis.NumberU64()},
			L2Time: genesis.Time(),
		},
		BlockTime:    1,
		L2ChainID:    chainCfg.ChainID,
		L1ChainID:    big.NewInt(900),
		RegolithTime: &zero, CanyonTime: &zero, DeltaTime: &zero, EcotoneTime: &zero, FjordTime: &zero,
		GraniteTime: &zero, HoloceneTime: &zero, IsthmusTime: &zero, JovianTime: &zero,
	}
	return &Driver{
		cfg:       cfg,
		backend:   backend,
		api:       catalyst.NewConsensusAPI(backend),
		rollupCfg: rc,
		log:       cfg.Logger,
	}, nil
}

// Start builds a block every BlockTime until Stop. With BlockTime 0 it does nothing.
func (s *Driver) Start(context.Context) error {
	if s.cfg.BlockTime == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.done = cancel, make(chan struct{})
	go s.loop(ctx)
	return nil
}

func (s *Driver) loop(ctx context.Context) {
	defer close(s.done)
	ticker := time.NewTicker(s.cfg.BlockTime)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if _, err := s.BuildBlock(ctx); err != nil && !errors.Is(err, ErrStopped) && ctx.Err() == nil {
				s.log.Error("dev sequencer failed to build a block", "err", err)
			}
		}
	}
}

// Stop stops block production; a second call returns ErrAlreadyStopped.
func (s *Driver) Stop(ctx context.Context) error {
	if !s.stopped.CompareAndSwap(false, true) {
		return ErrAlreadyStopped
	}
	if s.cancel != nil {
		s.cancel()
		select {
		case <-s.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// Stopped reports whether Stop was called.
func (s *Driver) Stopped() bool { return s.stopped.Load() }

// AdvanceTime moves the chain's clock forward by d (whole seconds, at
// least one): the next block is stamped at least d after the current head,
// and every later block at least d later than the wall clock (and always
// after its parent), so what waits on block time — an escrow withdrawal's
// delay, a voucher's deadline — can be passed in a test without sleeping.
// It is a dev chain's tool: a real sequencer's clock is the wall clock.
func (s *Driver) AdvanceTime(d time.Duration) {
	secs := max(int64(d/time.Second), 1)
	s.jump.Add(secs)
	s.ahead.Add(secs)
}

// BuildBlock builds, imports and makes canonical one block holding every
// pending transaction that fits, and returns it.
func (s *Driver) BuildBlock(ctx context.Context) (*types.Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped.Load() {
		return nil, ErrStopped
	}
	parent := s.backend.BlockChain().CurrentBlock()
	timestamp := blockbuild.NextTimestamp(parent)
	if jump := s.jump.Swap(0); jump > 0 {
		timestamp = max(timestamp, parent.Time+uint64(jump))
	}
	if ahead := s.ahead.Load(); ahead > 0 {
		timestamp = max(timestamp, uint64(time.Now().Unix()+ahead))
	}
	l1Info, err := s.l1InfoTx(parent, timestamp)
	if err != nil {
		return nil, err
	}
	var l1InfoTx types.Transaction
	if err := l1InfoTx.UnmarshalBinary(l1Info); err != nil {
		return nil, fmt.Errorf("decode L1-attributes deposit: %w", err)
	}
	// The block's transactions are chosen here and forced in (NoTxPool), as
	// op-node forces its deposits: resolving a pool-filling payload right after
	// starting it would interrupt the fill, and op-node instead waits a whole
	// block time.
	gasLimit, minBaseFee := parent.GasLimit, s.cfg.MinBaseFee
	block, err := blockbuild.Build(ctx, s.backend, s.api, blockbuild.Args{
		Parent:        parent,
		Timestamp:     timestamp,
		FeeRecipient:  s.cfg.FeeRecipient,
		Forced:        []*types.Transaction{&l1InfoTx},
		ForcedGas:     l1InfoGas,
		GasLimit:      &gasLimit,
		EIP1559Params: eip1559.EncodeHolocene1559Params(0, 0), // chain-config defaults
		MinBaseFee:    &minBaseFee,
		Log:           s.log,
	})
	if err != nil {
		return nil, err
	}
	s.log.Debug("dev sequencer built a block", "number", block.NumberU64(), "txs", len(block.Transactions()), "hash", block.Hash())
	return block, nil
}

// l1InfoTx returns the L1-attributes deposit for the block after parent: its
// synthetic L1 origin advances one L1 block per L2 block.
func (s *Driver) l1InfoTx(parent *types.Header, timestamp uint64) ([]byte, error) {
	excess := uint64(0)
	l1 := &types.Header{
		Number:        new(big.Int).Add(parent.Number, common.Big1),
		Time:          timestamp,
		BaseFee:       s.cfg.L1BaseFee,
		ExcessBlobGas: &excess,
		ParentHash:    parent.Hash(),
	}
	sysCfg := eth.SystemConfig{
		BatcherAddr: s.cfg.BatcherAddr,
		Scalar:      eth.EncodeScalar(eth.EcotoneScalars{BaseFeeScalar: s.cfg.BaseFeeScalar, BlobBaseFeeScalar: s.cfg.BlobBaseFeeScalar}),
		GasLimit:    parent.GasLimit,
	}
	// seqNumber 0: every L2 block starts a new epoch of its own synthetic L1 block.
	data, err := derive.L1InfoDepositBytes(s.rollupCfg, params.AllDevChainProtocolChanges, sysCfg, 0, eth.HeaderBlockInfo(l1), timestamp)
	if err != nil {
		return nil, fmt.Errorf("L1-attributes deposit: %w", err)
	}
	return data, nil
}

// l1InfoGas is the gas the L1-attributes deposit reserves (Regolith+).
const l1InfoGas = 1_000_000
