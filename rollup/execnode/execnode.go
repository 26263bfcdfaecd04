package execnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
)

// ErrAlreadyStopped is returned by a second Stop.
var ErrAlreadyStopped = errors.New("execnode: already stopped")

// Config configures an execution node.
type Config struct {
	// Name names the node in logs and its data directory.
	Name string
	// Genesis is the L2 genesis.
	Genesis *core.Genesis
	// DataDir holds the chain; empty keeps it in memory.
	DataDir string
	// HTTPHost and HTTPPort serve the user JSON-RPC; port 0 picks a free one.
	HTTPHost string
	HTTPPort int
	// AuthHost and AuthPort serve the engine API; port 0 picks a free one.
	AuthHost string
	AuthPort int
	// JWTSecretPath is the file holding the engine API's hex JWT secret
	// (created when missing).
	JWTSecretPath string
	// SequencerHTTP, when set, makes the node forward submitted transactions
	// there (a verifier forwarding to the sequencer).
	SequencerHTTP string
	// Archive writes every block's state to disk (hash scheme, no pruning), so
	// a killed process resumes from its last block instead of rewinding to the
	// last state flushed at a clean shutdown. Only for a new data directory.
	Archive bool
	// ExtraHTTPModules are further RPC namespaces on the HTTP endpoint; the
	// sequencer adds "miner" for op-batcher's DA throttling (miner_setMaxDASize).
	ExtraHTTPModules []string
	// Logger logs the node.
	Logger log.Logger
}

// Node is a running execution node.
type Node struct {
	stack   *node.Node
	backend *eth.Ethereum
	stopped atomic.Bool
}

// New creates and starts the node's RPC servers; the chain itself advances
// only when op-node drives it through the engine API.
func New(cfg Config) (*Node, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("execnode: no genesis")
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Root()
	}
	if cfg.Name == "" {
		cfg.Name = "ledger-geth"
	}
	stack, err := node.New(&node.Config{
		Name:             cfg.Name,
		DataDir:          cfg.DataDir,
		HTTPHost:         cfg.HTTPHost,
		HTTPPort:         cfg.HTTPPort,
		HTTPModules:      append([]string{"eth", "net", "web3", "debug", "txpool"}, cfg.ExtraHTTPModules...),
		HTTPCors:         []string{"*"},
		HTTPVirtualHosts: []string{"*"},
		AuthAddr:         cfg.AuthHost,
		AuthPort:         cfg.AuthPort,
		AuthVirtualHosts: []string{"*"},
		JWTSecret:        cfg.JWTSecretPath,
		P2P:              p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
		Logger:           cfg.Logger,
	})
	if err != nil {
		return nil, fmt.Errorf("execnode %s: create node: %w", cfg.Name, err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = cfg.Genesis
	ethCfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasPrice = big.NewInt(0)
	ethCfg.RPCTxFeeCap = 0
	// Devnet-sized caches: geth's defaults (2 GiB database cache) make pebble
	// preallocate hundreds of MiB per write-ahead log and inflate memory.
	ethCfg.DatabaseCache, ethCfg.TrieCleanCache, ethCfg.TrieDirtyCache, ethCfg.SnapshotCache = 64, 64, 64, 32
	if cfg.Archive {
		ethCfg.StateScheme, ethCfg.NoPruning = rawdb.HashScheme, true
	}
	ethCfg.RollupSequencerHTTP = cfg.SequencerHTTP
	ethCfg.RollupDisableTxPoolGossip = true
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("execnode %s: create eth service: %w", cfg.Name, err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := catalyst.Register(stack, backend); err != nil {
		stack.Close()
		return nil, fmt.Errorf("execnode %s: register engine API: %w", cfg.Name, err)
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("execnode %s: start: %w", cfg.Name, err)
	}
	return &Node{stack: stack, backend: backend}, nil
}

// Start is a no-op: New starts the servers (Lifecycle symmetry).
func (n *Node) Start(context.Context) error { return nil }

// Stop closes the node.
func (n *Node) Stop(context.Context) error {
	if !n.stopped.CompareAndSwap(false, true) {
		return ErrAlreadyStopped
	}
	return n.stack.Close()
}

// Stopped reports whether Stop was called.
func (n *Node) Stopped() bool { return n.stopped.Load() }

// HTTPEndpoint returns the user JSON-RPC URL.
func (n *Node) HTTPEndpoint() string { return n.stack.HTTPEndpoint() }

// AuthEndpoint returns the engine API URL.
func (n *Node) AuthEndpoint() string {
	return n.stack.HTTPAuthEndpoint()
}

// Backend returns the eth service.
func (n *Node) Backend() *eth.Ethereum { return n.backend }

// Client returns an ethclient over the in-process RPC.
func (n *Node) Client() *ethclient.Client { return ethclient.NewClient(n.stack.Attach()) }
