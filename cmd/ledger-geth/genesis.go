package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/rollup/devchain"
)

// devAccountsFlag is shared by init, dumpgenesis and --dev.
var devAccountsFlag = &cli.IntFlag{
	Name:     "dev.accounts",
	Usage:    "number of funded devnet accounts in the devnet genesis",
	Value:    10,
	Category: devCategory,
	EnvVars:  flagenv.Vars(EnvVarPrefix, "DEV_ACCOUNTS"),
}

var initCommand = &cli.Command{
	Name:      "init",
	Usage:     "write a genesis into the data directory",
	ArgsUsage: "[genesis.json]",
	Description: "Writes the given genesis file (an OP Stack chain's), or the OpenLedger devnet genesis when none is given, " +
		"into --datadir. Running it again with the same genesis does nothing.",
	Flags: []cli.Flag{utils.DataDirFlag, devAccountsFlag}, // newApp adds geth's init flags
	Action: func(ctx *cli.Context) error {
		if ctx.Args().Len() > 1 {
			return fmt.Errorf("init takes at most one genesis file")
		}
		g, err := loadGenesis(ctx, ctx.Args().First())
		if err != nil {
			return err
		}
		stack, err := makeStack(ctx)
		if err != nil {
			return err
		}
		defer stack.Close()
		db := utils.MakeChainDatabase(ctx, stack, false)
		defer db.Close()
		tdb := utils.MakeTrieDatabase(ctx, stack, db, ctx.Bool(utils.CachePreimagesFlag.Name), false, g.IsVerkle())
		defer tdb.Close()
		_, hash, compatErr, err := core.SetupGenesisBlock(db, tdb, g)
		if err != nil {
			return fmt.Errorf("write genesis: %w", err)
		}
		if compatErr != nil {
			return fmt.Errorf("genesis incompatible with the stored chain: %v", compatErr)
		}
		log.Info("wrote genesis", "hash", hash, "chainId", g.Config.ChainID, "datadir", stack.DataDir())
		return nil
	},
}

var dumpGenesisCommand = &cli.Command{
	Name:  "dumpgenesis",
	Usage: "print the OpenLedger devnet genesis as JSON",
	Flags: []cli.Flag{devAccountsFlag},
	Action: func(ctx *cli.Context) error {
		g, err := loadGenesis(ctx, "")
		if err != nil {
			return err
		}
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	},
}

// loadGenesis reads a genesis file, or builds the devnet genesis when path is "".
func loadGenesis(ctx *cli.Context, path string) (*core.Genesis, error) {
	if path == "" {
		n := ctx.Int(devAccountsFlag.Name)
		if n < 0 || n > 1000 {
			return nil, fmt.Errorf("--%s must be between 0 and 1000, got %d", devAccountsFlag.Name, n)
		}
		cfg, _, err := devchain.GenesisConfig(n)
		if err != nil {
			return nil, err
		}
		return genesis.Build(cfg)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read genesis: %w", err)
	}
	g := new(core.Genesis)
	if err := json.Unmarshal(data, g); err != nil {
		return nil, fmt.Errorf("parse genesis %s: %w", path, err)
	}
	if g.Config == nil || !g.Config.IsOptimism() {
		return nil, fmt.Errorf("genesis %s is not an OP Stack chain", path)
	}
	return g, nil
}

func readGenesisHash(db ethdb.Database) (common.Hash, error) {
	h := rawdb.ReadCanonicalHash(db, 0)
	if h == (common.Hash{}) {
		return h, errNoGenesis
	}
	return h, nil
}
