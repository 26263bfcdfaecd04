// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"context"
	"net"
	"strconv"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/studio/flags"
)

// NewConfig reads the configuration from the command line.
func NewConfig(ctx *cli.Context, version string) Config {
	return Config{
		ListenAddr:      net.JoinHostPort(ctx.String(flags.HTTPAddrFlag.Name), strconv.Itoa(ctx.Int(flags.HTTPPortFlag.Name))),
		ChainRPC:        ctx.String(flags.ChainRPCFlag.Name),
		PublicRPC:       ctx.String(flags.ChainPublicRPCFlag.Name),
		ChainID:         ctx.Uint64(flags.ChainIDFlag.Name),
		ChainName:       ctx.String(flags.ChainNameFlag.Name),
		ExplorerURL:     ctx.String(flags.ExplorerURLFlag.Name),
		LoraserveURL:    ctx.String(flags.LoraserveURLFlag.Name),
		ModelFactoryURL: ctx.String(flags.ModelFactoryURLFlag.Name),
		IPFSAPIURL:      ctx.String(flags.IPFSAPIFlag.Name),
		MaxUploadBytes:  ctx.Int64(flags.MaxUploadFlag.Name),
		Version:         version,
	}
}

// Main returns the lifecycle action of the studio command.
func Main(version string) cliapp.LifecycleAction {
	return func(ctx *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		logger := oplog.NewLogger(oplog.AppOut(ctx), oplog.ReadCLIConfig(ctx))
		oplog.SetGlobalLogHandler(logger.Handler())
		opservice.ValidateEnvVars(flags.EnvVarPrefix, flags.Flags, logger)
		logger.Info("starting studio", "version", version)
		return New(NewConfig(ctx, version), logger)
	}
}
