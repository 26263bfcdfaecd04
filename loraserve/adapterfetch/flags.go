// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package adapterfetch

import (
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs/ipfsflags"
	"github.com/openledger/openledger/ipfs/onchain"
)

// Flag names (env twins PREFIX_REGISTRY_…).
const (
	FlagRPC             = "registry.rpc"
	FlagBaseModel       = "registry.base-model"
	FlagAdapter         = "registry.adapter"
	FlagMaxAdapterBytes = "registry.max-adapter-bytes"
)

// CLIFlags returns the registry flags; envPrefix is the binary's.
func CLIFlags(envPrefix string) []cli.Flag {
	env := func(name string) []string { return flagenv.Vars(envPrefix, name) }
	return []cli.Flag{
		&cli.StringFlag{Name: FlagRPC, EnvVars: env(FlagRPC),
			Usage: "JSON-RPC endpoint of an OpenLedger node to read the model registry from; setting it lets POST /v1/adapters take a model_id"},
		&cli.Uint64Flag{Name: FlagBaseModel, EnvVars: env(FlagBaseModel),
			Usage: "model-registry id of the served base model; adapters of other base models are refused"},
		&cli.StringSliceFlag{Name: FlagAdapter, EnvVars: env(FlagAdapter),
			Usage: "an adapter to fetch from IPFS at start by its model-registry id: NAME=MODEL_ID or NAME=MODEL_ID@VERSION (repeatable); " +
				"with --settlement.rpc it is served paid, attributed with the index shards the chain records for its Datanet versions"},
		&cli.Uint64Flag{Name: FlagMaxAdapterBytes, Value: DefaultMaxAdapterBytes, EnvVars: env(FlagMaxAdapterBytes),
			Usage: "largest adapter (total file bytes) to fetch"},
	}
}

// FromCLI builds the fetcher the flags describe (nil when --registry.rpc is
// unset) and the adapters to fetch at start; retries of a down IPFS node are
// logged. close releases the RPC client.
func FromCLI(ctx *cli.Context, logger log.Logger) (f *Fetcher, specs []Spec, close func(), err error) {
	for _, s := range ctx.StringSlice(FlagAdapter) {
		sp, err := ParseSpec(s)
		if err != nil {
			return nil, nil, nil, err
		}
		specs = append(specs, sp)
	}
	endpoint := ctx.String(FlagRPC)
	if endpoint == "" {
		if len(specs) > 0 {
			return nil, nil, nil, fmt.Errorf("%w: --%s needs --%s", ErrBadSpec, FlagAdapter, FlagRPC)
		}
		return nil, nil, func() {}, nil
	}
	ipfsCfg := ipfsflags.ReadCLIConfig(ctx)
	cache, err := ipfsCfg.OpenCache(ipfsCfg.LogRetries(logger))
	if err != nil {
		return nil, nil, nil, err
	}
	client, err := ethclient.DialContext(ctx.Context, endpoint)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("--%s %s: %w", FlagRPC, endpoint, err)
	}
	r := onchain.NewResolver(client, cache, onchain.WithMaxWeightsBytes(ctx.Uint64(FlagMaxAdapterBytes)))
	return New(r, ctx.Uint64(FlagBaseModel)), specs, client.Close, nil
}
