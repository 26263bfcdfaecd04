// Command ledger-geth is OpenLedger's execution client: op-geth with the
// OpenLedger stateful precompiles linked in (a consensus rule: every node that
// executes OpenLedger blocks must run it).
//
//	ledger-geth init [--datadir D] [genesis.json]   write the genesis (default: the devnet's)
//	ledger-geth dumpgenesis                          print the devnet genesis as JSON
//	ledger-geth [geth flags]                         run a node (op-node drives it over --authrpc)
//	ledger-geth --dev                                a single-node chain building 1 s blocks
package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/urfave/cli/v2"

	_ "github.com/ethereum/go-ethereum/eth/tracers/js"     // debug_trace* with JavaScript tracers
	_ "github.com/ethereum/go-ethereum/eth/tracers/native" // callTracer, prestateTracer, …

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
)

// Version is set at link time.
var Version = "v0.1.0-dev"

// EnvVarPrefix prefixes the env twins of ledger-geth's own flags.
const EnvVarPrefix = "LEDGER_GETH"

func main() {
	app := &cli.App{
		Name:    "ledger-geth",
		Usage:   "OpenLedger execution client (op-geth with the OpenLedger precompiles)",
		Version: Version,
		Flags:   slices.Concat(nodeFlags, devFlags, logFlags),
		Before:  setupLogging,
		Action:  runNode,
		Commands: []*cli.Command{
			initCommand,
			dumpGenesisCommand,
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "ledger-geth:", err)
		os.Exit(1)
	}
}

// nodeFlags are geth's own flags that an OpenLedger operator uses, unchanged.
var nodeFlags = []cli.Flag{
	utils.DataDirFlag,
	utils.NetworkIdFlag,
	utils.SyncModeFlag,
	utils.GCModeFlag,
	utils.CacheFlag,
	utils.CryptoKZGFlag,
	utils.IdentityFlag,
	utils.ListenPortFlag,
	utils.MaxPeersFlag,
	utils.NoDiscoverFlag,
	utils.BootnodesFlag,
	utils.NodeKeyFileFlag,
	utils.NATFlag,
	utils.HTTPEnabledFlag,
	utils.HTTPListenAddrFlag,
	utils.HTTPPortFlag,
	utils.HTTPApiFlag,
	utils.HTTPCORSDomainFlag,
	utils.HTTPVirtualHostsFlag,
	utils.WSEnabledFlag,
	utils.WSListenAddrFlag,
	utils.WSPortFlag,
	utils.WSApiFlag,
	utils.WSAllowedOriginsFlag,
	utils.IPCDisabledFlag,
	utils.IPCPathFlag,
	utils.AuthListenFlag,
	utils.AuthPortFlag,
	utils.AuthVirtualHostsFlag,
	utils.JWTSecretFlag,
	utils.RPCGlobalGasCapFlag,
	utils.RPCGlobalTxFeeCapFlag,
	utils.TxPoolPriceLimitFlag,
	utils.TxPoolAccountSlotsFlag,
	utils.TxPoolGlobalSlotsFlag,
	utils.MinerGasLimitFlag,
	utils.MinerGasPriceFlag,
	utils.RollupSequencerHTTPFlag,
	utils.RollupHistoricalRPCFlag,
	utils.RollupTxPoolDisableGossipFlag,
	utils.RollupComputePendingBlock,
}
