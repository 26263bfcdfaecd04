package execnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/log"

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
	"github.com/openledger/openledger/rollup/gethnode"
)

// ErrAlreadyStopped is returned by a second Stop.
var ErrAlreadyStopped = errors.New("execnode: already stopped")

// Config configures an execution node.
type Config struct {
	// Name names the node in logs and its directory under DataDir (default
	// gethnode.DefaultName).
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
	// Logger logs the node; nil means the root logger.
	Logger log.Logger
}

// Node is a running execution node (HTTPEndpoint, AuthEndpoint, Client and
// the eth service come from the geth node).
type Node struct {
	*gethnode.Node
	stopped atomic.Bool
}

// New creates and starts the node's RPC servers; the chain itself advances
// only when op-node drives it through the engine API.
func New(cfg Config) (*Node, error) {
	n, err := gethnode.New(gethnode.Config{
		Name:             cfg.Name,
		Genesis:          cfg.Genesis,
		DataDir:          cfg.DataDir,
		HTTPHost:         cfg.HTTPHost,
		HTTPPort:         cfg.HTTPPort,
		ExtraHTTPModules: cfg.ExtraHTTPModules,
		EngineAPI:        true,
		AuthHost:         cfg.AuthHost,
		AuthPort:         cfg.AuthPort,
		JWTSecretPath:    cfg.JWTSecretPath,
		MinerTip:         new(big.Int), // the sequencer takes transactions of any tip
		Archive:          cfg.Archive,
		SequencerHTTP:    cfg.SequencerHTTP,
		Logger:           cfg.Logger,
	})
	if err != nil {
		return nil, fmt.Errorf("execnode: %w", err)
	}
	return &Node{Node: n}, nil
}

// Start is a no-op: New starts the servers (Lifecycle symmetry).
func (n *Node) Start(context.Context) error { return nil }

// Stop closes the node.
func (n *Node) Stop(context.Context) error {
	if !n.stopped.CompareAndSwap(false, true) {
		return ErrAlreadyStopped
	}
	return n.Close()
}

// Stopped reports whether Stop was called.
func (n *Node) Stopped() bool { return n.stopped.Load() }

// Backend returns the eth service.
func (n *Node) Backend() *eth.Ethereum { return n.Eth }
