package server

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	v2disperser "github.com/openledger/openledger/eigenda/v2/disperser"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

// Backends the server can store blobs in.
const (
	BackendMemory    = "memory"
	BackendFile      = "file"
	BackendDisperser = "disperser"
)

// Protocols: which EigenDA certificates puts produce.
const (
	// ProtocolV2 produces EigenDA v2 certificates (version 4, or what the cert
	// verifier builds): the default for new chains.
	ProtocolV2 = "v2"
	// ProtocolV1 produces EigenDA v1 certificates (commitment version byte 0).
	ProtocolV1 = "v1"
)

const (
	// DefaultMaxBlobSize is the EigenDA network's maximum blob size, 2 MiB.
	DefaultMaxBlobSize = 2 << 20
	minBlobSize        = 2 * codec.BytesPerSymbol
	// DefaultConfirmationDepth is how many L1 blocks a certificate's batch (v1)
	// or reference block (v2) must be below the head before a put returns, when
	// an L1 RPC is configured.
	DefaultConfirmationDepth = 6
	// DefaultMemoryMaxBytes caps the memory backend (1 GiB).
	DefaultMemoryMaxBytes = 1 << 30
	// DevnetAccountSeed derives the devnet payer key of locally issued v2
	// certificates.
	DevnetAccountSeed = "openledger/eigenda/devnet-account/v1"
)

// ErrConfig is returned by Config.Check for an invalid configuration.
var ErrConfig = errors.New("invalid eigenda server config")

// V2Config configures EigenDA v2 dispersal and retrieval (disperser backend)
// and on-chain certificate checks.
type V2Config struct {
	// Disperser configures the disperser.v2 client (Target, TLS, DisperserID,
	// PaymentMode, polling).
	Disperser v2disperser.Config
	// SignerKey pays for dispersals (the account with a reservation or
	// on-demand deposit).
	SignerKey *ecdsa.PrivateKey
	// BlobVersion is the blob version dispersed with.
	BlobVersion uint16
	// Quorums are dispersed to beyond the cert verifier's required ones.
	Quorums []byte
	// CertVerifier is the cert verifier router (or an immutable verifier) on L1.
	CertVerifier common.Address
	// OperatorStateRetriever and RegistryCoordinator answer the index hints of
	// certificates; RelayRegistry maps relay keys to URLs.
	OperatorStateRetriever, RegistryCoordinator, RelayRegistry common.Address
	// RelayURLs overrides the relay registry: relay key -> host:port.
	RelayURLs map[uint32]string
	// RelayTLS enables TLS to the relays; RelayTimeout bounds one relay call.
	RelayTLS     bool
	RelayTimeout time.Duration
	// RecencyWindow is the L1 blocks a certificate may be included after its
	// reference block (version 4 certificates, off-chain derivation version
	// 0); 0 disables the check.
	RecencyWindow uint64
	// LocalOperators is the size of the devnet operator set that signs
	// locally issued certificates (memory and file backends).
	LocalOperators int
}

// AuthConfig restricts who may put.
type AuthConfig struct {
	// Tokens, when any, are required for puts: as "Authorization: Bearer
	// <token>" or as the password of HTTP basic auth (which Go clients such as
	// op-batcher send for a URL http://user:token@host:port).
	Tokens []string
}

// QuotaConfig bounds what clients can make the server do.
type QuotaConfig struct {
	// PutBytesPerSecond is each client's sustained put rate (payload bytes),
	// PutBurstBytes what it may put at once; 0 disables the rate limit. A
	// client is its token, or its IP address without tokens.
	PutBytesPerSecond int64
	PutBurstBytes     int64
	// MaxConcurrentPuts and MaxConcurrentGets bound the requests served at
	// once (each costs a KZG commitment); more get 429. 0: unlimited.
	MaxConcurrentPuts int
	MaxConcurrentGets int
}

