package rollupnode

import (
	"context"
	"fmt"

	opnode "github.com/ethereum-optimism/optimism/op-node"
	"github.com/ethereum-optimism/optimism/op-node/chaincfg"
	"github.com/ethereum-optimism/optimism/op-node/flags"
	"github.com/ethereum-optimism/optimism/op-node/metrics"
	"github.com/ethereum-optimism/optimism/op-node/node"
	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/rollup/opflags"
)

// Defaults are ledger-node's defaults over op-node's flags: the rollup config
// and L1 chain config `make devnet` writes, the devnet's endpoints, Alt-DA with
// generic commitments to the EigenDA server, and no beacon endpoint (batches
// ride in calldata). P2P stays as op-node configures it (on).
var Defaults = []opflags.Default{
	{Name: "rollup.config", Value: ".devnet/chain/rollup.json"},
	{Name: "rollup.l1-chain-config", Value: ".devnet/chain/l1-genesis.json"},
	{Name: "l1", Value: "http://127.0.0.1:8645"},
	{Name: "l2", Value: "http://127.0.0.1:8551"},
	{Name: "l1.beacon.ignore", Value: "true"},
	{Name: "altda.enabled", Value: "true"},
	{Name: "altda.da-service", Value: "true"},
	{Name: "altda.da-server", Value: "http://127.0.0.1:3100"},
}

// Flags returns op-node's flags, protected against shared mutation.
func Flags() []cli.Flag { return cliapp.ProtectFlags(flags.Flags) }

// ApplyDefaults adds Defaults to a command line (args[0] is the program).
// --network replaces the rollup config default.
func ApplyDefaults(args []string) ([]string, error) {
	defaults := Defaults
	if opflags.IsSet(args, flags.Flags, "network") {
		defaults = defaults[1:]
	}
	return opflags.Apply(args, flags.Flags, defaults)
}

// Main is ledger-node's action: op-node configured from its own flags and
// OP_NODE_* variables, run as a Lifecycle.
func Main(version string) cliapp.LifecycleAction {
	return func(ctx *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		logCfg := oplog.ReadCLIConfig(ctx)
		logger := oplog.NewLogger(oplog.AppOut(ctx), logCfg)
		oplog.SetGlobalLogHandler(logger.Handler())
		opservice.ValidateEnvVars(flags.EnvVarPrefix, flags.Flags, logger)
		cfg, err := opnode.NewConfig(ctx, logger)
		if err != nil {
			return nil, fmt.Errorf("rollup node config: %w", err)
		}
		cfg.Cancel = closeApp
		cfg.Rollup.LogDescription(logger, chaincfg.L2ChainIDToNetworkDisplayName)
		n, err := node.New(ctx.Context, cfg, logger, version, metrics.NewMetrics("default", nil), nil)
		if err != nil {
			return nil, fmt.Errorf("rollup node: %w", err)
		}
		return n, nil
	}
}
