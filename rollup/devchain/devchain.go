package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
)

// Config configures a dev node.
type Config struct {
	// Genesis is the chain's genesis (genesis.Build).
	Genesis *core.Genesis
	// DataDir holds the chain; empty keeps it in memory.
	DataDir string
	// HTTPHost and HTTPPort serve JSON-RPC over HTTP; HTTPHost "" disables it,
	// HTTPPort 0 picks a free port.
	HTTPHost string
	HTTPPort int
	// Driver configures block production; BlockTime 0 builds blocks only on Commit.
	Driver blockdriver.Config
}

// Node is a running dev node.
type Node struct {
	Stack  *node.Node
	Eth    *eth.Ethereum
	Driver *blockdriver.Driver
}

// New starts a dev node.
func New(cfg Config) (*Node, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("devchain: no genesis")
	}
	stackCfg := &node.Config{
		Name:             "ledger-geth",
		DataDir:          cfg.DataDir,
		HTTPHost:         cfg.HTTPHost,
		HTTPPort:         cfg.HTTPPort,
		HTTPModules:      []string{"eth", "net", "web3", "debug", "txpool"},
		HTTPCors:         []string{"*"},
		HTTPVirtualHosts: []string{"*"},
		P2P:              p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
	}
	stack, err := node.New(stackCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: create node: %w", err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = cfg.Genesis
	ethCfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasPrice = big.NewInt(1) // 1 wei: the lowest the miner accepts
	ethCfg.RPCTxFeeCap = 0                // no cap: devnet balances are large
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: create eth service: %w", err)
	}
	// Log filters (eth_getLogs, eth_newFilter: ethers and op-node use them)
	// and the debug_trace* API.
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	if err := catalyst.Register(stack, backend); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: register engine API: %w", err)
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start: %w", err)
	}
	seq, err := blockdriver.New(backend, cfg.Driver)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if err := seq.Start(context.Background()); err != nil {
		stack.Close()
		return nil, err
	}
	return &Node{Stack: stack, Eth: backend, Driver: seq}, nil
}

// Client returns an ethclient over the node's in-process RPC.
func (n *Node) Client() *ethclient.Client {
	return ethclient.NewClient(n.Stack.Attach())
}

// HTTPEndpoint returns the JSON-RPC URL, or "" when HTTP is off.
func (n *Node) HTTPEndpoint() string { return n.Stack.HTTPEndpoint() }

// Commit builds one block with every pending transaction.
func (n *Node) Commit(ctx context.Context) (*types.Block, error) {
	return n.Driver.BuildBlock(ctx)
}

// Close stops block production and the node.
func (n *Node) Close() error {
	err := n.Driver.Stop(context.Background())
	if errors.Is(err, blockdriver.ErrAlreadyStopped) {
		err = nil
	}
	return errors.Join(err, n.Stack.Close())
}
