package server

import (
	"errors"
	"fmt"
	"time"

	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
)

// Backends the server can store blobs in.
const (
	BackendMemory    = "memory"
	BackendFile      = "file"
	BackendDisperser = "disperser"
)

const (
	// DefaultMaxBlobSize is EigenDA v1's maximum blob size, 16 MiB.
	DefaultMaxBlobSize = 16 << 20
	minBlobSize        = 2 * codec.BytesPerSymbol
)

// ErrConfig is returned by Config.Check for an invalid configuration.
var ErrConfig = errors.New("invalid eigenda server config")

// Config configures a Service.
type Config struct {
	// ListenAddr is the HTTP address, host:port; port 0 picks a free one.
	ListenAddr string
	// Backend is memory, file or disperser.
	Backend string
	// MemoryTTL expires memory blobs after this long (0: never).
	MemoryTTL time.Duration
	// FileDir is the file backend's directory.
	FileDir string
	// Disperser configures the disperser backend's gRPC client.
	Disperser disperser.ClientConfig
	// DisperseTimeout bounds one dispersal including confirmation.
	DisperseTimeout time.Duration
	// MaxBlobSize is the largest blob in bytes (a power of two, at least 64); the
	// largest payload is what its encoding fits. It also sizes the SRS.
	MaxBlobSize int
	// PolynomialForm is how payloads become blobs: codec.FormCoeff (default) or
	// codec.FormEval (eigenda-proxy's default, IFFT). Readers and writers of the
	// same blobs must agree; certificates do not record it.
	PolynomialForm codec.PolynomialForm
	// G1Path and G2Path are the SRS point files; both empty selects the insecure
	// devnet SRS.
	G1Path, G2Path string
	// RequiredQuorums must be covered by every certificate.
	RequiredQuorums []uint32
	// L1RPC, when set, is an L1 JSON-RPC endpoint used to check that every
	// certificate's batch was confirmed by the EigenDA service manager at
	// ServiceManager (disperser backend only).
	L1RPC string
	// ServiceManager is the EigenDAServiceManager contract address on L1.
	ServiceManager common.Address
	// ConfirmationDepth is how many L1 blocks deep a batch must be before a put
	// returns its certificate (with L1RPC).
	ConfirmationDepth uint64
	// VerifyCacheEntries is how many recently put blobs are remembered as
	// verified (a SHA-256 each) so their gets skip recomputing the KZG commitment;
	// 0 disables it.
	VerifyCacheEntries int
	// Metrics configures the separate metrics server (/metrics is also served on
	// ListenAddr).
	Metrics opmetrics.CLIConfig
}

// DefaultConfig returns a memory-backed configuration on 127.0.0.1:3100 with the
// devnet SRS.
func DefaultConfig() Config {
	return Config{
		ListenAddr:         "127.0.0.1:3100",
		Backend:            BackendMemory,
		DisperseTimeout:    15 * time.Minute,
		Disperser:          disperser.ClientConfig{StatusPollInterval: 5 * time.Second, TLS: true},
		MaxBlobSize:        DefaultMaxBlobSize,
		RequiredQuorums:    append([]uint32(nil), cert.DefaultRequiredQuorums...),
		VerifyCacheEntries: DefaultVerifyCache,
		Metrics:            opmetrics.DefaultCLIConfig(),
	}
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.ListenAddr == "" {
		return fmt.Errorf("%w: listen address is empty", ErrConfig)
	}
	switch c.Backend {
	case BackendMemory:
		if c.MemoryTTL < 0 {
			return fmt.Errorf("%w: negative memory ttl", ErrConfig)
		}
	case BackendFile:
		if c.FileDir == "" {
			return fmt.Errorf("%w: the file backend needs a directory", ErrConfig)
		}
	case BackendDisperser:
		if c.Disperser.Target == "" {
			return fmt.Errorf("%w: the disperser backend needs a disperser address", ErrConfig)
		}
	default:
		return fmt.Errorf("%w: unknown backend %q (memory, file, disperser)", ErrConfig, c.Backend)
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
	if c.L1RPC != "" {
		if c.Backend != BackendDisperser {
			return fmt.Errorf("%w: on-chain certificate checks need the disperser backend (locally issued certificates are not on L1)", ErrConfig)
		}
		if c.ServiceManager == (common.Address{}) {
			return fmt.Errorf("%w: on-chain certificate checks need the service manager address", ErrConfig)
		}
	}
	if (c.G1Path == "") != (c.G2Path == "") {
		return fmt.Errorf("%w: give both srs point files or neither", ErrConfig)
	}
	if err := c.Metrics.Check(); err != nil {
		return fmt.Errorf("%w: metrics: %w", ErrConfig, err)
	}
	return nil
}