// Config configures a Service.
type Config struct {
	// ListenAddr is the HTTP address, host:port; port 0 picks a free one.
	ListenAddr string
	// Backend is memory, file or disperser.
	Backend string
	// Protocol is v2 (default) or v1: the certificates puts produce. Gets serve
	// both whenever the backend can.
	Protocol string
	// MemoryTTL expires memory blobs after this long (0: never).
	MemoryTTL time.Duration
	// MemoryMaxBytes caps the memory backend; the oldest blobs are evicted
	// first (0: no cap).
	MemoryMaxBytes int64
	// FileDir is the file backend's directory.
	FileDir string
	// SecondaryFileDir, when set, is a file store every dispersed blob is also
	// written to and gets fall back to (disperser backend).
	SecondaryFileDir string
	// Disperser configures the EigenDA v1 disperser client (protocol v1).
	Disperser disperser.ClientConfig
	// DisperseTimeout bounds one dispersal including confirmation.
	DisperseTimeout time.Duration
	// V2 configures EigenDA v2.
	V2 V2Config
	// MaxBlobSize is the largest blob in bytes (a power of two, at least 64); the
	// largest payload is what its encoding fits. It also sizes the SRS.
	MaxBlobSize int
	// PolynomialForm is how payloads become blobs: codec.FormEval (default,
	// eigenda-proxy's) or codec.FormCoeff. Readers and writers of the same
	// blobs must agree; certificates do not record it.
	PolynomialForm codec.PolynomialForm
	// G1Path and G2Path are the SRS point files; both empty selects the insecure
	// devnet SRS. G2PowersPath and G2TrailingPath hold the G₂ powers v2 length
	// commitments need (EigenDA's g2.point with enough points and
	// g2.trailing.point); without them a loaded SRS cannot disperse v2 blobs.
	G1Path, G2Path               string
	G2PowersPath, G2TrailingPath string
	// RequiredQuorums must be covered by every v1 certificate, and are the
	// quorums of locally issued v2 certificates.
	RequiredQuorums []uint32
	// L1RPC is an L1 JSON-RPC endpoint: v1 certificates are checked against the
	// EigenDA service manager at ServiceManager, v2 ones by eth_call to
	// V2.CertVerifier.
	L1RPC string
	// ServiceManager is the EigenDAServiceManager contract address on L1 (v1).
	ServiceManager common.Address
	// ConfirmationDepth is how many L1 blocks deep a v1 batch, or a v2
	// reference block, must be before a put returns its certificate.
	ConfirmationDepth uint64
	// VerifyCacheEntries is how many recently put blobs are remembered as
	// verified (a SHA-256 each) so their gets skip recomputing the KZG commitment;
	// 0 disables it.
	VerifyCacheEntries int
	// Auth restricts puts; Quotas bound clients.
	Auth   AuthConfig
	Quotas QuotaConfig
	// Metrics configures the separate metrics server (/metrics is also served on
	// ListenAddr).
	Metrics opmetrics.CLIConfig
}

