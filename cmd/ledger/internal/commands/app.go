package commands

import (
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/cmd/ledger/internal/attributioncmd"
)

// groups are the command groups, in help order. Later groups (attribution,
// escrow, receipt, claim) add their constructor here.
var groups = []func() *cli.Command{
	datanetCommand,
	modelCommand,
	agentCommand,
	govCommand,
	trainCommand,
	escrowCommand, receiptCommand, claimCommand,
	bridgeCommand,
	func() *cli.Command { return attributioncmd.Command("LEDGER") },
}

// NewApp returns the ledger application.
func NewApp(version string) *cli.App {
	app := &cli.App{
		Name:                 "ledger",
		Usage:                "OpenLedger command-line client: Datanets, models and agents over JSON-RPC",
		Version:              version,
		Flags:                globalFlags(),
		EnableBashCompletion: true,
		HideHelpCommand:      true,
	}
	for _, g := range groups {
		app.Commands = append(app.Commands, g())
	}
	return app
}
