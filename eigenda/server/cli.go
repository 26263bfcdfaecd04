package server

import (
	"context"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/server/flags"
	"github.com/openledger/openledger/eigenda/v2/payments"
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
	address := func(name string) (common.Address, error) {
		v := ctx.String(name)
		if v == "" {
			return common.Address{}, nil
		}
		if !common.IsHexAddress(v) {
			return common.Address{}, fmt.Errorf("%w: --%s: %q is not an address", ErrConfig, name, v)
		}
		return common.HexToAddress(v), nil
	}
	required, err := toUint32(flags.RequiredQuorumsFlag.Name)
	if err != nil {
		return Config{}, err
	}
	custom, err := toUint32(flags.DisperserQuorumsFlag.Name)
	if err != nil {
		return Config{}, err
	}
	form, err := codec.ParsePolynomialForm(ctx.String(flags.PolynomialFormFlag.Name))
	if err != nil {
		return Config{}, fmt.Errorf("%w: --%s: %w", ErrConfig, flags.PolynomialFormFlag.Name, err)
	}
	cfg := DefaultConfig()
	cfg.ListenAddr = ctx.String(flags.ListenAddrFlag.Name)
	cfg.Backend = ctx.String(flags.BackendFlag.Name)
	cfg.Protocol = ctx.String(flags.ProtocolFlag.Name)
	cfg.MemoryTTL = ctx.Duration(flags.MemoryTTLFlag.Name)
	cfg.MemoryMaxBytes = ctx.Int64(flags.MemoryMaxBytesFlag.Name)
	cfg.FileDir = ctx.String(flags.FileDirFlag.Name)
	cfg.SecondaryFileDir = ctx.String(flags.SecondaryFileDirFlag.Name)
	cfg.Disperser = disperser.ClientConfig{
		Target:             ctx.String(flags.DisperserRPCFlag.Name),
		TLS:                ctx.Bool(flags.DisperserTLSFlag.Name),
		StatusPollInterval: ctx.Duration(flags.DisperserPollIntervalFlag.Name),
		CustomQuorums:      custom,
		AccountID:          ctx.String(flags.DisperserAccountFlag.Name),
		StatusRetries:      ctx.Int(flags.DisperserStatusRetriesFlag.Name),
	}
	cfg.DisperseTimeout = ctx.Duration(flags.DisperserTimeoutFlag.Name)
	cfg.MaxBlobSize = ctx.Int(flags.MaxBlobSizeFlag.Name)
	cfg.PolynomialForm = form
	cfg.VerifyCacheEntries = ctx.Int(flags.VerifyCacheFlag.Name)
	cfg.G1Path, cfg.G2Path = ctx.String(flags.G1PathFlag.Name), ctx.String(flags.G2PathFlag.Name)
	cfg.G2PowersPath, cfg.G2TrailingPath = ctx.String(flags.G2PowersPathFlag.Name), ctx.String(flags.G2TrailingPathFlag.Name)
	cfg.RequiredQuorums = required
	cfg.L1RPC = ctx.String(flags.L1RPCFlag.Name)
	cfg.ConfirmationDepth = ctx.Uint64(flags.ConfirmationDepthFlag.Name)
	cfg.Metrics = opmetrics.ReadCLIConfig(ctx)
	if cfg.ServiceManager, err = address(flags.ServiceManagerFlag.Name); err != nil {
		return Config{}, err
	}
	if err := readV2(ctx, &cfg, custom, address); err != nil {
		return Config{}, err
	}
	if err := readAuth(ctx, &cfg); err != nil {
		return Config{}, err
	}
	return cfg, cfg.Check()
}

