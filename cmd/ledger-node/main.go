// Command ledger-node is op-node with OpenLedger's defaults: every op-node
// flag and OP_NODE_* variable works unchanged; a default applies only where
// neither is given (see `ledger-node --help`).
package main

import (
	"context"
	"os"

	"github.com/ethereum-optimism/optimism/op-node/metrics"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/metrics/doc"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/opflags"
	"github.com/openledger/openledger/rollup/rollupnode"
)

// Version is set at link time.
var Version = rollupnode.Version

func main() {
	oplog.SetupDefaults()
	app := cli.NewApp()
	app.Name = "ledger-node"
	app.Version = Version
	app.Usage = "OpenLedger rollup node (op-node with OpenLedger defaults)"
	app.Description = "Derives the OpenLedger L2 from L1 and the EigenDA server, and sequences it when enabled.\n\n" +
		opflags.Describe(rollupnode.Defaults)
	app.Flags = rollupnode.Flags()
	app.Action = cliapp.LifecycleCmd(rollupnode.Main(Version))
	app.Commands = []*cli.Command{{Name: "doc", Subcommands: doc.NewSubcommands(metrics.NewMetrics("default", nil))}}
	args, err := rollupnode.ApplyDefaults(os.Args)
	if err != nil {
		log.Crit("Bad command line", "err", err)
	}
	ctx := ctxinterrupt.WithSignalWaiterMain(context.Background())
	if err := app.RunContext(ctx, args); err != nil {
		log.Crit("Application failed", "message", err)
	}
}
