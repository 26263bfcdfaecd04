// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/flags"
)

// NewConfig reads the service configuration from the command line.
func NewConfig(ctx *cli.Context) Config {
	return Config{
		ModelDir:          ctx.String(flags.ModelDirFlag.Name),
		AdaptersDir:       ctx.String(flags.AdaptersDirFlag.Name),
		ServedModelName:   ctx.String(flags.ServedModelNameFlag.Name),
		ListenAddr:        net.JoinHostPort(ctx.String(flags.HTTPAddrFlag.Name), strconv.Itoa(ctx.Int(flags.HTTPPortFlag.Name))),
		AdapterCacheBytes: ctx.Int64(flags.AdapterCacheBytesFlag.Name),
		MaxBatch:          ctx.Int(flags.MaxBatchFlag.Name),
		MaxBatchTokens:    ctx.Int(flags.MaxBatchTokensFlag.Name),
		MaxQueue:          ctx.Int(flags.MaxQueueFlag.Name),
		KVPages:           ctx.Int(flags.KVPagesFlag.Name),
		PageSize:          ctx.Int(flags.KVPageSizeFlag.Name),
		DefaultMaxTokens:  ctx.Int(flags.DefaultMaxTokensFlag.Name),
		Backend:           ctx.String(flags.BackendFlag.Name),
		Threads:           ctx.Int(flags.ThreadsFlag.Name),
		BodyReadTimeout:   ctx.Duration(flags.HTTPReadTimeoutFlag.Name),
		WriteStallTimeout: ctx.Duration(flags.HTTPWriteStallTimeoutFlag.Name),
		AdminToken:        ctx.String(flags.AdminTokenFlag.Name),
	}
}

// Main returns the lifecycle action of the serve command.
func Main(version string) cliapp.LifecycleAction {
	return func(ctx *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		if err := flags.CheckRequired(ctx); err != nil {
			return nil, err
		}
		logger := oplog.NewLogger(oplog.AppOut(ctx), oplog.ReadCLIConfig(ctx))
		oplog.SetGlobalLogHandler(logger.Handler())
		opservice.ValidateEnvVars(flags.EnvVarPrefix, flags.Flags, logger)
		logger.Info("starting loraserve", "version", version)
		cfg := NewConfig(ctx)
		closers, err := withPayments(ctx, &cfg, logger)
		if err != nil {
			return nil, err
		}
		registry, err := withRegistry(ctx, &cfg, logger)
		if err != nil {
			return nil, errors.Join(err, closeAll(closers))
		}
		closers = append(closers, registry...)
		paid, err := WithPaidAdapters(&cfg)
		if err != nil {
			return nil, errors.Join(err, closeAll(closers))
		}
		if paid != nil {
			closers = append([]io.Closer{paid}, closers...)
		}
		chainAtt, err := withChainAttribution(ctx, &cfg, logger)
		if err != nil {
			return nil, errors.Join(err, closeAll(closers))
		}
		if chainAtt != nil {
			closers = append([]io.Closer{chainAtt}, closers...)
		}
		dir := ctx.String(flags.AttributionIndexFlag.Name)
		if dir == "" && len(closers) == 0 {
			return NewService(cfg, logger)
		}
		if dir != "" {
			att, h, err := OpenAttribution(dir, cfg.ModelDir)
			if err != nil {
				return nil, errors.Join(err, closeAll(closers))
			}
			cfg.ExtraRoutes = map[string]http.Handler{AttributionRoute: h}
			closers = append([]io.Closer{att}, closers...)
		}
		svc, err := NewService(cfg, logger)
		if err != nil {
			return nil, errors.Join(err, closeAll(closers))
		}
		return &closingService{Service: svc, closers: closers}, nil
	}
}
