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
		Usage:   "blob store: memory (default; lost on exit), file (persistent) or disperser (an EigenDA network)",
		Value:   "memory",
		EnvVars: flagenv.Vars(EnvVarPrefix, "BACKEND"),
	}
	// ProtocolFlag selects the certificates puts produce.
	ProtocolFlag = &cli.StringFlag{
		Name:    "protocol",
		Usage:   "certificates puts produce: v2 (EigenDA v2, default for new chains) or v1 (legacy); gets serve both where the backend can",
		Value:   "v2",
		EnvVars: flagenv.Vars(EnvVarPrefix, "PROTOCOL"),
	}
	// MemoryTTLFlag expires memory blobs.
	MemoryTTLFlag = &cli.DurationFlag{
		Name:    "memory.ttl",
		Usage:   "memory backend: forget blobs after this long (0 keeps them until evicted or exit)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "MEMORY_TTL"),
	}
	// MemoryMaxBytesFlag caps the memory backend.
	MemoryMaxBytesFlag = &cli.Int64Flag{
		Name:    "memory.max-bytes",
		Usage:   "memory backend: most blob bytes held; the oldest blobs are evicted first (0: no cap)",
		Value:   1 << 30,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MEMORY_MAX_BYTES"),
	}
	// SecondaryFileDirFlag enables the secondary store.
	SecondaryFileDirFlag = &cli.StringFlag{
		Name:    "secondary.file.dir",
		Usage:   "disperser backend: also keep every dispersed blob in this directory and serve from it when the network cannot",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SECONDARY_FILE_DIR"),
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
		Usage:   "disperser backend: EigenDA disperser gRPC address, host:port (v2 with --protocol v2)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_RPC"),
	}
	// DisperserIDFlag is the v2 disperser's registry id.
	DisperserIDFlag = &cli.UintFlag{
		Name:    "disperser.id",
		Usage:   "v2 disperser backend: the disperser's id in the disperser registry (requests are anchored to it)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_ID"),
	}
	// DisperserSignerKeyFlag pays for v2 dispersals.
	DisperserSignerKeyFlag = &cli.StringFlag{
		Name:    "disperser.signer-key",
		Usage:   "v2 disperser backend: hex private key of the account that pays (reservation or on-demand deposit)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_SIGNER_KEY"),
	}
	// DisperserPaymentModeFlag selects payments.
	DisperserPaymentModeFlag = &cli.StringFlag{
		Name:    "disperser.payment-mode",
		Usage:   "v2 disperser backend: reservation-and-on-demand, reservation or on-demand",
		Value:   "reservation-and-on-demand",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_PAYMENT_MODE"),
	}
	// DisperserBlobVersionFlag is the v2 blob version.
	DisperserBlobVersionFlag = &cli.UintFlag{
		Name:    "disperser.blob-version",
		Usage:   "v2 disperser backend: blob version (chunking parameters registered on chain)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_BLOB_VERSION"),
	}
	// DisperserStatusRetriesFlag bounds consecutive failed status polls.
	DisperserStatusRetriesFlag = &cli.IntFlag{
		Name:    "disperser.status-retries",
		Usage:   "disperser backend: consecutive failed status polls survived, waiting twice as long after each",
		Value:   8,
		EnvVars: flagenv.Vars(EnvVarPrefix, "DISPERSER_STATUS_RETRIES"),
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
		Usage:   "largest blob in bytes, a power of two (payloads up to 31/32 of it, less a header, are accepted); sizes the SRS; the EigenDA network's limit is 2 MiB",
		Value:   2 << 20,
		EnvVars: flagenv.Vars(EnvVarPrefix, "MAX_BLOB_SIZE"),
	}
	// PolynomialFormFlag selects how payloads become blobs.
	PolynomialFormFlag = &cli.StringFlag{
		Name:    "polynomial-form",
		Usage:   "how payloads become blobs: eval (inverse FFT, EigenDA clients' and eigenda-proxy's default) or coeff (encoded payload = blob); readers and writers must agree",
		Value:   "eval",
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
	// G2PowersPathFlag holds G2 powers for v2 length commitments.
	G2PowersPathFlag = &cli.StringFlag{
		Name:    "srs.g2-powers-path",
		Usage:   "EigenDA g2.point with at least max-blob-size/32 points, for v2 length commitments (with --srs.g2-trailing-path)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SRS_G2_POWERS_PATH"),
	}
	// G2TrailingPathFlag holds the trailing G2 powers for v2 length proofs.
	G2TrailingPathFlag = &cli.StringFlag{
		Name:    "srs.g2-trailing-path",
		Usage:   "EigenDA g2.trailing.point (the last G2 powers of the 2^28 ceremony), for v2 length proofs",
		EnvVars: flagenv.Vars(EnvVarPrefix, "SRS_G2_TRAILING_PATH"),
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
		Usage:   "L1 blocks a v1 batch, or a v2 reference block, must be below the head before a put returns its certificate (with --l1.rpc)",
		Value:   6,
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_CONFIRMATION_DEPTH"),
	}
	// CertVerifierFlag is the v2 cert verifier (router).
	CertVerifierFlag = &cli.StringFlag{
		Name:    "l1.cert-verifier",
		Usage:   "EigenDA cert verifier router (or immutable cert verifier) address: v2 certificates are checked by eth_call to it",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_CERT_VERIFIER"),
	}
	// OperatorStateRetrieverFlag answers certificate index hints.
	OperatorStateRetrieverFlag = &cli.StringFlag{
		Name:    "l1.operator-state-retriever",
		Usage:   "EigenDA operator state retriever address (getCheckSignaturesIndices), for building v2 certificates",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_OPERATOR_STATE_RETRIEVER"),
	}
	// RegistryCoordinatorFlag is passed to the operator state retriever.
	RegistryCoordinatorFlag = &cli.StringFlag{
		Name:    "l1.registry-coordinator",
		Usage:   "EigenDA registry coordinator address, for building v2 certificates",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_REGISTRY_COORDINATOR"),
	}
	// RelayRegistryFlag maps relay keys to URLs.
	RelayRegistryFlag = &cli.StringFlag{
		Name:    "l1.relay-registry",
		Usage:   "EigenDA relay registry address (relayKeyToUrl), for v2 retrieval",
		EnvVars: flagenv.Vars(EnvVarPrefix, "L1_RELAY_REGISTRY"),
	}
	// RecencyWindowFlag is the v4 certificate recency window.
	RecencyWindowFlag = &cli.Uint64Flag{
		Name:    "rbn-recency-window",
		Usage:   "L1 blocks a v4 certificate may be included after its reference block before derivation drops it (0: no check)",
		Value:   14400,
		EnvVars: flagenv.Vars(EnvVarPrefix, "RBN_RECENCY_WINDOW"),
	}
	// RelayURLsFlag overrides the relay registry.
	RelayURLsFlag = &cli.StringSliceFlag{
		Name:    "relay.urls",
		Usage:   "v2 relays as key=host:port (instead of the relay registry)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "RELAY_URLS"),
	}
	// RelayTLSFlag enables TLS to relays.
	RelayTLSFlag = &cli.BoolFlag{
		Name:    "relay.tls",
		Usage:   "use TLS to the v2 relays",
		Value:   true,
		EnvVars: flagenv.Vars(EnvVarPrefix, "RELAY_TLS"),
	}
	// RelayTimeoutFlag bounds a relay call.
	RelayTimeoutFlag = &cli.DurationFlag{
		Name:    "relay.timeout",
		Usage:   "how long one relay may take to serve a blob before the next is asked",
		Value:   30 * time.Second,
		EnvVars: flagenv.Vars(EnvVarPrefix, "RELAY_TIMEOUT"),
	}
	// LocalOperatorsFlag sizes the devnet operator set.
	LocalOperatorsFlag = &cli.IntFlag{
		Name:    "local.operators",
		Usage:   "memory and file backends: operators of the devnet set (public keys!) that sign locally issued v2 certificates",
		Value:   4,
		EnvVars: flagenv.Vars(EnvVarPrefix, "LOCAL_OPERATORS"),
	}
)

