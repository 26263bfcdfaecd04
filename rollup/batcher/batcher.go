package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	opbatcher "github.com/ethereum-optimism/optimism/op-batcher/batcher"
	"github.com/ethereum-optimism/optimism/op-batcher/flags"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/opflags"
)

// Version is the version the batcher reports.
const Version = "openledger-v0.1.0"

// ErrConfig is returned for an invalid configuration.
var ErrConfig = errors.New("invalid batcher config")

// Defaults are OpenLedger's op-batcher defaults: Alt-DA with generic
// commitments to a local EigenDA server, calldata (no blobs), span batches.
var Defaults = []opflags.Default{
	{Name: "altda.enabled", Value: "true"},
	{Name: "altda.da-service", Value: "true"},
	{Name: "altda.da-server", Value: "http://127.0.0.1:3100"},
	{Name: "data-availability-type", Value: "calldata"},
	{Name: "batch-type", Value: "1"},
	{Name: "l1-eth-rpc", Value: "http://127.0.0.1:8645"},
	{Name: "l2-eth-rpc", Value: "http://127.0.0.1:8545"},
	{Name: "rollup-rpc", Value: "http://127.0.0.1:7545"},
	{Name: "rpc.addr", Value: "127.0.0.1"},
}

// Flags returns op-batcher's flags, protected against shared mutation.
func Flags() []cli.Flag { return cliapp.ProtectFlags(flags.Flags) }

// ParseCLIConfig parses op-batcher command-line arguments (without the
// program name) over Defaults into op-batcher's CLIConfig, and checks it.
func ParseCLIConfig(args []string) (*opbatcher.CLIConfig, error) {
	return opflags.ParseConfig("ledger-batcher", args, Flags(), Defaults, flags.CheckRequired, opbatcher.NewConfig, ErrConfig)
}

// Config is the in-process batcher's configuration.
type Config struct {
	// L1RPC, L2RPC and RollupRPC are the L1, sequencer execution node and
	// sequencer op-node URLs.
	L1RPC, L2RPC, RollupRPC string
	// DAServer is the EigenDA server URL.
	DAServer string
	// Key signs batch transactions; its address must be the rollup's batcher.
	Key *ecdsa.PrivateKey
	// PollInterval is how often the batcher looks for new L2 blocks.
	PollInterval time.Duration
	// MaxChannelDuration closes a channel after this many L1 blocks (0: only
	// when full or timed out).
	MaxChannelDuration uint64
	// ExtraArgs are further op-batcher flags.
	ExtraArgs []string
	// Logger logs the batcher.
	Logger log.Logger
}

// Args renders the config as op-batcher arguments.
func (c *Config) Args() ([]string, error) {
	if c.Key == nil || c.L1RPC == "" || c.L2RPC == "" || c.RollupRPC == "" || c.DAServer == "" {
		return nil, fmt.Errorf("%w: L1, L2, rollup and DA URLs and a key are required", ErrConfig)
	}
	poll := c.PollInterval
	if poll == 0 {
		poll = time.Second
	}
	args := []string{
		"--l1-eth-rpc=" + c.L1RPC,
		"--l2-eth-rpc=" + c.L2RPC,
		"--rollup-rpc=" + c.RollupRPC,
		"--altda.da-server=" + c.DAServer,
		"--private-key=" + hexutil.Encode(crypto.FromECDSA(c.Key))[2:],
		"--poll-interval=" + poll.String(),
		fmt.Sprintf("--max-channel-duration=%d", c.MaxChannelDuration),
		"--num-confirmations=1",
		"--sub-safety-margin=4",
		"--resubmission-timeout=10s",
		"--txmgr.not-in-mempool-timeout=30s",
		"--txmgr.receipt-query-interval=" + poll.String(),
		"--network-timeout=5s",
		"--rpc.port=0",
	}
	return append(args, c.ExtraArgs...), nil
}

// New creates the batch submitter; it starts submitting on Start.
func New(ctx context.Context, c Config) (*opbatcher.BatcherService, error) {
	args, err := c.Args()
	if err != nil {
		return nil, err
	}
	cliCfg, err := ParseCLIConfig(args)
	if err != nil {
		return nil, err
	}
	logger := c.Logger
	if logger == nil {
		logger = log.Root()
	}
	// The service keeps clients built with this context: it must outlive the call.
	svc, err := opbatcher.BatcherServiceFromCLIConfig(context.WithoutCancel(ctx), func(error) {}, Version, cliCfg, logger)
	if err != nil {
		return nil, fmt.Errorf("batcher: %w", err)
	}
	return svc, nil
}
