// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// Read side of the L1Block predeploy.
interface IL1BlockValues {
    function basefee() external view returns (uint256);
    function blobBaseFee() external view returns (uint256);
    function baseFeeScalar() external view returns (uint32);
    function blobBaseFeeScalar() external view returns (uint32);
    function l1FeeOverhead() external view returns (uint256);
    function l1FeeScalar() external view returns (uint256);
    function operatorFeeScalar() external view returns (uint32);
    function operatorFeeConstant() external view returns (uint64);
}

/// @title GasPriceOracle
/// @notice L2 predeploy at 0x420000000000000000000000000000000000000F that lets wallets estimate
/// the fees op-geth charges besides execution gas: the L1 data fee and the operator fee. It
/// computes them exactly as op-geth does for the active fork, from the L1 attributes the L1Block
/// predeploy holds. Neither op-node nor op-geth calls it.
/// @dev The fork flags live in slot 0 (isEcotone at byte offset 0, isFjord 1, isIsthmus 2,
/// isJovian 3); OpenLedger's genesis sets all four. The input of the estimates is an unsigned
/// serialized transaction; 68 bytes stand in for the signature.
contract GasPriceOracle {
    /// Number of decimals of the scalars.
    uint256 public constant DECIMALS = 6;
    /// The system account that sends the L1-attributes deposit.
    address public constant DEPOSITOR_ACCOUNT = 0xDeaDDEaDDeAdDeAdDEAdDEaddeAddEAdDEAd0001;
    /// Address of the L1Block predeploy.
    IL1BlockValues public constant L1_BLOCK = IL1BlockValues(0x4200000000000000000000000000000000000015);
    /// Fjord's linear regression of compressed size: intercept and slope (scaled by 1e6), and floor.
    int256 private constant COST_INTERCEPT = -42_585_600;
    uint256 private constant COST_FASTLZ_COEF = 836_500;
    uint256 private constant MIN_TRANSACTION_SIZE = 100;

    bool public isEcotone;
    bool public isFjord;
    bool public isIsthmus;
    bool public isJovian;

    /// The caller is not the depositor account.
    error NotDepositor();
    /// The fork is already active, or its predecessor is not.
    error ForkOrder(string fork);
    /// The function is gone since Ecotone.
    error Deprecated(string what);

    /// @notice Semantic version of this contract.
    function version() external pure returns (string memory) {
        return "1.0.0-openledger";
    }

    /// @notice Activates Ecotone pricing (depositor only).
    function setEcotone() external {
        _onlyDepositor();
        if (isEcotone) revert ForkOrder("Ecotone");
        isEcotone = true;
    }

    /// @notice Activates Fjord pricing (depositor only, after Ecotone).
    function setFjord() external {
        _onlyDepositor();
        if (!isEcotone || isFjord) revert ForkOrder("Fjord");
        isFjord = true;
    }

    /// @notice Activates the Isthmus operator fee (depositor only, after Fjord).
    function setIsthmus() external {
        _onlyDepositor();
        if (!isFjord || isIsthmus) revert ForkOrder("Isthmus");
        isIsthmus = true;
    }

    /// @notice Activates Jovian's operator fee formula (depositor only, after Isthmus).
    function setJovian() external {
        _onlyDepositor();
        if (!isIsthmus || isJovian) revert ForkOrder("Jovian");
        isJovian = true;
    }

    /// @notice The L2 gas price (the block's base fee; the tip is up to the sender).
    function gasPrice() external view returns (uint256) {
        return block.basefee;
    }

    /// @notice The L2 base fee.
    function baseFee() external view returns (uint256) {
        return block.basefee;
    }

    /// @notice Pre-Ecotone fee overhead.
    function overhead() external view returns (uint256) {
        if (isEcotone) revert Deprecated("overhead");
        return L1_BLOCK.l1FeeOverhead();
    }

    /// @notice Pre-Ecotone fee scalar.
    function scalar() external view returns (uint256) {
        if (isEcotone) revert Deprecated("scalar");
        return L1_BLOCK.l1FeeScalar();
    }

    /// @notice The L1 origin's base fee.
    function l1BaseFee() public view returns (uint256) {
        return L1_BLOCK.basefee();
    }

    /// @notice The L1 origin's blob base fee.
    function blobBaseFee() public view returns (uint256) {
        return L1_BLOCK.blobBaseFee();
    }

    /// @notice The base-fee scalar.
    function baseFeeScalar() public view returns (uint32) {
        return L1_BLOCK.baseFeeScalar();
    }

    /// @notice The blob-base-fee scalar.
    function blobBaseFeeScalar() public view returns (uint32) {
        return L1_BLOCK.blobBaseFeeScalar();
    }

    /// @notice Number of decimals of the scalars.
    function decimals() external pure returns (uint256) {
        return DECIMALS;
    }

    /// @notice L1 data fee, in wei, of an unsigned serialized transaction.
    function getL1Fee(bytes calldata _data) external view returns (uint256) {
        if (isFjord) return _fjordL1Cost(flzCompressLength(_data) + 68);
        uint256 l1GasUsed = _calldataGas(_data) + 68 * 16;
        if (isEcotone) {
            uint256 scaledBaseFee = uint256(baseFeeScalar()) * 16 * l1BaseFee();
            uint256 scaledBlobBaseFee = uint256(blobBaseFeeScalar()) * blobBaseFee();
            return l1GasUsed * (scaledBaseFee + scaledBlobBaseFee) / (16 * 10 ** DECIMALS);
        }
        uint256 fee = (l1GasUsed + L1_BLOCK.l1FeeOverhead()) * l1BaseFee() * L1_BLOCK.l1FeeScalar();
        return fee / 10 ** DECIMALS;
    }

    /// @notice Upper bound of the L1 data fee of a transaction of the given unsigned size (Fjord).
    function getL1FeeUpperBound(uint256 _unsignedTxSize) external view returns (uint256) {
        if (!isFjord) revert ForkOrder("Fjord");
        uint256 txSize = _unsignedTxSize + 68;
        // FastLZ never grows input by more than 1/255 plus a small constant.
        uint256 flzUpperBound = txSize + txSize / 255 + 16;
        return _fjordL1Cost(flzUpperBound);
    }

    /// @notice L1 gas an unsigned serialized transaction is charged for.
    function getL1GasUsed(bytes calldata _data) external view returns (uint256) {
        if (isFjord) return _fjordLinearRegression(flzCompressLength(_data) + 68) * 16 / 1e6;
        uint256 l1GasUsed = _calldataGas(_data) + 68 * 16;
        if (isEcotone) return l1GasUsed;
        return l1GasUsed + L1_BLOCK.l1FeeOverhead();
    }

    /// @notice Operator fee, in wei, of a transaction that uses _gasUsed gas.
    function getOperatorFee(uint256 _gasUsed) external view returns (uint256) {
        if (!isIsthmus) return 0;
        uint256 opScalar = L1_BLOCK.operatorFeeScalar();
        uint256 opConstant = L1_BLOCK.operatorFeeConstant();
        if (isJovian) return _gasUsed * opScalar * 100 + opConstant;
        return _gasUsed * opScalar / 1e6 + opConstant;
    }

    /// @notice Length of the FastLZ (level 1) compression of _data, as op-geth computes it
    /// (core/types/rollup_cost.go FlzCompressLen): literal runs cost 1 byte per 32 plus the
    /// bytes, matches 2 or 3 bytes per 262; the hash table has 8192 entries of 4 bytes.
    function flzCompressLength(bytes calldata _data) public pure returns (uint256 n) {
        assembly {
            // Little-endian 3-byte word at offset i.
            function u24(base, i) -> v {
                let w := calldataload(add(base, i))
                v := or(or(byte(0, w), shl(8, byte(1, w))), shl(16, byte(2, w)))
            }
            function hash(v) -> h {
                h := and(shr(19, and(mul(2654435769, v), 0xffffffff)), 0x1fff)
            }
            // Stores position v in entry h of the table at ht (4 bytes per entry).
            function setEntry(ht, h, v) {
                let p := add(ht, shl(2, h))
                mstore(p, or(and(mload(p), 0x00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff), shl(224, v)))
            }
            function literals(r) -> c {
                c := mul(0x21, div(r, 0x20))
                r := mod(r, 0x20)
                if r { c := add(c, add(r, 1)) }
            }
            function matchCost(l) -> c {
                l := sub(l, 1)
                c := mul(3, div(l, 262))
                switch lt(mod(l, 262), 6)
                case 1 { c := add(c, 2) }
                default { c := add(c, 3) }
            }
            // Length of the common run at p and q, bounded by e (as op-geth's cmp: a
            // mismatch at l returns l + 1). Whole equal words are skipped first.
            function common(base, p, q, e) -> l {
                e := sub(e, q)
                for {} iszero(gt(add(l, 32), e)) {} {
                    if iszero(eq(calldataload(add(base, add(p, l))), calldataload(add(base, add(q, l))))) { break }
                    l := add(l, 32)
                }
                for {} lt(l, e) { l := add(l, 1) } {
                    if iszero(eq(byte(0, calldataload(add(base, add(p, l)))), byte(0, calldataload(add(base, add(q, l)))))) {
                        e := 0
                    }
                }
            }

            let base := _data.offset
            let len := _data.length
            let ht := mload(0x40)
            calldatacopy(ht, calldatasize(), 0x8020) // zero the table (reads past calldata are zero)
            let ipLimit := 0
            if gt(len, 12) { ipLimit := sub(len, 13) }
            let a := 0
            for { let ip := 2 } lt(ip, ipLimit) {} {
                let r := 0
                for {} 1 {} {
                    let s := u24(base, ip)
                    let p := add(ht, shl(2, hash(s)))
                    let w := mload(p)
                    r := shr(224, w)
                    mstore(p, or(and(w, 0x00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff), shl(224, ip)))
                    let d := sub(ip, r)
                    if iszero(lt(ip, ipLimit)) { break }
                    ip := add(ip, 1)
                    if and(iszero(gt(d, 0x1fff)), eq(s, u24(base, r))) { break }
                }
                if iszero(lt(ip, ipLimit)) { break }
                ip := sub(ip, 1)
                if gt(ip, a) { n := add(n, literals(sub(ip, a))) }
                let l := common(base, add(r, 3), add(ip, 3), add(ipLimit, 9))
                n := add(n, matchCost(l))
                ip := add(ip, l)
                setEntry(ht, hash(u24(base, ip)), ip)
                ip := add(ip, 1)
                setEntry(ht, hash(u24(base, ip)), ip)
                ip := add(ip, 1)
                a := ip
            }
            n := add(n, literals(sub(len, a)))
        }
    }

    function _calldataGas(bytes calldata _data) private pure returns (uint256 total) {
        for (uint256 i = 0; i < _data.length; i++) {
            total += _data[i] == 0 ? 4 : 16;
        }
    }

    function _fjordLinearRegression(uint256 _fastLzSize) private pure returns (uint256) {
        int256 estimated = COST_INTERCEPT + int256(COST_FASTLZ_COEF * _fastLzSize);
        if (estimated < int256(MIN_TRANSACTION_SIZE * 1e6)) estimated = int256(MIN_TRANSACTION_SIZE * 1e6);
        return uint256(estimated);
    }

    function _fjordL1Cost(uint256 _fastLzSize) private view returns (uint256) {
        uint256 feeScaled = uint256(baseFeeScalar()) * 16 * l1BaseFee() + uint256(blobBaseFeeScalar()) * blobBaseFee();
        return _fjordLinearRegression(_fastLzSize) * feeScaled / 10 ** (DECIMALS * 2);
    }

    function _onlyDepositor() private view {
        if (msg.sender != DEPOSITOR_ACCOUNT) revert NotDepositor();
    }
}
