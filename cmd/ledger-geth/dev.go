package main

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/rollup/devchain"
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
)

// devCategory is geth's help category of developer-chain flags.
const devCategory = "DEVELOPER CHAIN"

var (
	devFlag = &cli.BoolFlag{
		Name:     "dev",
		Usage:    "run a single-node OpenLedger chain that builds blocks itself (no L1, no rollup)",
		Category: devCategory,
		EnvVars:  flagenv.Vars(EnvVarPrefix, "DEV"),
	}
	devPeriodFlag = &cli.DurationFlag{
		Name:     "dev.period",
		Usage:    "block time of the dev chain",
		Value:    time.Second,
		Category: devCategory,
		EnvVars:  flagenv.Vars(EnvVarPrefix, "DEV_PERIOD"),
	}
	devFlags = []cli.Flag{devFlag, devPeriodFlag, devAccountsFlag}
)

// runDev runs the dev chain: the devnet genesis (on --datadir, or in memory),
// HTTP JSON-RPC on --http.addr:--http.port (default 127.0.0.1:8545), and a
// block every --dev.period built through the engine API.
func runDev(ctx *cli.Context) error {
	period := ctx.Duration(devPeriodFlag.Name)
	if period < 100*time.Millisecond || period > time.Hour {
		return fmt.Errorf("--%s must be between 100ms and 1h, got %s", devPeriodFlag.Name, period)
	}
	n := ctx.Int(devAccountsFlag.Name)
	if n < 1 || n > 1000 {
		return fmt.Errorf("--%s must be between 1 and 1000, got %d", devAccountsFlag.Name, n)
	}
	cfg, keys, err := devchain.GenesisConfig(n)
	if err != nil {
		return err
	}
	g, err := genesis.Build(cfg)
	if err != nil {
		return err
	}
	host := "127.0.0.1"
	if ctx.IsSet(utils.HTTPListenAddrFlag.Name) {
		host = ctx.String(utils.HTTPListenAddrFlag.Name)
	}
	port := 8545
	if ctx.IsSet(utils.HTTPPortFlag.Name) {
		port = ctx.Int(utils.HTTPPortFlag.Name)
	}
	if port < 0 || port > 65535 {
		return fmt.Errorf("--%s %d is not a port", utils.HTTPPortFlag.Name, port)
	}
	dataDir := ""
	if ctx.IsSet(utils.DataDirFlag.Name) {
		if dataDir, err = filepath.Abs(ctx.String(utils.DataDirFlag.Name)); err != nil {
			return err
		}
	}
	seq := blockdriver.DefaultConfig()
	seq.BlockTime = period
	nd, err := devchain.New(devchain.Config{Genesis: g, DataDir: dataDir, HTTPHost: host, HTTPPort: port, Driver: seq})
	if err != nil {
		return err
	}
	defer nd.Close()
	printDevBanner(nd.HTTPEndpoint(), g.Config.ChainID, keys, dataDir)
	waitForSignal()
	return nil
}

func printDevBanner(url string, chainID *big.Int, keys []*ecdsa.PrivateKey, dataDir string) {
	w := os.Stdout
	fmt.Fprintln(w, "OpenLedger dev chain (ledger-geth --dev)")
	fmt.Fprintf(w, "  RPC URL:  %s\n", url)
	fmt.Fprintf(w, "  Chain ID: %s\n", chainID)
	if dataDir == "" {
		fmt.Fprintln(w, "  Data:     in memory (lost on exit; pass --datadir to keep it)")
	} else {
		fmt.Fprintf(w, "  Data:     %s\n", dataDir)
	}
	fmt.Fprintf(w, "  Funded dev accounts (%s OPEN each; these keys are public, devnet only):\n", new(big.Int).Div(open.Wei(1_000_000), open.OneOPEN()))
	for i, k := range keys {
		fmt.Fprintf(w, "    %2d  %s  %s\n", i, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)))
	}
	fmt.Fprintln(w, "Press Ctrl-C to stop.")
}
