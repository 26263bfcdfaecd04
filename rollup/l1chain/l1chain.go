package l1chain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/gethnode"
	"github.com/openledger/openledger/rollup/internal/blockbuild"
)

var (
	// ErrAlreadyStopped is returned by a second Stop.
	ErrAlreadyStopped = errors.New("l1chain: already stopped")
	// ErrNotStarted is returned by MineBlock before Start.
	ErrNotStarted = errors.New("l1chain: not started")
)

// Config configures the dev L1.
type Config struct {
	// Genesis is the L1 genesis (chainspec.DeployConfig.L1Genesis).
	Genesis *core.Genesis
	// DataDir holds the chain; empty keeps it in memory.
	DataDir string
	// HTTPHost and HTTPPort serve JSON-RPC; port 0 picks a free one.
	HTTPHost string
	HTTPPort int
	// BlockTime is the interval between blocks; 0 builds blocks only on MineBlock.
	BlockTime time.Duration
	// Archive writes every block's state to disk (hash scheme, no pruning), so
	// a killed process resumes from its last block instead of rewinding to the
	// last state flushed at a clean shutdown. Only for a new data directory.
	Archive bool
	// FinalityDepth is the distance between the head and the finalized block.
	FinalityDepth uint64
	// DevRPC serves the "dev" namespace over HTTP (dev_reorg, see DevAPI):
	// a development chain's hooks for fault injection from outside the
	// process. Never on a chain anyone else relies on.
	DevRPC bool
	// Logger logs block production.
	Logger log.Logger
}

// Chain is a running dev L1.
type Chain struct {
	cfg     Config
	stack   *node.Node
	backend *eth.Ethereum
	api     *catalyst.ConsensusAPI
	log     log.Logger

	mu      sync.Mutex // serialises block building
	started atomic.Bool
	stopped atomic.Bool
	cancel  context.CancelFunc
	done    chan struct{}
}

// New creates the L1 node (not yet producing blocks).
func New(cfg Config) (*Chain, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("l1chain: no genesis")
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Root()
	}
	// The node starts its RPC servers in gethnode.New, before the Chain
	// exists: the dev API learns its chain just below.
	dev := &DevAPI{}
	gcfg := gethnode.Config{
		Name:     "l1",
		Genesis:  cfg.Genesis,
		DataDir:  cfg.DataDir,
		HTTPHost: cfg.HTTPHost,
		HTTPPort: cfg.HTTPPort,
		Archive:  cfg.Archive,
		Logger:   cfg.Logger,
	}
	if cfg.DevRPC {
		gcfg.APIs = []rpc.API{{Namespace: DevNamespace, Service: dev}}
		gcfg.ExtraHTTPModules = []string{DevNamespace}
	}
	gn, err := gethnode.New(gcfg)
	if err != nil {
		return nil, fmt.Errorf("l1chain: %w", err)
	}
	stack, backend := gn.Stack, gn.Eth
	c := &Chain{cfg: cfg, stack: stack, backend: backend, api: catalyst.NewConsensusAPI(backend), log: cfg.Logger}
	dev.chain.Store(c)
	// A fresh chain moves to proof of stake with a forkchoice update on genesis.
	head := backend.BlockChain().CurrentBlock()
	if head.Number.Sign() == 0 {
		state := engine.ForkchoiceStateV1{HeadBlockHash: head.Hash(), SafeBlockHash: head.Hash(), FinalizedBlockHash: head.Hash()}
		if _, err := c.api.ForkchoiceUpdatedV3(context.Background(), state, nil); err != nil {
			stack.Close()
			return nil, fmt.Errorf("l1chain: forkchoice on genesis: %w", err)
		}
	}
	return c, nil
}

// Start begins block production every BlockTime (none when it is 0).
func (c *Chain) Start(context.Context) error {
	c.started.Store(true)
	if c.cfg.BlockTime == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel, c.done = cancel, make(chan struct{})
	go c.loop(ctx)
	return nil
}

