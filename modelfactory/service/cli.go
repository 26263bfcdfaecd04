// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"context"
	"fmt"
	"net"
	"strconv"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs/ipfsflags"
	"github.com/openledger/openledger/ipfs/onchain"
)

// EnvVarPrefix prefixes the environment twin of every flag.
const EnvVarPrefix = "LEDGER_MODELFACTORY"

func envVars(name string) []string { return flagenv.Vars(EnvVarPrefix, name) }

// The flags.
var (
	HTTPAddrFlag = &cli.StringFlag{Name: "http.addr", Usage: "listen address of the API", Value: "127.0.0.1",
		EnvVars: envVars("http.addr")}
	HTTPPortFlag = &cli.IntFlag{Name: "http.port", Usage: "listen port of the API (0 picks a free one)", Value: 8095,
		EnvVars: envVars("http.port")}
	DataDirFlag = &cli.StringFlag{Name: "data-dir", Usage: "directory of jobs (state, checkpoints, adapters)", Required: true,
		EnvVars: envVars("data-dir")}
	ChainRPCFlag = &cli.StringFlag{Name: "chain.rpc", Usage: "JSON-RPC URL of an OpenLedger node (registries are read from it)",
		Value: "http://127.0.0.1:8545", EnvVars: envVars("chain.rpc")}
	WorkersFlag         = &cli.IntFlag{Name: "workers", Usage: "jobs trained at once", Value: 1, EnvVars: envVars("workers")}
	CheckpointEveryFlag = &cli.IntFlag{Name: "checkpoint-every", Usage: "trainer checkpoint interval in steps", Value: 20,
		EnvVars: envVars("checkpoint-every")}
	MaxJobsPerOwnerFlag = &cli.IntFlag{Name: "max-jobs-per-owner", Usage: "unfinished jobs one owner may have", Value: 4,
		EnvVars: envVars("max-jobs-per-owner")}
)

// Flags are every flag of the modelfactory command.
var Flags = func() []cli.Flag {
	fs := []cli.Flag{HTTPAddrFlag, HTTPPortFlag, DataDirFlag, ChainRPCFlag, WorkersFlag, CheckpointEveryFlag, MaxJobsPerOwnerFlag}
	fs = append(fs, ipfsflags.CLIFlags(EnvVarPrefix)...)
	return append(fs, oplog.CLIFlags(EnvVarPrefix)...)
}()

// NewConfig reads the configuration from the command line.
func NewConfig(ctx *cli.Context) (Config, error) {
	c := Config{
		ListenAddr:      net.JoinHostPort(ctx.String(HTTPAddrFlag.Name), strconv.Itoa(ctx.Int(HTTPPortFlag.Name))),
		DataDir:         ctx.String(DataDirFlag.Name),
		Workers:         ctx.Int(WorkersFlag.Name),
		CheckpointEvery: ctx.Int(CheckpointEveryFlag.Name),
		MaxJobsPerOwner: ctx.Int(MaxJobsPerOwnerFlag.Name),
	}
	switch {
	case c.Workers < 1 || c.Workers > 64:
		return c, fmt.Errorf("--workers %d outside [1, 64]", c.Workers)
	case c.CheckpointEvery < 1:
		return c, fmt.Errorf("--checkpoint-every %d must be positive", c.CheckpointEvery)
	case c.MaxJobsPerOwner < 1:
		return c, fmt.Errorf("--max-jobs-per-owner %d must be positive", c.MaxJobsPerOwner)
	case ctx.Int(HTTPPortFlag.Name) < 0 || ctx.Int(HTTPPortFlag.Name) > 65535:
		return c, fmt.Errorf("--http.port %d outside [0, 65535]", ctx.Int(HTTPPortFlag.Name))
	}
	return c, nil
}

// Main returns the lifecycle action of the modelfactory command: the chain
// through --chain.rpc, content through the IPFS node of --ipfs.api.
func Main(version string) cliapp.LifecycleAction {
	return func(ctx *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		logger := oplog.NewLogger(oplog.AppOut(ctx), oplog.ReadCLIConfig(ctx))
		oplog.SetGlobalLogHandler(logger.Handler())
		opservice.ValidateEnvVars(EnvVarPrefix, Flags, logger)
		cfg, err := NewConfig(ctx)
		if err != nil {
			return nil, err
		}
		ipfsCfg := ipfsflags.ReadCLIConfig(ctx)
		if err := ipfsCfg.Check(); err != nil {
			return nil, err
		}
		store, err := ipfsCfg.Store(ipfsCfg.LogRetries(logger))
		if err != nil {
			return nil, err
		}
		cache, err := ipfsCfg.OpenCache(ipfsCfg.LogRetries(logger))
		if err != nil {
			return nil, err
		}
		chain, err := ethclient.DialContext(ctx.Context, ctx.String(ChainRPCFlag.Name))
		if err != nil {
			return nil, fmt.Errorf("chain %s: %w", ctx.String(ChainRPCFlag.Name), err)
		}
		cfg.Chain = chain
		logger.Info("starting modelfactory", "version", version)
		return New(cfg, onchain.NewResolver(chain, cache), store, logger)
	}
}
