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
	flagChainID      = "chain-id"
)

// DefaultChainID is the chain id the CLI expects by default: the OpenLedger
// devnet's L2 (the dev chain of `ledger-geth --dev` has the same id).
const DefaultChainID uint64 = 1612

func globalFlags() []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: flagRPC, Usage: "JSON-RPC endpoint of an OpenLedger node (make devnet's sequencer and ledger-geth --dev serve 8545)", Value: "http://127.0.0.1:8545", EnvVars: flagenv.Vars(EnvVarPrefix, "RPC")},
		&cli.Uint64Flag{Name: flagChainID, Usage: "chain id the node at --rpc must report, checked before anything is read or sent (0: accept any chain)", Value: DefaultChainID, EnvVars: flagenv.Vars(EnvVarPrefix, "CHAIN_ID")},
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
