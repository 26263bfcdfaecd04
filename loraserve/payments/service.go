// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// ErrBadConfig is returned by CLIConfig.Check.
var ErrBadConfig = errors.New("bad settlement config")

// Flag names (under a "settlement." prefix, with env twins PREFIX_SETTLEMENT_…).
const (
	flagRPC            = "settlement.rpc"
	flagKey            = "settlement.key"
	flagKeyFile        = "settlement.key-file"
	flagQueue          = "settlement.queue"
	flagAdapter        = "settlement.adapter"
	flagBatch          = "settlement.batch"
	flagMaxTxBytes     = "settlement.max-tx-bytes"
	flagInterval       = "settlement.interval"
	flagConfirmTimeout = "settlement.confirm-timeout"
	flagMargin         = "settlement.margin"
)

// CLIFlags returns the settlement flags; envPrefix is the binary's
// (LEDGER_LORASERVE gives LEDGER_LORASERVE_SETTLEMENT_RPC, …).
func CLIFlags(envPrefix string) []cli.Flag {
	d := DefaultSettlerConfig(nil, nil)
	return append([]cli.Flag{
		&cli.StringFlag{Name: flagRPC, Usage: "JSON-RPC endpoint of an OpenLedger node; setting it turns paid requests on", EnvVars: flagenv.Vars(envPrefix, flagRPC)},
		&cli.StringFlag{Name: flagKey, Usage: "settler private key (hex); the account must be in the settler set", EnvVars: flagenv.Vars(envPrefix, flagKey)},
		&cli.StringFlag{Name: flagKeyFile, Usage: "file holding the settler private key (hex)", EnvVars: flagenv.Vars(envPrefix, flagKeyFile)},
		&cli.StringFlag{Name: flagQueue, Usage: "directory of the durable receipt queue", Value: "settlement-queue", EnvVars: flagenv.Vars(envPrefix, flagQueue)},
		&cli.StringSliceFlag{Name: flagAdapter, Usage: "a paid adapter: NAME=MODEL_ID[@VERSION][:INDEX_DIR]: its registry id, the version whose weights are served " +
			"(default: the latest at start), and the attribution index of that version's Datanets (repeatable); " +
			"its files under --adapters must hash to that version's weights hash, or loraserve does not start",
			EnvVars: flagenv.Vars(envPrefix, flagAdapter)},
		&cli.IntFlag{Name: flagBatch, Usage: "receipts per settle transaction", Value: d.BatchSize, EnvVars: flagenv.Vars(envPrefix, flagBatch)},
		&cli.IntFlag{Name: flagMaxTxBytes, Usage: "calldata bound of a settle transaction (the transaction pool refuses transactions over 128 KiB)",
			Value: d.MaxTxBytes, EnvVars: flagenv.Vars(envPrefix, flagMaxTxBytes)},
		&cli.DurationFlag{Name: flagInterval, Usage: "time between settlement rounds", Value: d.Interval, EnvVars: flagenv.Vars(envPrefix, flagInterval)},
		&cli.DurationFlag{Name: flagConfirmTimeout, Usage: "wait for a settle transaction before re-sending it with higher fees",
			Value: d.ConfirmTimeout, EnvVars: flagenv.Vars(envPrefix, flagConfirmTimeout)},
		&cli.Uint64Flag{Name: flagMargin, Usage: "seconds a voucher must stay valid after admission", Value: DefaultSettleMargin, EnvVars: flagenv.Vars(envPrefix, flagMargin)},
	}, trainingFlags(envPrefix)...)
}

// AdapterSpec is one --settlement.adapter value.
type AdapterSpec struct {
	Name    string
	ModelID uint64
	// ModelVersion is the registry version served; 0: the latest when the
	// service starts.
	ModelVersion uint64
	IndexDir     string
}

// ParseAdapterSpec parses NAME=MODEL_ID[@VERSION][:INDEX_DIR].
func ParseAdapterSpec(s string) (AdapterSpec, error) {
	name, rest, ok := strings.Cut(s, "=")
	if !ok || name == "" {
		return AdapterSpec{}, fmt.Errorf("%w: adapter %q is not NAME=MODEL_ID[@VERSION][:INDEX_DIR]", ErrBadConfig, s)
	}
	idv, dir, _ := strings.Cut(rest, ":")
	id, ver, hasVer := strings.Cut(idv, "@")
	modelID, err := strconv.ParseUint(id, 10, 64)
	if err != nil || modelID == 0 {
		return AdapterSpec{}, fmt.Errorf("%w: adapter %q: bad model id %q", ErrBadConfig, s, id)
	}
	spec := AdapterSpec{Name: name, ModelID: modelID, IndexDir: dir}
	if hasVer {
		if spec.ModelVersion, err = strconv.ParseUint(ver, 10, 64); err != nil || spec.ModelVersion == 0 {
			return AdapterSpec{}, fmt.Errorf("%w: adapter %q: bad model version %q (versions start at 1)", ErrBadConfig, s, ver)
		}
	}
	return spec, nil
}

