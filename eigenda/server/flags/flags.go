package flags

import (
	"fmt"
	"time"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
)

// EnvVarPrefix prefixes every flag's environment variable.
const EnvVarPrefix = "LEDGER_EIGENDA"

var (
	// ListenAddrFlag is the HTTP listen address.
	ListenAddrFlag = &cli.StringFlag{
		Name:    "addr",
		Usage:   "HTTP listen address, host:port (port 0 picks a free port)",
		Value:   "127.0.0.1:3100",
		EnvVars: flagenv.Vars(EnvVarPrefix, "ADDR"),
	}
	// BackendFlag selects the store.
	BackendFlag = &cli.StringFlag{
		Name:    "backend",
		Usage:   "blob store: memory (default; lost on exit), file (persistent) or disperser (EigenDA disperser over gRPC)",
		Value:   "memory",
		EnvVars: flagenv.Vars(EnvVarPrefix, "BACKEND"),
	}
	// MemoryTTLFlag expires memory blobs.
	MemoryTTLFlag = &cli.DurationFlag{
		Name:    "memory.ttl",
		Usage:   "memory backend: forget blobs after this long (0 keeps them until exit)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "MEMORY_TTL"),
	}
	// FileDirFlag is the file backend's directory.
	FileDirFlag = &cli.StringFlag{
		Name:    "file.dir",
		Usage:   "file backend: directory holding one fsync'd file per blob",
		EnvVars: flagenv.Vars(EnvVarPrefix, "FILE_DIR"),
	}
	// DisperserRPCFlag is the disperser's gRPC address.
	DisperserRPCFlag = &cli.StringFlag{
		Name:    "disperser.rpc",
		Usage:   "disperser backend: EigenDA v1 disperser gRPC address, host:port",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_RPC"),
	}
	// DisperserTLSFlag enables TLS to the disperser.
	DisperserTLSFlag = &cli.BoolFlag{
		Name:    "disperser.tls",
		Usage:   "disperser backend: use TLS (the public EigenDA dispersers require it)",
		Value:   true,
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_TLS"),
	}
	// DisperserPollIntervalFlag is the status poll interval.
	DisperserPollIntervalFlag = &cli.DurationFlag{
		Name:    "disperser.poll-interval",
		Usage:   "disperser backend: wait between blob status polls",
		Value:   5 * time.Second,
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_POLL_INTERVAL"),
	}
	// DisperserTimeoutFlag bounds one dispersal.
	DisperserTimeoutFlag = &cli.DurationFlag{
		Name:    "disperser.timeout",
		Usage:   "disperser backend: give up on a dispersal not confirmed within this time",
		Value:   15 * time.Minute,
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_TIMEOUT"),
	}
	// DisperserAccountFlag is sent with dispersals.
	DisperserAccountFlag = &cli.StringFlag{
		Name:    "disperser.account-id",
		Usage:   "disperser backend: account id sent with every dispersal",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_ACCOUNT_ID"),
	}
	// DisperserQuorumsFlag adds custom quorums.
	DisperserQuorumsFlag = &cli.IntSliceFlag{
		Name:    "disperser.custom-quorums",
		Usage:   "disperser backend: quorums to disperse to beyond the required ones",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_CUSTOM_QUORUMS"),
	}
	// MaxBlobSizeFlag caps blobs.
	MaxBlobSizeFlag = &cli.IntFlag{
		Name:    "max-blob-size",
		Usage:   "largest blob in bytes, a power of two (payloads up to 31/32 of it, less a header, are accepted); sizes the SRS",
		Value:   16 << 20,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MAX_BLOB_SIZE"),
	}
	// PolynomialFormFlag selects how payloads become blobs.
	PolynomialFormFlag = &cli.StringFlag{
		Name:    "polynomial-form",
		Usage:   "how payloads become blobs: coeff (encoded payload = blob coefficients) or eval (inverse FFT, eigenda-proxy's default); readers and writers must agree",
		Value:   "coeff",
		EnvVars: flagenv.Vars(EnvVarPrefix, "POLYNOMIAL_FORM"),
	}
	// VerifyCacheFlag sizes the verified-blob digest cache.
	VerifyCacheFlag = &cli.IntFlag{
		Name:    "verify-cache",
		Usage:   "how many recently put blobs to remember (32-byte SHA-256 each) so their gets skip recomputing the KZG commitment; 0 always recomputes",
		Value:   1 << 16,
		EnvVars: flagenv.Vars(EnvVarPrefix, "VERIFY_CACHE"),
	}
	// G1PathFlag is the SRS G1 point file.
	G1PathFlag = &cli.StringFlag{
		Name:    "srs.g1-path",
		Usage:   "EigenDA g1.point file; without it (and --srs.g2-path) an INSECURE devnet SRS is generated",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SRS_G1_PATH"),
	}
	// G2PathFlag is the SRS G2 point file.
	G2PathFlag = &cli.StringFlag{
		Name:    "srs.g2-path",
		Usage:   "EigenDA g2.point file",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SRS_G2_PATH"),
	}
	// RequiredQuorumsFlag lists quorums every certificate must cover.
	RequiredQuorumsFlag = &cli.IntSliceFlag{
		Name:    "required-quorums",
		Usage:   "quorums every certificate must be confirmed in",
		Value:   cli.NewIntSlice(0, 1),
		EnvVars: flagenv.Vars(EnvVarPrefix, "REQUIRED_QUORUMS"),
	}
)

var (
	// L1RPCFlag enables on-chain certificate checks.
	L1RPCFlag = &cli.StringFlag{
		Name:    "l1.rpc",
		Usage:   "disperser backend: L1 JSON-RPC URL; every certificate's batch is then checked against the EigenDA service manager",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_RPC"),
	}
	// ServiceManagerFlag is the EigenDAServiceManager address.
	ServiceManagerFlag = &cli.StringFlag{
		Name:    "l1.service-manager",
		Usage:   "EigenDAServiceManager contract address on L1 (with --l1.rpc)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_SERVICE_MANAGER"),
	}
	// ConfirmationDepthFlag is the L1 depth a batch needs before a put returns.
	ConfirmationDepthFlag = &cli.Uint64Flag{
		Name:    "l1.confirmation-depth",
		Usage:   "L1 blocks a batch must be deep before a put returns its certificate (with --l1.rpc)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_CONFIRMATION_DEPTH"),
	}
)

var requiredFlags = []cli.Flag{}

var optionalFlags = []cli.Flag{
	ListenAddrFlag, BackendFlag, MemoryTTLFlag, FileDirFlag,
	DisperserRPCFlag, DisperserTLSFlag, DisperserPollIntervalFlag, DisperserTimeoutFlag,
	DisperserAccountFlag, DisperserQuorumsFlag,
	MaxBlobSizeFlag, PolynomialFormFlag, VerifyCacheFlag, G1PathFlag, G2PathFlag, RequiredQuorumsFlag,
	L1RPCFlag, ServiceManagerFlag, ConfirmationDepthFlag,
}

func init() {
	optionalFlags = append(optionalFlags, oplog.CLIFlags(EnvVarPrefix)...)
	optionalFlags = append(optionalFlags, opmetrics.CLIFlags(EnvVarPrefix)...)
	Flags = append(requiredFlags, optionalFlags...)
}

// Flags are all the flags of eigenda-server.
var Flags []cli.Flag

// CheckRequired returns an error when a required flag is missing.
func CheckRequired(ctx *cli.Context) error {
	for _, f := range requiredFlags {
		if !ctx.IsSet(f.Names()[0]) {
			return fmt.Errorf("flag %s is required", f.Names()[0])
		}
	}
	return nil
}
