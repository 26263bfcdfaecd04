package predeploys

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/contracts/artifacts"
)

// Predeploy and system addresses (the OP Stack's, which op-node and op-geth hard-code).
var (
	// L1BlockAddr holds the current L1 origin's attributes.
	L1BlockAddr = common.HexToAddress("0x4200000000000000000000000000000000000015")
	// GasPriceOracleAddr serves L1-fee and operator-fee estimates.
	GasPriceOracleAddr = common.HexToAddress("0x420000000000000000000000000000000000000F")
	// SequencerFeeVaultAddr receives priority fees (the block's coinbase).
	SequencerFeeVaultAddr = common.HexToAddress("0x4200000000000000000000000000000000000011")
	// BaseFeeVaultAddr receives the base fee (it is not burned on an OP Stack chain).
	BaseFeeVaultAddr = common.HexToAddress("0x4200000000000000000000000000000000000019")
	// L1FeeVaultAddr receives the L1 data fee.
	L1FeeVaultAddr = common.HexToAddress("0x420000000000000000000000000000000000001A")
	// OperatorFeeVaultAddr receives the operator fee.
	OperatorFeeVaultAddr = common.HexToAddress("0x420000000000000000000000000000000000001B")
	// DepositorAccount sends the L1-attributes deposit.
	DepositorAccount = common.HexToAddress("0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001")
)

// Contract names in contracts/artifacts.
const (
	L1BlockContract        = "L1Block"
	GasPriceOracleContract = "GasPriceOracle"
)

// gasPriceOracleForkFlags is slot 0 of the GasPriceOracle with isEcotone,
// isFjord, isIsthmus and isJovian (byte offsets 0..3 from the low end) set.
var gasPriceOracleForkFlags = common.HexToHash("0x01010101")

// FeeVaults lists the fee vault addresses.
func FeeVaults() []common.Address {
	return []common.Address{SequencerFeeVaultAddr, BaseFeeVaultAddr, L1FeeVaultAddr, OperatorFeeVaultAddr}
}

// Alloc returns the predeploy accounts for the L2 genesis: code and storage, no
// balance (genesis.Config.ExtraAlloc).
func Alloc() (types.GenesisAlloc, error) {
	_, l1Block, err := artifacts.Code(L1BlockContract)
	if err != nil {
		return nil, fmt.Errorf("predeploys: %w", err)
	}
	_, gpo, err := artifacts.Code(GasPriceOracleContract)
	if err != nil {
		return nil, fmt.Errorf("predeploys: %w", err)
	}
	return types.GenesisAlloc{
		L1BlockAddr: {Code: l1Block, Nonce: 1, Balance: new(big.Int)},
		GasPriceOracleAddr: {
			Code:    gpo,
			Nonce:   1,
			Balance: new(big.Int),
			Storage: map[common.Hash]common.Hash{{}: gasPriceOracleForkFlags},
		},
	}, nil
}
