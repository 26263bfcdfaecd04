package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/httputil"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/server/metrics"
	"github.com/openledger/openledger/eigenda/store"
)

var (
	// ErrAlreadyStopped is returned by Stop on a stopped service.
	ErrAlreadyStopped = errors.New("eigenda server already stopped")
	// ErrNotStarted is returned by Addr before Start.
	ErrNotStarted = errors.New("eigenda server not started")
)

// Service is the EigenDA Alt-DA server.
type Service struct {
	cfg        Config
	log        log.Logger
	metrics    metrics.Metricer
	registry   *prometheus.Registry
	srs        *kzg.SRS
	verifier   *cert.Verifier
	store      store.Store
	maxPayload int
	verified   *verifiedBlobs
	chain      cert.ChainReader // nil: no on-chain checks

	httpServer    *httputil.HTTPServer
	metricsServer *httputil.HTTPServer
	stopped       atomic.Bool
}

// devnetPreparedPoints covers blobs of 256 KiB, twice op-batcher's default
// 120 kB frames.
const devnetPreparedPoints = 8192

// Option customises New.
type Option func(*Service)

// WithSRS uses an already built SRS instead of loading or generating one; it must
// hold at least MaxBlobSize/32 points.
func WithSRS(srs *kzg.SRS) Option { return func(s *Service) { s.srs = srs } }

// WithStore uses the given store instead of building one from the config.
func WithStore(st store.Store) Option { return func(s *Service) { s.store = st } }

// WithVerifyCache overrides Config.VerifyCacheEntries: how many recently put
// blobs the server remembers as verified (by SHA-256), so their gets skip the KZG
// recomputation; 0 disables it and every get recomputes the commitment.
func WithVerifyCache(entries int) Option {
	return func(s *Service) { s.verified = newVerifiedBlobs(entries) }
}

// DefaultVerifyCache is the default number of verified-blob digests kept (32
// bytes each).
const DefaultVerifyCache = 1 << 16

// WithChainReader checks certificates against chain instead of dialing
// cfg.L1RPC.
func WithChainReader(chain cert.ChainReader) Option { return func(s *Service) { s.chain = chain } }

// WithMetrics records into m (and serves registry on /metrics when non-nil).
func WithMetrics(m metrics.Metricer, registry *prometheus.Registry) Option {
	return func(s *Service) { s.metrics, s.registry = m, registry }
}

// New builds a service from cfg: metrics, SRS (loaded from the point files or the
// insecure devnet one), verifier and store, in that order. It does not listen
// until Start.
func New(ctx context.Context, cfg Config, logger log.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: logger, maxPayload: codec.MaxPayloadForBlob(cfg.MaxBlobSize),
		verified: newVerifiedBlobs(cfg.VerifyCacheEntries)}
	for _, o := range opts {
		o(s)
	}
	s.initMetrics()
	if err := s.initSRS(); err != nil {
		return nil, err
	}
	s.verifier = cert.NewVerifier(s.srs, cfg.RequiredQuorums)
	if err := s.initChain(ctx); err != nil {
		return nil, err
	}
	if err := s.initStore(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Service) initChain(ctx context.Context) error {
	if s.chain != nil || s.cfg.L1RPC == "" {
		return nil
	}
	client, err := ethclient.DialContext(ctx, s.cfg.L1RPC)
	if err != nil {
		return fmt.Errorf("dial l1 rpc: %w", err)
	}
	s.chain = cert.NewEthChainReader(client, s.cfg.ServiceManager)
	s.log.Info("checking certificates against the eigenda service manager", "address", s.cfg.ServiceManager,
		"confirmation_depth", s.cfg.ConfirmationDepth)
	return nil
}

func (s *Service) initMetrics() {
	if s.metrics != nil {
		return
	}
	m := metrics.NewMetrics()
	s.metrics, s.registry = m, m.Registry()
}

