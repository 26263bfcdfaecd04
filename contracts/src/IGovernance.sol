// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IGovernance
/// @notice The governance precompile at 0x0000000000000000000000000000000000000A05. OPEN holders
/// lock OPEN (msg.value) for voting power and vote on proposals that change the chain's AI
/// parameters: the settlement fee split and burn, the platform fee, the settler and slasher sets,
/// the minimum agent stake, the unbonding and escrow withdrawal delays, governance's own
/// parameters, spends from the treasury (OPEN allocated to this precompile at genesis: nothing is
/// minted), and slashing or suspending an agent. The other precompiles read the parameters from
/// their own storage at execution time; an executed proposal writes them there.
/// @dev Voting power is the OPEN an account had locked before the block that created the proposal
/// (its snapshot), and never more than what it has locked when it votes: OPEN locked after a
/// proposal opens does not count, and OPEN unlocked since does not vote. Lock history is kept as
/// checkpoints (one per account per block time), so a vote reads a bounded number of them.
/// Lifecycle: propose (voting starts at once) -> vote until voteEnd -> queue (anyone; checks quorum
/// and approval threshold; sets eta = now + timelockDelay) -> execute (anyone, from eta on, with the
/// proposal's changes as calldata, checked against the hash recorded at proposal time). The
/// proposer may cancel until voting ends. Every numeric parameter stays within hard bounds fixed
/// at genesis (bounds()).
interface IGovernance {
    /// What a Change does; `account`, `id` and `value` are used as each kind says.
    enum ChangeKind {
        BurnBps,           // value: settlement burn share, basis points
        OwnerBps,          // value: model owner share, basis points
        OperatorBps,       // value: operator share, basis points
        PlatformFee,       // value: platform fee per inference, wei
        AddSettler,        // account
        RemoveSettler,     // account
        AddSlasher,        // account
        RemoveSlasher,     // account
        MinAgentStake,     // value: wei
        UnbondingDelay,    // value: agent unbonding delay, blocks
        WithdrawDelay,     // value: escrow withdrawal delay, seconds
        TreasurySpend,     // account receives value wei from the treasury
        SlashAgent,        // id: agent, value: wei to burn from its stake
        SuspendAgent,      // id: agent (suspended agents are inactive; their stake cannot leave)
        UnsuspendAgent,    // id: agent
        VotingPeriod,      // value: seconds
        TimelockDelay,     // value: seconds
        UnlockDelay,       // value: seconds
        QuorumBps,         // value: share of the OPEN locked at the snapshot that must vote for or abstain
        ThresholdBps,      // value: share of for+against votes that must be for (strictly more)
        ProposalThreshold  // value: voting power (wei) needed to propose
    }

    struct Change {
        ChangeKind kind;
        address account;
        uint256 id;
        uint256 value;
    }

    /// Proposal states.
    enum ProposalState {
        Active,    // voting open
        Canceled,  // canceled by its proposer
        Defeated,  // voting ended without quorum or approval
        Succeeded, // voting ended with quorum and approval; not queued yet
        Queued,    // waiting for the timelock
        Executed   // changes applied
    }

    struct Proposal {
        uint256 id;
        address proposer;
        bytes32 changesHash;
        /// Voting power is the OPEN locked before this block time.
        uint64 snapshot;
        uint64 voteEnd;
        /// Executable from this time on; zero until queued.
        uint64 eta;
        uint256 forVotes;
        uint256 againstVotes;
        uint256 abstainVotes;
        /// For and abstain votes needed.
        uint256 quorum;
        ProposalState state;
    }

    struct Params {
        uint64 votingPeriod;
        uint64 timelockDelay;
        uint64 unlockDelay;
        uint16 quorumBps;
        uint16 thresholdBps;
        uint256 proposalThreshold;
    }

    /// One [min, max] pair per numeric ChangeKind, indexed by the kind (kinds that take an
    /// account or an agent have [0, 0]).
    struct Bound {
        uint256 min;
        uint256 max;
    }