// CLIConfig is the settlement configuration of a serving process.
type CLIConfig struct {
	RPC            string
	KeyHex         string
	QueueDir       string
	Adapters       []AdapterSpec
	BatchSize      int
	MaxTxBytes     int
	Interval       time.Duration
	ConfirmTimeout time.Duration
	Margin         uint64
	// Training and SpanShare: training-time attribution (influence.go).
	Training  []TrainingSpec
	SpanShare uint64
	// Registry reports that the server reads the model registry
	// (--registry.rpc): it can make adapters paid by registry id
	// (--registry.adapter, POST /v1/adapters with model_id), so a paid
	// server needs no --settlement.adapter.
	Registry bool
}

// ReadCLIConfig reads the flags of CLIFlags.
func ReadCLIConfig(c *cli.Context) (CLIConfig, error) {
	cfg := CLIConfig{RPC: c.String(flagRPC), KeyHex: c.String(flagKey), QueueDir: c.String(flagQueue),
		BatchSize: c.Int(flagBatch), MaxTxBytes: c.Int(flagMaxTxBytes), Interval: c.Duration(flagInterval), ConfirmTimeout: c.Duration(flagConfirmTimeout),
		Margin: c.Uint64(flagMargin), Registry: c.String(adapterfetch.FlagRPC) != ""}
	if path := c.String(flagKeyFile); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("%w: read key file: %v", ErrBadConfig, err)
		}
		cfg.KeyHex = strings.TrimSpace(string(b))
	}
	for _, s := range c.StringSlice(flagAdapter) {
		a, err := ParseAdapterSpec(s)
		if err != nil {
			return cfg, err
		}
		cfg.Adapters = append(cfg.Adapters, a)
	}
	if err := readTrainingConfig(c, &cfg); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// Enabled reports whether paid requests are configured.
func (c CLIConfig) Enabled() bool { return c.RPC != "" }

// Check validates an enabled config.
func (c CLIConfig) Check() error {
	if !c.Enabled() {
		return nil
	}
	if _, err := crypto.HexToECDSA(strings.TrimPrefix(c.KeyHex, "0x")); err != nil {
		return fmt.Errorf("%w: settler key: %v", ErrBadConfig, err)
	}
	if c.QueueDir == "" {
		return fmt.Errorf("%w: no queue directory", ErrBadConfig)
	}
	if len(c.Adapters) == 0 && !c.Registry {
		return fmt.Errorf("%w: no paid adapter: pass --%s NAME=MODEL_ID[@VERSION][:INDEX_DIR] for adapters under --adapters, "+
			"or --%s to make adapters paid by model-registry id (--%s, POST /v1/adapters with model_id)",
			ErrBadConfig, flagAdapter, adapterfetch.FlagRPC, adapterfetch.FlagAdapter)
	}
	seen := map[string]bool{}
	for _, a := range c.Adapters {
		if seen[a.Name] {
			return fmt.Errorf("%w: adapter %s listed twice", ErrBadConfig, a.Name)
		}
		seen[a.Name] = true
	}
	return c.checkTraining()
}

// Service is the settlement side of a serving process: the Gate its HTTP
// handlers call and the Settler that lands receipts. It is a Lifecycle.
type Service struct {
	Gate    *Gate
	Settler *Settler
	Queue   *Queue
	client  *ethclient.Client
	closers []func() error
	stopped atomic.Bool
}