var (
	// AuthTokenFlag restricts puts.
	AuthTokenFlag = &cli.StringSliceFlag{
		Name:    "auth.token",
		Usage:   "tokens that may put (Authorization: Bearer <token>, or http://user:<token>@host); none: anyone who can connect may put",
		EnvVars: flagenv.Vars(EnvVarPrefix, "AUTH_TOKEN"),
	}
	// AuthTokenFileFlag reads tokens from a file.
	AuthTokenFileFlag = &cli.StringFlag{
		Name:    "auth.token-file",
		Usage:   "file with one put token per line (added to --auth.token)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "AUTH_TOKEN_FILE"),
	}
	// PutRateFlag is each client's put byte rate.
	PutRateFlag = &cli.Int64Flag{
		Name:    "put.rate",
		Usage:   "payload bytes per second each client (token, or IP without tokens) may put; 0: unlimited",
		EnvVars: flagenv.Vars(EnvVarPrefix, "PUT_RATE"),
	}
	// PutBurstFlag is each client's put burst.
	PutBurstFlag = &cli.Int64Flag{
		Name:    "put.burst",
		Usage:   "payload bytes a client may put at once (with --put.rate; at least --max-blob-size)",
		EnvVars: flagenv.Vars(EnvVarPrefix, "PUT_BURST"),
	}
	// PutConcurrencyFlag bounds concurrent puts.
	PutConcurrencyFlag = &cli.IntFlag{
		Name:    "put.max-concurrent",
		Usage:   "puts served at once (each a KZG commitment); more are answered 429 (0: unlimited)",
		Value:   16,
		EnvVars: flagenv.Vars(EnvVarPrefix, "PUT_MAX_CONCURRENT"),
	}
	// GetConcurrencyFlag bounds concurrent gets.
	GetConcurrencyFlag = &cli.IntFlag{
		Name:    "get.max-concurrent",
		Usage:   "gets served at once; more are answered 429 (0: unlimited)",
		Value:   64,
		EnvVars: flagenv.Vars(EnvVarPrefix, "GET_MAX_CONCURRENT"),
	}
)

