package chainspec

import (
	"fmt"
	"math/big"

	altda "github.com/ethereum-optimism/optimism/op-alt-da"
	opparams "github.com/ethereum-optimism/optimism/op-core/params"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
)

// RollupConfig returns the rollup config (rollup.json) anchored at the two
// genesis blocks: every OP fork through Jovian active from genesis, later ones
// unset, Alt-DA with generic commitments (the EigenDA server's).
func (c *DeployConfig) RollupConfig(l1Genesis, l2Genesis *types.Block, l2ChainCfg *core.Genesis) (*rollup.Config, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	if l2ChainCfg == nil || l2ChainCfg.Config == nil || l2ChainCfg.Config.Optimism == nil {
		return nil, fmt.Errorf("%w: the L2 genesis has no OP Stack chain config", ErrDeployConfig)
	}
	zero := uint64(0)
	op := l2ChainCfg.Config.Optimism
	cfg := &rollup.Config{
		Genesis: rollup.Genesis{
			L1:     eth.BlockID{Hash: l1Genesis.Hash(), Number: l1Genesis.NumberU64()},
			L2:     eth.BlockID{Hash: l2Genesis.Hash(), Number: l2Genesis.NumberU64()},
			L2Time: l2Genesis.Time(),
			SystemConfig: eth.SystemConfig{
				BatcherAddr: c.BatcherAddress,
				Scalar: eth.EncodeScalar(eth.EcotoneScalars{
					BaseFeeScalar:     c.BaseFeeScalar,
					BlobBaseFeeScalar: c.BlobBaseFeeScalar,
				}),
				GasLimit: c.L2GasLimit,
			},
		},
		BlockTime:              c.L2BlockTime,
		MaxSequencerDrift:      600,
		SeqWindowSize:          c.SequencerWindowSize,
		ChannelTimeoutBedrock:  c.ChannelTimeout,
		L1ChainID:              new(big.Int).SetUint64(c.L1ChainID),
		L2ChainID:              new(big.Int).SetUint64(c.L2ChainID),
		RegolithTime:           &zero,
		CanyonTime:             &zero,
		DeltaTime:              &zero,
		EcotoneTime:            &zero,
		FjordTime:              &zero,
		GraniteTime:            &zero,
		HoloceneTime:           &zero,
		IsthmusTime:            &zero,
		JovianTime:             &zero,
		BatchInboxAddress:      c.BatchInboxAddress,
		DepositContractAddress: c.DepositPortalAddress,
		L1SystemConfigAddress:  c.SystemConfigAddress,
		ChainOpConfig: &opparams.OptimismConfig{
			EIP1559Elasticity:        op.EIP1559Elasticity,
			EIP1559Denominator:       op.EIP1559Denominator,
			EIP1559DenominatorCanyon: op.EIP1559DenominatorCanyon,
		},
		AltDAConfig: &rollup.AltDAConfig{
			CommitmentType:    altda.GenericCommitmentString,
			DAChallengeWindow: c.DAChallengeWindow,
			DAResolveWindow:   c.DAResolveWindow,
		},
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("rollup config: %w", err)
	}
	return cfg, nil
}
