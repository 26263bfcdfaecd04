// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IDatanetRegistry
/// @notice The Datanet registry precompile at 0x0000000000000000000000000000000000000A01.
/// A Datanet is a community dataset: its owner and curators review contributions, and
/// published versions commit to the accepted contributions with a Merkle root so that
/// a contribution's membership in a version can be proven.
/// @dev Leaves are keccak256(abi.encodePacked(contributionId, contentHash, contributor)),
/// appended in acceptance order to a depth-32 binary Merkle tree whose empty leaves are
/// zero; inner nodes are keccak256(left ++ right).
interface IDatanetRegistry {
    /// Review state of a contribution.
    enum Status {
        Pending,
        Accepted,
        Rejected
    }

    struct Datanet {
        uint256 id;
        address owner;
        string name;
        string description;
        string[] tags;
        string metadataURI;
        uint64 createdAt;
        uint256 contributionCount;
        uint256 acceptedCount;
        uint256 versionCount;
    }

    struct Contribution {
        uint256 id;
        uint256 datanetId;
        address contributor;
        bytes32 contentHash;
        uint64 size;
        string uri;
        string metadata;
        Status status;
        uint64 submittedAt;
        address reviewer;
        string reviewReason;
        uint256 acceptedIndex;
    }

    struct Version {
        uint256 version;
        bytes32 root;
        uint256 contributionCount;
        uint64 publishedAt;
        address publisher;
    }

    /// An attribution index shard of a Datanet version: the token-level suffix-array index of
    /// the version's contributions, built with one tokenizer and published (on IPFS) so that
    /// anyone can recompute a receipt's attribution weights from public data alone.
    struct IndexShard {
        /// keccak256 of the tokenizer.json the shard was built with.
        bytes32 tokenizerId;
        /// keccak256 of the shard file.
        bytes32 contentHash;
        /// Where the shard file is, e.g. ipfs://<CID>.
        string uri;
        address publisher;
        uint64 publishedAt;
    }

    event DatanetCreated(uint256 indexed datanetId, address indexed owner, string name);
    event OwnershipTransferred(uint256 indexed datanetId, address indexed previousOwner, address indexed newOwner);
    event CuratorAdded(uint256 indexed datanetId, address indexed curator);
    event CuratorRemoved(uint256 indexed datanetId, address indexed curator);
    event ContributionSubmitted(
        uint256 indexed datanetId, uint256 indexed contributionId, address indexed contributor, bytes32 contentHash, uint64 size
    );
    event ContributionReviewed(
        uint256 indexed datanetId, uint256 indexed contributionId, address indexed reviewer, bool accepted, string reason
    );
    event VersionPublished(uint256 indexed datanetId, uint256 indexed version, bytes32 root, uint256 contributionCount);
    event IndexPublished(
        uint256 indexed datanetId, uint256 indexed version, bytes32 indexed tokenizerId, bytes32 contentHash, string uri
    );

    error DatanetNotFound(uint256 datanetId);
    error ContributionNotFound(uint256 contributionId);
    error VersionNotFound(uint256 datanetId, uint256 version);
    error NotOwner(uint256 datanetId, address caller);
    error NotCurator(uint256 datanetId, address caller);
    error AlreadyCurator(uint256 datanetId, address curator);
    error NoSuchCurator(uint256 datanetId, address curator);
    error AlreadyReviewed(uint256 contributionId);
    error DuplicateContribution(uint256 datanetId, bytes32 contentHash);
    error NothingToPublish(uint256 datanetId);
    error InvalidArgument(string reason);
    error IndexExists(uint256 datanetId, uint256 version, bytes32 tokenizerId);
    error IndexNotFound(uint256 datanetId, uint256 version, bytes32 tokenizerId);

    /// Creates a Datanet owned by msg.sender and returns its id (ids start at 1).
    function createDatanet(string calldata name, string calldata description, string[] calldata tags, string calldata metadataURI)
        external
        returns (uint256 datanetId);

    /// Hands a Datanet to a new owner; only the current owner may call it.
    function transferOwnership(uint256 datanetId, address newOwner) external;

    /// Adds a curator; only the owner may call it.
    function addCurator(uint256 datanetId, address curator) external;

    /// Removes a curator; only the owner may call it.
    function removeCurator(uint256 datanetId, address curator) external;

    /// Records a contribution by msg.sender (an EOA or a contract) and returns its id (ids start at 1).
    function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string calldata uri, string calldata metadata)
        external
        returns (uint256 contributionId);

    /// Accepts or rejects a pending contribution; only the owner or a curator may call it.
    /// An accepted contribution becomes the next leaf of the Datanet's Merkle tree.
    function review(uint256 contributionId, bool accept, string calldata reason) external;

    /// Publishes the next version: the Merkle root over all contributions accepted so far.
    /// Only the owner or a curator may call it; it reverts when nothing was accepted since the last version.
    function publishVersion(uint256 datanetId) external returns (uint256 version, bytes32 root, uint256 contributionCount);

    /// Records the attribution index shard of version `version` built with the tokenizer whose
    /// tokenizer.json hashes to `tokenizerId`: `contentHash` is keccak256 of the shard file, `uri`
    /// where it is. Only the owner or a curator may call it. A shard, once published, is never
    /// replaced (receipts computed against it must stay verifiable); a version holds at most 8.
    function publishIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId, bytes32 contentHash, string calldata uri)
        external;

    function datanetCount() external view returns (uint256);
    function contributionCount() external view returns (uint256);
    function getDatanet(uint256 datanetId) external view returns (Datanet memory);
    function listDatanets(uint256 offset, uint256 limit) external view returns (Datanet[] memory);
    function isCurator(uint256 datanetId, address account) external view returns (bool);
    function getContribution(uint256 contributionId) external view returns (Contribution memory);
    function contributionsOf(uint256 datanetId, uint256 offset, uint256 limit) external view returns (Contribution[] memory);
    function contributionsBy(address contributor, uint256 offset, uint256 limit) external view returns (Contribution[] memory);
    /// Ids of accepted contributions in leaf order, for building membership proofs.
    function acceptedContributions(uint256 datanetId, uint256 offset, uint256 limit) external view returns (uint256[] memory);
    function getVersion(uint256 datanetId, uint256 version) external view returns (Version memory);
    function versionsOf(uint256 datanetId, uint256 offset, uint256 limit) external view returns (Version[] memory);
    /// The index shard of a version for one tokenizer; reverts with IndexNotFound when none was published.
    function getIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId) external view returns (IndexShard memory);
    /// Every index shard of a version, in publication order (at most 8).
    function indexesOf(uint256 datanetId, uint256 version) external view returns (IndexShard[] memory);
    /// Checks that contribution `contributionId` is leaf `index` of the tree whose root version `version` published.
    function verifyMembership(uint256 datanetId, uint256 version, uint256 contributionId, uint256 index, bytes32[] calldata proof)
        external
        view
        returns (bool);
}
