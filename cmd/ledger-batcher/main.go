// Command ledger-batcher is op-batcher with OpenLedger's defaults (Alt-DA with
// generic commitments to the EigenDA server, calldata, span batches): every
// op-batcher flag and OP_BATCHER_* variable works unchanged; a default applies
// only where neither is given (see `ledger-batcher --help`).
package main

import (
	"context"
	"os"

	opbatcher "github.com/ethereum-optimism/optimism/op-batcher/batcher"
	opflagsbatcher "github.com/ethereum-optimism/optimism/op-batcher/flags"
	"github.com/ethereum-optimism/optimism/op-batcher/metrics"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/metrics/doc"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/batcher"
	"github.com/openledger/openledger/rollup/opflags"
)

// Version is set at link time.
var Version = batcher.Version

func main() {
	oplog.SetupDefaults()
	app := cli.NewApp()
	app.Name = "ledger-batcher"
	app.Version = Version
	app.Usage = "OpenLedger batch submitter (op-batcher posting to EigenDA)"
	app.Description = "Posts L2 batches to the EigenDA server and their commitments to L1.\n\n" + opflags.Describe(batcher.Defaults)
	app.Flags = batcher.Flags()
	app.Action = cliapp.LifecycleCmd(opbatcher.Main(Version))
	app.Commands = []*cli.Command{{Name: "doc", Subcommands: doc.NewSubcommands(metrics.NewMetrics("default"))}}
	args, err := opflags.Apply(os.Args, opflagsbatcher.Flags, batcher.Defaults)
	if err != nil {
		log.Crit("Bad command line", "err", err)
	}
	ctx := ctxinterrupt.WithSignalWaiterMain(context.Background())
	if err := app.RunContext(ctx, args); err != nil {
		log.Crit("Application failed", "message", err)
	}
}
