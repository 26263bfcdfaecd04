package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/rollup/chainspec"
)

// The init step of docker-compose.yml: the images carry no shell, so what a
// script would chain after `devnet init` is done by flags of init itself.
var (
	initJWTFlag = &cli.StringFlag{Name: "jwt-secret",
		Usage: "also write a random engine-API JWT secret (64 hex digits) to this file, unless it exists"}
	initGethFlag = &cli.StringSliceFlag{Name: "geth.datadir",
		Usage: "also write the chain's L2 genesis into this ledger-geth data directory (runs `ledger-geth init`, which does nothing when it is already there; repeatable)"}
	initGethBinFlag = &cli.StringFlag{Name: "geth.bin", Value: "ledger-geth",
		Usage: "the ledger-geth binary --geth.datadir runs (looked up on PATH)"}
	initGethSchemeFlag = &cli.StringFlag{Name: "geth.state-scheme", Value: "hash",
		Usage: "state scheme of the --geth.datadir databases (ledger-geth init --state.scheme): hash, so that ledger-geth --gcmode=archive writes every block's state and a killed node resumes from its last block; or path"}
	initGethEngineFlag = &cli.StringFlag{Name: "geth.db-engine", Value: "leveldb",
		Usage: "database of the --geth.datadir chains (ledger-geth init --db.engine): leveldb, which hands every write to the OS at once, so a killed node keeps all its blocks; or pebble, whose asynchronous log loses the newest writes on a crash"}
	initLoraserveFlag = &cli.StringFlag{Name: "loraserve.dir",
		Usage: "also write loraserve's generated dev model (<dir>/model) and adapters (<dir>/adapters), unless the model is there"}
)

// initExtras runs what the init flags above ask for, after the chain spec in
// dir has been written.
func initExtras(c *cli.Context, dir string) error {
	if path := c.String(initJWTFlag.Name); path != "" {
		created, err := writeJWTSecret(path)
		if err != nil {
			return err
		}
		if created {
			fmt.Printf("wrote a new JWT secret to %s\n", path)
		}
	}
	scheme, engine := c.String(initGethSchemeFlag.Name), c.String(initGethEngineFlag.Name)
	if scheme != "hash" && scheme != "path" {
		return fmt.Errorf("--geth.state-scheme %q: want hash or path", scheme)
	}
	if engine != "leveldb" && engine != "pebble" {
		return fmt.Errorf("--geth.db-engine %q: want leveldb or pebble", engine)
	}
	for _, datadir := range c.StringSlice(initGethFlag.Name) {
		if datadir == "" {
			return errors.New("--geth.datadir is empty")
		}
		// A chain already there is left alone without opening it: its node
		// may be running (Docker Compose runs init again on every `up`).
		if _, err := os.Stat(filepath.Join(datadir, "geth", "chaindata")); err == nil {
			fmt.Printf("ledger-geth data directory %s already holds a chain\n", datadir)
			continue
		}
		genesisFile := filepath.Join(dir, "chain", chainspec.L2GenesisFile)
		cmd := exec.CommandContext(c.Context, c.String(initGethBinFlag.Name), "init", "--datadir", datadir, "--state.scheme", scheme, "--db.engine", engine, genesisFile)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("ledger-geth init --datadir %s: %w", datadir, err)
		}
	}
	if out := c.String(initLoraserveFlag.Name); out != "" {
		n := c.Int(loraserveAdaptersFlag.Name)
		if n < 1 || n > 10_000 {
			return errors.New("--loraserve.adapters must be between 1 and 10000")
		}
		// DevConfig writes the model and adapters when the model is missing;
		// the listen address is not used here.
		if _, err := server.DevConfig(out, n, net.JoinHostPort("127.0.0.1", "0")); err != nil {
			return err
		}
		fmt.Printf("loraserve dev model in %s/model, adapters in %s/adapters\n", out, out)
	}
	return nil
}

// writeJWTSecret writes 32 random bytes as hex to path unless the file
// exists; it reports whether it wrote one.
func writeJWTSecret(path string) (bool, error) {
	if _, err := os.Stat(path); err == nil {
		return false, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return false, fmt.Errorf("jwt secret: %w", err)
	}
	var secret [32]byte
	if _, err := rand.Read(secret[:]); err != nil {
		return false, fmt.Errorf("jwt secret: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, fmt.Errorf("jwt secret: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return false, fmt.Errorf("jwt secret: %w", err)
	}
	_, err = f.WriteString("0x" + hex.EncodeToString(secret[:]))
	return true, errors.Join(err, f.Close())
}