    event Locked(address indexed account, uint256 amount, uint256 locked);
    event UnlockRequested(address indexed account, uint256 amount, uint256 locked, uint64 releaseTime);
    event Withdrawn(address indexed account, uint256 amount);
    event ProposalCreated(uint256 indexed proposalId, address indexed proposer, Change[] changes, string description, uint64 snapshot, uint64 voteEnd, uint256 quorum);
    event VoteCast(uint256 indexed proposalId, address indexed voter, uint8 support, uint256 weight);
    event ProposalCanceled(uint256 indexed proposalId);
    event ProposalQueued(uint256 indexed proposalId, uint64 eta);
    event ProposalExecuted(uint256 indexed proposalId);
    event ChangeApplied(uint256 indexed proposalId, ChangeKind indexed kind, address account, uint256 id, uint256 value);

    error InvalidArgument(string reason);
    error OutOfBounds(ChangeKind kind, uint256 value, uint256 min, uint256 max);
    error ProposalNotFound(uint256 proposalId);
    error BelowProposalThreshold(uint256 power, uint256 threshold);
    error NoVotingPower(address account, uint256 proposalId);
    error AlreadyVoted(uint256 proposalId, address voter);
    error WrongState(uint256 proposalId, ProposalState state);
    error VotingNotEnded(uint256 proposalId, uint64 voteEnd);
    error TimelockNotElapsed(uint256 proposalId, uint64 eta);
    error NotProposer(uint256 proposalId, address caller);
    error ChangesMismatch(uint256 proposalId, bytes32 expected, bytes32 given);
    error ExecutionFailed(uint256 proposalId, uint256 changeIndex, string reason);
    error InsufficientLocked(uint256 requested, uint256 locked);
    error NothingToWithdraw(address account);
    error StillLocked(address account, uint64 releaseTime);

    /// Locks msg.value for voting power.
    function lock() external payable;

    /// Moves `amount` of locked OPEN to unlocking: it stops counting at once and can be withdrawn
    /// unlockDelay seconds later (the release time restarts for everything unlocking).
    function unlock(uint256 amount) external;

    /// Pays the caller its unlocking OPEN once the release time has passed.
    function withdraw() external returns (uint256 amount);

    /// Opens a proposal of 1 to 16 changes (each within bounds) and returns its id. The caller's
    /// voting power before this block must be at least proposalThreshold.
    function propose(Change[] calldata changes, string calldata description) external returns (uint256 proposalId);

    /// Votes against (0), for (1) or abstain (2) with the caller's voting power for the proposal.
    function vote(uint256 proposalId, uint8 support) external returns (uint256 weight);

    /// Cancels an Active proposal; only its proposer may.
    function cancel(uint256 proposalId) external;

    /// Queues a proposal whose voting ended with quorum and approval; anyone may.
    function queue(uint256 proposalId) external returns (uint64 eta);

    /// Applies a Queued proposal's changes once its eta has passed; anyone may. `changes` must be
    /// the proposal's changes exactly (their hash is checked).
    function execute(uint256 proposalId, Change[] calldata changes) external;

    function proposalCount() external view returns (uint256);
    function getProposal(uint256 proposalId) external view returns (Proposal memory);
    function hasVoted(uint256 proposalId, address account) external view returns (bool);
    /// The weight `account` would vote with on the proposal now.
    function votingPower(uint256 proposalId, address account) external view returns (uint256);
    /// OPEN `account` has locked, unlocking, and when the unlocking OPEN is released.
    function lockedOf(address account) external view returns (uint256 locked, uint256 unlocking, uint64 releaseTime);
    function totalLocked() external view returns (uint256);
    /// OPEN the treasury can spend: the precompile's balance less locked and unlocking OPEN.
    function treasury() external view returns (uint256);
    function params() external view returns (Params memory);
    function bounds() external view returns (Bound[] memory);
    /// keccak256(abi.encode(changes)): what propose records and execute checks.
    function hashChanges(Change[] calldata changes) external pure returns (bytes32);
}