// DefaultConfig returns a memory-backed v2 configuration on 127.0.0.1:3100 with
// the devnet SRS.
func DefaultConfig() Config {
	return Config{
		ListenAddr:      "127.0.0.1:3100",
		Backend:         BackendMemory,
		Protocol:        ProtocolV2,
		MemoryMaxBytes:  DefaultMemoryMaxBytes,
		DisperseTimeout: 15 * time.Minute,
		Disperser:       disperser.ClientConfig{StatusPollInterval: 5 * time.Second, TLS: true},
		V2: V2Config{
			Disperser:      v2disperser.Config{TLS: true, PollInterval: time.Second},
			RelayTLS:       true,
			RelayTimeout:   30 * time.Second,
			RecencyWindow:  verifier.RecencyWindowV0,
			LocalOperators: 4,
		},
		MaxBlobSize:        DefaultMaxBlobSize,
		PolynomialForm:     codec.FormEval,
		RequiredQuorums:    append([]uint32(nil), cert.DefaultRequiredQuorums...),
		ConfirmationDepth:  DefaultConfirmationDepth,
		VerifyCacheEntries: DefaultVerifyCache,
		Quotas:             QuotaConfig{MaxConcurrentPuts: 16, MaxConcurrentGets: 64},
		Metrics:            opmetrics.DefaultCLIConfig(),
	}
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.ListenAddr == "" {
		return fmt.Errorf("%w: listen address is empty", ErrConfig)
	}
	if c.Protocol != ProtocolV1 && c.Protocol != ProtocolV2 {
		return fmt.Errorf("%w: unknown protocol %q (v1, v2)", ErrConfig, c.Protocol)
	}
	switch c.Backend {
	case BackendMemory:
		if c.MemoryTTL < 0 || c.MemoryMaxBytes < 0 {
			return fmt.Errorf("%w: negative memory ttl or size", ErrConfig)
		}
		if c.MemoryMaxBytes != 0 && c.MemoryMaxBytes < int64(c.MaxBlobSize) {
			return fmt.Errorf("%w: the memory budget (%d bytes) must hold at least one blob (%d bytes)", ErrConfig,
				c.MemoryMaxBytes, c.MaxBlobSize)
		}
	case BackendFile:
		if c.FileDir == "" {
			return fmt.Errorf("%w: the file backend needs a directory", ErrConfig)
		}
	case BackendDisperser:
		if err := c.checkDisperser(); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: unknown backend %q (memory, file, disperser)", ErrConfig, c.Backend)
	}
	if c.SecondaryFileDir != "" && c.Backend != BackendDisperser {
		return fmt.Errorf("%w: a secondary store backs the disperser backend only", ErrConfig)
	}
	if c.VerifyCacheEntries < 0 {
		return fmt.Errorf("%w: negative verify cache size", ErrConfig)
	}
	if c.PolynomialForm != codec.FormCoeff && c.PolynomialForm != codec.FormEval {
		return fmt.Errorf("%w: %w: %v", ErrConfig, codec.ErrUnknownForm, c.PolynomialForm)
	}
	if c.MaxBlobSize < minBlobSize || c.MaxBlobSize&(c.MaxBlobSize-1) != 0 {
		return fmt.Errorf("%w: max blob size %d is not a power of two of at least %d bytes", ErrConfig, c.MaxBlobSize, minBlobSize)
	}
	if c.L1RPC != "" && c.Protocol == ProtocolV1 {
		if c.Backend != BackendDisperser {
			return fmt.Errorf("%w: on-chain v1 certificate checks need the disperser backend (locally issued certificates are not on L1)", ErrConfig)
		}
		if c.ServiceManager == (common.Address{}) {
			return fmt.Errorf("%w: on-chain v1 certificate checks need the service manager address", ErrConfig)
		}
	}
	if c.L1RPC != "" && c.Protocol == ProtocolV2 && c.V2.CertVerifier == (common.Address{}) && c.Backend == BackendDisperser {
		return fmt.Errorf("%w: v2 certificates are checked by the cert verifier: give its address", ErrConfig)
	}
	if c.V2.CertVerifier != (common.Address{}) {
		if c.L1RPC == "" {
			return fmt.Errorf("%w: the cert verifier is called over --l1.rpc", ErrConfig)
		}
		if c.V2.OperatorStateRetriever == (common.Address{}) || c.V2.RegistryCoordinator == (common.Address{}) {
			return fmt.Errorf("%w: building v2 certificates needs the operator state retriever and registry coordinator addresses", ErrConfig)
		}
	}
	if (c.G1Path == "") != (c.G2Path == "") {
		return fmt.Errorf("%w: give both srs point files or neither", ErrConfig)
	}
	if (c.G2PowersPath == "") != (c.G2TrailingPath == "") {
		return fmt.Errorf("%w: give both g2 power files or neither", ErrConfig)
	}
	for _, q := range c.RequiredQuorums {
		if q > 255 {
			return fmt.Errorf("%w: quorum %d out of range", ErrConfig, q)
		}
	}
	if c.V2.LocalOperators <= 0 && c.Protocol == ProtocolV2 && c.Backend != BackendDisperser {
		return fmt.Errorf("%w: locally issued v2 certificates need at least one local operator", ErrConfig)
	}
	for _, tok := range c.Auth.Tokens {
		if len(tok) < 16 {
			return fmt.Errorf("%w: auth tokens must be at least 16 characters", ErrConfig)
		}
	}
	q := c.Quotas
	if q.PutBytesPerSecond < 0 || q.PutBurstBytes < 0 || q.MaxConcurrentPuts < 0 || q.MaxConcurrentGets < 0 {
		return fmt.Errorf("%w: negative quota", ErrConfig)
	}
	if q.PutBytesPerSecond > 0 && q.PutBurstBytes < int64(c.MaxBlobSize) {
		return fmt.Errorf("%w: the put burst (%d bytes) must hold one maximal blob (%d bytes)", ErrConfig, q.PutBurstBytes, c.MaxBlobSize)
	}
	if err := c.Metrics.Check(); err != nil {
		return fmt.Errorf("%w: metrics: %w", ErrConfig, err)
	}
	return nil
}

func (c *Config) checkDisperser() error {
	if c.Protocol == ProtocolV1 {
		if c.Disperser.Target == "" {
			return fmt.Errorf("%w: the disperser backend needs a disperser address", ErrConfig)
		}
		return nil
	}
	switch {
	case c.V2.Disperser.Target == "":
		return fmt.Errorf("%w: the v2 disperser backend needs a disperser address", ErrConfig)
	case c.V2.SignerKey == nil:
		return fmt.Errorf("%w: the v2 disperser backend needs the payer's signer key", ErrConfig)
	case c.L1RPC == "":
		return fmt.Errorf("%w: the v2 disperser backend checks certificates on L1: give --l1.rpc", ErrConfig)
	case c.V2.CertVerifier == (common.Address{}):
		return fmt.Errorf("%w: the v2 disperser backend needs the cert verifier (router) address", ErrConfig)
	case c.V2.OperatorStateRetriever == (common.Address{}) || c.V2.RegistryCoordinator == (common.Address{}):
		return fmt.Errorf("%w: building v2 certificates needs the operator state retriever and registry coordinator addresses", ErrConfig)
	case c.V2.RelayRegistry == (common.Address{}) && len(c.V2.RelayURLs) == 0:
		return fmt.Errorf("%w: retrieval needs the relay registry address or relay urls", ErrConfig)
	}
	return nil
}
