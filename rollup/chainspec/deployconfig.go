package chainspec

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/genesis"
)

// ErrDeployConfig is returned by DeployConfig.Check for an invalid config.
var ErrDeployConfig = errors.New("invalid deploy config")

// Dev key indices (genesis.DevKey) of the devnet's operator roles. Keys 0..N-1
// are the user dev accounts funded on both chains.
const (
	BatcherKeyIndex           = 90
	SequencerP2PKeyIndex      = 91
	SystemConfigOwnerKeyIndex = 92
	ProposerKeyIndex          = 93
)

// Fixed L1 addresses of the devnet's contracts (genesis accounts, not created
// by a transaction) and its batch inbox.
var (
	DevDepositPortalAddr = common.HexToAddress("0x4f50454e000000000000000000000000000000d1")
	DevSystemConfigAddr  = common.HexToAddress("0x4f50454e000000000000000000000000000005c1")
	DevOutputOracleAddr  = common.HexToAddress("0x4f50454e000000000000000000000000000000a0")
	DevOpenTokenAddr     = common.HexToAddress("0x4f50454e0000000000000000000000000000e20e")
)

// DevFinalizationPeriodSeconds is the devnet's withdrawal finalization period:
// short, so a withdrawal completes in a test (a production chain uses days).
const DevFinalizationPeriodSeconds = 12

// DeployConfig is everything that defines a rollup deployment. It is written
// to deploy-config.json.
type DeployConfig struct {
	// L1ChainID and L2ChainID identify the chains.
	L1ChainID uint64 `json:"l1ChainID"`
	L2ChainID uint64 `json:"l2ChainID"`
	// L1GenesisTime is the L1 genesis timestamp; the L2 genesis has the same time.
	L1GenesisTime uint64 `json:"l1GenesisTime"`
	// L1BlockTime and L2BlockTime are block intervals in seconds.
	L1BlockTime uint64 `json:"l1BlockTime"`
	L2BlockTime uint64 `json:"l2BlockTime"`
	// L1FinalityDepth is how many blocks the in-process L1 keeps between its head
	// and its finalized block.
	L1FinalityDepth uint64 `json:"l1FinalityDepth"`
	// SequencerWindowSize is the number of L1 blocks a batch may be late by.
	SequencerWindowSize uint64 `json:"sequencerWindowSize"`
	// ChannelTimeout is the number of L1 blocks a channel may stay open.
	ChannelTimeout uint64 `json:"channelTimeout"`
	// L2GasLimit is the L2 block gas limit.
	L2GasLimit uint64 `json:"l2GasLimit"`
	// MaxDepositGasPerBlock caps the L2 gas forced deposits of one L1 block buy.
	MaxDepositGasPerBlock uint64 `json:"maxDepositGasPerBlock"`
	// BaseFeeScalar and BlobBaseFeeScalar price the L1 data fee (Ecotone).
	BaseFeeScalar     uint32 `json:"baseFeeScalar"`
	BlobBaseFeeScalar uint32 `json:"blobBaseFeeScalar"`
	// DAChallengeWindow and DAResolveWindow are Alt-DA's windows in L1 blocks;
	// with generic commitments they bound how long a node waits for missing
	// data and how far L2 finality trails L1 finality.
	DAChallengeWindow uint64 `json:"daChallengeWindow"`
	DAResolveWindow   uint64 `json:"daResolveWindow"`
	// Operator accounts.
	SystemConfigOwner common.Address `json:"systemConfigOwner"`
	BatcherAddress    common.Address `json:"batcherAddress"`
	UnsafeBlockSigner common.Address `json:"unsafeBlockSigner"`
	// L1 addresses derivation reads.
	BatchInboxAddress    common.Address `json:"batchInboxAddress"`
	DepositPortalAddress common.Address `json:"depositPortalAddress"`
	SystemConfigAddress  common.Address `json:"systemConfigAddress"`
	// Withdrawals (all zero on chains created before they existed: such a
	// chain's portal only takes deposits). ProposerAddress is the only
	// account that may post output roots to the OutputOracle; the portal at
	// DepositPortalAddress is then an OptimismPortal holding the whole L1 OPEN
	// supply (OpenTokenAddress) against the L2 genesis allocation, and a
	// withdrawal finalizes FinalizationPeriodSeconds after both its proof and
	// the output it was proven against. The system config owner is the
	// portal's guardian.
	ProposerAddress           common.Address `json:"proposerAddress,omitempty"`
	OutputOracleAddress       common.Address `json:"outputOracleAddress,omitempty"`
	OpenTokenAddress          common.Address `json:"openTokenAddress,omitempty"`
	FinalizationPeriodSeconds uint64         `json:"finalizationPeriodSeconds,omitempty"`
	// L1FundedAccounts get 1,000,000 ETH each in the L1 genesis.
	L1FundedAccounts []common.Address `json:"l1FundedAccounts"`
	// L2DevAccounts is the number of dev accounts (genesis.DevKey(0..n-1))
	// funded with OPEN in the L2 genesis.
	L2DevAccounts int `json:"l2DevAccounts"`
}

