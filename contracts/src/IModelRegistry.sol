// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IModelRegistry
/// @notice The model registry precompile at 0x0000000000000000000000000000000000000A02.
/// It records base models and the LoRA adapters trained on them: who owns each one, what
/// it costs per 1,000 tokens, and where every published version's weights came from (the
/// base model version and the Datanet versions it was trained on), so that Proof of
/// Attribution can pay the right contributors.
/// @dev Ids start at 1 and are shared by base models and adapters. Versions of a model
/// are numbered from 1; every published version stays resolvable. Paged queries return
/// at most 100 entries.
interface IModelRegistry {
    /// What a model is.
    enum Kind {
        Base,
        Adapter
    }

    /// Whether a model may be used: settlement refuses deprecated models.
    enum Status {
        Active,
        Deprecated
    }

    /// One Datanet version a model version was trained on.
    struct DatanetRef {
        uint256 datanetId;
        uint256 version;
    }

    /// The arguments of registerAdapter.
    struct AdapterSpec {
        uint256 baseModelId;
        string name;
        bytes32 weightsHash;
        string uri;
        uint16 rank;
        string[] targetModules;
        uint256 rateIn;
        uint256 rateOut;
        DatanetRef[] datanets;
    }

    struct Model {
        uint256 id;
        Kind kind;
        address owner;
        string name;
        /// Base models: the architecture (e.g. "llama"). Adapters: empty.
        string architecture;
        /// Base models: the license. Adapters: empty.
        string license;
        /// Adapters: the base model. Base models: 0.
        uint256 baseModelId;
        /// Adapters: the LoRA rank and target modules. Base models: 0 and empty.
        uint16 rank;
        string[] targetModules;
        /// Wei per 1,000 input tokens and per 1,000 output tokens.
        uint256 rateIn;
        uint256 rateOut;
        Status status;
        uint64 createdAt;
        uint256 versionCount;
        uint256 adapterCount;
    }

    struct ModelVersion {
        uint256 version;
        bytes32 weightsHash;
        string uri;
        /// Adapters: the base model's latest version when this version was published.
        uint256 baseVersion;
        /// Adapters: the Datanet versions this version was trained on. Base models: empty.
        DatanetRef[] datanets;
        uint64 publishedAt;
    }

    /// One Datanet version of a provenance, with the Merkle root it published.
    struct DatanetProvenance {
        uint256 datanetId;
        uint256 version;
        bytes32 root;
        uint256 contributionCount;
    }

    struct Provenance {
        uint256 modelId;
        uint256 version;
        bytes32 weightsHash;
        uint256 baseModelId;
        uint256 baseVersion;
        bytes32 baseWeightsHash;
        DatanetProvenance[] datanets;
    }

    event ModelRegistered(uint256 indexed modelId, address indexed owner, uint256 indexed baseModelId, Kind kind, string name);
    event VersionPublished(uint256 indexed modelId, uint256 indexed version, bytes32 weightsHash, string uri);
    event RatesSet(uint256 indexed modelId, uint256 rateIn, uint256 rateOut);
    event ModelDeprecated(uint256 indexed modelId);
    event ModelReactivated(uint256 indexed modelId);
    event OwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner);

    error ModelNotFound(uint256 modelId);
    error VersionNotFound(uint256 modelId, uint256 version);
    error NotOwner(uint256 modelId, address caller);
    error NotABaseModel(uint256 modelId);
    error ModelInactive(uint256 modelId);
    error StatusUnchanged(uint256 modelId, Status status);
    error DatanetNotFound(uint256 datanetId);
    error DatanetVersionNotFound(uint256 datanetId, uint256 version);
    error InvalidArgument(string reason);

    /// Registers a base model owned by msg.sender with its first version and returns its id.
    function registerBaseModel(
        string calldata name,
        string calldata architecture,
        bytes32 weightsHash,
        string calldata uri,
        string calldata license
    ) external returns (uint256 modelId);

    /// Registers a LoRA adapter owned by msg.sender on an active base model, with its first
    /// version, and returns its id. Every Datanet version must exist in the Datanet registry.
    function registerAdapter(AdapterSpec calldata spec) external returns (uint256 modelId);

    /// Publishes the next version of a model; only its owner may call it. Adapters name the
    /// Datanet versions the new weights were trained on (at least one); base models none.
    function publishVersion(uint256 modelId, bytes32 weightsHash, string calldata uri, DatanetRef[] calldata datanets)
        external
        returns (uint256 version);

    /// Sets the rates in wei per 1,000 input and output tokens; only the owner may call it.
    function setRates(uint256 modelId, uint256 rateIn, uint256 rateOut) external;

    /// Marks a model deprecated; only the owner may call it.
    function deprecate(uint256 modelId) external;

    /// Makes a deprecated model active again; only the owner may call it.
    function reactivate(uint256 modelId) external;

    /// Hands a model to a new owner; only the current owner may call it.
    function transferOwnership(uint256 modelId, address newOwner) external;

    function modelCount() external view returns (uint256);
    function getModel(uint256 modelId) external view returns (Model memory);
    /// Version `version` of a model; 0 means the latest.
    function getVersion(uint256 modelId, uint256 version) external view returns (ModelVersion memory);
    function versionsOf(uint256 modelId, uint256 offset, uint256 limit) external view returns (ModelVersion[] memory);
    /// Where version `version` (0: the latest) of a model came from, with each Datanet version's Merkle root.
    function provenance(uint256 modelId, uint256 version) external view returns (Provenance memory);
    function listModels(uint256 offset, uint256 limit) external view returns (Model[] memory);
    function modelsOf(address owner, uint256 offset, uint256 limit) external view returns (Model[] memory);
    function adaptersOf(uint256 baseModelId, uint256 offset, uint256 limit) external view returns (Model[] memory);
}
