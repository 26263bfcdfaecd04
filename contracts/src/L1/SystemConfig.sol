// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title SystemConfig
/// @notice OpenLedger's L1 record of the rollup parameters that derivation reads: the batcher
/// allowed to post batches, the L2 gas limit, the L1 fee scalars, the operator fee and the
/// unsafe-block signer. Every change emits the OP Stack's `ConfigUpdate` event, which op-node
/// applies from the L1 block that holds it on.
/// @dev Payload encodings follow op-node's `ProcessSystemConfigUpdateLogEvent`: every payload is
/// `abi.encode(bytes)` of 32-byte words. The genesis values are written into this contract's
/// storage by the devnet's L1 genesis; the slots are declared in order below and fixed.
contract SystemConfig {
    /// Kinds of update op-node understands (the OP Stack's UpdateType enum).
    enum UpdateType {
        BATCHER,
        FEE_SCALARS,
        GAS_LIMIT,
        UNSAFE_BLOCK_SIGNER,
        EIP_1559_PARAMS,
        OPERATOR_FEE_PARAMS,
        MIN_BASE_FEE,
        DA_FOOTPRINT_GAS_SCALAR
    }

    /// Version of the ConfigUpdate encoding (the only one op-node knows).
    uint256 public constant VERSION = 0;
    /// Storage slot op-node reads the unsafe-block signer from: keccak256("systemconfig.unsafeblocksigner").
    bytes32 public constant UNSAFE_BLOCK_SIGNER_SLOT = 0x65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08;
    /// Gas reserved per L2 block for the L1-attributes system transaction.
    uint64 public constant SYSTEM_TX_MAX_GAS = 1_000_000;

    /// slot 0: who may change the config.
    address public owner;
    /// slot 1: the batcher, as a left-padded address.
    bytes32 public batcherHash;
    /// slot 2: L2 block gas limit, and (packed) the gas forced deposits may use per L1 block.
    uint64 public gasLimit;
    uint64 public maxDepositGasPerBlock;
    /// slot 3: fee scalars, versioned: (1 << 248) | (blobBaseFeeScalar << 32) | baseFeeScalar.
    uint256 public scalar;
    /// slot 4: operator fee parameters and Jovian's minimum base fee and DA footprint scalar.
    uint32 public operatorFeeScalar;
    uint64 public operatorFeeConstant;
    uint64 public minBaseFee;
    uint16 public daFootprintGasScalar;

    /// @notice Emitted on every change; op-node reads it.
    event ConfigUpdate(uint256 indexed version, UpdateType indexed updateType, bytes data);
    /// @notice Emitted when ownership moves.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// The caller is not the owner.
    error NotOwner(address caller);
    /// The gas limit cannot hold the forced deposits and the system transaction.
    error GasLimitTooLow(uint64 gasLimit, uint64 minimum);
    /// The new owner is the zero address.
    error ZeroOwner();

    /// @dev The devnet runs this constructor when it builds the L1 genesis, and stores the
    /// resulting code and storage there; op-node takes the same values from rollup.json.
    constructor(
        address _owner,
        address _batcher,
        uint64 _gasLimit,
        uint64 _maxDepositGasPerBlock,
        uint32 _basefeeScalar,
        uint32 _blobbasefeeScalar,
        address _unsafeBlockSigner
    ) {
        if (_owner == address(0)) revert ZeroOwner();
        owner = _owner;
        batcherHash = bytes32(uint256(uint160(_batcher)));
        maxDepositGasPerBlock = _maxDepositGasPerBlock;
        if (_gasLimit < minimumGasLimit()) revert GasLimitTooLow(_gasLimit, minimumGasLimit());
        gasLimit = _gasLimit;
        scalar = (uint256(0x01) << 248) | (uint256(_blobbasefeeScalar) << 32) | _basefeeScalar;
        bytes32 slot = UNSAFE_BLOCK_SIGNER_SLOT;
        assembly {
            sstore(slot, _unsafeBlockSigner)
        }
        emit OwnershipTransferred(address(0), _owner);
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @notice The unsafe-block signer (the sequencer's P2P key).
    function unsafeBlockSigner() external view returns (address signer) {
        bytes32 slot = UNSAFE_BLOCK_SIGNER_SLOT;
        assembly {
            signer := sload(slot)
        }
    }

    /// @notice The smallest L2 gas limit this config accepts.
    function minimumGasLimit() public view returns (uint64) {
        return maxDepositGasPerBlock + SYSTEM_TX_MAX_GAS;
    }

    /// @notice The base-fee scalar (low 32 bits of scalar).
    function basefeeScalar() external view returns (uint32) {
        return uint32(scalar);
    }

    /// @notice The blob-base-fee scalar (bits 32..63 of scalar).
    function blobbasefeeScalar() external view returns (uint32) {
        return uint32(scalar >> 32);
    }

    /// @notice Hands the config to a new owner.
    function transferOwnership(address _newOwner) external onlyOwner {
        if (_newOwner == address(0)) revert ZeroOwner();
        emit OwnershipTransferred(owner, _newOwner);
        owner = _newOwner;
    }

    /// @notice Changes the batcher whose transactions to the batch inbox derivation accepts.
    function setBatcherHash(address _batcher) external onlyOwner {
        bytes32 hash = bytes32(uint256(uint160(_batcher)));
        batcherHash = hash;
        emit ConfigUpdate(VERSION, UpdateType.BATCHER, abi.encode(hash));
    }

    /// @notice Changes the L1 fee scalars (Ecotone encoding).
    function setGasConfigEcotone(uint32 _basefeeScalar, uint32 _blobbasefeeScalar) external onlyOwner {
        uint256 encoded = (uint256(0x01) << 248) | (uint256(_blobbasefeeScalar) << 32) | _basefeeScalar;
        scalar = encoded;
        emit ConfigUpdate(VERSION, UpdateType.FEE_SCALARS, abi.encode(uint256(0), encoded));
    }

    /// @notice Changes the L2 block gas limit.
    function setGasLimit(uint64 _gasLimit) external onlyOwner {
        uint64 minimum = minimumGasLimit();
        if (_gasLimit < minimum) revert GasLimitTooLow(_gasLimit, minimum);
        gasLimit = _gasLimit;
        emit ConfigUpdate(VERSION, UpdateType.GAS_LIMIT, abi.encode(uint256(_gasLimit)));
    }

    /// @notice Changes the unsafe-block signer.
    function setUnsafeBlockSigner(address _signer) external onlyOwner {
        bytes32 slot = UNSAFE_BLOCK_SIGNER_SLOT;
        assembly {
            sstore(slot, _signer)
        }
        emit ConfigUpdate(VERSION, UpdateType.UNSAFE_BLOCK_SIGNER, abi.encode(_signer));
    }

    /// @notice Changes the operator fee (Isthmus; Jovian charges gas * scalar * 100 + constant).
    function setOperatorFeeScalars(uint32 _scalar, uint64 _constant) external onlyOwner {
        operatorFeeScalar = _scalar;
        operatorFeeConstant = _constant;
        emit ConfigUpdate(VERSION, UpdateType.OPERATOR_FEE_PARAMS, abi.encode((uint256(_scalar) << 64) | _constant));
    }

    /// @notice Changes Jovian's minimum L2 base fee (wei).
    function setMinBaseFee(uint64 _minBaseFee) external onlyOwner {
        minBaseFee = _minBaseFee;
        emit ConfigUpdate(VERSION, UpdateType.MIN_BASE_FEE, abi.encode(uint256(_minBaseFee)));
    }

    /// @notice Changes Jovian's DA footprint gas scalar (0 means the default).
    function setDAFootprintGasScalar(uint16 _scalar) external onlyOwner {
        daFootprintGasScalar = _scalar;
        emit ConfigUpdate(VERSION, UpdateType.DA_FOOTPRINT_GAS_SCALAR, abi.encode(uint256(_scalar)));
    }
}
