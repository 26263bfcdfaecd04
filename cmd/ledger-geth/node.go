package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/urfave/cli/v2"
)

// gethInstance is the node's name, and thus the subdirectory of --datadir
// holding its chain (<datadir>/geth/chaindata) and its IPC socket name
// (<datadir>/geth.ipc): op-geth's, so tools and snapshots made for op-geth
// fit.
const gethInstance = "geth"

// makeStack returns a node configured by geth's flags (not started): the
// data directory layout and its lock, for init and the chain check.
func makeStack(ctx *cli.Context) (*node.Node, error) {
	cfg := node.DefaultConfig
	cfg.Name = gethInstance
	utils.SetNodeConfig(ctx, &cfg)
	stack, err := node.New(&cfg)
	if err != nil {
		return nil, fmt.Errorf("create node: %w", err)
	}
	return stack, nil
}

// requireInitialised returns errNoGenesis unless the data directory holds a
// chain with a genesis block.
func requireInitialised(ctx *cli.Context) error {
	stack, err := makeStack(ctx)
	if err != nil {
		return err
	}
	defer stack.Close()
	if stack.DataDir() == "" {
		return fmt.Errorf("%w: a node needs --datadir (or run --dev)", errNoGenesis)
	}
	if _, err := os.Stat(stack.ResolvePath("chaindata")); err != nil {
		return fmt.Errorf("%w: run `ledger-geth init --datadir %s` first", errNoGenesis, stack.DataDir())
	}
	db := utils.MakeChainDatabase(ctx, stack, true)
	defer db.Close()
	if _, err := readGenesisHash(db); err != nil {
		return fmt.Errorf("%w: run `ledger-geth init --datadir %s` first", err, stack.DataDir())
	}
	return nil
}

func waitForSignal() {
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigc)
	<-sigc
	log.Info("got interrupt, shutting down")
}
