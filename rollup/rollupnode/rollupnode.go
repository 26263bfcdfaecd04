package rollupnode

import (
	"context"
	"errors"
	"fmt"
	"time"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	"github.com/ethereum-optimism/optimism/op-node/config"
	"github.com/ethereum-optimism/optimism/op-node/metrics"
	"github.com/ethereum-optimism/optimism/op-node/node"
	"github.com/ethereum-optimism/optimism/op-node/p2p"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/driver"
	"github.com/ethereum-optimism/optimism/op-node/rollup/finality"
	"github.com/ethereum-optimism/optimism/op-node/rollup/sync"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	opmetrics "github.com/ethereum-optimism/optimism/op-service/metrics"
	"github.com/ethereum-optimism/optimism/op-service/oppprof"
	oprpc "github.com/ethereum-optimism/optimism/op-service/rpc"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
)

// Version is the version op-node reports for OpenLedger's node.
const Version = "openledger-v0.1.0"

// ErrConfig is returned for an invalid Config.
var ErrConfig = errors.New("invalid rollup node config")

// Config is what an OpenLedger rollup node needs.
type Config struct {
	// Name labels the node's metrics and logs ("sequencer", "verifier").
	Name string
	// Rollup is the rollup config (chainspec).
	Rollup *rollup.Config
	// L1ChainConfig is the L1's chain config (for blob fee pricing).
	L1ChainConfig *params.ChainConfig
	// L1RPC is the L1 JSON-RPC URL.
	L1RPC string
	// L1TrustRPC reads L1 state with eth_getStorageAt instead of verified
	// eth_getProof; the in-process L1 serves proofs, so it stays false there.
	L1TrustRPC bool
	// L1PollInterval is how often the node polls L1 for new, safe and
	// finalized blocks.
	L1PollInterval time.Duration
	// L2EngineRPC and JWTSecret reach the execution node's engine API.
	L2EngineRPC string
	JWTSecret   [32]byte
	// Sequencer makes the node build blocks; otherwise it only derives.
	Sequencer bool
	// SequencerConfDepth is how many L1 blocks the sequencer keeps between its
	// L1 origin and the L1 head (reorg safety).
	SequencerConfDepth uint64
	// DAServer is the Alt-DA (EigenDA) server URL.
	DAServer string
	// RPCHost and RPCPort serve the optimism_* and admin RPC; port 0 picks one.
	RPCHost string
	RPCPort int
	// SafeDBPath, when set, records the L1 origin of every safe head.
	SafeDBPath string
	// P2P configures gossip; nil disables it (the devnet's nodes sync from L1).
	P2P p2p.SetupP2P
	// P2PSigner signs gossiped blocks when the sequencer has P2P on.
	P2PSigner p2p.SignerSetup
	// Metrics configures op-node's metrics server (disabled when not Enabled).
	Metrics opmetrics.CLIConfig
	// Logger logs the node.
	Logger log.Logger
}

// Check validates the config.
func (c *Config) Check() error {
	switch {
	case c.Rollup == nil || c.L1ChainConfig == nil:
		return fmt.Errorf("%w: rollup and L1 chain configs are required", ErrConfig)
	case c.L1RPC == "" || c.L2EngineRPC == "":
		return fmt.Errorf("%w: L1 RPC and L2 engine RPC are required", ErrConfig)
	case c.Rollup.AltDAConfig != nil && c.DAServer == "":
		return fmt.Errorf("%w: the rollup uses Alt-DA but no DA server is set", ErrConfig)
	}
	return nil
}

// OpNodeConfig translates the config into op-node's.
func (c *Config) OpNodeConfig() (*config.Config, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	poll := c.L1PollInterval
	if poll == 0 {
		poll = time.Second
	}
	altDA := altda.CLIConfig{}
	if c.Rollup.AltDAConfig != nil {
		altDA = altda.CLIConfig{
			Enabled:               true,
			DAServerURL:           c.DAServer,
			VerifyOnRead:          true,
			GenericDA:             c.Rollup.AltDAConfig.CommitmentType == altda.GenericCommitmentString,
			PutTimeout:            30 * time.Second,
			GetTimeout:            30 * time.Second,
			MaxConcurrentRequests: 1,
		}
	}
	cfg := &config.Config{
		L1: &config.L1EndpointConfig{
			L1NodeAddr:       c.L1RPC,
			L1TrustRPC:       c.L1TrustRPC,
			L1RPCKind:        sources.RPCKindStandard,
			BatchSize:        20,
			MaxConcurrency:   10,
			HttpPollInterval: poll,
		},
		L2: &config.L2EndpointConfig{
			L2EngineAddr:        c.L2EngineRPC,
			L2EngineJWTSecret:   c.JWTSecret,
			L2EngineCallTimeout: 10 * time.Second,
		},
		// Batches ride in calldata behind Alt-DA commitments: no blobs, no beacon.
		Beacon: &config.L1BeaconEndpointConfig{BeaconCheckIgnore: true},
		Driver: driver.Config{
			SequencerEnabled:   c.Sequencer,
			SequencerConfDepth: c.SequencerConfDepth,
			Finalizer:          &finality.Config{},
		},
		Rollup:        *c.Rollup,
		L1ChainConfig: c.L1ChainConfig,
		P2P:           c.P2P,
		P2PSigner:     c.P2PSigner,
		RPC: oprpc.CLIConfig{
			ListenAddr:  c.RPCHost,
			ListenPort:  c.RPCPort,
			EnableAdmin: true,
		},
		Metrics:                     c.Metrics,
		Pprof:                       oppprof.CLIConfig{},
		L1EpochPollInterval:         poll,
		ConfigPersistence:           config.DisabledConfigPersistence{},
		SafeDBPath:                  c.SafeDBPath,
		RuntimeConfigReloadInterval: 10 * time.Minute,
		Sync:                        sync.Config{SyncMode: sync.CLSync},
		AltDA:                       altDA,
	}
	if cfg.RPC.ListenAddr == "" {
		cfg.RPC.ListenAddr = "127.0.0.1"
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return cfg, nil
}

// Node is a running op-node.
type Node struct {
	*node.OpNode
	name   string
	cancel context.CancelFunc
}

// New creates the op-node; it starts deriving (and sequencing) on Start.
// op-node ties its L1 head polling to the context it is created with, so the
// node gets a context of its own, derived from ctx without its
// cancellation, that lives until Stop.
func New(ctx context.Context, c Config) (*Node, error) {
	cfg, err := c.OpNodeConfig()
	if err != nil {
		return nil, err
	}
	logger := c.Logger
	if logger == nil {
		logger = log.Root()
	}
	name := c.Name
	if name == "" {
		name = "default"
	}
	life, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n, err := node.New(life, cfg, logger, Version, metrics.NewMetrics(name, nil), nil)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("rollup node %s: %w", name, err)
	}
	return &Node{OpNode: n, name: name, cancel: cancel}, nil
}

// Stop stops op-node and ends the node's context.
func (n *Node) Stop(ctx context.Context) error {
	defer n.cancel()
	return n.OpNode.Stop(ctx)
}

// Status returns the node's sync status (unsafe, safe and finalized heads).
func (n *Node) Status() *eth.SyncStatus { return n.OpNode.SyncStatus() }
