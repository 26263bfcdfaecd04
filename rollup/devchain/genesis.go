package devchain

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/predeploys"
)

// GenesisConfig returns the genesis config of a single-node dev chain with n
// dev accounts: the devnet's L2 allocation (OPEN, dev accounts, precompile
// stubs and roles) and the OP Stack predeploys the rollup's L2 has (L1Block,
// GasPriceOracle). Without the L1Block predeploy the L1-attributes deposit at
// the start of each block would store nothing, so op-geth would charge no L1
// data fee while receipts (which read the deposit's calldata) report one.
func GenesisConfig(n int) (genesis.Config, []*ecdsa.PrivateKey, error) {
	cfg, keys := genesis.DevConfig(n)
	alloc, err := predeploys.Alloc()
	if err != nil {
		return genesis.Config{}, nil, fmt.Errorf("devchain genesis: %w", err)
	}
	cfg.ExtraAlloc = alloc
	return cfg, keys, nil
}
