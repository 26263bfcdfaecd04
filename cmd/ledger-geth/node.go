package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/urfave/cli/v2"
)

// runNode runs a node configured by geth's flags, or the dev chain with --dev.
func runNode(ctx *cli.Context) error {
	if ctx.Args().Len() > 0 {
		return fmt.Errorf("unexpected arguments %q (see --help)", ctx.Args().Slice())
	}
	if ctx.Bool(devFlag.Name) {
		return runDev(ctx)
	}
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "ledger-geth"
	nodeCfg.Version = Version
	nodeCfg.IPCPath = "ledger-geth.ipc"
	nodeCfg.HTTPModules = []string{"eth", "net", "web3", "txpool", "debug"}
	nodeCfg.WSModules = nodeCfg.HTTPModules
	utils.SetNodeConfig(ctx, &nodeCfg)
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return fmt.Errorf("create node: %w", err)
	}
	defer stack.Close()
	ethCfg := ethconfig.Defaults
	ethCfg.SyncMode = ethconfig.FullSync // op-node drives the chain; there is no peer to snap-sync from
	utils.SetEthConfig(ctx, stack, &ethCfg)
	if err := requireInitialised(ctx, stack); err != nil {
		return err
	}
	backend, ethService := utils.RegisterEthService(stack, &ethCfg)
	utils.RegisterFilterAPI(stack, backend, &ethCfg)
	if err := catalyst.Register(stack, ethService); err != nil {
		return fmt.Errorf("register engine API: %w", err)
	}
	if err := stack.Start(); err != nil {
		return fmt.Errorf("start node: %w", err)
	}
	log.Info("ledger-geth running", "chainId", ethService.BlockChain().Config().ChainID, "head", ethService.BlockChain().CurrentBlock().Number)
	waitForSignal()
	return nil
}

// requireInitialised refuses to start on a datadir without a genesis: geth
// would otherwise write Ethereum mainnet's.
func requireInitialised(ctx *cli.Context, stack *node.Node) error {
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

var errNoGenesis = errors.New("the data directory holds no chain")

func waitForSignal() {
	sigc := make(chan os.Signal, 1)
	signal.Notify(sigc, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigc)
	<-sigc
	log.Info("got interrupt, shutting down")
}
