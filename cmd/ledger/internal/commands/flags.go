package commands

import (
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"
)

// EnvVarPrefix prefixes the environment twin of every global flag.
const EnvVarPrefix = "LEDGER"

// Names of the global flags.
const (
	flagRPC          = "rpc"
	flagKey          = "key"
	flagKeystore     = "keystore"
	flagPassword     = "password"
	flagPasswordFile = "password-file"
	flagJSON         = "json"
	flagStore        = "store"
	flagTimeout      = "timeout"
)

func env(name string) []string { return []string{EnvVarPrefix + "_" + name} }

func defaultStore() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".openledger", "store")
	}
	return ".openledger-store"
}

func globalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagRPC, Usage: "JSON-RPC endpoint of an OpenLedger node", Value: "http://127.0.0.1:8545", EnvVars: env("RPC")},
		&cli.StringFlag{Name: flagKey, Usage: "hex private key that signs transactions", EnvVars: env("KEY")},
		&cli.StringFlag{Name: flagKeystore, Usage: "encrypted keystore file that signs transactions (instead of --key)", EnvVars: env("KEYSTORE")},
		&cli.StringFlag{Name: flagPassword, Usage: "password of --keystore", EnvVars: env("PASSWORD")},
		&cli.StringFlag{Name: flagPasswordFile, Usage: "file holding the password of --keystore", EnvVars: env("PASSWORD_FILE")},
		&cli.BoolFlag{Name: flagJSON, Usage: "print JSON", EnvVars: env("JSON")},
		&cli.StringFlag{Name: flagStore, Usage: "local content-addressed store for contributed files", Value: defaultStore(), EnvVars: env("STORE")},
		&cli.DurationFlag{Name: flagTimeout, Usage: "how long to wait for the node and for a transaction's receipt", Value: 2 * time.Minute, EnvVars: env("TIMEOUT")},
	}
}

// Flags shared by command groups.
func pageFlags() []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "offset", Usage: "first entry to list"},
		&cli.Uint64Flag{Name: "limit", Usage: "most entries to list (the registry caps a page)", Value: 100},
	}
}
