// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IAgentRegistry} from "../IAgentRegistry.sol";
import {IModelRegistry} from "../IModelRegistry.sol";

/// @title AgentRegistryBench
/// @notice A Solidity implementation of the agent registry's state-changing methods, with the
/// same selectors, checks, storage and events as the precompile at 0x…0A04. It exists only to
/// measure the gas the same work costs in the EVM (precompiles/agent's gas benchmark). A
/// contract cannot burn native value, so slashed stake stays locked here and is only counted.
contract AgentRegistryBench {
    struct AgentRec {
        address owner;
        string metadataURI;
        uint256 modelId;
        uint256 stake;
        uint256 unbonding;
        uint64 releaseBlock;
        uint256 slashed;
        uint64 registeredAt;
    }

    IModelRegistry private constant MODELS = IModelRegistry(0x0000000000000000000000000000000000000a02);

    uint256 public minStake;
    uint64 public unbondingDelay;
    uint256 public agentCount;
    uint256 public totalStaked;
    uint256 public totalSlashed;
    mapping(address => bool) public isSlasher;
    mapping(uint256 => AgentRec) private agents;
    mapping(address => uint256[]) private byOwner;

    constructor(uint256 minStake_, uint64 unbondingDelay_, address[] memory slashers) {
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        for (uint256 i = 0; i < slashers.length; i++) isSlasher[slashers[i]] = true;
    }

    function register(string calldata metadataURI, uint256 modelId) external payable returns (uint256 id) {
        if (bytes(metadataURI).length > 512) revert IAgentRegistry.InvalidArgument("metadataURI too long");
        if (modelId == 0 || modelId > MODELS.modelCount()) revert IAgentRegistry.ModelNotFound(modelId);
        if (msg.value < minStake) revert IAgentRegistry.StakeBelowMinimum(msg.value, minStake);
        id = ++agentCount;
        AgentRec storage a = agents[id];
        a.owner = msg.sender;
        a.metadataURI = metadataURI;
        a.modelId = modelId;
        a.stake = msg.value;
        a.registeredAt = uint64(block.number);
        byOwner[msg.sender].push(id);
        totalStaked += msg.value;
        emit IAgentRegistry.AgentRegistered(id, msg.sender, modelId, metadataURI, msg.value);
    }

    function addStake(uint256 id) external payable {
        AgentRec storage a = _agent(id);
        if (msg.value == 0) revert IAgentRegistry.InvalidArgument("no value sent");
        bool wasActive = a.stake >= minStake;
        a.stake += msg.value;
        totalStaked += msg.value;
        emit IAgentRegistry.StakeAdded(id, msg.sender, msg.value, a.stake);
        if (!wasActive && a.stake >= minStake) emit IAgentRegistry.AgentActivated(id);
    }

    function requestUnstake(uint256 id, uint256 amount) external {
        AgentRec storage a = _owned(id);
        if (amount == 0) revert IAgentRegistry.InvalidArgument("amount is zero");
        if (amount > a.stake) revert IAgentRegistry.InsufficientStake(id, amount, a.stake);
        uint256 left = a.stake - amount;
        if (left != 0 && left < minStake) revert IAgentRegistry.StakeBelowMinimum(left, minStake);
        bool wasActive = a.stake >= minStake;
        a.stake = left;
        a.unbonding += amount;
        a.releaseBlock = uint64(block.number) + unbondingDelay;
        emit IAgentRegistry.UnstakeRequested(id, amount, a.unbonding, a.releaseBlock);
        if (wasActive && left < minStake) emit IAgentRegistry.AgentDeactivated(id);
    }

    function withdraw(uint256 id) external returns (uint256 amount) {
        AgentRec storage a = _owned(id);
        amount = a.unbonding;
        if (amount == 0) revert IAgentRegistry.NothingToWithdraw(id);
        if (block.number < a.releaseBlock) revert IAgentRegistry.StillUnbonding(id, a.releaseBlock);
        a.unbonding = 0;
        totalStaked -= amount;
        emit IAgentRegistry.StakeWithdrawn(id, msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert IAgentRegistry.InvalidArgument("transfer failed");
    }

    function slash(uint256 id, uint256 amount, string calldata reason) external returns (uint256 burned) {
        if (!isSlasher[msg.sender]) revert IAgentRegistry.NotSlasher(msg.sender);
        AgentRec storage a = _agent(id);
        if (amount == 0) revert IAgentRegistry.InvalidArgument("amount is zero");
        if (bytes(reason).length > 512) revert IAgentRegistry.InvalidArgument("reason too long");
        bool wasActive = a.stake >= minStake;
        uint256 fromStake = amount < a.stake ? amount : a.stake;
        uint256 rest = amount - fromStake;
        uint256 fromUnbonding = rest < a.unbonding ? rest : a.unbonding;
        burned = fromStake + fromUnbonding;
        a.stake -= fromStake;
        a.unbonding -= fromUnbonding;
        a.slashed += burned;
        totalStaked -= burned;
        totalSlashed += burned;
        emit IAgentRegistry.AgentSlashed(id, msg.sender, burned, reason);
        if (wasActive && a.stake < minStake) emit IAgentRegistry.AgentDeactivated(id);
    }

    function _agent(uint256 id) private view returns (AgentRec storage) {
        if (id == 0 || id > agentCount) revert IAgentRegistry.AgentNotFound(id);
        return agents[id];
    }

    function _owned(uint256 id) private view returns (AgentRec storage a) {
        a = _agent(id);
        if (a.owner != msg.sender) revert IAgentRegistry.NotAgentOwner(id, msg.sender);
    }
}
