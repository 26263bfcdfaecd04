// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IModelRegistry} from "../IModelRegistry.sol";
import {IDatanetRegistry} from "../IDatanetRegistry.sol";

/// @title ModelRegistryBench
/// @notice A Solidity implementation of the model registry's state-changing methods, with the
/// same selectors, checks, storage and events as the precompile at 0x…0A02. It exists only to
/// measure the gas the same work costs in the EVM (precompiles/model's gas benchmark); it is
/// not deployed on any chain.
contract ModelRegistryBench {
    struct VersionRec {
        bytes32 weightsHash;
        string uri;
        uint256 baseVersion;
        IModelRegistry.DatanetRef[] datanets;
        uint64 publishedAt;
    }

    struct ModelRec {
        IModelRegistry.Kind kind;
        address owner;
        string name;
        string architecture;
        string license;
        uint256 baseModelId;
        uint16 rank;
        string[] targetModules;
        uint256 rateIn;
        uint256 rateOut;
        IModelRegistry.Status status;
        uint64 createdAt;
        VersionRec[] versions;
        uint256[] adapters;
        uint256 ownerIndex;
    }

    IDatanetRegistry private constant DATANETS = IDatanetRegistry(0x0000000000000000000000000000000000000a01);

    uint256 public modelCount;
    mapping(uint256 => ModelRec) private models;
    mapping(address => uint256[]) private byOwner;

    function registerBaseModel(
        string calldata name,
        string calldata architecture,
        bytes32 weightsHash,
        string calldata uri,
        string calldata license
    ) external returns (uint256 id) {
        if (bytes(name).length == 0 || bytes(name).length > 64) revert IModelRegistry.InvalidArgument("name length out of range");
        if (weightsHash == bytes32(0)) revert IModelRegistry.InvalidArgument("weights hash is zero");
        id = _create(IModelRegistry.Kind.Base, name, 0);
        ModelRec storage m = models[id];
        m.architecture = architecture;
        m.license = license;
        _pushVersion(id, weightsHash, uri, 0, new IModelRegistry.DatanetRef[](0));
    }

    function registerAdapter(IModelRegistry.AdapterSpec calldata spec) external returns (uint256 id) {
        if (bytes(spec.name).length == 0 || bytes(spec.name).length > 64) revert IModelRegistry.InvalidArgument("name length out of range");
        if (spec.weightsHash == bytes32(0)) revert IModelRegistry.InvalidArgument("weights hash is zero");
        if (spec.rank == 0) revert IModelRegistry.InvalidArgument("rank is zero");
        _requireBase(spec.baseModelId);
        _checkDatanets(spec.datanets);
        id = _create(IModelRegistry.Kind.Adapter, spec.name, spec.baseModelId);
        ModelRec storage m = models[id];
        m.rank = spec.rank;
        for (uint256 i = 0; i < spec.targetModules.length; i++) m.targetModules.push(spec.targetModules[i]);
        m.rateIn = spec.rateIn;
        m.rateOut = spec.rateOut;
        models[spec.baseModelId].adapters.push(id);
        _pushVersion(id, spec.weightsHash, spec.uri, models[spec.baseModelId].versions.length, spec.datanets);
        emit IModelRegistry.RatesSet(id, spec.rateIn, spec.rateOut);
    }

    function publishVersion(uint256 id, bytes32 weightsHash, string calldata uri, IModelRegistry.DatanetRef[] calldata datanets)
        external
        returns (uint256)
    {
        ModelRec storage m = _owned(id);
        if (weightsHash == bytes32(0)) revert IModelRegistry.InvalidArgument("weights hash is zero");
        uint256 baseVersion;
        if (m.kind == IModelRegistry.Kind.Adapter) {
            _checkDatanets(datanets);
            baseVersion = models[m.baseModelId].versions.length;
        } else if (datanets.length != 0) {
            revert IModelRegistry.InvalidArgument("a base model has no datanets");
        }
        return _pushVersion(id, weightsHash, uri, baseVersion, datanets);
    }

    function setRates(uint256 id, uint256 rateIn, uint256 rateOut) external {
        ModelRec storage m = _owned(id);
        m.rateIn = rateIn;
        m.rateOut = rateOut;
        emit IModelRegistry.RatesSet(id, rateIn, rateOut);
    }

    function deprecate(uint256 id) external {
        ModelRec storage m = _owned(id);
        if (m.status == IModelRegistry.Status.Deprecated) revert IModelRegistry.StatusUnchanged(id, m.status);
        m.status = IModelRegistry.Status.Deprecated;
        emit IModelRegistry.ModelDeprecated(id);
    }

    function reactivate(uint256 id) external {
        ModelRec storage m = _owned(id);
        if (m.status == IModelRegistry.Status.Active) revert IModelRegistry.StatusUnchanged(id, m.status);
        m.status = IModelRegistry.Status.Active;
        emit IModelRegistry.ModelReactivated(id);
    }

    function transferOwnership(uint256 id, address newOwner) external {
        ModelRec storage m = _owned(id);
        if (newOwner == address(0)) revert IModelRegistry.InvalidArgument("new owner is the zero address");
        uint256[] storage list = byOwner[msg.sender];
        uint256 last = list[list.length - 1];
        list[m.ownerIndex] = last;
        models[last].ownerIndex = m.ownerIndex;
        list.pop();
        m.owner = newOwner;
        m.ownerIndex = byOwner[newOwner].length;
        byOwner[newOwner].push(id);
        emit IModelRegistry.OwnershipTransferred(id, msg.sender, newOwner);
    }

    function _create(IModelRegistry.Kind kind, string calldata name, uint256 baseId) private returns (uint256 id) {
        id = ++modelCount;
        ModelRec storage m = models[id];
        m.kind = kind;
        m.owner = msg.sender;
        m.name = name;
        m.baseModelId = baseId;
        m.createdAt = uint64(block.timestamp);
        m.ownerIndex = byOwner[msg.sender].length;
        byOwner[msg.sender].push(id);
        emit IModelRegistry.ModelRegistered(id, msg.sender, baseId, kind, name);
    }

    function _pushVersion(
        uint256 id,
        bytes32 weightsHash,
        string calldata uri,
        uint256 baseVersion,
        IModelRegistry.DatanetRef[] memory datanets
    ) private returns (uint256) {
        VersionRec storage v = models[id].versions.push();
        v.weightsHash = weightsHash;
        v.uri = uri;
        v.baseVersion = baseVersion;
        v.publishedAt = uint64(block.timestamp);
        for (uint256 i = 0; i < datanets.length; i++) v.datanets.push(datanets[i]);
        uint256 version = models[id].versions.length;
        emit IModelRegistry.VersionPublished(id, version, weightsHash, uri);
        return version;
    }

    function _owned(uint256 id) private view returns (ModelRec storage m) {
        if (id == 0 || id > modelCount) revert IModelRegistry.ModelNotFound(id);
        m = models[id];
        if (m.owner != msg.sender) revert IModelRegistry.NotOwner(id, msg.sender);
    }

    function _requireBase(uint256 id) private view {
        if (id == 0 || id > modelCount) revert IModelRegistry.ModelNotFound(id);
        ModelRec storage b = models[id];
        if (b.kind != IModelRegistry.Kind.Base) revert IModelRegistry.NotABaseModel(id);
        if (b.status != IModelRegistry.Status.Active) revert IModelRegistry.ModelInactive(id);
    }

    function _checkDatanets(IModelRegistry.DatanetRef[] calldata datanets) private view {
        if (datanets.length == 0 || datanets.length > 64) revert IModelRegistry.InvalidArgument("datanet count out of range");
        for (uint256 i = 0; i < datanets.length; i++) {
            for (uint256 j = 0; j < i; j++) {
                if (datanets[j].datanetId == datanets[i].datanetId) revert IModelRegistry.InvalidArgument("datanet listed twice");
            }
            (bool ok,) = address(DATANETS).staticcall(
                abi.encodeCall(IDatanetRegistry.getVersion, (datanets[i].datanetId, datanets[i].version))
            );
            if (!ok) revert IModelRegistry.DatanetVersionNotFound(datanets[i].datanetId, datanets[i].version);
        }
    }
}
