package predeploys

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
	// L2ToL1MessagePasserAddr records withdrawals to L1; its storage root is
	// part of every output root.
	L2ToL1MessagePasserAddr = common.HexToAddress("0x4200000000000000000000000000000000000016")
	// DepositorAccount sends the L1-attributes deposit.
	DepositorAccount = common.HexToAddress("0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001")
)

// Contract names in contracts/artifacts.
const (
	L1BlockContract        = "L1Block"
	GasPriceOracleContract = "GasPriceOracle"
	// L2ToL1MessagePasserContract is the OP Stack's own contract, compiled
	// from the optimism module's contracts-bedrock sources.
	L2ToL1MessagePasserContract = "L2ToL1MessagePasser"
)

// MessagePasserGenesisSlot is a storage slot the L2ToL1MessagePasser never
// reads, set to 1 at genesis so that its storage is never empty. Since
// Isthmus every L2 header's withdrawals root is the passer's storage root, and
// op-geth's engine API leaves a withdrawals root equal to the empty trie's
// root out of the payload (on OP Stack chains the passer is a proxy whose
// storage always holds its admin and implementation), so an empty passer
// makes every block invalid. The slot is keccak256("openledger.l2tol1messagepasser.genesis").
var MessagePasserGenesisSlot = crypto.Keccak256Hash([]byte("openledger.l2tol1messagepasser.genesis"))

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
	_, passer, err := artifacts.Code(L2ToL1MessagePasserContract)
	if err != nil {
		return nil, fmt.Errorf("predeploys: %w", err)
	}
	return types.GenesisAlloc{
		L1BlockAddr: {Code: l1Block, Nonce: 1, Balance: new(big.Int)},
		L2ToL1MessagePasserAddr: {
			Code:    passer,
			Nonce:   1,
			Balance: new(big.Int),
			Storage: map[common.Hash]common.Hash{MessagePasserGenesisSlot: common.BigToHash(big.NewInt(1))},
		},
		GasPriceOracleAddr: {
			Code:    gpo,
			Nonce:   1,
			Balance: new(big.Int),
			Storage: map[common.Hash]common.Hash{{}: gasPriceOracleForkFlags},
		},
	}, nil
}