var requiredFlags = []cli.Flag{}

var optionalFlags = []cli.Flag{
	ListenAddrFlag, BackendFlag, ProtocolFlag, MemoryTTLFlag, MemoryMaxBytesFlag, FileDirFlag, SecondaryFileDirFlag,
	DisperserRPCFlag, DisperserTLSFlag, DisperserPollIntervalFlag, DisperserTimeoutFlag, DisperserStatusRetriesFlag,
	DisperserAccountFlag, DisperserQuorumsFlag, DisperserIDFlag, DisperserSignerKeyFlag, DisperserPaymentModeFlag,
	DisperserBlobVersionFlag,
	MaxBlobSizeFlag, PolynomialFormFlag, VerifyCacheFlag, G1PathFlag, G2PathFlag, G2PowersPathFlag, G2TrailingPathFlag,
	RequiredQuorumsFlag,
	L1RPCFlag, ServiceManagerFlag, ConfirmationDepthFlag, CertVerifierFlag, OperatorStateRetrieverFlag,
	RegistryCoordinatorFlag, RelayRegistryFlag, RecencyWindowFlag, RelayURLsFlag, RelayTLSFlag, RelayTimeoutFlag,
	LocalOperatorsFlag,
	AuthTokenFlag, AuthTokenFileFlag, PutRateFlag, PutBurstFlag, PutConcurrencyFlag, GetConcurrencyFlag,
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
