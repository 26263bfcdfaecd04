// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"fmt"
	"io"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/ipfs/ipfsflags"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/flags"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/tokenizer"
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

// WithPaidAdapters makes adapters fetched by model-registry id paid when the
// server is paid too (--settlement.rpc with --registry.rpc): each one
// (--registry.adapter at start, POST /v1/adapters with model_id while
// serving) is priced as its model id and attributed with the index shards
// the chain records for its Datanet versions, read through the registry's
// resolver for the model's tokenizer. It returns what the caller closes
// after the server stops, or nil when either side is off.
func WithPaidAdapters(cfg *Config) (io.Closer, error) {
	pay, paid := cfg.Payments.(payments.ServerPayments)
	f, fetches := cfg.Registry.(*adapterfetch.Fetcher)
	if !paid || !fetches {
		return nil, nil
	}
	tok, err := tokenizer.Load(cfg.ModelDir)
	if err != nil {
		return nil, fmt.Errorf("paid adapters: model tokenizer: %w", err)
	}
	rt := payments.NewRuntimeAdapters(pay.Gate, f.Resolver(), attribution.FromIntEncoder(tok), common.Hash(tok.Hash()))
	cfg.PaidAdapters = rt
	return rt, nil
}

type closerFunc func()

func (f closerFunc) Close() error { f(); return nil }

// withChainAttribution serves POST /v1/attribution over the index shards the
// chain records for --attribution.datanet (read through --registry.rpc,
// fetched through --ipfs.*); it returns the attributor to close after the
// server stops, or nil when the flag is unset.
func withChainAttribution(ctx *cli.Context, cfg *Config, logger log.Logger) (io.Closer, error) {
	values := ctx.StringSlice(flags.AttributionDatanetFlag.Name)
	if len(values) == 0 {
		return nil, nil
	}
	if ctx.String(flags.AttributionIndexFlag.Name) != "" {
		return nil, fmt.Errorf("%w: pass either --%s or --%s", ErrConfig, flags.AttributionIndexFlag.Name, flags.AttributionDatanetFlag.Name)
	}
	var specs []onchain.DatanetVersion
	for _, v := range values {
		s, err := onchain.ParseDatanetVersion(v)
		if err != nil {
			return nil, fmt.Errorf("%w: --%s: %v", ErrConfig, flags.AttributionDatanetFlag.Name, err)
		}
		specs = append(specs, s)
	}
	endpoint := ctx.String(adapterfetch.FlagRPC)
	if endpoint == "" {
		return nil, fmt.Errorf("%w: --%s needs --%s (the chain that records the index shards)", ErrConfig, flags.AttributionDatanetFlag.Name, adapterfetch.FlagRPC)
	}
	ipfsCfg := ipfsflags.ReadCLIConfig(ctx)
	cache, err := ipfsCfg.OpenCache(ipfsCfg.LogRetries(logger))
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx.Context, endpoint)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", adapterfetch.FlagRPC, endpoint, err)
	}
	defer client.Close()
	a, h, err := OpenChainAttribution(ctx.Context, onchain.NewResolver(client, cache), specs, cfg.ModelDir)
	if err != nil {
		return nil, err
	}
	logger.Info("attribution index from the chain", "datanets", values, "shards", len(a.Index().Shards()), "docs", a.Index().NumDocs(),
		"root", a.Index().Root())
	cfg.ExtraRoutes = map[string]http.Handler{AttributionRoute: h}
	return a, nil
}
