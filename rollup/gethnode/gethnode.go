package gethnode

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultName is the node name when Config.Name is empty.
const DefaultName = "ledger-geth"

// cacheMiB is the size of each of the database, trie and snapshot caches.
const cacheMiB = 64

// Config configures a node.
type Config struct {
	// Name names the node in logs and its directory under DataDir (the chain
	// lives in DataDir/Name/chaindata); empty means DefaultName.
	Name string
	// Genesis is the chain's genesis; its chain id is the network id.
	Genesis *core.Genesis
	// DataDir holds the chain; empty keeps it in memory.
	DataDir string
	// HTTPHost and HTTPPort serve JSON-RPC over HTTP; HTTPHost "" disables it,
	// HTTPPort 0 picks a free port.
	HTTPHost string
	HTTPPort int
	// ExtraHTTPModules are RPC namespaces served over HTTP besides eth, net,
	// web3, debug and txpool (an op-node-driven sequencer adds "miner" for
	// op-batcher's DA throttling, miner_setMaxDASize).
	ExtraHTTPModules []string
	// EngineAPI serves the engine API, authenticated with the JWT secret in
	// JWTSecretPath (created when missing), on AuthHost:AuthPort (port 0
	// picks a free one).
	EngineAPI     bool
	AuthHost      string
	AuthPort      int
	JWTSecretPath string
	// MinerTip is the smallest priority fee the payload builder takes from
	// the pool; nil means 1 wei.
	MinerTip *big.Int
	// Archive writes every block's state to disk (hash scheme, no pruning), so
	// a killed process resumes from a block whose state it has instead of
	// rewinding to the last state flushed at a clean shutdown. The newest
	// blocks may still be lost to a kill when the database buffers its log
	// (pebble, the default, writes it asynchronously; the compose devnet's
	// gethes use LevelDB for that reason). Only for a new data directory.
	Archive bool
	// SequencerHTTP, when set, makes an OP Stack node forward submitted
	// transactions there (a verifier forwarding to the sequencer).
	SequencerHTTP string
	// APIs are further RPC services registered before the node starts; name
	// their namespaces in ExtraHTTPModules to serve them over HTTP.
	APIs []rpc.API
	// Logger logs the node; nil means the root logger.
	Logger log.Logger
}

// Node is a started node.
type Node struct {
	// Stack is the node: its RPC servers and lifecycle.
	Stack *node.Node
	// Eth is the eth service: chain, pool, miner.
	Eth *eth.Ethereum
}

// New creates the node and starts its RPC servers. The chain advances only
// when something builds blocks: op-node through the engine API, or the
// caller through Eth.
func New(cfg Config) (*Node, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("gethnode: no genesis")
	}
	if cfg.Name == "" {
		cfg.Name = DefaultName
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Root()
	}
	if cfg.MinerTip == nil {
		cfg.MinerTip = big.NewInt(1)
	}
	stackCfg := &node.Config{
		Name:             cfg.Name,
		DataDir:          cfg.DataDir,
		HTTPHost:         cfg.HTTPHost,
		HTTPPort:         cfg.HTTPPort,
		HTTPModules:      append([]string{"eth", "net", "web3", "debug", "txpool"}, cfg.ExtraHTTPModules...),
		HTTPCors:         []string{"*"},
		HTTPVirtualHosts: []string{"*"},
		P2P:              p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
		Logger:           cfg.Logger,
	}
	if cfg.EngineAPI {
		stackCfg.AuthAddr, stackCfg.AuthPort = cfg.AuthHost, cfg.AuthPort
		stackCfg.AuthVirtualHosts = []string{"*"}
		stackCfg.JWTSecret = cfg.JWTSecretPath
	}
	stack, err := node.New(stackCfg)
	if err != nil {
		return nil, fmt.Errorf("gethnode %s: create node: %w", cfg.Name, err)
	}
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = cfg.Genesis
	ethCfg.NetworkId = cfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasPrice = cfg.MinerTip
	ethCfg.RPCTxFeeCap = 0 // no cap: dev balances are large
	ethCfg.DatabaseCache, ethCfg.TrieCleanCache, ethCfg.TrieDirtyCache, ethCfg.SnapshotCache = cacheMiB, cacheMiB, cacheMiB, cacheMiB/2
	if cfg.Archive {
		ethCfg.StateScheme, ethCfg.NoPruning = rawdb.HashScheme, true
	}
	ethCfg.RollupSequencerHTTP = cfg.SequencerHTTP
	ethCfg.RollupDisableTxPoolGossip = true // no peers to gossip to
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("gethnode %s: create eth service: %w", cfg.Name, err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))
	stack.RegisterAPIs(cfg.APIs)
	if cfg.EngineAPI {
		if err := catalyst.Register(stack, backend); err != nil {
			stack.Close()
			return nil, fmt.Errorf("gethnode %s: register engine API: %w", cfg.Name, err)
		}
	}
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("gethnode %s: start: %w", cfg.Name, err)
	}
	return &Node{Stack: stack, Eth: backend}, nil
}

// HTTPEndpoint returns the JSON-RPC URL, or "" when HTTP is off.
func (n *Node) HTTPEndpoint() string { return n.Stack.HTTPEndpoint() }

// AuthEndpoint returns the engine API URL.
func (n *Node) AuthEndpoint() string { return n.Stack.HTTPAuthEndpoint() }

// Client returns an ethclient over the node's in-process RPC.
func (n *Node) Client() *ethclient.Client { return ethclient.NewClient(n.Stack.Attach()) }

// Close stops the node and closes its database.
func (n *Node) Close() error { return n.Stack.Close() }
