// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IAgentRegistry
/// @notice The AI agent registry precompile at 0x0000000000000000000000000000000000000A04.
/// An agent registers with a metadata URI, the model it runs and a stake in OPEN (msg.value).
/// Stake leaves only through an unbonding delay counted in blocks; accounts in the slasher set
/// (set at genesis, changed by governance) can slash it. Slashed OPEN is burned: it leaves the
/// registry's balance and goes nowhere, and totalSlashed() counts it.
/// @dev The registry's balance always equals totalStaked(): the sum over agents of their
/// bonded and unbonding stake. An agent is active while its bonded stake is at least
/// minStake() and governance has not suspended it. Slashing takes bonded stake first, then
/// unbonding stake. Governance (IGovernance) changes minStake, unbondingDelay and the slasher set,
/// and can slash or suspend an agent.
interface IAgentRegistry {
    struct Agent {
        uint256 id;
        address owner;
        string metadataURI;
        uint256 modelId;
        /// Bonded stake in wei.
        uint256 stake;
        /// Stake waiting for the unbonding delay, withdrawable from unbondingReleaseBlock on.
        uint256 unbonding;
        uint64 unbondingReleaseBlock;
        /// Total wei slashed from this agent.
        uint256 slashed;
        bool active;
        uint64 registeredAt;
    }

    event AgentRegistered(uint256 indexed agentId, address indexed owner, uint256 indexed modelId, string metadataURI, uint256 stake);
    event StakeAdded(uint256 indexed agentId, address indexed from, uint256 amount, uint256 stake);
    event UnstakeRequested(uint256 indexed agentId, uint256 amount, uint256 unbonding, uint64 releaseBlock);
    event StakeWithdrawn(uint256 indexed agentId, address indexed to, uint256 amount);
    event AgentSlashed(uint256 indexed agentId, address indexed slasher, uint256 amount, string reason);
    event AgentActivated(uint256 indexed agentId);
    event AgentDeactivated(uint256 indexed agentId);
    /// Governance suspended (true) or reinstated (false) an agent.
    event SuspensionChanged(uint256 indexed agentId, bool suspended);

    error AgentNotFound(uint256 agentId);
    error NotAgentOwner(uint256 agentId, address caller);
    error ModelNotFound(uint256 modelId);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error InsufficientStake(uint256 agentId, uint256 requested, uint256 available);
    error NothingToWithdraw(uint256 agentId);
    error StillUnbonding(uint256 agentId, uint64 releaseBlock);
    error NotSlasher(address caller);
    error InvalidArgument(string reason);
    error AgentIsSuspended(uint256 agentId);

    /// Registers an agent owned by msg.sender running model `modelId` (which must exist in the
    /// model registry) with msg.value as its stake (at least minStake()), and returns its id.
    function register(string calldata metadataURI, uint256 modelId) external payable returns (uint256 agentId);

    /// Adds msg.value to an agent's bonded stake; anyone may add stake.
    function addStake(uint256 agentId) external payable;

    /// Moves `amount` of bonded stake to unbonding; only the owner may call it. What stays
    /// bonded must be zero or at least minStake(). The release block restarts at the current
    /// block plus unbondingDelay() for everything unbonding.
    function requestUnstake(uint256 agentId, uint256 amount) external;

    /// Sends all unbonding stake whose delay has passed to the owner; only the owner may call it.
    function withdraw(uint256 agentId) external returns (uint256 amount);

    /// Burns up to `amount` of an agent's stake (bonded first, then unbonding) and returns what
    /// was burned; only slashers may call it.
    function slash(uint256 agentId, uint256 amount, string calldata reason) external returns (uint256 slashed);

    function agentCount() external view returns (uint256);
    function getAgent(uint256 agentId) external view returns (Agent memory);
    function agentsOf(address owner, uint256 offset, uint256 limit) external view returns (Agent[] memory);
    function minStake() external view returns (uint256);
    function unbondingDelay() external view returns (uint64);
    function totalStaked() external view returns (uint256);
    function totalSlashed() external view returns (uint256);
    function isSlasher(address account) external view returns (bool);
    /// Whether governance suspended the agent: a suspended agent is inactive and its stake can
    /// neither start unbonding nor be withdrawn (it can still be slashed).
    function isSuspended(uint256 agentId) external view returns (bool);
}
