// Command ledger is OpenLedger's command-line client: it creates and curates
// Datanets, registers models and LoRA adapters with their provenance, and
// stakes AI agents, over JSON-RPC. Run `ledger --help`.
package main

import (
	"fmt"
	"os"

	"github.com/openledger/openledger/cmd/ledger/internal/commands"
)

// Version is set at link time.
var Version = "dev"

func main() {
	if err := commands.NewApp(Version).Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "ledger:", err)
		os.Exit(1)
	}
}
