// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import { Types } from "src/libraries/Types.sol";
import { Hashing } from "src/libraries/Hashing.sol";
import { SecureMerkleTrie } from "src/libraries/trie/SecureMerkleTrie.sol";
import { SafeCall } from "src/libraries/SafeCall.sol";

import { DepositPortal } from "./DepositPortal.sol";
import { OpenToken } from "./OpenToken.sol";
import { OutputOracle, OutputProposal } from "./OutputOracle.sol";

/// @title OptimismPortal
/// @notice OpenLedger's L1 portal: the DepositPortal's deposits, plus deposits that bridge L1 OPEN
/// into L2 OPEN and the OP Stack's withdrawal path out of L2. A withdrawal starts on L2 at the
/// L2ToL1MessagePasser predeploy; once the proposer has posted an output root covering it to the
/// OutputOracle, anyone proves it here with the output root's preimage and a Merkle-Patricia
/// proof (eth_getProof) that the message passer's `sentMessages[withdrawalHash]` is set, and after
/// the finalization period finalizes it: the withdrawal's value is released in L1 OPEN to its
/// target and its data, if any, is called from here with `l2Sender` set to its L2 sender.
/// @dev The function signatures, events and checks are OptimismPortal2's (v1.19.6), with the
/// OutputOracle in the dispute game factory's place: an output counts once the finalization
/// period has passed since it was proposed and the guardian has not blacklisted it. OPEN is
/// native on L2, so a withdrawal's value is not ETH here: the portal holds the L1 OPEN that backs
/// the L2 supply and transfers it. Value deposits go through depositERC20Transaction (the
/// signature of the OP Stack's former custom-gas-token portal), which locks L1 OPEN and mints as
/// much L2 OPEN.
contract OptimismPortal is DepositPortal {
    /// A proof of a withdrawal: the output it was proven against and when.
    struct ProvenWithdrawal {
        OutputProposal disputeGameProxy;
        uint64 timestamp;
    }

    /// l2Sender outside a withdrawal's call (the OP Stack's Constants.DEFAULT_L2_SENDER).
    address internal constant DEFAULT_L2_SENDER = 0x000000000000000000000000000000000000dEaD;
    /// tx.origin of gas estimation: a failed withdrawal call reverts then, so the estimate covers it.
    address internal constant ESTIMATION_ADDRESS = address(1);

    /// The output roots withdrawals are proven against.
    OutputOracle public immutable disputeGameFactory;
    /// L1 OPEN, held here against the L2 supply.
    OpenToken public immutable openToken;
    /// Seconds a proof and the output it used must age before the withdrawal finalizes.
    uint256 public immutable proofMaturityDelaySeconds;
    /// May blacklist a bad output before withdrawals proven against it finalize.
    address public immutable guardian;

    /// The L2 sender of the withdrawal being finalized; DEFAULT_L2_SENDER otherwise.
    address public l2Sender;
    /// Withdrawals already finalized.
    mapping(bytes32 => bool) public finalizedWithdrawals;
    /// Proofs per withdrawal hash and proof submitter.
    mapping(bytes32 => mapping(address => ProvenWithdrawal)) public provenWithdrawals;
    /// Outputs the guardian has blacklisted.
    mapping(OutputProposal => bool) public disputeGameBlacklist;
    /// Everyone who proved a withdrawal, in order.
    mapping(bytes32 => address[]) public proofSubmitters;

    /// @notice Emitted when a withdrawal is proven.
    event WithdrawalProven(bytes32 indexed withdrawalHash, address indexed from, address indexed to);
    /// @notice Emitted with WithdrawalProven: who proved it.
    event WithdrawalProvenExtension1(bytes32 indexed withdrawalHash, address indexed proofSubmitter);
    /// @notice Emitted when a withdrawal is finalized; success is its call's outcome.
    event WithdrawalFinalized(bytes32 indexed withdrawalHash, bool success);
    /// @notice Emitted when the guardian blacklists an output.
    event DisputeGameBlacklisted(OutputProposal indexed disputeGame);

    /// The target is this portal or the L1 OPEN token (a call from here could move locked OPEN).
    error OptimismPortal_BadTarget();
    /// The output at the index was blacklisted.
    error OptimismPortal_InvalidDisputeGame();
    /// Proven in the same block the output was proposed.
    error OptimismPortal_InvalidProofTimestamp();
    /// The output root proof does not hash to the proposed output root.
    error OptimismPortal_InvalidOutputRootProof();
    /// The storage proof does not show the withdrawal in the message passer.
    error OptimismPortal_InvalidMerkleProof();
    /// The withdrawal was finalized before.
    error OptimismPortal_AlreadyFinalized();
    /// The submitter has not proven the withdrawal.
    error OptimismPortal_Unproven();
    /// The proof is younger than the finalization period.
    error OptimismPortal_ProofNotOldEnough();
    /// The output is younger than the finalization period, or blacklisted.
    error OptimismPortal_InvalidRootClaim();
    /// A withdrawal's call tried to finalize another withdrawal.
    error OptimismPortal_NoReentrancy();
    /// A withdrawal's call failed during gas estimation.
    error OptimismPortal_GasEstimation();
    /// The caller is not the guardian.
    error OptimismPortal_Unauthorized();
    /// The L1 OPEN transfer failed.
    error OptimismPortal_TransferFailed();

    /// @param _maxDepositGasPerBlock see DepositPortal.
    /// @param _factory the OutputOracle.
    /// @param _openToken L1 OPEN.
    /// @param _proofMaturityDelaySeconds the finalization period.
    /// @param _guardian may blacklist outputs.
    constructor(
        uint64 _maxDepositGasPerBlock,
        OutputOracle _factory,
        OpenToken _openToken,
        uint256 _proofMaturityDelaySeconds,
        address _guardian
    )
        DepositPortal(_maxDepositGasPerBlock)
    {
        disputeGameFactory = _factory;
        openToken = _openToken;
        proofMaturityDelaySeconds = _proofMaturityDelaySeconds;
        guardian = _guardian;
        l2Sender = DEFAULT_L2_SENDER;
    }

    /// @notice Semantic version.
    function version() external pure returns (string memory) {
        return "1.0.0-openledger";
    }

    /// @notice The game type outputs are proposed with.
    function respectedGameType() external view returns (uint32) {
        return disputeGameFactory.PERMISSIONED_GAME_TYPE();
    }

    /// @notice Bridges L1 OPEN into L2: locks _mint L1 OPEN from the caller here (it must have
    /// approved the portal) and asks for an L2 transaction that first mints _mint L2 OPEN to the
    /// L2 sender. The other parameters are depositTransaction's.
    function depositERC20Transaction(
        address _to,
        uint256 _mint,
        uint256 _value,
        uint64 _gasLimit,
        bool _isCreation,
        bytes calldata _data
    )
        external
    {
        if (_mint > 0 && !openToken.transferFrom(msg.sender, address(this), _mint)) {
            revert OptimismPortal_TransferFailed();
        }
        _deposit(_mint, _to, _value, _gasLimit, _isCreation, _data);
    }

    /// @notice Proves that _tx was initiated on L2 by the output at _disputeGameIndex.
    /// @param _outputRootProof the preimage of the output root.
    /// @param _withdrawalProof Merkle-Patricia proof of the message passer's storage slot
    /// keccak256(abi.encode(withdrawalHash, 0)) under _outputRootProof.messagePasserStorageRoot.
    function proveWithdrawalTransaction(
        Types.WithdrawalTransaction memory _tx,
        uint256 _disputeGameIndex,
        Types.OutputRootProof calldata _outputRootProof,
        bytes[] calldata _withdrawalProof
    )
        external
    {
        if (_isUnsafeTarget(_tx.target)) revert OptimismPortal_BadTarget();
        (,, OutputProposal game) = disputeGameFactory.gameAtIndex(_disputeGameIndex);
        if (disputeGameBlacklist[game]) revert OptimismPortal_InvalidDisputeGame();
        if (block.timestamp <= game.createdAt()) revert OptimismPortal_InvalidProofTimestamp();
        if (game.rootClaim() != Hashing.hashOutputRootProof(_outputRootProof)) {
            revert OptimismPortal_InvalidOutputRootProof();
        }
        bytes32 withdrawalHash = Hashing.hashWithdrawal(_tx);
        // sentMessages is the message passer's first storage slot.
        bytes32 storageKey = keccak256(abi.encode(withdrawalHash, uint256(0)));
        if (!SecureMerkleTrie.verifyInclusionProof({
                _key: abi.encode(storageKey),
                _value: hex"01",
                _proof: _withdrawalProof,
                _root: _outputRootProof.messagePasserStorageRoot
            })) {
            revert OptimismPortal_InvalidMerkleProof();
        }
        provenWithdrawals[withdrawalHash][msg.sender] =
            ProvenWithdrawal({ disputeGameProxy: game, timestamp: uint64(block.timestamp) });
        proofSubmitters[withdrawalHash].push(msg.sender);
        emit WithdrawalProven(withdrawalHash, _tx.sender, _tx.target);
        emit WithdrawalProvenExtension1(withdrawalHash, msg.sender);
    }

    /// @notice Finalizes _tx with the caller's own proof.
    function finalizeWithdrawalTransaction(Types.WithdrawalTransaction memory _tx) external {
        finalizeWithdrawalTransactionExternalProof(_tx, msg.sender);
    }

    /// @notice Finalizes _tx with _proofSubmitter's proof: releases its value in L1 OPEN to its
    /// target, then calls the target with its data (if any) and at least its gas limit.
    function finalizeWithdrawalTransactionExternalProof(Types.WithdrawalTransaction memory _tx, address _proofSubmitter)
        public
    {
        if (l2Sender != DEFAULT_L2_SENDER) revert OptimismPortal_NoReentrancy();
        if (_isUnsafeTarget(_tx.target)) revert OptimismPortal_BadTarget();
        bytes32 withdrawalHash = Hashing.hashWithdrawal(_tx);
        checkWithdrawal(withdrawalHash, _proofSubmitter);
        finalizedWithdrawals[withdrawalHash] = true;

        if (_tx.value > 0 && !openToken.transfer(_tx.target, _tx.value)) revert OptimismPortal_TransferFailed();
        bool success = true;
        if (_tx.data.length > 0) {
            l2Sender = _tx.sender;
            success = SafeCall.callWithMinGas(_tx.target, _tx.gasLimit, 0, _tx.data);
            l2Sender = DEFAULT_L2_SENDER;
        }
        emit WithdrawalFinalized(withdrawalHash, success);
        if (!success && tx.origin == ESTIMATION_ADDRESS) revert OptimismPortal_GasEstimation();
    }

    /// @notice Reverts unless the withdrawal may be finalized now with _proofSubmitter's proof.
    function checkWithdrawal(bytes32 _withdrawalHash, address _proofSubmitter) public view {
        ProvenWithdrawal memory proven = provenWithdrawals[_withdrawalHash][_proofSubmitter];
        if (finalizedWithdrawals[_withdrawalHash]) revert OptimismPortal_AlreadyFinalized();
        if (proven.timestamp == 0) revert OptimismPortal_Unproven();
        uint64 createdAt = proven.disputeGameProxy.createdAt();
        if (proven.timestamp <= createdAt) revert OptimismPortal_InvalidProofTimestamp();
        if (block.timestamp - proven.timestamp <= proofMaturityDelaySeconds) revert OptimismPortal_ProofNotOldEnough();
        if (disputeGameBlacklist[proven.disputeGameProxy] || block.timestamp - createdAt <= proofMaturityDelaySeconds) {
            revert OptimismPortal_InvalidRootClaim();
        }
    }

    /// @notice Number of accounts that proved the withdrawal.
    function numProofSubmitters(bytes32 _withdrawalHash) external view returns (uint256) {
        return proofSubmitters[_withdrawalHash].length;
    }

    /// @notice Blacklists an output so that no withdrawal proven against it finalizes (guardian only).
    function blacklistDisputeGame(OutputProposal _disputeGame) external {
        if (msg.sender != guardian) revert OptimismPortal_Unauthorized();
        disputeGameBlacklist[_disputeGame] = true;
        emit DisputeGameBlacklisted(_disputeGame);
    }

    function _isUnsafeTarget(address _target) internal view returns (bool) {
        return _target == address(this) || _target == address(openToken);
    }
}
