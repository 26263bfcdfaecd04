package devchain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
	"github.com/openledger/openledger/rollup/gethnode"
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

// Node is a running dev node: the geth node (Stack, Eth, HTTPEndpoint,
// Client) and its block driver.
type Node struct {
	*gethnode.Node
	Driver *blockdriver.Driver
}

// New starts a dev node.
func New(cfg Config) (*Node, error) {
	if cfg.Genesis == nil {
		return nil, errors.New("devchain: no genesis")
	}
	gn, err := gethnode.New(gethnode.Config{
		Genesis:   cfg.Genesis,
		DataDir:   cfg.DataDir,
		HTTPHost:  cfg.HTTPHost,
		HTTPPort:  cfg.HTTPPort,
		EngineAPI: true,
		AuthHost:  "127.0.0.1",
	})
	if err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}
	driver, err := blockdriver.New(gn.Eth, cfg.Driver)
	if err != nil {
		return nil, errors.Join(err, gn.Close())
	}
	if err := driver.Start(context.Background()); err != nil {
		return nil, errors.Join(err, gn.Close())
	}
	return &Node{Node: gn, Driver: driver}, nil
}

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