func (s *Service) initSRS() error {
	points := s.cfg.MaxBlobSize / codec.BytesPerSymbol
	if s.srs != nil {
		if s.srs.Points() < points {
			return fmt.Errorf("%w: srs has %d points, max blob size needs %d", ErrConfig, s.srs.Points(), points)
		}
		return nil
	}
	var err error
	if s.cfg.G1Path != "" {
		s.srs, err = kzg.LoadSRS(s.cfg.G1Path, s.cfg.G2Path, points, s.log)
	} else {
		// Devnet points are computed on first use; compute those of a typical
		// batcher frame now so the first puts do not wait.
		s.srs, err = kzg.NewDevnetSRS(points, s.log)
		if err == nil {
			err = s.srs.Prepare(min(points, devnetPreparedPoints))
		}
	}
	if err != nil {
		return fmt.Errorf("kzg srs: %w", err)
	}
	return nil
}

func (s *Service) initStore() error {
	if s.store != nil {
		return nil
	}
	switch s.cfg.Backend {
	case BackendMemory:
		s.store = store.NewMemory(s.cfg.MemoryTTL)
	case BackendFile:
		f, err := store.NewFile(s.cfg.FileDir)
		if err != nil {
			return err
		}
		s.store = f
	case BackendDisperser:
		client, err := disperser.NewClient(s.cfg.Disperser)
		if err != nil {
			return err
		}
		s.store = store.NewDisperser(client, s.cfg.DisperseTimeout)
	}
	s.log.Info("eigenda store ready", "backend", s.cfg.Backend, "max_blob_size", s.cfg.MaxBlobSize, "max_payload", s.maxPayload)
	return nil
}

// Handler returns the HTTP handler (also usable without Start, e.g. in httptest).
func (s *Service) Handler() http.Handler { return s.routes() }

// Start starts serving HTTP (and the metrics server when enabled).
func (s *Service) Start(ctx context.Context) error {
	if s.httpServer != nil {
		return errors.New("eigenda server already started")
	}
	if s.stopped.Load() {
		return ErrAlreadyStopped
	}
	// Puts to a disperser wait for confirmation: the write timeout must outlast it.
	writeTimeout := httputil.DefaultTimeouts.WriteTimeout
	if s.cfg.Backend == BackendDisperser && s.cfg.DisperseTimeout > 0 {
		writeTimeout += s.cfg.DisperseTimeout
	}
	srv, err := httputil.StartHTTPServer(s.cfg.ListenAddr, s.routes(),
		httputil.WithHTTPOptions(func(h *http.Server) error {
			h.WriteTimeout = writeTimeout
			return nil
		}))
	if err != nil {
		return fmt.Errorf("start http server: %w", err)
	}
	s.httpServer = srv
	if s.cfg.Metrics.Enabled && s.registry != nil {
		ms, err := opmetrics.StartServer(s.registry, s.cfg.Metrics.ListenAddr, s.cfg.Metrics.ListenPort)
		if err != nil {
			_ = srv.Close()
			return fmt.Errorf("start metrics server: %w", err)
		}
		s.metricsServer = ms
		s.log.Info("metrics server started", "addr", ms.Addr())
	}
	s.metrics.RecordUp()
	s.log.Info("eigenda server started", "addr", srv.Addr(), "backend", s.cfg.Backend, "insecure_srs", s.srs.Insecure())
	return nil
}

// Stop stops serving (refusing new requests first, finishing those in flight
// unless ctx ends), then closes the store. A second Stop returns
// ErrAlreadyStopped.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return ErrAlreadyStopped
	}
	var errs []error
	if s.httpServer != nil {
		if err := s.httpServer.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop http server: %w", err))
		}
	}
	if s.metricsServer != nil {
		if err := s.metricsServer.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop metrics server: %w", err))
		}
	}
	if err := s.store.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close store: %w", err))
	}
	s.log.Info("eigenda server stopped")
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Addr returns the bound HTTP address, or nil before Start.
func (s *Service) Addr() net.Addr {
	if s.httpServer == nil {
		return nil
	}
	return s.httpServer.Addr()
}

// HTTPEndpoint returns http://<bound address>, the value for op-node's and
// op-batcher's --altda.da-server.
func (s *Service) HTTPEndpoint() string {
	if s.httpServer == nil {
		return ""
	}
	return s.httpServer.HTTPEndpoint()
}

// MaxPayloadSize returns the largest payload a put accepts.
func (s *Service) MaxPayloadSize() int { return s.maxPayload }

var _ cliapp.Lifecycle = (*Service)(nil)
