// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title OutputProposal
/// @notice One L2 output root proposed by the rollup's proposer. It answers the getters of the OP
/// Stack's dispute games that op-proposer and the OptimismPortal read (gameCreator, rootClaim,
/// l2BlockNumber, createdAt, gameType, extraData), so it stands where a PermissionedDisputeGame
/// would. It is created by the OutputOracle and never changes.
contract OutputProposal {
    /// The proposer that created it.
    address public immutable gameCreator;
    /// The output root: keccak256(version 0 ‖ state root ‖ message passer storage root ‖ block hash).
    bytes32 public immutable rootClaim;
    /// The L2 block the output root commits to.
    uint256 public immutable l2BlockNumber;
    /// L1 timestamp of the creation.
    uint64 public immutable createdAt;
    /// The game type it was created with.
    uint32 public immutable gameType;

    constructor(address _creator, uint32 _gameType, bytes32 _rootClaim, uint256 _l2BlockNumber) {
        gameCreator = _creator;
        gameType = _gameType;
        rootClaim = _rootClaim;
        l2BlockNumber = _l2BlockNumber;
        createdAt = uint64(block.timestamp);
    }

    /// @notice Same as l2BlockNumber (the name newer OP Stack games use).
    function l2SequenceNumber() external view returns (uint256) {
        return l2BlockNumber;
    }

    /// @notice The extra data op-proposer passed: the L2 block number as one 32-byte word.
    function extraData() external view returns (bytes memory) {
        return abi.encode(l2BlockNumber);
    }
}

/// @title OutputOracle
/// @notice OpenLedger's L1 record of L2 output roots. It speaks the part of the OP Stack's
/// DisputeGameFactory interface that op-proposer (v1.19.6, which only posts to a dispute game
/// factory) and the OptimismPortal use: create, gameCount, gameAtIndex, initBonds, version. Only
/// the configured proposer may propose (the OP Stack's permissioned game type 1), proposals carry
/// no bond, and each one must be for a later L2 block than the last, so a withdrawal finds the
/// first output at or after its block by binary search (findGameIndex). An output becomes usable
/// for finalizing withdrawals when the portal's finalization period has passed since createdAt.
contract OutputOracle {
    /// The OP Stack's game type of permissioned output proposals.
    uint32 public constant PERMISSIONED_GAME_TYPE = 1;

    /// A game as the DisputeGameFactory reports it.
    struct GameEntry {
        uint32 gameType;
        uint64 timestamp;
        OutputProposal proxy;
    }

    /// The only account allowed to propose.
    address public immutable proposer;
    /// Every proposal in order.
    GameEntry[] internal games;

    /// @notice Emitted for every proposal (the DisputeGameFactory's event).
    event DisputeGameCreated(address indexed disputeProxy, uint32 indexed gameType, bytes32 indexed rootClaim);

    /// The caller is not the proposer.
    error NotProposer(address caller);
    /// The game type is not PERMISSIONED_GAME_TYPE.
    error UnknownGameType(uint32 gameType);
    /// Proposals carry no bond.
    error UnexpectedBond(uint256 value);
    /// The extra data is not one 32-byte L2 block number.
    error BadExtraData(uint256 length);
    /// The L2 block is not after the last proposal's.
    error BlockNotAfterLatest(uint256 l2BlockNumber, uint256 latest);
    /// The output root is zero.
    error ZeroRoot();
    /// No proposal covers the L2 block yet.
    error NoOutputAfter(uint256 l2BlockNumber);
    /// The index is past the last game.
    error NoSuchGame(uint256 index);

    /// @param _proposer the account op-proposer signs with.
    constructor(address _proposer) {
        proposer = _proposer;
    }

    /// @notice Interface version (op-proposer logs it at start-up).
    function version() external pure returns (string memory) {
        return "1.0.0-openledger";
    }

    /// @notice The bond a proposal of _gameType needs: none.
    function initBonds(uint32) external pure returns (uint256) {
        return 0;
    }

    /// @notice Records the output root _rootClaim of the L2 block encoded in _extraData.
    /// @return proxy_ the new proposal.
    function create(uint32 _gameType, bytes32 _rootClaim, bytes calldata _extraData)
        external
        payable
        returns (OutputProposal proxy_)
    {
        if (msg.sender != proposer) revert NotProposer(msg.sender);
        if (_gameType != PERMISSIONED_GAME_TYPE) revert UnknownGameType(_gameType);
        if (msg.value != 0) revert UnexpectedBond(msg.value);
        if (_extraData.length != 32) revert BadExtraData(_extraData.length);
        if (_rootClaim == bytes32(0)) revert ZeroRoot();
        uint256 l2BlockNumber = abi.decode(_extraData, (uint256));
        uint256 n = games.length;
        if (n > 0) {
            uint256 latest = games[n - 1].proxy.l2BlockNumber();
            if (l2BlockNumber <= latest) revert BlockNotAfterLatest(l2BlockNumber, latest);
        }
        proxy_ = new OutputProposal(msg.sender, _gameType, _rootClaim, l2BlockNumber);
        games.push(GameEntry({ gameType: _gameType, timestamp: uint64(block.timestamp), proxy: proxy_ }));
        emit DisputeGameCreated(address(proxy_), _gameType, _rootClaim);
    }

    /// @notice Number of proposals.
    function gameCount() external view returns (uint256 gameCount_) {
        return games.length;
    }

    /// @notice The proposal at _index: its type, creation time and address.
    function gameAtIndex(uint256 _index)
        external
        view
        returns (uint32 gameType_, uint64 timestamp_, OutputProposal proxy_)
    {
        if (_index >= games.length) revert NoSuchGame(_index);
        GameEntry storage g = games[_index];
        return (g.gameType, g.timestamp, g.proxy);
    }

    /// @notice L2 block of the latest proposal (0 when there is none).
    function latestL2BlockNumber() external view returns (uint256) {
        uint256 n = games.length;
        return n == 0 ? 0 : games[n - 1].proxy.l2BlockNumber();
    }

    /// @notice Index of the first proposal whose L2 block is at or after _l2BlockNumber: the
    /// output a withdrawal initiated in that block is proven against.
    function findGameIndex(uint256 _l2BlockNumber) external view returns (uint256) {
        uint256 lo = 0;
        uint256 hi = games.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (games[mid].proxy.l2BlockNumber() < _l2BlockNumber) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == games.length) revert NoOutputAfter(_l2BlockNumber);
        return lo;
    }
}
