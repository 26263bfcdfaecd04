package batcher

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-batcher/flags"

	"github.com/openledger/openledger/genesis"
)

func TestParseCLIConfigAppliesDefaults(t *testing.T) {
	c := Config{L1RPC: "http://l1", L2RPC: "http://l2", RollupRPC: "http://node", DAServer: "http://da", Key: genesis.DevKey(3), PollInterval: 250 * time.Millisecond}
	args, err := c.Args()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseCLIConfig(args)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.AltDA.Enabled || !cfg.AltDA.GenericDA || cfg.AltDA.DAServerURL != "http://da" {
		t.Fatalf("Alt-DA config %+v, want enabled generic commitments to http://da", cfg.AltDA)
	}
	if cfg.DataAvailabilityType != flags.CalldataType || cfg.BatchType != 1 || cfg.PollInterval != 250*time.Millisecond {
		t.Fatalf("da type %s batch type %d poll %s", cfg.DataAvailabilityType, cfg.BatchType, cfg.PollInterval)
	}
	if cfg.L1EthRpc != "http://l1" || cfg.RollupRpc[0] != "http://node" {
		t.Fatalf("endpoints %s %v", cfg.L1EthRpc, cfg.RollupRpc)
	}
}

func TestParseCLIConfigRejectsBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"--no-such-flag"},
		{"--poll-interval=soon"},
		{"--max-l1-tx-size-bytes=1"},
	} {
		if _, err := ParseCLIConfig(args); !errors.Is(err, ErrConfig) {
			t.Errorf("ParseCLIConfig(%q) = %v, want ErrConfig", args, err)
		}
	}
	if _, err := (&Config{}).Args(); !errors.Is(err, ErrConfig) {
		t.Error("an empty config rendered arguments")
	}
}
