// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title L1Block
/// @notice L2 predeploy at 0x4200000000000000000000000000000000000015 holding the attributes of the
/// current L1 origin. The first transaction of every L2 block is a deposit from the depositor
/// account that writes them here; op-geth reads this contract's storage to price the L1 data fee
/// and the operator fee of every other transaction in the block.
/// @dev The storage layout is consensus-critical: op-geth reads slot 1 (L1 base fee), slot 3 (fee
/// scalars), slot 7 (blob base fee) and slot 8 (operator fee) directly. Setters take the OP Stack's
/// packed, unpadded calldata (see op-node's l1_block_info.go):
///   4 baseFeeScalar u32 | 8 blobBaseFeeScalar u32 | 12 sequenceNumber u64 | 20 timestamp u64 |
///   28 number u64 | 36 basefee u256 | 68 blobBaseFee u256 | 100 hash b32 | 132 batcherHash b32 |
///   164 operatorFeeScalar u32 (Isthmus) | 168 operatorFeeConstant u64 (Isthmus) |
///   176 daFootprintGasScalar u16 (Jovian)
contract L1Block {
    /// The system account that sends the L1-attributes deposit.
    address public constant DEPOSITOR_ACCOUNT = 0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001;

    /// slot 0: L1 origin number and timestamp.
    uint64 public number;
    uint64 public timestamp;
    /// slot 1: L1 origin base fee.
    uint256 public basefee;
    /// slot 2: L1 origin block hash.
    bytes32 public hash;
    /// slot 3: position of this L2 block in its epoch, and the fee scalars.
    uint64 public sequenceNumber;
    uint32 public blobBaseFeeScalar;
    uint32 public baseFeeScalar;
    /// slot 4: the batcher, as a left-padded address.
    bytes32 public batcherHash;
    /// slot 5, 6: pre-Ecotone fee parameters (unused once Ecotone is active, kept for the layout).
    uint256 public l1FeeOverhead;
    uint256 public l1FeeScalar;
    /// slot 7: L1 origin blob base fee.
    uint256 public blobBaseFee;
    /// slot 8: operator fee (Isthmus) and DA footprint gas scalar (Jovian).
    uint64 public operatorFeeConstant;
    uint32 public operatorFeeScalar;
    uint16 public daFootprintGasScalar;

    /// The caller is not the depositor account (selector 0x3cc50b45).
    error NotDepositor();

    /// @notice Semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0-openledger";
    }

    /// @notice Stores the Ecotone-format L1 attributes (164 bytes of calldata).
    function setL1BlockValuesEcotone() external {
        _setEcotone();
    }

    /// @notice Stores the Isthmus-format L1 attributes (176 bytes): Ecotone plus the operator fee.
    function setL1BlockValuesIsthmus() external {
        _setEcotone();
        assembly {
            // cd[164:176] = operatorFeeScalar u32 ++ operatorFeeConstant u64 → slot 8 bytes [20:32].
            sstore(8, shr(160, calldataload(164)))
        }
    }

    /// @notice Stores the Jovian-format L1 attributes (178 bytes): Isthmus plus the DA footprint scalar.
    function setL1BlockValuesJovian() external {
        _setEcotone();
        assembly {
            // slot 8 bytes [18:20] = daFootprintGasScalar (cd[176:178]), [20:32] as in Isthmus.
            sstore(8, or(shr(160, calldataload(164)), shl(96, shr(240, calldataload(176)))))
        }
    }

    function _setEcotone() internal {
        assembly {
            if xor(caller(), DEPOSITOR_ACCOUNT) {
                mstore(0x00, 0x3cc50b45) // NotDepositor()
                revert(0x1C, 0x04)
            }
            // cd[4:20] = baseFeeScalar ++ blobBaseFeeScalar ++ sequenceNumber → slot 3 bytes [16:32].
            sstore(3, shr(128, calldataload(4)))
            // cd[20:36] = timestamp ++ number → slot 0 bytes [16:32].
            sstore(0, shr(128, calldataload(20)))
            sstore(1, calldataload(36)) // basefee
            sstore(7, calldataload(68)) // blobBaseFee
            sstore(2, calldataload(100)) // hash
            sstore(4, calldataload(132)) // batcherHash
        }
    }
}
