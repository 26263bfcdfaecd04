// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Command studio serves OpenLedger Studio, the web app where people use the
// chain with their own wallet (see package studio). `studio doc metrics`
// lists its Prometheus metrics.
package main

import (
	"fmt"
	"sort"
	"strings"

	"os"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/studio"
	"github.com/openledger/openledger/studio/flags"
	"github.com/openledger/openledger/studio/metrics"
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
	app.Name = "studio"
	app.Usage = "OpenLedger Studio: the web app for Datanets, models, OpenChat, earnings and ModelFactory"
	app.Version = fmt.Sprintf("%s-%s-%s", Version, GitCommit, GitDate)
	app.Flags = cliapp.ProtectFlags(flags.Flags)
	app.Action = cliapp.LifecycleCmd(studio.Main(Version))
	app.Commands = []*cli.Command{docCommand}
	return app
}

var docCommand = &cli.Command{
	Name:  "doc",
	Usage: "documentation",
	Subcommands: []*cli.Command{{
		Name:  "metrics",
		Usage: "list the Prometheus metrics",
		Action: func(ctx *cli.Context) error {
			m := metrics.New()
			m.HTTPRequest("page", 200, 0)
			m.Upstream("rpc", "ok", 0)
			m.RPCRefused("method")
			m.ContentBytes("in", 0)
			m.Bundle(0, 0)
			fams, err := m.Registry().Gather()
			if err != nil {
				return err
			}
			sort.Slice(fams, func(i, j int) bool { return fams[i].GetName() < fams[j].GetName() })
			for _, f := range fams {
				if strings.HasPrefix(f.GetName(), metrics.Namespace+"_") {
					fmt.Fprintf(ctx.App.Writer, "%s\t%s\t%s\n", f.GetName(), f.GetType(), f.GetHelp())
				}
			}
			return nil
		},
	}},
}
