package server

import (
	"context"
	"fmt"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/server/flags"
)

// NewConfigFromCLI reads a Config from the command line (see package flags).
func NewConfigFromCLI(ctx *cli.Context) (Config, error) {
	toUint32 := func(name string) ([]uint32, error) {
		var out []uint32
		for _, v := range ctx.IntSlice(name) {
			if v < 0 || v > 255 {
				return nil, fmt.Errorf("%w: --%s: quorum %d out of range 0..255", ErrConfig, name, v)
			}
			out = append(out, uint32(v))
		}
		return out, nil
	}
	required, err := toUint32(flags.RequiredQuorumsFlag.Name)
	if err != nil {
		return Config{}, err
	}
	custom, err := toUint32(flags.DisperserQuorumsFlag.Name)
	if err != nil {
		return Config{}, err
	}
	var manager common.Address
	if v := ctx.String(flags.ServiceManagerFlag.Name); v != "" {
		if !common.IsHexAddress(v) {
			return Config{}, fmt.Errorf("%w: --%s: %q is not an address", ErrConfig, flags.ServiceManagerFlag.Name, v)
		}
		manager = common.HexToAddress(v)
	}
	form, err := codec.ParsePolynomialForm(ctx.String(flags.PolynomialFormFlag.Name))
	if err != nil {
		return Config{}, fmt.Errorf("%w: --%s: %w", ErrConfig, flags.PolynomialFormFlag.Name, err)
	}
	cfg := Config{
		ListenAddr: ctx.String(flags.ListenAddrFlag.Name),
		Backend:    ctx.String(flags.BackendFlag.Name),
		MemoryTTL:  ctx.Duration(flags.MemoryTTLFlag.Name),
		FileDir:    ctx.String(flags.FileDirFlag.Name),
		Disperser: disperser.ClientConfig{
			Target:             ctx.String(flags.DisperserRPCFlag.Name),
			TLS:                ctx.Bool(flags.DisperserTLSFlag.Name),
			StatusPollInterval: ctx.Duration(flags.DisperserPollIntervalFlag.Name),
			CustomQuorums:      custom,
			AccountID:          ctx.String(flags.DisperserAccountFlag.Name),
		},
		DisperseTimeout:    ctx.Duration(flags.DisperserTimeoutFlag.Name),
		MaxBlobSize:        ctx.Int(flags.MaxBlobSizeFlag.Name),
		PolynomialForm:     form,
		VerifyCacheEntries: ctx.Int(flags.VerifyCacheFlag.Name),
		G1Path:             ctx.String(flags.G1PathFlag.Name),
		G2Path:             ctx.String(flags.G2PathFlag.Name),
		RequiredQuorums:    required,
		L1RPC:              ctx.String(flags.L1RPCFlag.Name),
		ServiceManager:     manager,
		ConfirmationDepth:  ctx.Uint64(flags.ConfirmationDepthFlag.Name),
		Metrics:            opmetrics.ReadCLIConfig(ctx),
	}
	return cfg, cfg.Check()
}

// Main returns the eigenda-server lifecycle action for cliapp.LifecycleCmd.
func Main(version string) cliapp.LifecycleAction {
	return func(ctx *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		if err := flags.CheckRequired(ctx); err != nil {
			return nil, err
		}
		logger := oplog.NewLogger(oplog.AppOut(ctx), oplog.ReadCLIConfig(ctx))
		oplog.SetGlobalLogHandler(logger.Handler())
		opservice.ValidateEnvVars(flags.EnvVarPrefix, flags.Flags, logger)
		cfg, err := NewConfigFromCLI(ctx)
		if err != nil {
			return nil, err
		}
		logger.Info("starting eigenda server", "version", version, "backend", cfg.Backend, "addr", cfg.ListenAddr)
		return New(ctx.Context, cfg, logger)
	}
}
