package chainspec

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestL1GenesisHoldsConstructorStorage(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 2)
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	sys := g.Alloc[dc.SystemConfigAddress]
	signerSlot := common.HexToHash("0x65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08")
	if got := common.BytesToAddress(sys.Storage[signerSlot].Bytes()); got != dc.UnsafeBlockSigner {
		t.Fatalf("unsafe block signer slot holds %s, want %s", got, dc.UnsafeBlockSigner)
	}
	if got := common.BytesToAddress(sys.Storage[common.Hash{}].Bytes()); got != dc.SystemConfigOwner {
		t.Fatalf("owner slot holds %s, want %s", got, dc.SystemConfigOwner)
	}
}

func TestDeployConfigCheck(t *testing.T) {
	base := DevDeployConfig(1_700_000_000, 1)
	tests := []struct {
		name   string
		mutate func(*DeployConfig)
	}{
		{"zero chain id", func(c *DeployConfig) { c.L2ChainID = 0 }},
		{"same chain ids", func(c *DeployConfig) { c.L2ChainID = c.L1ChainID }},
		{"zero block time", func(c *DeployConfig) { c.L2BlockTime = 0 }},
		{"tiny sequencer window", func(c *DeployConfig) { c.SequencerWindowSize = 1 }},
		{"no deposit cap", func(c *DeployConfig) { c.MaxDepositGasPerBlock = 0 }},
		{"gas limit below deposits + system tx", func(c *DeployConfig) { c.L2GasLimit = c.MaxDepositGasPerBlock }},
		{"zero DA window", func(c *DeployConfig) { c.DAChallengeWindow = 0 }},
		{"no batcher", func(c *DeployConfig) { c.BatcherAddress = common.Address{} }},
		{"no inbox", func(c *DeployConfig) { c.BatchInboxAddress = common.Address{} }},
		{"portal and config share an address", func(c *DeployConfig) { c.SystemConfigAddress = c.DepositPortalAddress }},
		{"zero finalization period", func(c *DeployConfig) { c.FinalizationPeriodSeconds = 0 }},
		{"withdrawals without a proposer", func(c *DeployConfig) { c.ProposerAddress = common.Address{} }},
		{"withdrawals without L1 OPEN", func(c *DeployConfig) { c.OpenTokenAddress = common.Address{} }},
		{"oracle at the portal", func(c *DeployConfig) { c.OutputOracleAddress = c.DepositPortalAddress }},
		{"proposer without an oracle", func(c *DeployConfig) { c.OutputOracleAddress = common.Address{} }},
	}
	if err := base.Check(); err != nil {
		t.Fatalf("the dev config fails its own check: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			tc.mutate(&c)
			if err := c.Check(); !errors.Is(err, ErrDeployConfig) {
				t.Fatalf("Check() = %v, want ErrDeployConfig", err)
			}
			if _, err := New(c); err == nil {
				t.Fatal("New accepted an invalid config")
			}
		})
	}
}

func TestSpecRoundTripAndTamper(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadDir(dir); !errors.Is(err, ErrNoSpec) {
		t.Fatalf("ReadDir of an empty dir = %v, want ErrNoSpec", err)
	}
	s, created, err := LoadOrCreate(dir, func() DeployConfig { return DevDeployConfig(1_700_000_000, 2) })
	if err != nil || !created {
		t.Fatalf("LoadOrCreate: %v, created %v", err, created)
	}
	again, created, err := LoadOrCreate(dir, func() DeployConfig { t.Fatal("a second LoadOrCreate made a new config"); return DeployConfig{} })
	if err != nil || created {
		t.Fatalf("second LoadOrCreate: %v, created %v", err, created)
	}
	if again.Rollup.Genesis != s.Rollup.Genesis || again.L2.ToBlock().Hash() != s.L2.ToBlock().Hash() {
		t.Fatal("the spec read back differs")
	}
	if s.Rollup.Genesis.L2Time != s.Deploy.L1GenesisTime || s.L2.Config.ChainID.Uint64() != s.Deploy.L2ChainID {
		t.Fatal("L2 genesis time or chain id does not follow the deploy config")
	}
	// A genesis file that no longer matches rollup.json is refused, not used.
	path := filepath.Join(dir, L2GenesisFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Replace(data, []byte(`"gasLimit": "0x3938700"`), []byte(`"gasLimit": "0x3938701"`), 1)
	if bytes.Equal(tampered, data) {
		t.Fatal("test setup: gas limit not found in the genesis file")
	}
	if err := os.WriteFile(path, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadDir(dir); err == nil {
		t.Fatal("a tampered L2 genesis was accepted")
	}
	if err := os.WriteFile(filepath.Join(dir, RollupConfigFile), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreate(dir, func() DeployConfig { return DevDeployConfig(1, 1) }); err == nil {
		t.Fatal("LoadOrCreate replaced a corrupt spec instead of failing")
	}
}

// TestL2GenesisWithdrawalsRoot: with Isthmus at genesis, every L2 header's
// withdrawals root is the L2ToL1MessagePasser's storage root, and op-geth's
// engine API drops a root equal to the empty trie's from payloads, which then
// fail to import. The passer's genesis storage must therefore not be empty.
func TestL2GenesisWithdrawalsRoot(t *testing.T) {
	dc := DevDeployConfig(1_700_000_000, 1)
	g, err := dc.L2Genesis()
	if err != nil {
		t.Fatal(err)
	}
	root := g.ToBlock().Header().WithdrawalsHash
	if root == nil || *root == types.EmptyWithdrawalsHash || *root == (common.Hash{}) {
		t.Fatalf("L2 genesis withdrawals root %v: the message passer's storage must be non-empty", root)
	}
}
