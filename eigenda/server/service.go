package server

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
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
	v2disperser "github.com/openledger/openledger/eigenda/v2/disperser"
	"github.com/openledger/openledger/eigenda/v2/relay"
	"github.com/openledger/openledger/eigenda/v2/verifier"
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
	form       codec.PolynomialForm // the effective form (a file store may pin another)
	log        log.Logger
	metrics    metrics.Metricer
	registry   *prometheus.Registry
	srs        *kzg.SRS
	maxPayload int
	verified   *verifiedBlobs
	gate       *gate

	l1        L1            // nil without --l1.rpc
	l1Close   func()        // closes a dialed L1 client
	blobs     store.Blobs   // memory or file backend
	memory    *store.Memory // the memory backend, for its metrics
	secondary store.Blobs

	// EigenDA v1: the verifier, the store (nil when this configuration cannot
	// serve v1 certificates) and the L1 reader of on-chain checks.
	v1Verifier *cert.Verifier
	v1         store.Store
	chain      cert.ChainReader

	// EigenDA v2.
	v2 v2Backend

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

// WithStore uses the given v1 store instead of building one from the config.
func WithStore(st store.Store) Option { return func(s *Service) { s.v1 = st } }

// WithVerifyCache overrides Config.VerifyCacheEntries: how many recently put
// blobs the server remembers as verified (by SHA-256), so their gets skip the KZG
// recomputation; 0 disables it and every get recomputes the commitment.
func WithVerifyCache(entries int) Option {
	return func(s *Service) { s.verified = newVerifiedBlobs(entries) }
}

// DefaultVerifyCache is the default number of verified-blob digests kept (32
// bytes each).
const DefaultVerifyCache = 1 << 16

// WithChainReader checks v1 certificates against chain instead of dialing
// cfg.L1RPC.
func WithChainReader(chain cert.ChainReader) Option { return func(s *Service) { s.chain = chain } }

// L1 is what the server reads from L1: eth_calls, the head, the chain id.
// go-ethereum's ethclient is one.
type L1 interface {
	verifier.Caller
	ChainID(ctx context.Context) (*big.Int, error)
}

// WithL1 uses l1 instead of dialing cfg.L1RPC (which must still be set, to
// say that L1 checks are on).
func WithL1(l1 L1) Option { return func(s *Service) { s.l1 = l1 } }

// WithMetrics records into m (and serves registry on /metrics when non-nil).
func WithMetrics(m metrics.Metricer, registry *prometheus.Registry) Option {
	return func(s *Service) { s.metrics, s.registry = m, registry }
}

// New builds a service from cfg: metrics, SRS (loaded from the point files or the
// insecure devnet one), L1 client, stores and the v1 and v2 backends, in that
// order. It does not listen until Start.
func New(ctx context.Context, cfg Config, logger log.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, form: cfg.PolynomialForm, log: logger, maxPayload: codec.MaxPayloadForBlob(cfg.MaxBlobSize),
		verified: newVerifiedBlobs(cfg.VerifyCacheEntries), gate: newGate(cfg.Auth, cfg.Quotas)}
	for _, o := range opts {
		o(s)
	}
	s.initMetrics()
	if err := s.initSRS(); err != nil {
		return nil, err
	}
	s.v1Verifier = cert.NewVerifier(s.srs, cfg.RequiredQuorums)
	if err := s.initL1(ctx); err != nil {
		return nil, err
	}
	if err := s.initStores(); err != nil {
		s.closeAll()
		return nil, err
	}
	if err := s.initBackends(); err != nil {
		s.closeAll()
		return nil, err
	}
	s.warnings()
	return s, nil
}

