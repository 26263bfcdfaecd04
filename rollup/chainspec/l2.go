package chainspec

import (
	"fmt"

	"github.com/ethereum/go-ethereum/core"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/predeploys"
)

// L2GenesisConfig returns the genesis.Config of the L2: the OPEN allocation,
// the dev accounts, the precompiles and the OP Stack predeploys.
func (c *DeployConfig) L2GenesisConfig() (genesis.Config, error) {
	if err := c.Check(); err != nil {
		return genesis.Config{}, err
	}
	cfg, _ := genesis.DevConfig(c.L2DevAccounts)
	cfg.ChainID = c.L2ChainID
	cfg.Timestamp = c.L1GenesisTime
	cfg.GasLimit = c.L2GasLimit
	alloc, err := predeploys.Alloc()
	if err != nil {
		return genesis.Config{}, err
	}
	cfg.ExtraAlloc = alloc
	return cfg, nil
}

// L2Genesis returns the L2 genesis.
func (c *DeployConfig) L2Genesis() (*core.Genesis, error) {
	cfg, err := c.L2GenesisConfig()
	if err != nil {
		return nil, err
	}
	g, err := genesis.Build(cfg)
	if err != nil {
		return nil, fmt.Errorf("L2 genesis: %w", err)
	}
	return g, nil
}
