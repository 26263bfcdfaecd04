// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title SolidityDatanetRegistry
/// @notice The Datanet registry's create and contribute paths written in plain
/// Solidity, with the same storage and events as the precompile, for the gas
/// and CPU comparison in precompiles/datanet's benchmarks. Not deployed on chain.
contract SolidityDatanetRegistry {
    struct Datanet {
        address owner;
        string name;
        string description;
        string[] tags;
        string metadataURI;
        uint64 createdAt;
        uint256[] contributions;
        mapping(bytes32 => uint256) byContentHash;
    }

    struct Contribution {
        uint256 datanetId;
        address contributor;
        bytes32 contentHash;
        uint64 size;
        string uri;
        string metadata;
        uint8 status;
        uint64 submittedAt;
    }

    uint256 public datanetCount;
    uint256 public contributionCount;
    mapping(uint256 => Datanet) private datanets;
    mapping(uint256 => Contribution) private contributions;
    mapping(address => uint256[]) private byContributor;

    event DatanetCreated(uint256 indexed datanetId, address indexed owner, string name);
    event ContributionSubmitted(
        uint256 indexed datanetId, uint256 indexed contributionId, address indexed contributor, bytes32 contentHash, uint64 size
    );

    error DatanetNotFound(uint256 datanetId);
    error DuplicateContribution(uint256 datanetId, bytes32 contentHash);
    error InvalidArgument(string reason);

    function createDatanet(string calldata name, string calldata description, string[] calldata tags, string calldata metadataURI)
        external
        returns (uint256 id)
    {
        if (bytes(name).length == 0 || bytes(name).length > 64) revert InvalidArgument("name length out of range");
        if (tags.length > 16) revert InvalidArgument("too many tags");
        id = ++datanetCount;
        Datanet storage d = datanets[id];
        d.owner = msg.sender;
        d.name = name;
        d.description = description;
        d.metadataURI = metadataURI;
        d.createdAt = uint64(block.timestamp);
        for (uint256 i = 0; i < tags.length; i++) {
            d.tags.push(tags[i]);
        }
        emit DatanetCreated(id, msg.sender, name);
    }

    function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string calldata uri, string calldata metadata)
        external
        returns (uint256 id)
    {
        if (datanetId == 0 || datanetId > datanetCount) revert DatanetNotFound(datanetId);
        if (contentHash == bytes32(0)) revert InvalidArgument("content hash is zero");
        if (size == 0) revert InvalidArgument("size is zero");
        if (bytes(uri).length > 512) revert InvalidArgument("uri length out of range");
        if (bytes(metadata).length > 2048) revert InvalidArgument("metadata length out of range");
        Datanet storage d = datanets[datanetId];
        if (d.byContentHash[contentHash] != 0) revert DuplicateContribution(datanetId, contentHash);
        id = ++contributionCount;
        d.byContentHash[contentHash] = id;
        Contribution storage c = contributions[id];
        c.datanetId = datanetId;
        c.contributor = msg.sender;
        c.contentHash = contentHash;
        c.size = size;
        c.uri = uri;
        c.metadata = metadata;
        c.submittedAt = uint64(block.timestamp);
        d.contributions.push(id);
        byContributor[msg.sender].push(id);
        emit ContributionSubmitted(datanetId, id, msg.sender, contentHash, size);
    }
}
