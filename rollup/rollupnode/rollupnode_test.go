package rollupnode

import (
	"errors"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup/sync"

	"github.com/openledger/openledger/rollup/chainspec"
)

func TestOpNodeConfig(t *testing.T) {
	spec, err := chainspec.New(chainspec.DevDeployConfig(1_700_000_000, 1))
	if err != nil {
		t.Fatal(err)
	}
	base := Config{Rollup: spec.Rollup, L1ChainConfig: spec.L1.Config, L1RPC: "http://l1", L2EngineRPC: "http://engine", DAServer: "http://da", Sequencer: true}
	cfg, err := base.OpNodeConfig()
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.AltDA.Enabled || !cfg.AltDA.GenericDA || cfg.AltDA.DAServerURL != "http://da" {
		t.Fatalf("Alt-DA %+v, want generic commitments to http://da", cfg.AltDA)
	}
	if !cfg.Beacon.ShouldIgnoreBeaconCheck() || cfg.P2PEnabled() || !cfg.Driver.SequencerEnabled || cfg.Sync.SyncMode != sync.CLSync {
		t.Fatalf("beacon ignored %v, p2p %v, sequencer %v, sync %v", cfg.Beacon.ShouldIgnoreBeaconCheck(), cfg.P2PEnabled(), cfg.Driver.SequencerEnabled, cfg.Sync.SyncMode)
	}
	if cfg.RPC.ListenAddr != "127.0.0.1" {
		t.Fatalf("RPC listens on %q by default", cfg.RPC.ListenAddr)
	}
	tests := []struct {
		name   string
		mutate func(*Config)
	}{
		{"no rollup config", func(c *Config) { c.Rollup = nil }},
		{"no L1 chain config", func(c *Config) { c.L1ChainConfig = nil }},
		{"no L1 RPC", func(c *Config) { c.L1RPC = "" }},
		{"no engine", func(c *Config) { c.L2EngineRPC = "" }},
		{"Alt-DA rollup without a DA server", func(c *Config) { c.DAServer = "" }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			tc.mutate(&c)
			if _, err := c.OpNodeConfig(); !errors.Is(err, ErrConfig) {
				t.Fatalf("OpNodeConfig() = %v, want ErrConfig", err)
			}
		})
	}
}

func TestApplyDefaults(t *testing.T) {
	args, err := ApplyDefaults([]string{"ledger-node", "--network=op-mainnet"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range args {
		if a == "--rollup.config=.devnet/chain/rollup.json" {
			t.Fatal("--network given, yet the rollup config default was added")
		}
	}
	args, _ = ApplyDefaults([]string{"ledger-node"})
	if len(args) != len(Defaults)+1 {
		t.Fatalf("%d arguments, want every default: %q", len(args), args)
	}
}