// DevDeployConfig returns the devnet's deploy config with genesis time
// genesisTime and n funded dev accounts.
func DevDeployConfig(genesisTime uint64, n int) DeployConfig {
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(genesis.DevKey(i).PublicKey) }
	funded := make([]common.Address, 0, n+3)
	for i := 0; i < n; i++ {
		funded = append(funded, addr(i))
	}
	funded = append(funded, addr(BatcherKeyIndex), addr(SystemConfigOwnerKeyIndex), addr(ProposerKeyIndex))
	l2 := genesis.DevChainID
	return DeployConfig{
		L1ChainID:             900,
		L2ChainID:             l2,
		L1GenesisTime:         genesisTime,
		L1BlockTime:           2,
		L2BlockTime:           1,
		L1FinalityDepth:       8,
		SequencerWindowSize:   120,
		ChannelTimeout:        50,
		L2GasLimit:            genesis.DefaultGasLimit,
		MaxDepositGasPerBlock: 20_000_000,
		BaseFeeScalar:         1368,
		BlobBaseFeeScalar:     810949,
		DAChallengeWindow:     16,
		DAResolveWindow:       16,
		SystemConfigOwner:     addr(SystemConfigOwnerKeyIndex),
		BatcherAddress:        addr(BatcherKeyIndex),
		UnsafeBlockSigner:     addr(SequencerP2PKeyIndex),
		BatchInboxAddress:     BatchInboxFor(l2),
		DepositPortalAddress:  DevDepositPortalAddr,
		SystemConfigAddress:   DevSystemConfigAddr,
		ProposerAddress:       addr(ProposerKeyIndex),
		OutputOracleAddress:   DevOutputOracleAddr,
		OpenTokenAddress:      DevOpenTokenAddr,
		L1FundedAccounts:      funded,
		// A short period keeps a devnet withdrawal quick.
		FinalizationPeriodSeconds: DevFinalizationPeriodSeconds,
		L2DevAccounts:             n,
	}
}

// BatchInboxFor returns the OP Stack's conventional batch inbox of an L2 chain:
// 0xff00…00 followed by the chain id.
func BatchInboxFor(l2ChainID uint64) common.Address {
	var a common.Address
	a[0] = 0xff
	for i := 0; i < 8; i++ {
		a[19-i] = byte(l2ChainID >> (8 * i))
	}
	return a
}

// DevKeys returns the devnet's user keys 0..n-1 and the operator keys.
func DevKeys(n int) (users []*ecdsa.PrivateKey, batcher, sequencerP2P, owner *ecdsa.PrivateKey) {
	for i := 0; i < n; i++ {
		users = append(users, genesis.DevKey(i))
	}
	return users, genesis.DevKey(BatcherKeyIndex), genesis.DevKey(SequencerP2PKeyIndex), genesis.DevKey(SystemConfigOwnerKeyIndex)
}

