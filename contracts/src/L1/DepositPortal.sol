// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title DepositPortal
/// @notice OpenLedger's L1 entry point for forced inclusion: anyone may ask for an L2 call, and the
/// rollup node (op-node) executes it in the first L2 block of the epoch whose L1 origin holds the
/// deposit. The emitted event is the OP Stack's version-0 `TransactionDeposited`, which op-node
/// parses byte for byte.
/// @dev OPEN is the L2's native token and its supply is fixed at L2 genesis, so these deposits never
/// mint: the functions are not payable and the opaque data carries mint = 0. The L2 `value` moves
/// the sender's existing L2 balance. (OptimismPortal extends this contract with deposits that lock
/// L1 OPEN and mint as much on L2.) The gas that deposits may buy per L1 block is capped so that
/// forced deposits always fit into the first L2 block of the epoch next to the L1-attributes tx.
contract DepositPortal {
    /// Version of the deposit encoding (the only one op-node knows).
    uint256 public constant DEPOSIT_VERSION = 0;
    /// Smallest gas limit a deposit may ask for: an L2 transaction's intrinsic gas.
    uint64 public constant MIN_GAS_LIMIT = 21_000;
    /// Gas per byte of deposit data added to the minimum gas limit.
    uint64 public constant GAS_PER_DATA_BYTE = 40;
    /// Largest deposit payload in bytes.
    uint256 public constant MAX_DATA_SIZE = 120_000;
    /// Offset added to a contract sender's address, so that an L1 contract cannot pose as the L2
    /// account with the same address.
    uint160 public constant ALIAS_OFFSET = uint160(0x1111000000000000000000000000000000001111);

    /// Total L2 gas all deposits of one L1 block may ask for (slot 0, with the two below).
    uint64 public maxDepositGasPerBlock;
    /// L1 block number of the last deposit and the gas deposited in that block so far.
    uint64 public lastDepositBlock;
    uint64 public depositGasInBlock;

    /// @notice Emitted for every deposit; op-node derives one L2 deposit transaction from it.
    /// @param from L2 sender: the L1 caller, aliased when it is a contract.
    /// @param to L2 recipient, zero for a contract creation.
    /// @param version Encoding version of opaqueData (0).
    /// @param opaqueData abi.encodePacked(uint256 mint, uint256 value, uint64 gasLimit, bool isCreation, bytes data).
    event TransactionDeposited(address indexed from, address indexed to, uint256 indexed version, bytes opaqueData);

    /// The gas limit is below MIN_GAS_LIMIT + GAS_PER_DATA_BYTE * data length.
    error GasLimitTooLow(uint64 gasLimit, uint64 minimum);
    /// The data exceeds MAX_DATA_SIZE.
    error DataTooLarge(uint256 size);
    /// A contract creation named a recipient.
    error CreationWithRecipient();
    /// This L1 block's deposits would exceed maxDepositGasPerBlock.
    error DepositGasExhausted(uint64 requested, uint64 remaining);

    /// The per-block deposit gas cap is zero.
    error ZeroDepositGasCap();

    /// @dev The devnet runs this constructor when it builds the L1 genesis, and stores the
    /// resulting code and storage there.
    constructor(uint64 _maxDepositGasPerBlock) {
        if (_maxDepositGasPerBlock == 0) revert ZeroDepositGasCap();
        maxDepositGasPerBlock = _maxDepositGasPerBlock;
    }

    /// @notice Requests an L2 transaction from the caller (aliased when it is a contract).
    /// @param _to L2 recipient; must be zero when _isCreation.
    /// @param _value L2 value taken from the sender's L2 balance (never minted).
    /// @param _gasLimit L2 gas limit of the deposit; it is bought out of the per-block budget.
    /// @param _isCreation Whether the deposit creates a contract with _data as init code.
    /// @param _data L2 calldata or init code.
    function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes calldata _data)
        external
    {
        _deposit(0, _to, _value, _gasLimit, _isCreation, _data);
    }

    /// @dev Checks a deposit, buys its gas out of this L1 block's budget and emits it. _mint is
    /// the L2 value the deposit creates; only a portal that took the matching L1 asset passes
    /// a nonzero one.
    function _deposit(uint256 _mint, address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes calldata _data)
        internal
    {
        if (_isCreation && _to != address(0)) revert CreationWithRecipient();
        if (_data.length > MAX_DATA_SIZE) revert DataTooLarge(_data.length);
        uint64 minimum = minimumGasLimit(uint64(_data.length));
        if (_gasLimit < minimum) revert GasLimitTooLow(_gasLimit, minimum);

        if (lastDepositBlock != uint64(block.number)) {
            lastDepositBlock = uint64(block.number);
            depositGasInBlock = 0;
        }
        uint64 remaining = maxDepositGasPerBlock - depositGasInBlock;
        if (_gasLimit > remaining) revert DepositGasExhausted(_gasLimit, remaining);
        depositGasInBlock += _gasLimit;

        address from = msg.sender;
        if (!_isEOA()) {
            unchecked {
                from = address(uint160(msg.sender) + ALIAS_OFFSET);
            }
        }
        bytes memory opaqueData = abi.encodePacked(_mint, _value, _gasLimit, _isCreation, _data);
        emit TransactionDeposited(from, _to, DEPOSIT_VERSION, opaqueData);
    }

    /// @notice Smallest gas limit a deposit with _dataLength bytes of data may ask for.
    function minimumGasLimit(uint64 _dataLength) public pure returns (uint64) {
        return MIN_GAS_LIMIT + GAS_PER_DATA_BYTE * _dataLength;
    }

    /// @notice Deposit gas still available in the current L1 block.
    function remainingDepositGas() external view returns (uint64) {
        if (lastDepositBlock != uint64(block.number)) return maxDepositGasPerBlock;
        return maxDepositGasPerBlock - depositGasInBlock;
    }

    /// The caller is an EOA when it is the transaction's origin, or an EIP-7702 delegated account.
    function _isEOA() internal view returns (bool) {
        if (msg.sender == tx.origin) return true;
        address sender = msg.sender;
        if (sender.code.length == 23) {
            bytes memory code = sender.code;
            return code[0] == 0xef && code[1] == 0x01 && code[2] == 0x00;
        }
        return false;
    }
}
