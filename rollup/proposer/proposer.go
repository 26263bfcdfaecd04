package proposer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum-optimism/optimism/op-proposer/flags"
	opproposer "github.com/ethereum-optimism/optimism/op-proposer/proposer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/opflags"
)

// Version is the version the proposer reports.
const Version = "openledger-v0.1.0"

// PermissionedGameType is the game type the OutputOracle accepts (the OP
// Stack's permissioned output proposals).
const PermissionedGameType = 1

// ErrConfig is returned for an invalid configuration.
var ErrConfig = errors.New("invalid proposer config")

// Defaults are OpenLedger's op-proposer defaults: permissioned proposals from
// the local rollup node to the local L1.
var Defaults = []opflags.Default{
	{Name: "l1-eth-rpc", Value: "http://127.0.0.1:8645"},
	{Name: "rollup-rpc", Value: "http://127.0.0.1:7545"},
	{Name: "game-type", Value: fmt.Sprint(PermissionedGameType)},
	{Name: "proposal-interval", Value: "12s"},
	{Name: "rpc.addr", Value: "127.0.0.1"},
}

// Flags returns op-proposer's flags, protected against shared mutation.
func Flags() []cli.Flag { return cliapp.ProtectFlags(flags.Flags) }

// ParseCLIConfig parses op-proposer command-line arguments (without the
// program name) over Defaults into op-proposer's CLIConfig, and checks it.
func ParseCLIConfig(args []string) (*opproposer.CLIConfig, error) {
	return opflags.ParseConfig("ledger-proposer", args, Flags(), Defaults, flags.CheckRequired, opproposer.NewConfig, ErrConfig)
}

// Config is the in-process proposer's configuration.
type Config struct {
	// L1RPC and RollupRPC are the L1 and the rollup node (op-node) URLs.
	L1RPC, RollupRPC string
	// OutputOracle is the L1 OutputOracle's address.
	OutputOracle common.Address
	// Key signs proposals; its address must be the OutputOracle's proposer.
	Key *ecdsa.PrivateKey
	// ProposalInterval is the least time between two proposals (default 12 s).
	ProposalInterval time.Duration
	// PollInterval is how often the proposer checks whether to propose
	// (default 1 s).
	PollInterval time.Duration
	// AllowNonFinalized proposes the safe head instead of the finalized one.
	AllowNonFinalized bool
	// ExtraArgs are further op-proposer flags.
	ExtraArgs []string
	// Logger logs the proposer.
	Logger log.Logger
}

// Args renders the config as op-proposer arguments.
func (c *Config) Args() ([]string, error) {
	if c.Key == nil || c.L1RPC == "" || c.RollupRPC == "" || c.OutputOracle == (common.Address{}) {
		return nil, fmt.Errorf("%w: L1 and rollup URLs, the output oracle address and a key are required", ErrConfig)
	}
	poll, interval := c.PollInterval, c.ProposalInterval
	if poll == 0 {
		poll = time.Second
	}
	if interval == 0 {
		interval = 12 * time.Second
	}
	if poll < 0 || interval < 0 {
		return nil, fmt.Errorf("%w: negative poll or proposal interval", ErrConfig)
	}
	args := []string{
		"--l1-eth-rpc=" + c.L1RPC,
		"--rollup-rpc=" + c.RollupRPC,
		"--game-factory-address=" + c.OutputOracle.Hex(),
		fmt.Sprintf("--game-type=%d", PermissionedGameType),
		"--proposal-interval=" + interval.String(),
		"--private-key=" + hexutil.Encode(crypto.FromECDSA(c.Key))[2:],
		"--poll-interval=" + poll.String(),
		fmt.Sprintf("--allow-non-finalized=%t", c.AllowNonFinalized),
		"--num-confirmations=1",
		"--resubmission-timeout=10s",
		"--txmgr.not-in-mempool-timeout=30s",
		"--txmgr.receipt-query-interval=" + poll.String(),
		"--network-timeout=5s",
		"--rpc.port=0",
	}
	return append(args, c.ExtraArgs...), nil
}

// New creates the output proposer; it starts proposing on Start.
func New(ctx context.Context, c Config) (*opproposer.ProposerService, error) {
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
	svc, err := opproposer.ProposerServiceFromCLIConfig(context.WithoutCancel(ctx), Version, cliCfg, logger)
	if err != nil {
		return nil, fmt.Errorf("proposer: %w", err)
	}
	return svc, nil
}
