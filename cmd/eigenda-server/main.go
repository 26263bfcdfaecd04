// Command eigenda-server is OpenLedger's EigenDA Alt-DA server: the DA server
// op-batcher posts frames to and op-node reads them from (Alt-DA, generic
// commitments). See package eigenda/server.
package main

import (
	"context"
	"os"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/ctxinterrupt"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum-optimism/optimism/op-service/metrics/doc"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/flags"
	"github.com/openledger/openledger/eigenda/server/metrics"
)

// Set at link time.
var (
	Version   = "v0.0.0"
	GitCommit = ""
	GitDate   = ""
)

func main() {
	oplog.SetupDefaults()

	app := cli.NewApp()
	app.Flags = cliapp.ProtectFlags(flags.Flags)
	app.Version = opservice.FormatVersion(Version, GitCommit, GitDate, "")
	app.Name = "eigenda-server"
	app.Usage = "EigenDA Alt-DA server for OpenLedger L2"
	app.Description = "Serves op-batcher puts and op-node gets (Alt-DA generic commitments) from EigenDA-encoded, KZG-committed blobs"
	app.Action = cliapp.LifecycleCmd(server.Main(Version))
	app.Commands = []*cli.Command{
		{Name: "doc", Subcommands: doc.NewSubcommands(metrics.NewMetrics())},
	}

	ctx := ctxinterrupt.WithSignalWaiterMain(context.Background())
	if err := app.RunContext(ctx, os.Args); err != nil {
		log.Crit("Application failed", "message", err)
	}
}
