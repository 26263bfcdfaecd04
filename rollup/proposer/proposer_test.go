package proposer

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/genesis"
)

func TestParseCLIConfigAppliesDefaults(t *testing.T) {
	oracle := common.HexToAddress("0x4f50454e000000000000000000000000000000a0")
	c := Config{L1RPC: "http://l1", RollupRPC: "http://node", OutputOracle: oracle, Key: genesis.DevKey(93),
		ProposalInterval: 6 * time.Second, PollInterval: 250 * time.Millisecond, AllowNonFinalized: true}
	args, err := c.Args()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseCLIConfig(args)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.DGFAddress != oracle.Hex() || cfg.DisputeGameType != PermissionedGameType || cfg.ProposalInterval != 6*time.Second {
		t.Fatalf("factory %s game type %d interval %s", cfg.DGFAddress, cfg.DisputeGameType, cfg.ProposalInterval)
	}
	if cfg.L1EthRpc != "http://l1" || cfg.RollupRpc != "http://node" || !cfg.AllowNonFinalized || cfg.PollInterval != 250*time.Millisecond {
		t.Fatalf("endpoints %s %s, allow non-finalized %t, poll %s", cfg.L1EthRpc, cfg.RollupRpc, cfg.AllowNonFinalized, cfg.PollInterval)
	}
	// Defaults alone name the local devnet but no oracle: op-proposer refuses.
	if _, err := ParseCLIConfig(nil); !errors.Is(err, ErrConfig) {
		t.Fatalf("ParseCLIConfig without a factory address = %v, want ErrConfig", err)
	}
}

func TestParseCLIConfigRejectsBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"--no-such-flag"},
		{"--poll-interval=soon"},
		{"--game-factory-address=0x4f50454e000000000000000000000000000000a0", "--proposal-interval=0s"},
	} {
		if _, err := ParseCLIConfig(args); !errors.Is(err, ErrConfig) {
			t.Errorf("ParseCLIConfig(%q) = %v, want ErrConfig", args, err)
		}
	}
	if _, err := (&Config{}).Args(); !errors.Is(err, ErrConfig) {
		t.Error("an empty config rendered arguments")
	}
	bad := Config{L1RPC: "http://l1", RollupRPC: "http://node", OutputOracle: common.Address{1}, Key: genesis.DevKey(93), PollInterval: -time.Second}
	if _, err := bad.Args(); !errors.Is(err, ErrConfig) {
		t.Error("a negative poll interval rendered arguments")
	}
}