// Check validates the config.
func (c *DeployConfig) Check() error {
	switch {
	case c.L1ChainID == 0 || c.L2ChainID == 0:
		return fmt.Errorf("%w: chain ids must be nonzero", ErrDeployConfig)
	case c.L1ChainID == c.L2ChainID:
		return fmt.Errorf("%w: L1 and L2 share chain id %d", ErrDeployConfig, c.L1ChainID)
	case c.L1BlockTime == 0 || c.L2BlockTime == 0:
		return fmt.Errorf("%w: block times must be nonzero", ErrDeployConfig)
	case c.SequencerWindowSize < 2 || c.ChannelTimeout == 0:
		return fmt.Errorf("%w: sequencer window must be at least 2 and channel timeout nonzero", ErrDeployConfig)
	case c.MaxDepositGasPerBlock == 0:
		return fmt.Errorf("%w: deposit gas cap is zero", ErrDeployConfig)
	case c.L2GasLimit < c.MaxDepositGasPerBlock+systemTxMaxGas:
		return fmt.Errorf("%w: L2 gas limit %d is below the deposit cap %d plus the system tx's %d",
			ErrDeployConfig, c.L2GasLimit, c.MaxDepositGasPerBlock, systemTxMaxGas)
	case c.DAChallengeWindow == 0 || c.DAResolveWindow == 0:
		return fmt.Errorf("%w: Alt-DA challenge and resolve windows must be nonzero", ErrDeployConfig)
	case c.SystemConfigOwner == (common.Address{}) || c.BatcherAddress == (common.Address{}):
		return fmt.Errorf("%w: system config owner and batcher must be set", ErrDeployConfig)
	case c.BatchInboxAddress == (common.Address{}) || c.DepositPortalAddress == (common.Address{}) || c.SystemConfigAddress == (common.Address{}):
		return fmt.Errorf("%w: batch inbox, deposit portal and system config addresses must be set", ErrDeployConfig)
	case c.DepositPortalAddress == c.SystemConfigAddress:
		return fmt.Errorf("%w: deposit portal and system config share an address", ErrDeployConfig)
	case c.L2DevAccounts < 0:
		return fmt.Errorf("%w: negative dev account count", ErrDeployConfig)
	}
	return c.checkWithdrawals()
}

// Withdrawals reports whether the chain has the withdrawal path (an
// OutputOracle and an OptimismPortal).
func (c *DeployConfig) Withdrawals() bool { return c.OutputOracleAddress != (common.Address{}) }

func (c *DeployConfig) checkWithdrawals() error {
	if !c.Withdrawals() {
		if c.ProposerAddress != (common.Address{}) || c.OpenTokenAddress != (common.Address{}) || c.FinalizationPeriodSeconds != 0 {
			return fmt.Errorf("%w: proposer, L1 OPEN token and finalization period need an output oracle address", ErrDeployConfig)
		}
		return nil
	}
	switch {
	case c.ProposerAddress == (common.Address{}) || c.OpenTokenAddress == (common.Address{}):
		return fmt.Errorf("%w: withdrawals need a proposer and an L1 OPEN token address", ErrDeployConfig)
	case c.FinalizationPeriodSeconds == 0:
		return fmt.Errorf("%w: the finalization period must be nonzero", ErrDeployConfig)
	}
	seen := map[common.Address]string{}
	for _, a := range []struct {
		name string
		addr common.Address
	}{
		{"deposit portal", c.DepositPortalAddress}, {"system config", c.SystemConfigAddress},
		{"output oracle", c.OutputOracleAddress}, {"L1 OPEN token", c.OpenTokenAddress},
	} {
		if other, dup := seen[a.addr]; dup {
			return fmt.Errorf("%w: %s and %s share address %s", ErrDeployConfig, other, a.name, a.addr)
		}
		seen[a.addr] = a.name
	}
	return nil
}

// systemTxMaxGas is the gas the L1-attributes deposit takes from every L2 block.
const systemTxMaxGas = 1_000_000