// NewService dials the node, opens the queue and the adapters' attribution
// indexes (tokenized with tok), and builds the gate and the settler. reg may
// be nil for no metrics.
func NewService(ctx context.Context, cfg CLIConfig, tok attribution.Tokenizer, logger log.Logger, reg prometheus.Registerer) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if !cfg.Enabled() {
		return nil, fmt.Errorf("%w: no --%s", ErrBadConfig, flagRPC)
	}
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(cfg.KeyHex, "0x"))
	s := &Service{}
	fail := func(err error) (*Service, error) {
		s.close()
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return fail(fmt.Errorf("settlement rpc: %w", err))
	}
	s.client = client
	s.closers = append(s.closers, func() error { client.Close(); return nil })
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fail(fmt.Errorf("settlement rpc: chain id: %w", err))
	}
	if s.Queue, err = OpenQueue(cfg.QueueDir); err != nil {
		return fail(err)
	}
	var m Metricer = NoopMetrics{}
	if reg != nil {
		m = NewMetrics(reg)
	}
	sc := DefaultSettlerConfig(key, chainID)
	sc.BatchSize, sc.Interval, sc.ConfirmTimeout = cfg.BatchSize, cfg.Interval, cfg.ConfirmTimeout
	if cfg.MaxTxBytes != 0 {
		sc.MaxTxBytes = cfg.MaxTxBytes
	}
	if s.Settler, err = NewSettler(sc, client, s.Queue, logger, m); err != nil {
		return fail(err)
	}
	chain := NewChain(client)
	adapters := map[string]Adapter{}
	for _, a := range cfg.Adapters {
		m, err := chain.Model(ctx, a.ModelID)
		if err != nil {
			return fail(fmt.Errorf("adapter %s: %w", a.Name, err))
		}
		ad := Adapter{ModelID: a.ModelID, ModelVersion: a.ModelVersion}
		if ad.ModelVersion == 0 {
			ad.ModelVersion = m.LatestVersion
		}
		if ad.ModelVersion == 0 || ad.ModelVersion > m.LatestVersion {
			return fail(fmt.Errorf("%w: adapter %s: model %d has versions 1..%d, not %d", ErrBadConfig, a.Name, a.ModelID,
				m.LatestVersion, ad.ModelVersion))
		}
		if a.IndexDir != "" {
			if tok == nil {
				return fail(fmt.Errorf("%w: adapter %s has an index but there is no tokenizer", ErrBadConfig, a.Name))
			}
			at, err := attribution.Open(a.IndexDir, tok, span.DefaultConfig())
			if err != nil {
				return fail(fmt.Errorf("adapter %s: %w", a.Name, err))
			}
			s.closers = append(s.closers, at.Close)
			ad.Attributor = at
		}
		if err := attachTraining(&ad, a.Name, cfg); err != nil {
			return fail(err)
		}
		adapters[a.Name] = ad
	}
	domain := settlement.DomainSeparator(chainID, addresses.Settlement)
	s.Gate = NewGate(NewVerifier(chain, s.Queue, domain, crypto.PubkeyToAddress(key.PublicKey), cfg.Margin), s.Settler, adapters)
	s.Gate.SetSpanShare(cfg.SpanShare)
	return s, nil
}

func (s *Service) close() error {
	var errs []error
	for i := len(s.closers) - 1; i >= 0; i-- {
		errs = append(errs, s.closers[i]())
	}
	s.closers = nil
	return errors.Join(errs...)
}

// Payments is the server hook over the service's gate.
func (s *Service) Payments() ServerPayments { return ServerPayments{Gate: s.Gate} }

// FromCLI builds and starts the service from the flags of CLIFlags, with
// the model directory's tokenizer.json for attribution; it returns nil when
// --settlement.rpc is unset (requests are then served free). Close stops it.
func FromCLI(c *cli.Context, modelDir string, logger log.Logger, reg prometheus.Registerer) (*Service, error) {
	cfg, err := ReadCLIConfig(c)
	if err != nil || !cfg.Enabled() {
		return nil, err
	}
	tok, err := tokenizer.Load(modelDir)
	if err != nil {
		return nil, fmt.Errorf("settlement: model tokenizer: %w", err)
	}
	s, err := NewService(c.Context, cfg, attribution.FromIntEncoder(tok), logger, reg)
	if err != nil {
		return nil, err
	}
	s.Gate.SetDecoder(tok)
	if err := s.Start(c.Context); err != nil {
		return nil, errors.Join(err, s.close())
	}
	logger.Info("paid inference on", "rpc", cfg.RPC, "adapters", len(cfg.Adapters), "queue", cfg.QueueDir, "queued", s.Queue.Len())
	return s, nil
}

// Close stops the service within a minute (an io.Closer for servers that
// close their resources after stopping).
func (s *Service) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := s.Stop(ctx)
	if errors.Is(err, ErrAlreadyStopped) {
		return nil
	}
	return err
}

// Start starts the settler.
func (s *Service) Start(ctx context.Context) error { return s.Settler.Start(ctx) }

// Stop stops the settler (queued receipts stay on disk) and closes the
// indexes and the RPC client.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return ErrAlreadyStopped
	}
	return errors.Join(s.Settler.Stop(ctx), s.close())
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }
