package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	opbatcher "github.com/ethereum-optimism/optimism/op-batcher/batcher"
	opproposer "github.com/ethereum-optimism/optimism/op-proposer/proposer"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/kzg"
	daserver "github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/batcher"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/execnode"
	"github.com/openledger/openledger/rollup/l1chain"
	"github.com/openledger/openledger/rollup/rollupnode"
)

var (
	// ErrAlreadyStopped is returned by a second Stop.
	ErrAlreadyStopped = errors.New("devnet: already stopped")
	// ErrUnhealthy is returned when a component does not become healthy in time.
	ErrUnhealthy = errors.New("devnet: component did not become healthy")
)

// Component names.
const (
	CompL1           = "l1"
	CompDA           = "eigenda"
	CompSequencerEL  = "sequencer-geth"
	CompSequencerCL  = "sequencer-node"
	CompBatcher      = "batcher"
	CompVerifierEL   = "verifier-geth"
	CompVerifierCL   = "verifier-node"
	CompProposer     = "proposer"
	defaultHost      = "127.0.0.1"
	healthPoll       = 100 * time.Millisecond
	defaultStartWait = 2 * time.Minute
)

// Ports of the devnet's endpoints; 0 picks a free port.
type Ports struct {
	L1, DA                                     int
	SequencerRPC, SequencerAuth, SequencerNode int
	VerifierRPC, VerifierAuth, VerifierNode    int
}

// DefaultPorts are `make devnet`'s ports.
func DefaultPorts() Ports {
	return Ports{L1: 8645, DA: 3100, SequencerRPC: 8545, SequencerAuth: 8551, SequencerNode: 7545,
		VerifierRPC: 9546, VerifierAuth: 8552, VerifierNode: 7546}
}

// Component is an extra process the devnet runs after its own (loraserve).
type Component struct {
	Name  string
	Start func(ctx context.Context, d *Devnet) error
	Stop  func(ctx context.Context) error
}

// Config configures a devnet.
type Config struct {
	// Dir holds all data; a second run with the same Dir resumes the chain.
	Dir string
	// Host is the address every endpoint binds to (127.0.0.1 by default).
	Host string
	// Ports of the endpoints.
	Ports Ports
	// DevAccounts is the number of funded dev accounts on a new chain.
	DevAccounts int
	// DeployConfig customises a new chain's deploy config; nil takes
	// chainspec.DevDeployConfig. Ignored when Dir already holds a chain.
	DeployConfig func(genesisTime uint64) chainspec.DeployConfig
	// L1PollInterval is how often op-node and the batcher poll (default 1 s).
	L1PollInterval time.Duration
	// L1DevRPC serves dev_reorg on the L1's JSON-RPC (l1chain.Config.DevRPC).
	L1DevRPC bool
	// DABackend is the EigenDA server's store: "file" (default, under Dir) or "memory".
	DABackend string
	// LogLevel of the component logs (the zero value is info).
	LogLevel slog.Level
	// LogWriter, when set, receives every component's logs instead of
	// Dir/logs/<component>.log.
	LogWriter io.Writer
	// StartTimeout bounds each health wait (default 2 minutes).
	StartTimeout time.Duration
	// Extra components start after the devnet's own and stop first.
	Extra []Component
	// Progress, when set, is told about each component as it starts and
	// stops (long start-ups show where they are).
	Progress func(event, component string)
}

// Devnet is a running rollup. Its component handles change when a component
// is restarted; read them from the goroutine that restarts it.
type Devnet struct {
	cfg Config
	// Spec is the chain: deploy config, genesis files, rollup config.
	Spec *chainspec.Spec

	mu sync.Mutex
	// L1 is the dev L1.
	L1 *l1chain.Chain
	// DA is the EigenDA server.
	DA *daserver.Service
	// SeqGeth and SeqNode are the sequencer's execution node and op-node.
	SeqGeth *execnode.Node
	SeqNode *rollupnode.Node
	// Batcher is op-batcher.
	Batcher *opbatcher.BatcherService
	// VerGeth and VerNode are the verifier's execution node and op-node.
	VerGeth *execnode.Node
	VerNode *rollupnode.Node
	// Proposer is op-proposer (nil on a chain without withdrawals).
	Proposer *opproposer.ProposerService

	srs        *kzg.SRS
	seqJWT     [32]byte
	verJWT     [32]byte
	logFiles   []*os.File
	running    []string
	stopped    bool
	newChain   bool
	daEndpoint string
}

// New prepares a devnet in cfg.Dir: it loads the chain spec there or creates
// one. Nothing runs until Start.
func New(cfg Config) (*Devnet, error) {
	if cfg.Dir == "" {
		return nil, errors.New("devnet: no data directory")
	}
	if cfg.Host == "" {
		cfg.Host = defaultHost
	}
	if cfg.DevAccounts == 0 {
		cfg.DevAccounts = 10
	}
	if cfg.DeployConfig == nil {
		n := cfg.DevAccounts
		cfg.DeployConfig = func(t uint64) chainspec.DeployConfig { return chainspec.DevDeployConfig(t, n) }
	}
	if cfg.L1PollInterval == 0 {
		cfg.L1PollInterval = time.Second
	}
	if cfg.DABackend == "" {
		cfg.DABackend = daserver.BackendFile
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = defaultStartWait
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	spec, created, err := chainspec.LoadOrCreate(filepath.Join(cfg.Dir, "chain"), func() chainspec.DeployConfig {
		return cfg.DeployConfig(uint64(time.Now().Unix()))
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: chain spec: %w", err)
	}
	return &Devnet{cfg: cfg, Spec: spec, newChain: created}, nil
}

// NewChain reports whether New created the chain (false: resumed).
func (d *Devnet) NewChain() bool { return d.newChain }

// Dir returns the data directory.
func (d *Devnet) Dir() string { return d.cfg.Dir }

// Logger returns the logger of a component, writing to Dir/logs/<component>.log
// (or Config.LogWriter): extra components log where the devnet's own do.
func (d *Devnet) Logger(component string) (log.Logger, error) { return d.logger(component) }

func (d *Devnet) logger(component string) (log.Logger, error) {
	w := d.cfg.LogWriter
	if w == nil {
		if err := os.MkdirAll(filepath.Join(d.cfg.Dir, "logs"), 0o755); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(filepath.Join(d.cfg.Dir, "logs", component+".log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return nil, fmt.Errorf("devnet: log file: %w", err)
		}
		d.logFiles = append(d.logFiles, f)
		w = f
	}
	return log.NewLogger(quietHandler{log.NewTerminalHandlerWithLevel(w, d.cfg.LogLevel, false)}).With("component", component), nil
}

// quietHandler drops op-geth's "Stopping work on payload" records: on
// shutdown its payload builder logs that in a tight loop until the payload's
// deadline, which buries everything else in the logs.
type quietHandler struct{ slog.Handler }

// Handle implements slog.Handler.
func (h quietHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "Stopping work on payload" {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

// WithAttrs implements slog.Handler.
func (h quietHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return quietHandler{h.Handler.WithAttrs(attrs)}
}

// WithGroup implements slog.Handler.
func (h quietHandler) WithGroup(name string) slog.Handler {
	return quietHandler{h.Handler.WithGroup(name)}
}

func (d *Devnet) addr(port int) string { return net.JoinHostPort(d.cfg.Host, strconv.Itoa(port)) }

// component is one part of the devnet: the devnet starts its components in
// list order and stops them in reverse (see components). A component's stop
// does nothing when it is not running.
type component struct {
	name        string
	start, stop func(context.Context) error
}

// ownComponents lists the devnet's own components in dependency order: the
// one list Start, Stop and Status read.
func (d *Devnet) ownComponents() []component {
	cs := []component{
		{CompL1, d.StartL1, d.StopL1},
		{CompDA, d.StartDA, d.StopDA},
		{CompSequencerEL, d.startSeqGeth, d.stopSeqGeth},
		{CompSequencerCL, d.startSeqNode, d.stopSeqNode},
		{CompBatcher, d.StartBatcher, d.StopBatcher},
		{CompVerifierEL, d.startVerGeth, d.stopVerGeth},
		{CompVerifierCL, d.startVerNode, d.stopVerNode},
	}
	if d.Spec.Deploy.Withdrawals() {
		cs = append(cs, component{CompProposer, d.StartProposer, d.StopProposer})
	}
	return cs
}

// components is ownComponents followed by Config.Extra.
func (d *Devnet) components() []component {
	cs := d.ownComponents()
	for _, extra := range d.cfg.Extra {
		cs = append(cs, component{
			name: extra.Name,
			start: func(ctx context.Context) error {
				if err := extra.Start(ctx, d); err != nil {
					return err
				}
				d.setRunning(extra.Name, true)
				return nil
			},
			stop: func(ctx context.Context) error {
				if !d.isRunning(extra.Name) {
					return nil
				}
				d.setRunning(extra.Name, false)
				if extra.Stop == nil {
					return nil
				}
				return extra.Stop(ctx)
			},
		})
	}
	return cs
}

// Start starts every component in dependency order; when one fails, it stops
// those already running.
func (d *Devnet) Start(ctx context.Context) error {
	// go-ethereum's packages log through the root logger: send it to devnet.log.
	root, err := d.logger("devnet")
	if err != nil {
		return err
	}
	log.SetDefault(root)
	for _, c := range d.components() {
		d.progress("starting", c.name)
		if err := c.start(ctx); err != nil {
			return errors.Join(fmt.Errorf("devnet: start %s: %w", c.name, err), d.Stop(context.Background()))
		}
	}
	return nil
}

// Stop stops every running component in reverse start order.
func (d *Devnet) Stop(ctx context.Context) error {
	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		return ErrAlreadyStopped
	}
	d.stopped = true
	d.mu.Unlock()
	var errs []error
	cs := d.components()
	for i := len(cs) - 1; i >= 0; i-- {
		if !d.isRunning(cs[i].name) {
			continue
		}
		d.progress("stopping", cs[i].name)
		if err := cs[i].stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("devnet: stop %s: %w", cs[i].name, err))
		}
	}
	for _, f := range d.logFiles {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop was called.
func (d *Devnet) Stopped() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.stopped
}

func (d *Devnet) progress(event, component string) {
	if d.cfg.Progress != nil {
		d.cfg.Progress(event, component)
	}
}

func (d *Devnet) isRunning(name string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, r := range d.running {
		if r == name {
			return true
		}
	}
	return false
}

// setRunning marks a component as running or not; assign, when given, runs
// under the same lock (it publishes the component's handle, which Status
// reads concurrently).
func (d *Devnet) setRunning(name string, on bool, assign ...func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, a := range assign {
		a()
	}
	out := d.running[:0]
	for _, r := range d.running {
		if r != name {
			out = append(out, r)
		}
	}
	if on {
		out = append(out, name)
	}
	d.running = out
}

// StartL1 starts the dev L1 and waits for its first new block.
func (d *Devnet) StartL1(ctx context.Context) error {
	logger, err := d.logger(CompL1)
	if err != nil {
		return err
	}
	dc := d.Spec.Deploy
	chain, err := l1chain.New(l1chain.Config{
		Genesis:       d.Spec.L1,
		DataDir:       filepath.Join(d.cfg.Dir, "l1"),
		HTTPHost:      d.cfg.Host,
		HTTPPort:      d.cfg.Ports.L1,
		BlockTime:     time.Duration(dc.L1BlockTime) * time.Second,
		FinalityDepth: dc.L1FinalityDepth,
		Archive:       true,
		DevRPC:        d.cfg.L1DevRPC,
		Logger:        logger,
	})
	if err != nil {
		return err
	}
	start := chain.Backend().BlockChain().CurrentBlock().Number.Uint64()
	if err := chain.Start(ctx); err != nil {
		return err
	}
	d.setRunning(CompL1, true, func() { d.L1 = chain })
	return d.waitFor(ctx, CompL1, func() bool {
		return chain.Backend().BlockChain().CurrentBlock().Number.Uint64() > start
	})
}

// StopL1 stops the L1.
func (d *Devnet) StopL1(ctx context.Context) error {
	if !d.isRunning(CompL1) {
		return nil
	}
	d.setRunning(CompL1, false)
	return ignoreStopped(d.L1.Stop(ctx))
}

// StartDA starts the EigenDA server and waits for /healthz.
func (d *Devnet) StartDA(ctx context.Context) error {
	logger, err := d.logger(CompDA)
	if err != nil {
		return err
	}
	cfg := daserver.DefaultConfig()
	cfg.ListenAddr = d.addr(d.cfg.Ports.DA)
	if d.daEndpoint != "" { // a restart keeps the address the nodes were given
		cfg.ListenAddr = d.daEndpoint[len("http://"):]
	}
	cfg.Backend = d.cfg.DABackend
	cfg.FileDir = filepath.Join(d.cfg.Dir, "eigenda")
	cfg.MaxBlobSize = DAMaxBlobSize
	if d.isRunning(CompL1) { // check the v2 certificates on L1, through the cert verifier router
		dep, err := d.eigenDAContracts(ctx, cfg, logger)
		if err != nil {
			return err
		}
		cfg.L1RPC = d.L1.HTTPEndpoint()
		cfg.V2.CertVerifier, cfg.V2.OperatorStateRetriever, cfg.V2.RegistryCoordinator = dep.Router, dep.Registry, dep.Registry
		cfg.ConfirmationDepth = 0 // the dev L1 does not reorg
	}
	var opts []daserver.Option
	if d.srs != nil {
		opts = append(opts, daserver.WithSRS(d.srs))
	} else {
		srs, err := kzg.NewDevnetSRS(cfg.MaxBlobSize/32, logger)
		if err != nil {
			return fmt.Errorf("devnet SRS: %w", err)
		}
		d.srs = srs
		opts = append(opts, daserver.WithSRS(srs))
	}
	svc, err := daserver.New(ctx, cfg, logger, opts...)
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	d.setRunning(CompDA, true, func() { d.DA, d.daEndpoint = svc, "http://"+svc.Addr().String() })
	return d.waitFor(ctx, CompDA, func() bool {
		resp, err := http.Get(d.daEndpoint + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
}

// DAMaxBlobSize is the devnet EigenDA server's largest blob: room for one
// batcher frame (at most 120,000 bytes).
const DAMaxBlobSize = 256 << 10

// StopDA stops the EigenDA server.
func (d *Devnet) StopDA(ctx context.Context) error {
	if !d.isRunning(CompDA) {
		return nil
	}
	d.setRunning(CompDA, false)
	return d.DA.Stop(ctx)
}

// DAEndpoint returns the EigenDA server's URL.
func (d *Devnet) DAEndpoint() string { return d.daEndpoint }

func (d *Devnet) jwt(role string) ([32]byte, string, error) {
	path := filepath.Join(d.cfg.Dir, role, "jwt.hex")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return [32]byte{}, "", err
	}
	secret, err := oprpc.ObtainJWTSecret(log.Root(), path, true)
	if err != nil {
		return [32]byte{}, "", fmt.Errorf("jwt secret: %w", err)
	}
	return secret, path, nil
}

func (d *Devnet) startGeth(role string, httpPort, authPort int, sequencerHTTP string, modules ...string) (*execnode.Node, [32]byte, error) {
	secret, path, err := d.jwt(role)
	if err != nil {
		return nil, secret, err
	}
	logger, err := d.logger(role + "-geth")
	if err != nil {
		return nil, secret, err
	}
	n, err := execnode.New(execnode.Config{
		Name:             role,
		Genesis:          d.Spec.L2,
		DataDir:          filepath.Join(d.cfg.Dir, role, "geth"),
		HTTPHost:         d.cfg.Host,
		HTTPPort:         httpPort,
		AuthHost:         d.cfg.Host,
		AuthPort:         authPort,
		JWTSecretPath:    path,
		SequencerHTTP:    sequencerHTTP,
		Archive:          true,
		ExtraHTTPModules: modules,
		Logger:           logger,
	})
	return n, secret, err
}

func (d *Devnet) startSeqGeth(ctx context.Context) error {
	n, secret, err := d.startGeth("sequencer", d.cfg.Ports.SequencerRPC, d.cfg.Ports.SequencerAuth, "", "miner")
	if err != nil {
		return err
	}
	pinPort(&d.cfg.Ports.SequencerRPC, n.HTTPEndpoint())
	pinPort(&d.cfg.Ports.SequencerAuth, n.AuthEndpoint())
	d.setRunning(CompSequencerEL, true, func() { d.SeqGeth, d.seqJWT = n, secret })
	return nil
}

func (d *Devnet) stopSeqGeth(ctx context.Context) error {
	if !d.isRunning(CompSequencerEL) {
		return nil
	}
	d.setRunning(CompSequencerEL, false)
	return ignoreStopped(d.SeqGeth.Stop(ctx))
}

// nodeConfig configures the op-node of role ("sequencer" or "verifier"),
// logging as component name.
func (d *Devnet) nodeConfig(name, role string, sequencer bool, engine string, secret [32]byte, port int) (rollupnode.Config, error) {
	logger, err := d.logger(name)
	if err != nil {
		return rollupnode.Config{}, err
	}
	return rollupnode.Config{
		Name:               name,
		Rollup:             d.Spec.Rollup,
		L1ChainConfig:      d.Spec.L1.Config,
		L1RPC:              d.L1.HTTPEndpoint(),
		L1PollInterval:     d.cfg.L1PollInterval,
		L2EngineRPC:        engine,
		JWTSecret:          secret,
		Sequencer:          sequencer,
		SequencerConfDepth: 1,
		DAServer:           d.daEndpoint,
		RPCHost:            d.cfg.Host,
		RPCPort:            port,
		SafeDBPath:         filepath.Join(d.cfg.Dir, role, "safedb"),
		Logger:             logger,
	}, nil
}

func (d *Devnet) startSeqNode(ctx context.Context) error {
	cfg, err := d.nodeConfig(CompSequencerCL, "sequencer", true, d.SeqGeth.AuthEndpoint(), d.seqJWT, d.cfg.Ports.SequencerNode)
	if err != nil {
		return err
	}
	n, err := rollupnode.New(ctx, cfg)
	if err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return err
	}
	pinPort(&d.cfg.Ports.SequencerNode, n.HTTPEndpoint())
	d.setRunning(CompSequencerCL, true, func() { d.SeqNode = n })
	startHead := d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64()
	return d.waitFor(ctx, CompSequencerCL, func() bool {
		return d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64() > startHead
	})
}

func (d *Devnet) stopSeqNode(ctx context.Context) error {
	if !d.isRunning(CompSequencerCL) {
		return nil
	}
	d.setRunning(CompSequencerCL, false)
	return d.SeqNode.Stop(ctx)
}

// StartBatcher starts op-batcher.
func (d *Devnet) StartBatcher(ctx context.Context) error {
	logger, err := d.logger(CompBatcher)
	if err != nil {
		return err
	}
	_, key, _, _ := chainspec.DevKeys(0)
	if got := crypto.PubkeyToAddress(key.PublicKey); got != d.Spec.Deploy.BatcherAddress {
		return fmt.Errorf("devnet: the chain's batcher is %s, but the devnet holds the key of %s", d.Spec.Deploy.BatcherAddress, got)
	}
	svc, err := batcher.New(ctx, batcher.Config{
		L1RPC:              d.L1.HTTPEndpoint(),
		L2RPC:              d.SeqGeth.HTTPEndpoint(),
		RollupRPC:          d.SeqNode.HTTPEndpoint(),
		DAServer:           d.daEndpoint,
		Key:                key,
		PollInterval:       d.cfg.L1PollInterval / 2,
		MaxChannelDuration: 1,
		Logger:             logger,
	})
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	d.setRunning(CompBatcher, true, func() { d.Batcher = svc })
	return nil
}

// StopBatcher stops op-batcher.
func (d *Devnet) StopBatcher(ctx context.Context) error {
	if !d.isRunning(CompBatcher) {
		return nil
	}
	d.setRunning(CompBatcher, false)
	return d.Batcher.Stop(ctx)
}

// StartVerifier starts the verifier's execution node and op-node.
func (d *Devnet) StartVerifier(ctx context.Context) error {
	if err := d.startVerGeth(ctx); err != nil {
		return err
	}
	return d.startVerNode(ctx)
}

// StopVerifier stops the verifier's op-node and execution node.
func (d *Devnet) StopVerifier(ctx context.Context) error {
	return errors.Join(d.stopVerNode(ctx), d.stopVerGeth(ctx))
}

func (d *Devnet) startVerGeth(ctx context.Context) error {
	n, secret, err := d.startGeth("verifier", d.cfg.Ports.VerifierRPC, d.cfg.Ports.VerifierAuth, d.SeqGeth.HTTPEndpoint())
	if err != nil {
		return err
	}
	pinPort(&d.cfg.Ports.VerifierRPC, n.HTTPEndpoint())
	pinPort(&d.cfg.Ports.VerifierAuth, n.AuthEndpoint())
	d.setRunning(CompVerifierEL, true, func() { d.VerGeth, d.verJWT = n, secret })
	return nil
}

func (d *Devnet) stopVerGeth(ctx context.Context) error {
	if !d.isRunning(CompVerifierEL) {
		return nil
	}
	d.setRunning(CompVerifierEL, false)
	return ignoreStopped(d.VerGeth.Stop(ctx))
}

func (d *Devnet) startVerNode(ctx context.Context) error {
	cfg, err := d.nodeConfig(CompVerifierCL, "verifier", false, d.VerGeth.AuthEndpoint(), d.verJWT, d.cfg.Ports.VerifierNode)
	if err != nil {
		return err
	}
	node, err := rollupnode.New(ctx, cfg)
	if err != nil {
		return err
	}
	if err := node.Start(ctx); err != nil {
		return err
	}
	pinPort(&d.cfg.Ports.VerifierNode, node.HTTPEndpoint())
	d.setRunning(CompVerifierCL, true, func() { d.VerNode = node })
	return nil
}

func (d *Devnet) stopVerNode(ctx context.Context) error {
	if !d.isRunning(CompVerifierCL) {
		return nil
	}
	d.setRunning(CompVerifierCL, false)
	return d.VerNode.Stop(ctx)
}

func (d *Devnet) waitFor(ctx context.Context, what string, ok func() bool) error {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.StartTimeout)
	defer cancel()
	ticker := time.NewTicker(healthPoll)
	defer ticker.Stop()
	for !ok() {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: %s: %w", ErrUnhealthy, what, ctx.Err())
		case <-ticker.C:
		}
	}
	return nil
}

// pinPort sets *port, when 0 (any free port), to the port endpoint (a URL)
// listens on: a restarted component then keeps the address the other
// components were given.
func pinPort(port *int, endpoint string) {
	if *port != 0 {
		return
	}
	u, err := url.Parse(endpoint)
	if err != nil {
		return
	}
	if p, err := strconv.Atoi(u.Port()); err == nil {
		*port = p
	}
}

// StopComponent stops one of the devnet's components by name (CompL1 …
// CompVerifierCL, or an extra component's name); a component that does not
// run is left alone. The fault suite (rollup/faults) stops and restarts each
// in turn; a restarted component keeps its addresses.
func (d *Devnet) StopComponent(ctx context.Context, name string) error {
	for _, c := range d.components() {
		if c.name == name {
			return c.stop(ctx)
		}
	}
	return fmt.Errorf("devnet: no component %q", name)
}

// StartComponent starts one stopped component by name and waits for it as
// Start does.
func (d *Devnet) StartComponent(ctx context.Context, name string) error {
	if d.isRunning(name) {
		return fmt.Errorf("devnet: %s is running", name)
	}
	for _, c := range d.components() {
		if c.name == name {
			return c.start(ctx)
		}
	}
	return fmt.Errorf("devnet: no component %q", name)
}

func ignoreStopped(err error) error {
	if errors.Is(err, l1chain.ErrAlreadyStopped) || errors.Is(err, execnode.ErrAlreadyStopped) {
		return nil
	}
	return err
}

// DevKeyHex returns dev key i as hex (for printing).
func DevKeyHex(i int) string {
	return fmt.Sprintf("%x", genesis.DevKey(i).D.FillBytes(make([]byte, 32)))
}