func readV2(ctx *cli.Context, cfg *Config, custom []uint32, address func(string) (common.Address, error)) error {
	v2 := &cfg.V2
	mode, err := payments.ParseMode(ctx.String(flags.DisperserPaymentModeFlag.Name))
	if err != nil {
		return fmt.Errorf("%w: --%s: %w", ErrConfig, flags.DisperserPaymentModeFlag.Name, err)
	}
	id := ctx.Uint(flags.DisperserIDFlag.Name)
	if id > math.MaxUint32 {
		return fmt.Errorf("%w: --%s %d out of range", ErrConfig, flags.DisperserIDFlag.Name, id)
	}
	bv := ctx.Uint(flags.DisperserBlobVersionFlag.Name)
	if bv > math.MaxUint16 {
		return fmt.Errorf("%w: --%s %d out of range", ErrConfig, flags.DisperserBlobVersionFlag.Name, bv)
	}
	v2.Disperser.Target = ctx.String(flags.DisperserRPCFlag.Name)
	v2.Disperser.TLS = ctx.Bool(flags.DisperserTLSFlag.Name)
	v2.Disperser.DisperserID = uint32(id)
	v2.Disperser.PaymentMode = mode
	v2.Disperser.PollInterval = ctx.Duration(flags.DisperserPollIntervalFlag.Name)
	v2.Disperser.StatusRetries = ctx.Int(flags.DisperserStatusRetriesFlag.Name)
	v2.BlobVersion = uint16(bv)
	for _, q := range custom {
		v2.Quorums = append(v2.Quorums, byte(q))
	}
	if k := ctx.String(flags.DisperserSignerKeyFlag.Name); k != "" {
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k, "0x"))
		if err != nil {
			return fmt.Errorf("%w: --%s: not a hex private key", ErrConfig, flags.DisperserSignerKeyFlag.Name)
		}
		v2.SignerKey = key
	}
	for _, a := range []struct {
		dst  *common.Address
		flag string
	}{
		{&v2.CertVerifier, flags.CertVerifierFlag.Name},
		{&v2.OperatorStateRetriever, flags.OperatorStateRetrieverFlag.Name},
		{&v2.RegistryCoordinator, flags.RegistryCoordinatorFlag.Name},
		{&v2.RelayRegistry, flags.RelayRegistryFlag.Name},
	} {
		if *a.dst, err = address(a.flag); err != nil {
			return err
		}
	}
	for _, kv := range ctx.StringSlice(flags.RelayURLsFlag.Name) {
		k, url, ok := strings.Cut(kv, "=")
		key, err := strconv.ParseUint(k, 10, 32)
		if !ok || err != nil || url == "" {
			return fmt.Errorf("%w: --%s: %q is not key=host:port", ErrConfig, flags.RelayURLsFlag.Name, kv)
		}
		if v2.RelayURLs == nil {
			v2.RelayURLs = map[uint32]string{}
		}
		v2.RelayURLs[uint32(key)] = url
	}
	v2.RelayTLS = ctx.Bool(flags.RelayTLSFlag.Name)
	v2.RelayTimeout = ctx.Duration(flags.RelayTimeoutFlag.Name)
	v2.RecencyWindow = ctx.Uint64(flags.RecencyWindowFlag.Name)
	v2.LocalOperators = ctx.Int(flags.LocalOperatorsFlag.Name)
	return nil
}

func readAuth(ctx *cli.Context, cfg *Config) error {
	cfg.Auth.Tokens = append([]string(nil), ctx.StringSlice(flags.AuthTokenFlag.Name)...)
	if path := ctx.String(flags.AuthTokenFileFlag.Name); path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%w: --%s: %w", ErrConfig, flags.AuthTokenFileFlag.Name, err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				cfg.Auth.Tokens = append(cfg.Auth.Tokens, line)
			}
		}
	}
	cfg.Quotas = QuotaConfig{
		PutBytesPerSecond: ctx.Int64(flags.PutRateFlag.Name),
		PutBurstBytes:     ctx.Int64(flags.PutBurstFlag.Name),
		MaxConcurrentPuts: ctx.Int(flags.PutConcurrencyFlag.Name),
		MaxConcurrentGets: ctx.Int(flags.GetConcurrencyFlag.Name),
	}
	if cfg.Quotas.PutBytesPerSecond > 0 && cfg.Quotas.PutBurstBytes == 0 {
		cfg.Quotas.PutBurstBytes = int64(cfg.MaxBlobSize)
	}
	return nil
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
		logger.Info("starting eigenda server", "version", version, "backend", cfg.Backend, "protocol", cfg.Protocol, "addr", cfg.ListenAddr)
		return New(ctx.Context, cfg, logger)
	}
}
