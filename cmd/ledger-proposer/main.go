// Command ledger-proposer is op-proposer with OpenLedger's defaults: it posts
// the rollup node's output roots to L1's OutputOracle as permissioned
// proposals (game type 1). Every op-proposer flag and OP_PROPOSER_* variable
// works unchanged; a default applies only where neither is given (see
// `ledger-proposer --help`).
package main

import (
	"context"
	"os"

	opflagsproposer "github.com/ethereum-optimism/optimism/op-proposer/flags"
	"github.com/ethereum-optimism/optimism/op-proposer/metrics"
	opproposer "github.com/ethereum-optimism/optimism/op-proposer/proposer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/metrics/doc"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/opflags"
	"github.com/openledger/openledger/rollup/proposer"
)

// Version is set at link time.
var Version = proposer.Version

func main() {
	oplog.SetupDefaults()
	app := cli.NewApp()
	app.Name = "ledger-proposer"
	app.Version = Version
	app.Usage = "OpenLedger output proposer (op-proposer posting to the OutputOracle)"
	app.Description = "Posts L2 output roots to L1, where withdrawals are proven against them.\n\n" + opflags.Describe(proposer.Defaults)
	app.Flags = proposer.Flags()
	app.Action = cliapp.LifecycleCmd(opproposer.Main(Version))
	app.Commands = []*cli.Command{{Name: "doc", Subcommands: doc.NewSubcommands(metrics.NewMetrics("default"))}}
	args, err := opflags.Apply(os.Args, opflagsproposer.Flags, proposer.Defaults)
	if err != nil {
		log.Crit("Bad command line", "err", err)
	}
	ctx := ctxinterrupt.WithSignalWaiterMain(context.Background())
	if err := app.RunContext(ctx, args); err != nil {
		log.Crit("Application failed", "message", err)
	}
}
