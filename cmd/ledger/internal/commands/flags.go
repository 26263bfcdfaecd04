package commands

import (
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs/ipfsflags"
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
	flagTimeout      = "timeout"
)

func globalFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: flagRPC, Usage: "JSON-RPC endpoint of an OpenLedger node", Value: "http://127.0.0.1:8545", EnvVars: flagenv.Vars(EnvVarPrefix, "RPC")},
		&cli.StringFlag{Name: flagKey, Usage: "hex private key that signs transactions", EnvVars: flagenv.Vars(EnvVarPrefix, "KEY")},
		&cli.StringFlag{Name: flagKeystore, Usage: "encrypted keystore file that signs transactions (instead of --key)", EnvVars: flagenv.Vars(EnvVarPrefix, "KEYSTORE")},
		&cli.StringFlag{Name: flagPassword, Usage: "password of --keystore", EnvVars: flagenv.Vars(EnvVarPrefix, "PASSWORD")},
		&cli.StringFlag{Name: flagPasswordFile, Usage: "file holding the password of --keystore", EnvVars: flagenv.Vars(EnvVarPrefix, "PASSWORD_FILE")},
		&cli.BoolFlag{Name: flagJSON, Usage: "print JSON", EnvVars: flagenv.Vars(EnvVarPrefix, "JSON")},
		&cli.DurationFlag{Name: flagTimeout, Usage: "how long to wait for the node and for a transaction's receipt", Value: 2 * time.Minute, EnvVars: flagenv.Vars(EnvVarPrefix, "TIMEOUT")},
	}, ipfsflags.CLIFlags(EnvVarPrefix)...)
}

// Flags shared by command groups.
func pageFlags() []cli.Flag {
	return []cli.Flag{
		&cli.Uint64Flag{Name: "offset", Usage: "first entry to list"},
		&cli.Uint64Flag{Name: "limit", Usage: "most entries to list (the registry caps a page)", Value: 100},
	}
}
