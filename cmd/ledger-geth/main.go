// Command ledger-geth is OpenLedger's execution client: op-geth with the
// OpenLedger stateful precompiles linked in (a consensus rule: every node that
// executes OpenLedger blocks must run it).
//
// It is op-geth's own command-line application (cmd/geth, made importable
// as cmd/geth/gethapp by build/materialize.sh), so every op-geth flag,
// environment twin (GETH_*), subcommand (attach, console, db, snapshot, …)
// and default works as documented for op-geth. OpenLedger changes four things:
//
//	ledger-geth --dev                                a single-node OpenLedger chain building its own blocks
//	                                                 (replaces geth's --dev; --dev.period, --dev.accounts)
//	ledger-geth init [--datadir D] [genesis.json]    write a genesis (default: the devnet's); OP Stack genesis only
//	ledger-geth dumpgenesis                          print the devnet genesis as JSON
//	ledger-geth [geth flags]                         run a node (op-node drives it over --authrpc); it refuses
//	                                                 a data directory without a chain instead of writing mainnet's
//
// and --syncmode defaults to full: op-node drives the chain over the engine
// API and a rollup node has no peer to snap-sync from.
package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/cmd/geth/gethapp"
	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/urfave/cli/v2"

	_ "github.com/openledger/openledger/precompiles/all" // consensus: every precompile is linked
)

// Version is set at link time.
var Version = "v0.1.0-dev"

// EnvVarPrefix prefixes the env twins of every flag, op-geth's and
// ledger-geth's own alike (GETH_DATADIR, GETH_DEV_ACCOUNTS, …).
const EnvVarPrefix = "GETH"

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "ledger-geth:", err)
		os.Exit(1)
	}
}

// gethDevFlags are geth's developer-mode flags, which ledger-geth's --dev
// (an OpenLedger chain, not geth's simulated beacon chain) replaces.
var gethDevFlags = []string{utils.DeveloperFlag.Name, utils.DeveloperPeriodFlag.Name, utils.DeveloperGasLimitFlag.Name}

// newApp returns op-geth's command-line app with OpenLedger's changes. It
// modifies the one app gethapp holds, so it is called once per process.
func newApp() *cli.App {
	app := gethapp.App()
	app.Name = "ledger-geth"
	app.HelpName = "ledger-geth"
	app.Usage = "OpenLedger execution client (op-geth with the OpenLedger precompiles)"
	app.Version = fmt.Sprintf("%s (op-geth %s)", Version, app.Version)
	app.Flags = slices.Concat(slices.DeleteFunc(slices.Clone(app.Flags), func(f cli.Flag) bool {
		return slices.Contains(gethDevFlags, f.Names()[0])
	}), devFlags)

	// A rollup execution node follows op-node: no peer serves snap sync.
	ethconfig.Defaults.SyncMode = ethconfig.FullSync
	utils.SyncModeFlag.Value = ethconfig.FullSync.String()

	ours := []*cli.Command{initCommand, dumpGenesisCommand}
	for _, c := range app.Commands {
		if c.Name == initCommand.Name { // geth's database flags (--state.scheme, --db.engine, …) apply
			initCommand.Flags = slices.Concat(c.Flags, []cli.Flag{devAccountsFlag})
		}
	}
	app.Commands = slices.DeleteFunc(app.Commands, func(c *cli.Command) bool {
		return slices.ContainsFunc(ours, func(o *cli.Command) bool { return o.Name == c.Name })
	})
	app.Commands = append(app.Commands, ours...)
	sort.Sort(cli.CommandsByName(app.Commands))
	for _, c := range app.Commands {
		if c.Name == "console" { // starts a node too
			c.Action = requireChain(c.Action)
		}
	}
	node := requireChain(app.Action)
	app.Action = func(ctx *cli.Context) error {
		if ctx.Bool(devFlag.Name) {
			if ctx.Args().Len() > 0 {
				return fmt.Errorf("unexpected arguments %q (see --help)", ctx.Args().Slice())
			}
			return runDev(ctx)
		}
		return node(ctx)
	}
	return app
}

// requireChain runs action only on a data directory holding a chain: geth
// would otherwise write Ethereum mainnet's genesis there.
func requireChain(action cli.ActionFunc) cli.ActionFunc {
	return func(ctx *cli.Context) error {
		if ctx.Args().Len() > 0 {
			return fmt.Errorf("unexpected arguments %q (see --help)", ctx.Args().Slice())
		}
		if err := requireInitialised(ctx); err != nil {
			return err
		}
		return action(ctx)
	}
}

var errNoGenesis = errors.New("the data directory holds no chain")