func (s *Service) initL1(ctx context.Context) error {
	if s.cfg.L1RPC == "" {
		s.l1 = nil
		return nil
	}
	if s.l1 == nil {
		client, err := ethclient.DialContext(ctx, s.cfg.L1RPC)
		if err != nil {
			return fmt.Errorf("dial l1 rpc: %w", err)
		}
		s.l1, s.l1Close = client, client.Close
	}
	if s.chain == nil && s.cfg.Protocol == ProtocolV1 {
		s.chain = cert.NewEthChainReader(s.l1, s.cfg.ServiceManager)
		s.log.Info("checking v1 certificates against the eigenda service manager", "address", s.cfg.ServiceManager,
			"confirmation_depth", s.cfg.ConfirmationDepth)
	}
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
		if err == nil && s.cfg.G2PowersPath != "" {
			err = s.srs.LoadG2Powers(s.cfg.G2PowersPath, s.cfg.G2TrailingPath, points)
		}
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

// formMarker is the file in a file store's directory that records the
// polynomial form of its blobs.
const formMarker = "polynomial-form"

// pinForm reconciles the configured polynomial form with the one a file
// store's directory was written with: a directory keeps one form for life.
// A directory with blobs and no marker predates the marker, when coeff was the
// default, and is read as coeff.
func (s *Service) pinForm(dir string) error {
	path := filepath.Join(dir, formMarker)
	raw, err := os.ReadFile(path)
	switch {
	case err == nil:
		form, perr := codec.ParsePolynomialForm(strings.TrimSpace(string(raw)))
		if perr != nil {
			return fmt.Errorf("%w: %s: %w", ErrConfig, path, perr)
		}
		if form != s.cfg.PolynomialForm {
			s.log.Warn("the file store was written in another polynomial form; serving it in that form",
				"dir", dir, "stored", form, "configured", s.cfg.PolynomialForm)
		}
		s.form = form
		return nil
	case !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("read %s: %w", path, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read file store directory: %w", err)
	}
	if len(entries) > 0 {
		s.form = codec.FormCoeff
		s.log.Warn("file store without a polynomial-form marker holds blobs: reading it in the coeff form it was written in",
			"dir", dir)
	}
	if err := os.WriteFile(path, []byte(s.form.String()+"\n"), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func (s *Service) initStores() error {
	switch s.cfg.Backend {
	case BackendMemory:
		s.memory = store.NewMemory(store.MemoryConfig{TTL: s.cfg.MemoryTTL, MaxBytes: s.cfg.MemoryMaxBytes})
		s.blobs = s.memory
	case BackendFile:
		f, err := store.NewFile(s.cfg.FileDir)
		if err != nil {
			return err
		}
		if err := s.pinForm(s.cfg.FileDir); err != nil {
			return err
		}
		s.blobs = f
	}
	if s.cfg.SecondaryFileDir != "" {
		f, err := store.NewFile(s.cfg.SecondaryFileDir)
		if err != nil {
			return fmt.Errorf("secondary store: %w", err)
		}
		if err := s.pinForm(s.cfg.SecondaryFileDir); err != nil {
			return err
		}
		s.secondary = f
	}
	return nil
}

func (s *Service) initBackends() error {
	cfg := s.cfg
	if s.v1 == nil {
		switch {
		case s.blobs != nil:
			s.v1 = store.NewLocal(s.blobs)
		case cfg.Backend == BackendDisperser && cfg.Protocol == ProtocolV1:
			client, err := disperser.NewClient(cfg.Disperser)
			if err != nil {
				return err
			}
			s.v1 = store.NewDisperser(client, cfg.DisperseTimeout)
			if s.secondary != nil {
				s.v1 = store.WithSecondary(s.v1, s.secondary)
			}
		}
	}
	if s.blobs != nil {
		var l1 verifier.Caller
		if s.l1 != nil {
			l1 = s.l1
		}
		local, err := newLocalV2(cfg, s.form, s.blobs, s.srs, l1, s.log)
		if err != nil {
			return err
		}
		s.v2 = local
	} else if cfg.Backend == BackendDisperser && cfg.Protocol == ProtocolV2 {
		dc := cfg.V2.Disperser
		if dc.ChainID == nil {
			id, err := s.l1.ChainID(context.Background())
			if err != nil {
				return fmt.Errorf("l1 chain id: %w", err)
			}
			dc.ChainID = id
		}
		client, err := v2disperser.NewClient(dc, cfg.V2.SignerKey)
		if err != nil {
			return err
		}
		cv := verifier.New(s.l1, cfg.V2.CertVerifier)
		pd := v2disperser.NewPayloadDisperser(client, s.srs, s.l1, cv, v2disperser.PayloadConfig{
			BlobVersion: cfg.V2.BlobVersion, Quorums: cfg.V2.Quorums, Form: s.form, ConfirmationDepth: cfg.ConfirmationDepth,
			OperatorStateRetriever: cfg.V2.OperatorStateRetriever, RegistryCoordinator: cfg.V2.RegistryCoordinator,
		}, s.log)
		var urls relay.URLProvider = relay.NewRegistryURLs(s.l1, cfg.V2.RelayRegistry)
		if len(cfg.V2.RelayURLs) > 0 {
			urls = relay.StaticURLs(cfg.V2.RelayURLs)
		}
		s.v2 = &networkV2{pd: pd, client: client, cv: cv, srs: s.srs, secondary: s.secondary, window: cfg.V2.RecencyWindow,
			relays:             relay.NewClient(relay.Config{TLS: cfg.V2.RelayTLS, Timeout: cfg.V2.RelayTimeout}, urls, s.srs, s.log),
			onSecondaryFailure: s.metrics.RecordSecondaryFailure, log: s.log}
		s.log.Info("dispersing to eigenda v2", "disperser", dc.Target, "account", client.Account(),
			"cert_verifier", cfg.V2.CertVerifier, "confirmation_depth", cfg.ConfirmationDepth)
	}
	s.log.Info("eigenda store ready", "backend", cfg.Backend, "protocol", cfg.Protocol, "form", s.form,
		"max_blob_size", cfg.MaxBlobSize, "max_payload", s.maxPayload, "put_auth", s.gate.authRequired())
	return nil
}

// warnings says loudly what the configuration leaves unprotected.
func (s *Service) warnings() {
	if s.cfg.Backend == BackendDisperser && s.cfg.Protocol == ProtocolV1 && s.cfg.L1RPC == "" {
		s.log.Error("no --l1.rpc: v1 certificates are returned as soon as the disperser confirms them, without checking L1 or waiting for confirmation depth; an L1 reorg can invalidate them")
	}
	if !s.gate.authRequired() && !isLoopback(s.cfg.ListenAddr) {
		s.log.Warn("puts are open to anyone who can reach the server: set --auth.token (see eigenda/README.md, exposing the server)",
			"addr", s.cfg.ListenAddr)
	}
}

func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
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
	// Puts to a disperser wait for a signed batch: the write timeout must outlast it.
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
	s.log.Info("eigenda server started", "addr", srv.Addr(), "backend", s.cfg.Backend, "protocol", s.cfg.Protocol,
		"insecure_srs", s.srs.Insecure())
	return nil
}

func (s *Service) closeAll() error {
	var errs []error
	if s.v2 != nil {
		errs = append(errs, s.v2.close())
	}
	if s.v1 != nil {
		errs = append(errs, s.v1.Close()) // closes s.blobs for the local store
	} else if s.blobs != nil {
		errs = append(errs, s.blobs.Close())
	}
	if s.secondary != nil {
		errs = append(errs, s.secondary.Close())
	}
	if s.l1Close != nil {
		s.l1Close()
	}
	return errors.Join(errs...)
}

// Stop stops serving (refusing new requests first, finishing those in flight
// unless ctx ends), then closes the stores. A second Stop returns
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
	if err := s.closeAll(); err != nil {
		errs = append(errs, fmt.Errorf("close stores: %w", err))
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
