package main

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
)

var (
	verbosityFlag = &cli.IntFlag{
		Name:    "verbosity",
		Usage:   "log level: 0=silent, 1=error, 2=warn, 3=info, 4=debug, 5=trace",
		Value:   3,
		EnvVars: flagenv.Vars(EnvVarPrefix, "VERBOSITY"),
	}
	logFormatFlag = &cli.StringFlag{
		Name:    "log.format",
		Usage:   "log format: terminal, logfmt or json",
		Value:   "terminal",
		EnvVars: flagenv.Vars(EnvVarPrefix, "LOG_FORMAT"),
	}
	logFlags = []cli.Flag{verbosityFlag, logFormatFlag}
)

func setupLogging(ctx *cli.Context) error {
	v := ctx.Int(verbosityFlag.Name)
	if v < 0 || v > 5 {
		return fmt.Errorf("--%s must be 0..5, got %d", verbosityFlag.Name, v)
	}
	level := log.FromLegacyLevel(v)
	var h slog.Handler
	switch f := ctx.String(logFormatFlag.Name); f {
	case "terminal":
		h = log.NewTerminalHandlerWithLevel(os.Stderr, level, false)
	case "logfmt":
		h = log.LogfmtHandlerWithLevel(os.Stderr, level)
	case "json":
		h = log.JSONHandlerWithLevel(os.Stderr, level)
	default:
		return fmt.Errorf("--%s: unknown format %q", logFormatFlag.Name, f)
	}
	log.SetDefault(log.NewLogger(h))
	return nil
}