func (c *Chain) loop(ctx context.Context) {
	defer close(c.done)
	for {
		head := c.backend.BlockChain().CurrentBlock()
		next := time.Unix(int64(head.Time), 0).Add(c.cfg.BlockTime)
		wait := time.Until(next)
		if wait < 0 {
			wait = 0
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case <-timer.C:
		}
		if _, err := c.MineBlock(ctx); err != nil && ctx.Err() == nil {
			c.log.Error("L1 block production failed", "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(c.cfg.BlockTime):
			}
		}
	}
}

// Stop ends block production and closes the node.
func (c *Chain) Stop(ctx context.Context) error {
	if !c.stopped.CompareAndSwap(false, true) {
		return ErrAlreadyStopped
	}
	if c.cancel != nil {
		c.cancel()
		select {
		case <-c.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	c.mu.Lock() // wait for a MineBlock in flight
	defer c.mu.Unlock()
	return c.stack.Close()
}

// Stopped reports whether Stop was called.
func (c *Chain) Stopped() bool { return c.stopped.Load() }

// HTTPEndpoint returns the JSON-RPC URL.
func (c *Chain) HTTPEndpoint() string { return c.stack.HTTPEndpoint() }

// Backend returns the eth service.
func (c *Chain) Backend() *eth.Ethereum { return c.backend }

// Attach returns an in-process RPC client.
func (c *Chain) Attach() *rpc.Client { return c.stack.Attach() }

// MineBlock builds one block with the pool's pending transactions, imports
// it, and moves the head, safe and finalized markers.
func (c *Chain) MineBlock(ctx context.Context) (*types.Block, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.usable(); err != nil {
		return nil, err
	}
	return c.mine(ctx, c.backend.BlockChain().CurrentBlock())
}

func (c *Chain) usable() error {
	if c.stopped.Load() {
		return ErrAlreadyStopped
	}
	if !c.started.Load() {
		return ErrNotStarted
	}
	return nil
}

// Reorg replaces the newest depth blocks with depth+1 new ones built on the
// block below them, so that the chain's head moves to another branch one
// block longer (an L1 reorg of depth blocks, as the rollup's nodes and
// batcher meet it); the dropped blocks' transactions return to the pool and
// the new blocks include them. It refuses to drop the finalized block and
// returns the new head.
func (c *Chain) Reorg(ctx context.Context, depth uint64) (*types.Block, error) {
	_, block, err := c.reorg(ctx, depth)
	return block, err
}

// reorg is Reorg, also returning the head it replaced.
func (c *Chain) reorg(ctx context.Context, depth uint64) (*types.Header, *types.Block, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.usable(); err != nil {
		return nil, nil, err
	}
	chain := c.backend.BlockChain()
	head := chain.CurrentBlock()
	if depth == 0 || depth >= head.Number.Uint64() {
		return nil, nil, fmt.Errorf("l1chain: cannot reorg %d blocks of a chain at %d", depth, head.Number)
	}
	base := chain.GetHeaderByNumber(head.Number.Uint64() - depth)
	if fin := chain.CurrentFinalBlock(); fin != nil && fin.Number.Cmp(base.Number) > 0 {
		return nil, nil, fmt.Errorf("l1chain: a reorg of %d blocks would drop finalized block %d", depth, fin.Number)
	}
	parent := base
	var block *types.Block
	for i := uint64(0); i <= depth; i++ {
		b, err := c.mine(ctx, parent)
		if err != nil {
			return nil, nil, fmt.Errorf("l1chain: reorg: %w", err)
		}
		block, parent = b, b.Header()
	}
	return head, block, nil
}

// mine builds a block on parent; c.mu is held.
func (c *Chain) mine(ctx context.Context, parent *types.Header) (*types.Block, error) {
	chain := c.backend.BlockChain()
	block, err := blockbuild.Build(ctx, c.backend, c.api, blockbuild.Args{
		Parent:    parent,
		Timestamp: blockbuild.NextTimestamp(parent),
		Finalized: func(number uint64, head common.Hash) common.Hash {
			depth := c.cfg.FinalityDepth
			switch {
			case depth == 0:
				return head
			case number <= depth:
				return chain.Genesis().Hash()
			}
			if b := chain.GetBlockByNumber(number - depth); b != nil {
				return b.Hash()
			}
			return head
		},
		Log: c.log,
	})
	if err != nil {
		return nil, fmt.Errorf("l1chain: %w", err)
	}
	return block, nil
}
