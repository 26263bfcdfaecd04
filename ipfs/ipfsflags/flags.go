// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package ipfsflags is the --ipfs.* flag group every OpenLedger binary that
// publishes or fetches content shares (the ledger CLI, loraserve), with env
// twins under the binary's prefix (LEDGER_IPFS_API, LEDGER_LORASERVE_IPFS_API).
package ipfsflags

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/rpc"
)

// DefaultAPI is the RPC API address a Kubo node listens on by default (and
// the devnet's IPFS node).
const DefaultAPI = "http://127.0.0.1:5001"

// Flag names.
const (
	FlagAPI         = "ipfs.api"
	FlagAuth        = "ipfs.auth"
	FlagCache       = "ipfs.cache"
	FlagFindTimeout = "ipfs.find-timeout"
	FlagAttempts    = "ipfs.attempts"
)

// ErrBadConfig is returned by CLIConfig.Check.
var ErrBadConfig = errors.New("bad ipfs config")

// DefaultCacheDir is where verified content is kept: the user's cache
// directory (~/.cache/openledger/ipfs on Linux).
func DefaultCacheDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "openledger", "ipfs")
	}
	return filepath.Join(os.TempDir(), "openledger-ipfs")
}

// CLIFlags returns the flags; envPrefix is the binary's (LEDGER gives
// LEDGER_IPFS_API, …).
func CLIFlags(envPrefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: FlagAPI, Value: DefaultAPI, EnvVars: flagenv.Vars(envPrefix, FlagAPI),
			Usage: "RPC API of the IPFS (Kubo) node that stores and serves content: URL or multiaddr; user:password@ in the URL is basic auth"},
		&cli.StringFlag{Name: FlagAuth, EnvVars: flagenv.Vars(envPrefix, FlagAuth),
			Usage: "Authorization header for the IPFS node's API (e.g. 'Bearer TOKEN' for a pinning service)"},
		&cli.StringFlag{Name: FlagCache, Value: DefaultCacheDir(), EnvVars: flagenv.Vars(envPrefix, FlagCache),
			Usage: "directory of verified content fetched from IPFS, kept under its content hash"},
		&cli.DurationFlag{Name: FlagFindTimeout, Value: ipfs.DefaultFindTimeout, EnvVars: flagenv.Vars(envPrefix, FlagFindTimeout),
			Usage: "how long a fetch waits for the network to start delivering content"},
		&cli.IntFlag{Name: FlagAttempts, Value: rpc.DefaultAttempts, EnvVars: flagenv.Vars(envPrefix, FlagAttempts),
			Usage: "tries of each request while the IPFS node cannot be reached"},
	}
}

// CLIConfig is what the flags say.
type CLIConfig struct {
	API, Auth, Cache string
	FindTimeout      time.Duration
	Attempts         int
}

// ReadCLIConfig reads the flags.
func ReadCLIConfig(ctx *cli.Context) CLIConfig {
	return CLIConfig{
		API: ctx.String(FlagAPI), Auth: ctx.String(FlagAuth), Cache: ctx.String(FlagCache),
		FindTimeout: ctx.Duration(FlagFindTimeout), Attempts: ctx.Int(FlagAttempts),
	}
}

// Check validates the configuration.
func (c CLIConfig) Check() error {
	if _, _, err := rpc.ParseAddress(c.API); err != nil {
		return fmt.Errorf("%w: --%s: %v", ErrBadConfig, FlagAPI, err)
	}
	if c.Cache == "" {
		return fmt.Errorf("%w: --%s is empty", ErrBadConfig, FlagCache)
	}
	if c.FindTimeout <= 0 {
		return fmt.Errorf("%w: --%s must be positive", ErrBadConfig, FlagFindTimeout)
	}
	if c.Attempts < 1 || c.Attempts > 100 {
		return fmt.Errorf("%w: --%s must be between 1 and 100", ErrBadConfig, FlagAttempts)
	}
	return nil
}

// PrintRetries reports each retry on w (a terminal), so a user knows the
// node is down and the command has not hung.
func (c CLIConfig) PrintRetries(w io.Writer) rpc.Option {
	return rpc.OnRetry(func(attempt int, err error, wait time.Duration) {
		fmt.Fprintf(w, "ipfs node %s is not answering (%v); retrying in %s (attempt %d of %d)\n",
			c.API, err, wait.Round(time.Millisecond), attempt+1, c.Attempts)
	})
}

// LogRetries reports each retry as a warning of a service's log.
func (c CLIConfig) LogRetries(logger log.Logger) rpc.Option {
	return rpc.OnRetry(func(attempt int, err error, wait time.Duration) {
		logger.Warn("ipfs node not answering, retrying", "node", c.API, "attempt", attempt+1, "of", c.Attempts, "wait", wait, "err", err)
	})
}

// Client returns a client of the configured node; opts come after the
// configured ones (PrintRetries, LogRetries).
func (c CLIConfig) Client(opts ...rpc.Option) (*rpc.Client, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	all := []rpc.Option{rpc.WithRetry(c.Attempts, rpc.DefaultBackoff)}
	if c.Auth != "" {
		all = append(all, rpc.WithAuthorization(c.Auth))
	}
	client, err := rpc.New(c.API, append(all, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("%w: --%s: %v", ErrBadConfig, FlagAPI, err)
	}
	return client, nil
}

// Store returns a content store on the configured node.
func (c CLIConfig) Store(opts ...rpc.Option) (*ipfs.Store, error) {
	client, err := c.Client(opts...)
	if err != nil {
		return nil, err
	}
	return ipfs.NewStore(client, ipfs.WithFindTimeout(c.FindTimeout)), nil
}

// OpenCache returns the verified content cache, fetching through the
// configured node.
func (c CLIConfig) OpenCache(opts ...rpc.Option) (*ipfs.Cache, error) {
	s, err := c.Store(opts...)
	if err != nil {
		return nil, err
	}
	return ipfs.NewCache(c.Cache, s)
}
