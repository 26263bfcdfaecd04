// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"io"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/adapterfetch"
)

// withRegistry lets the server fetch adapters by model-registry id when
// --registry.rpc is set: it sets cfg.Registry and cfg.RegistryAdapters and
// returns what the caller closes after the server stops.
func withRegistry(ctx *cli.Context, cfg *Config, logger log.Logger) ([]io.Closer, error) {
	f, specs, closeRPC, err := adapterfetch.FromCLI(ctx, logger)
	if err != nil || f == nil {
		return nil, err
	}
	cfg.Registry, cfg.RegistryAdapters = f, specs
	return []io.Closer{closerFunc(closeRPC)}, nil
}

type closerFunc func()

func (f closerFunc) Close() error { f(); return nil }
