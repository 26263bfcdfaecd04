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

    /// @notice Length of the FastLZ (level 1) compression of _data, as op-geth computes it.
    function flzCompressLength(bytes calldata _data) public pure returns (uint256 n) {
        uint256 len = _data.length;
        uint32[] memory ht = new uint32[](8192);
        uint256 a = 0;
        uint256 ipLimit = len < 13 ? 0 : len - 13;
        uint256 ip = a + 2;
        while (ip < ipLimit) {
            uint256 r;
            uint256 d;
            uint256 s;
            while (true) {
                s = _u24(_data, ip);
                uint256 h = _flzHash(s);
                r = ht[h];
                ht[h] = uint32(ip);
                d = ip - r;
                if (ip >= ipLimit) break;
                ip++;
                if (d <= 0x1fff && s == _u24(_data, r)) break;
            }
            if (ip >= ipLimit) break;
            ip--;
            if (ip > a) n += _literalsLength(ip - a);
            uint256 l = _matchLength(_data, r + 3, ip + 3, ipLimit + 9);
            n += _matchCost(l);
            ip = ip + l;
            ht[_flzHash(_u24(_data, ip))] = uint32(ip);
            ip++;
            ht[_flzHash(_u24(_data, ip))] = uint32(ip);
            ip++;
            a = ip;
        }
        n += _literalsLength(len - a);
    }

    function _u24(bytes calldata _data, uint256 _i) private pure returns (uint256) {
        return uint256(uint8(_data[_i])) | (uint256(uint8(_data[_i + 1])) << 8) | (uint256(uint8(_data[_i + 2])) << 16);
    }

    function _flzHash(uint256 _v) private pure returns (uint256) {
        return (((2654435769 * _v) & 0xffffffff) >> 19) & 0x1fff;
    }

    function _literalsLength(uint256 _r) private pure returns (uint256 n) {
        n = 0x21 * (_r / 0x20);
        _r %= 0x20;
        if (_r != 0) n += _r + 1;
    }

    function _matchCost(uint256 _l) private pure returns (uint256 n) {
        _l--;
        n = 3 * (_l / 262);
        n += _l % 262 >= 6 ? 3 : 2;
    }

    function _matchLength(bytes calldata _data, uint256 _p, uint256 _q, uint256 _e) private pure returns (uint256 l) {
        _e -= _q;
        while (l < _e) {
            if (_data[_p + l] != _data[_q + l]) _e = 0;
            l++;
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
