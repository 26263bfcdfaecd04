// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Command modelfactory runs ModelFactory, the fine-tuning service: jobs train
// LoRA adapters on Datanet versions read from the chain and IPFS, and publish
// them on IPFS for their owner to register (see package
// modelfactory/service for the HTTP API).
package main

import (
	"fmt"
	"os"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/modelfactory/service"
)

// Set at link time.
var (
	Version   = "v0.0.0"
	GitCommit = ""
	GitDate   = ""
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		log.Crit("application failed", "err", err)
	}
}

func newApp() *cli.App {
	app := cli.NewApp()
	app.Name = "modelfactory"
	app.Usage = "ModelFactory: fine-tune LoRA adapters on Datanet data and publish them with provenance"
	app.Version = fmt.Sprintf("%s-%s-%s", Version, GitCommit, GitDate)
	app.Flags = cliapp.ProtectFlags(service.Flags)
	app.Action = cliapp.LifecycleCmd(service.Main(Version))
	return app
}
