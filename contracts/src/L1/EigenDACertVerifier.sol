// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title BN254
/// @notice G1/G2 arithmetic over the alt_bn128 precompiles, BLS hash-to-G1 by try-and-increment.
/// @dev A G2 coordinate is [imaginary, real], the order the pairing precompile reads.
library BN254 {
    uint256 internal constant FP_MODULUS =
        21888242871839275222246405745257275088696311157297823662689037894645226208583;
    uint256 internal constant FR_MODULUS =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// (p+1)/4: a square root of a quadratic residue b is b^((p+1)/4).
    uint256 internal constant SQRT_EXP = 0xc19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    error PrecompileFailed(uint256 precompile);

    function generatorG1() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    function negGeneratorG2() internal pure returns (G2Point memory) {
        return G2Point(
            [
                11559732032986387107991004021392285783925812861821192530917403151452391805634,
                10857046999023057135944570762232829481370756359578518086990519993285655852781
            ],
            [
                17805874995975841540914202342111839520379459829704422454583296818431106115052,
                13392588948715843804641432497768002650278120570034223513918757245338268106653
            ]
        );
    }

    function negate(G1Point memory p) internal pure returns (G1Point memory) {
        if (p.X == 0 && p.Y == 0) return G1Point(0, 0);
        return G1Point(p.X, FP_MODULUS - (p.Y % FP_MODULUS));
    }

    function plus(G1Point memory a, G1Point memory b) internal view returns (G1Point memory r) {
        uint256[4] memory input = [a.X, a.Y, b.X, b.Y];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        if (!ok) revert PrecompileFailed(6);
    }

    function scalarMul(G1Point memory p, uint256 s) internal view returns (G1Point memory r) {
        uint256[3] memory input = [p.X, p.Y, s];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x07, input, 0x60, r, 0x40)
        }
        if (!ok) revert PrecompileFailed(7);
    }

    /// @return ok whether e(a1, a2)·e(b1, b2) = 1.
    function pairing2(G1Point memory a1, G2Point memory a2, G1Point memory b1, G2Point memory b2)
        internal
        view
        returns (bool ok)
    {
        uint256[12] memory input = [
            a1.X, a1.Y, a2.X[0], a2.X[1], a2.Y[0], a2.Y[1],
            b1.X, b1.Y, b2.X[0], b2.X[1], b2.Y[0], b2.Y[1]
        ];
        uint256[1] memory out;
        bool success;
        assembly {
            success := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        if (!success) revert PrecompileFailed(8);
        return out[0] == 1;
    }

    function expMod(uint256 base, uint256 e, uint256 m) internal view returns (uint256 r) {
        uint256[6] memory input = [uint256(32), 32, 32, base, e, m];
        uint256[1] memory out;
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x05, input, 0xc0, out, 0x20)
        }
        if (!ok) revert PrecompileFailed(5);
        return out[0];
    }

    /// @notice Try-and-increment: x = h mod p, then x+1, ... until x³+3 has a square root y.
    function hashToG1(bytes32 h) internal view returns (G1Point memory) {
        uint256 x = uint256(h) % FP_MODULUS;
        while (true) {
            uint256 beta = addmod(mulmod(mulmod(x, x, FP_MODULUS), x, FP_MODULUS), 3, FP_MODULUS);
            uint256 y = expMod(beta, SQRT_EXP, FP_MODULUS);
            if (mulmod(y, y, FP_MODULUS) == beta) return G1Point(x, y);
            x = addmod(x, 1, FP_MODULUS);
        }
        return G1Point(0, 0); // unreachable
    }

    /// @notice An operator id: keccak256 of the G1 public key's coordinates.
    function hashG1Point(G1Point memory p) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(p.X, p.Y));
    }
}

/// @title EigenDATypes
/// @notice The structs of EigenDA v2 certificates and of the contracts that check them, field for
/// field as the EigenDA protocol defines them (their ABI encoding is the certificate wire form).
library EigenDATypes {
    struct VersionedBlobParams {
        uint32 maxNumOperators;
        uint32 numChunks;
        uint8 codingRate;
    }

    struct SecurityThresholds {
        uint8 confirmationThreshold;
        uint8 adversaryThreshold;
    }

    struct NonSignerStakesAndSignature {
        uint32[] nonSignerQuorumBitmapIndices;
        BN254.G1Point[] nonSignerPubkeys;
        BN254.G1Point[] quorumApks;
        BN254.G2Point apkG2;
        BN254.G1Point sigma;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    struct QuorumStakeTotals {
        uint96[] signedStakeForQuorum;
        uint96[] totalStakeForQuorum;
    }

    struct CheckSignaturesIndices {
        uint32[] nonSignerQuorumBitmapIndices;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    struct BatchHeaderV2 {
        bytes32 batchRoot;
        uint32 referenceBlockNumber;
    }

    struct BlobCommitment {
        BN254.G1Point commitment;
        BN254.G2Point lengthCommitment;
        BN254.G2Point lengthProof;
        uint32 length;
    }

    struct BlobHeaderV2 {
        uint16 version;
        bytes quorumNumbers;
        BlobCommitment commitment;
        bytes32 paymentHeaderHash;
    }

    struct BlobCertificate {
        BlobHeaderV2 blobHeader;
        bytes signature;
        uint32[] relayKeys;
    }

    struct BlobInclusionInfo {
        BlobCertificate blobCertificate;
        uint32 blobIndex;
        bytes inclusionProof;
    }

    struct EigenDACertV3 {
        BatchHeaderV2 batchHeader;
        BlobInclusionInfo blobInclusionInfo;
        NonSignerStakesAndSignature nonSignerStakesAndSignature;
        bytes signedQuorumNumbers;
    }

    struct EigenDACertV4 {
        BatchHeaderV2 batchHeader;
        BlobInclusionInfo blobInclusionInfo;
        NonSignerStakesAndSignature nonSignerStakesAndSignature;
        bytes signedQuorumNumbers;
        uint16 offchainDerivationVersion;
    }
}

/// @notice Declares the certificate structs so that their ABI (the certificates' ABI encoding) is
/// part of the compiled artifacts.
interface IEigenDACertTypeBindings {
    function dummyVerifyDACertV3(EigenDATypes.EigenDACertV3 memory cert) external view;
    function dummyVerifyDACertV4(EigenDATypes.EigenDACertV4 memory cert) external view;
}

/// @notice What a rollup calls to check a certificate: a status code, never a revert.
interface IEigenDACertVerifierBase {
    function checkDACert(bytes calldata abiEncodedCert) external view returns (uint8);
}

/// @title EigenDARegistry
/// @notice An owner-run operator registry for devnets and tests: the parts of EigenDA's registry
/// coordinator, stake, BLS key, threshold and relay registries and operator state retriever that
/// checking certificates reads, with the same views and the same history-with-hint lookups at a
/// reference block. It is not EigenLayer: there is no restaking, no slashing and no churn; the
/// owner registers operators, stakes, blob versions and relays.
contract EigenDARegistry {
    struct ApkUpdate {
        bytes24 apkHash;
        uint32 updateBlockNumber;
        uint32 nextUpdateBlockNumber;
    }

    struct StakeUpdate {
        uint32 updateBlockNumber;
        uint32 nextUpdateBlockNumber;
        uint96 stake;
    }

    struct BitmapUpdate {
        uint32 updateBlockNumber;
        uint32 nextUpdateBlockNumber;
        uint192 bitmap;
    }

    /// The largest quorum number plus one.
    uint8 public constant MAX_QUORUMS = 192;

    address public owner;
    /// Quorums 0 .. quorumCount-1 exist.
    uint8 public quorumCount;
    uint32 public nextRelayKey;
    mapping(uint32 => string) public relayKeyToUrl;

    EigenDATypes.VersionedBlobParams[] internal _blobParams;
    mapping(uint8 => BN254.G1Point) internal _currentApk;
    mapping(uint8 => ApkUpdate[]) internal _apkHistory;
    mapping(uint8 => StakeUpdate[]) internal _totalStakeHistory;
    mapping(uint8 => mapping(bytes32 => StakeUpdate[])) internal _operatorStakeHistory;
    mapping(bytes32 => BitmapUpdate[]) internal _bitmapHistory;
    mapping(bytes32 => BN254.G1Point) internal _pubkeys;

    event OperatorRegistered(bytes32 indexed operatorId, uint256 quorumBitmap);
    event OperatorDeregistered(bytes32 indexed operatorId);
    event OperatorStakeUpdated(bytes32 indexed operatorId, uint8 indexed quorum, uint96 stake);
    event BlobParamsAdded(uint16 indexed version, EigenDATypes.VersionedBlobParams params);
    event RelayAdded(uint32 indexed key, string url);

    error NotOwner();
    error UnknownQuorum(uint8 quorum);
    error AlreadyRegistered(bytes32 operatorId);
    error NotRegistered(bytes32 operatorId);
    error LengthMismatch();
    error InvalidPubkey();
    error NoHistoryAt(uint32 blockNumber);
    error InvalidBlobVersion(uint16 version);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor(address initialOwner, uint8 initialQuorumCount) {
        if (initialQuorumCount == 0 || initialQuorumCount > MAX_QUORUMS) revert UnknownQuorum(initialQuorumCount);
        owner = initialOwner;
        quorumCount = initialQuorumCount;
        for (uint8 q = 0; q < initialQuorumCount; q++) {
            _apkHistory[q].push(ApkUpdate(bytes24(0), uint32(block.number), 0));
            _totalStakeHistory[q].push(StakeUpdate(uint32(block.number), 0, 0));
        }
    }

    // ---- administration ----

    /// @notice Registers an operator's BLS key in quorums with a stake in each.
    function registerOperator(BN254.G1Point calldata pubkey, bytes calldata quorums, uint96[] calldata stakes)
        external
        onlyOwner
    {
        if (quorums.length != stakes.length || quorums.length == 0) revert LengthMismatch();
        if (pubkey.X == 0 && pubkey.Y == 0) revert InvalidPubkey();
        bytes32 id = BN254.hashG1Point(pubkey);
        if (_currentBitmap(id) != 0) revert AlreadyRegistered(id);
        _pubkeys[id] = pubkey;
        uint192 bitmap;
        for (uint256 i = 0; i < quorums.length; i++) {
            uint8 q = uint8(quorums[i]);
            if (q >= quorumCount) revert UnknownQuorum(q);
            if (bitmap & (uint192(1) << q) != 0) revert AlreadyRegistered(id);
            bitmap |= uint192(1) << q;
            _updateApk(q, pubkey);
            _pushStake(_operatorStakeHistory[q][id], stakes[i]);
            _pushStake(_totalStakeHistory[q], _latest(_totalStakeHistory[q]) + stakes[i]);
        }
        _pushBitmap(id, bitmap);
        emit OperatorRegistered(id, bitmap);
    }

    /// @notice Removes an operator from every quorum it is in.
    function deregisterOperator(bytes32 operatorId) external onlyOwner {
        uint192 bitmap = _currentBitmap(operatorId);
        if (bitmap == 0) revert NotRegistered(operatorId);
        BN254.G1Point memory neg = BN254.negate(_pubkeys[operatorId]);
        for (uint8 q = 0; q < quorumCount; q++) {
            if (bitmap & (uint192(1) << q) == 0) continue;
            _updateApk(q, neg);
            uint96 stake = _latest(_operatorStakeHistory[q][operatorId]);
            _pushStake(_operatorStakeHistory[q][operatorId], 0);
            _pushStake(_totalStakeHistory[q], _latest(_totalStakeHistory[q]) - stake);
        }
        _pushBitmap(operatorId, 0);
        emit OperatorDeregistered(operatorId);
    }

    /// @notice Sets a registered operator's stake in one of its quorums.
    function setOperatorStake(bytes32 operatorId, uint8 quorum, uint96 stake) external onlyOwner {
        if (_currentBitmap(operatorId) & (uint192(1) << quorum) == 0) revert NotRegistered(operatorId);
        uint96 old = _latest(_operatorStakeHistory[quorum][operatorId]);
        _pushStake(_operatorStakeHistory[quorum][operatorId], stake);
        _pushStake(_totalStakeHistory[quorum], _latest(_totalStakeHistory[quorum]) - old + stake);
        emit OperatorStakeUpdated(operatorId, quorum, stake);
    }

    /// @notice Registers the next blob version.
    function addVersionedBlobParams(EigenDATypes.VersionedBlobParams calldata params)
        external
        onlyOwner
        returns (uint16 version)
    {
        version = uint16(_blobParams.length);
        _blobParams.push(params);
        emit BlobParamsAdded(version, params);
    }

    /// @notice Registers a relay's URL under the next relay key.
    function addRelayInfo(string calldata url) external onlyOwner returns (uint32 key) {
        key = nextRelayKey++;
        relayKeyToUrl[key] = url;
        emit RelayAdded(key, url);
    }

    // ---- threshold registry ----

    function nextBlobVersion() external view returns (uint16) {
        return uint16(_blobParams.length);
    }

    function getBlobParams(uint16 version) external view returns (EigenDATypes.VersionedBlobParams memory) {
        if (version >= _blobParams.length) revert InvalidBlobVersion(version);
        return _blobParams[version];
    }

    // ---- history lookups with an index hint, as the EigenLayer registries offer them ----

    function getApkHashAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, uint256 index)
        public
        view
        returns (bytes24)
    {
        // An index beyond the history is the certificate's fault: a custom error, not a panic.
        if (index >= _apkHistory[quorum].length) revert NoHistoryAt(blockNumber);
        ApkUpdate memory u = _apkHistory[quorum][index];
        if (u.updateBlockNumber > blockNumber || (u.nextUpdateBlockNumber != 0 && u.nextUpdateBlockNumber <= blockNumber)) {
            revert NoHistoryAt(blockNumber);
        }
        return u.apkHash;
    }

    function getTotalStakeAtBlockNumberFromIndex(uint8 quorum, uint32 blockNumber, uint256 index)
        public
        view
        returns (uint96)
    {
        return _stakeAt(_totalStakeHistory[quorum], blockNumber, index);
    }

    function getStakeAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, bytes32 operatorId, uint256 index)
        public
        view
        returns (uint96)
    {
        return _stakeAt(_operatorStakeHistory[quorum][operatorId], blockNumber, index);
    }

    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index)
        public
        view
        returns (uint192)
    {
        if (index >= _bitmapHistory[operatorId].length) revert NoHistoryAt(blockNumber);
        BitmapUpdate memory u = _bitmapHistory[operatorId][index];
        if (u.updateBlockNumber > blockNumber || (u.nextUpdateBlockNumber != 0 && u.nextUpdateBlockNumber <= blockNumber)) {
            revert NoHistoryAt(blockNumber);
        }
        return u.bitmap;
    }

    /// @notice The current aggregate G1 key of a quorum's operators.
    function currentApk(uint8 quorum) external view returns (BN254.G1Point memory) {
        return _currentApk[quorum];
    }

    /// @notice The index hints a certificate needs, found by searching the histories (for eth_call;
    /// the argument order is the operator state retriever's, whose first argument is ignored).
    function getCheckSignaturesIndices(
        address, /* registryCoordinator */
        uint32 referenceBlockNumber,
        bytes calldata quorumNumbers,
        bytes32[] calldata nonSignerOperatorIds
    ) external view returns (EigenDATypes.CheckSignaturesIndices memory out) {
        out.nonSignerQuorumBitmapIndices = new uint32[](nonSignerOperatorIds.length);
        uint192[] memory bitmaps = new uint192[](nonSignerOperatorIds.length);
        for (uint256 i = 0; i < nonSignerOperatorIds.length; i++) {
            BitmapUpdate[] storage h = _bitmapHistory[nonSignerOperatorIds[i]];
            uint256 idx = _findBitmap(h, referenceBlockNumber);
            out.nonSignerQuorumBitmapIndices[i] = uint32(idx);
            bitmaps[i] = h[idx].bitmap;
        }
        out.quorumApkIndices = new uint32[](quorumNumbers.length);
        out.totalStakeIndices = new uint32[](quorumNumbers.length);
        out.nonSignerStakeIndices = new uint32[][](quorumNumbers.length);
        for (uint256 qi = 0; qi < quorumNumbers.length; qi++) {
            uint8 q = uint8(quorumNumbers[qi]);
            out.quorumApkIndices[qi] = uint32(_findApk(_apkHistory[q], referenceBlockNumber));
            out.totalStakeIndices[qi] = uint32(_findStake(_totalStakeHistory[q], referenceBlockNumber));
            uint256 count;
            for (uint256 i = 0; i < bitmaps.length; i++) {
                if (bitmaps[i] & (uint192(1) << q) != 0) count++;
            }
            out.nonSignerStakeIndices[qi] = new uint32[](count);
            count = 0;
            for (uint256 i = 0; i < bitmaps.length; i++) {
                if (bitmaps[i] & (uint192(1) << q) != 0) {
                    out.nonSignerStakeIndices[qi][count++] =
                        uint32(_findStake(_operatorStakeHistory[q][nonSignerOperatorIds[i]], referenceBlockNumber));
                }
            }
        }
    }

    // ---- signature checker ----

    /// @notice Checks the aggregate signature of msgHash by the operators of quorumNumbers registered at
    /// referenceBlockNumber, less the listed non-signers, and returns each quorum's signed and total stake.
    function checkSignatures(
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        EigenDATypes.NonSignerStakesAndSignature memory params
    ) external view returns (EigenDATypes.QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) {
        require(quorumNumbers.length != 0, "checkSignatures: empty quorum input");
        require(
            quorumNumbers.length == params.quorumApks.length && quorumNumbers.length == params.quorumApkIndices.length
                && quorumNumbers.length == params.totalStakeIndices.length
                && quorumNumbers.length == params.nonSignerStakeIndices.length,
            "checkSignatures: input quorum length mismatch"
        );
        require(
            params.nonSignerPubkeys.length == params.nonSignerQuorumBitmapIndices.length,
            "checkSignatures: input nonsigner length mismatch"
        );
        require(referenceBlockNumber < uint32(block.number), "checkSignatures: invalid reference block");

        BN254.G1Point memory apk = BN254.G1Point(0, 0);
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint8 q = uint8(quorumNumbers[i]);
            require(q < quorumCount, "checkSignatures: unknown quorum");
            require(
                bytes24(BN254.hashG1Point(params.quorumApks[i]))
                    == getApkHashAtBlockNumberAndIndex(q, referenceBlockNumber, params.quorumApkIndices[i]),
                "checkSignatures: quorumApk hash in storage does not match provided quorum apk"
            );
            apk = BN254.plus(apk, params.quorumApks[i]);
        }

        (bytes32[] memory nonSignerIds, uint192[] memory nonSignerBitmaps, BN254.G1Point memory nonSignerSum) =
            _nonSigners(quorumNumbers, referenceBlockNumber, params);
        apk = BN254.plus(apk, BN254.negate(nonSignerSum));
        totals = _stakeTotals(quorumNumbers, referenceBlockNumber, params, nonSignerIds, nonSignerBitmaps);

        require(_verifySignature(msgHash, apk, params.apkG2, params.sigma), "checkSignatures: signature is invalid");
        signatoryRecordHash = keccak256(abi.encodePacked(referenceBlockNumber, nonSignerIds));
    }

    /// @dev Sums the non-signers' keys, each counted once per signed quorum it is in.
    function _nonSigners(
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        EigenDATypes.NonSignerStakesAndSignature memory params
    ) internal view returns (bytes32[] memory ids, uint192[] memory bitmaps, BN254.G1Point memory sum) {
        uint256 signingBitmap = _bitmapOf(quorumNumbers);
        ids = new bytes32[](params.nonSignerPubkeys.length);
        bitmaps = new uint192[](params.nonSignerPubkeys.length);
        sum = BN254.G1Point(0, 0);
        for (uint256 i = 0; i < params.nonSignerPubkeys.length; i++) {
            ids[i] = BN254.hashG1Point(params.nonSignerPubkeys[i]);
            if (i != 0) require(uint256(ids[i]) > uint256(ids[i - 1]), "checkSignatures: nonSignerPubkeys not sorted");
            bitmaps[i] =
                getQuorumBitmapAtBlockNumberByIndex(ids[i], referenceBlockNumber, params.nonSignerQuorumBitmapIndices[i]);
            uint256 count = _popCount(uint256(bitmaps[i]) & signingBitmap);
            if (count != 0) sum = BN254.plus(sum, BN254.scalarMul(params.nonSignerPubkeys[i], count));
        }
    }

    function _stakeTotals(
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        EigenDATypes.NonSignerStakesAndSignature memory params,
        bytes32[] memory nonSignerIds,
        uint192[] memory nonSignerBitmaps
    ) internal view returns (EigenDATypes.QuorumStakeTotals memory totals) {
        totals.totalStakeForQuorum = new uint96[](quorumNumbers.length);
        totals.signedStakeForQuorum = new uint96[](quorumNumbers.length);
        for (uint256 qi = 0; qi < quorumNumbers.length; qi++) {
            uint8 q = uint8(quorumNumbers[qi]);
            uint96 total = getTotalStakeAtBlockNumberFromIndex(q, referenceBlockNumber, params.totalStakeIndices[qi]);
            uint96 signed = total;
            uint256 k;
            for (uint256 i = 0; i < nonSignerIds.length; i++) {
                if (nonSignerBitmaps[i] & (uint192(1) << q) == 0) continue;
                require(k < params.nonSignerStakeIndices[qi].length, "checkSignatures: missing non-signer stake index");
                signed -= getStakeAtBlockNumberAndIndex(
                    q, referenceBlockNumber, nonSignerIds[i], params.nonSignerStakeIndices[qi][k++]
                );
            }
            totals.totalStakeForQuorum[qi] = total;
            totals.signedStakeForQuorum[qi] = signed;
        }
    }

    /// @dev e(σ + γ·apk, −G2)·e(H(m) + γ·G1, apkG2) = 1 with γ = keccak256(m, apk, apkG2, σ) mod r.
    function _verifySignature(
        bytes32 msgHash,
        BN254.G1Point memory apk,
        BN254.G2Point memory apkG2,
        BN254.G1Point memory sigma
    ) internal view returns (bool) {
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(
                    msgHash, apk.X, apk.Y, apkG2.X[0], apkG2.X[1], apkG2.Y[0], apkG2.Y[1], sigma.X, sigma.Y
                )
            )
        ) % BN254.FR_MODULUS;
        return BN254.pairing2(
            BN254.plus(sigma, BN254.scalarMul(apk, gamma)),
            BN254.negGeneratorG2(),
            BN254.plus(BN254.hashToG1(msgHash), BN254.scalarMul(BN254.generatorG1(), gamma)),
            apkG2
        );
    }

    // ---- internals ----

    function _bitmapOf(bytes calldata quorumNumbers) internal pure returns (uint256 bitmap) {
        for (uint256 i = 0; i < quorumNumbers.length; i++) {
            uint256 bit = uint256(1) << uint8(quorumNumbers[i]);
            require(bitmap & bit == 0, "checkSignatures: duplicate quorum");
            bitmap |= bit;
        }
    }

    function _popCount(uint256 x) internal pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            n++;
        }
    }

    function _currentBitmap(bytes32 id) internal view returns (uint192) {
        BitmapUpdate[] storage h = _bitmapHistory[id];
        return h.length == 0 ? 0 : h[h.length - 1].bitmap;
    }

    function _latest(StakeUpdate[] storage h) internal view returns (uint96) {
        return h.length == 0 ? 0 : h[h.length - 1].stake;
    }

    function _updateApk(uint8 q, BN254.G1Point memory delta) internal {
        BN254.G1Point memory apk = BN254.plus(_currentApk[q], delta);
        _currentApk[q] = apk;
        ApkUpdate[] storage h = _apkHistory[q];
        bytes24 hash = bytes24(BN254.hashG1Point(apk));
        if (h[h.length - 1].updateBlockNumber == uint32(block.number)) {
            h[h.length - 1].apkHash = hash;
        } else {
            h[h.length - 1].nextUpdateBlockNumber = uint32(block.number);
            h.push(ApkUpdate(hash, uint32(block.number), 0));
        }
    }

    function _pushStake(StakeUpdate[] storage h, uint96 stake) internal {
        if (h.length != 0 && h[h.length - 1].updateBlockNumber == uint32(block.number)) {
            h[h.length - 1].stake = stake;
            return;
        }
        if (h.length != 0) h[h.length - 1].nextUpdateBlockNumber = uint32(block.number);
        h.push(StakeUpdate(uint32(block.number), 0, stake));
    }

    function _pushBitmap(bytes32 id, uint192 bitmap) internal {
        BitmapUpdate[] storage h = _bitmapHistory[id];
        if (h.length != 0 && h[h.length - 1].updateBlockNumber == uint32(block.number)) {
            h[h.length - 1].bitmap = bitmap;
            return;
        }
        if (h.length != 0) h[h.length - 1].nextUpdateBlockNumber = uint32(block.number);
        h.push(BitmapUpdate(uint32(block.number), 0, bitmap));
    }

    function _stakeAt(StakeUpdate[] storage h, uint32 blockNumber, uint256 index) internal view returns (uint96) {
        if (index >= h.length) revert NoHistoryAt(blockNumber);
        StakeUpdate memory u = h[index];
        if (u.updateBlockNumber > blockNumber || (u.nextUpdateBlockNumber != 0 && u.nextUpdateBlockNumber <= blockNumber)) {
            revert NoHistoryAt(blockNumber);
        }
        return u.stake;
    }

    function _findApk(ApkUpdate[] storage h, uint32 blockNumber) internal view returns (uint256) {
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlockNumber <= blockNumber) return i - 1;
        }
        revert NoHistoryAt(blockNumber);
    }

    function _findStake(StakeUpdate[] storage h, uint32 blockNumber) internal view returns (uint256) {
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlockNumber <= blockNumber) return i - 1;
        }
        revert NoHistoryAt(blockNumber);
    }

    function _findBitmap(BitmapUpdate[] storage h, uint32 blockNumber) internal view returns (uint256) {
        for (uint256 i = h.length; i > 0; i--) {
            if (h[i - 1].updateBlockNumber <= blockNumber) return i - 1;
        }
        revert NoHistoryAt(blockNumber);
    }
}

/// @title EigenDACertVerifier
/// @notice Checks EigenDA v2 certificates (version 4): Merkle inclusion of the blob certificate in the
/// signed batch, the blob version's security parameters against this verifier's thresholds, the
/// operators' aggregate BLS signature at the reference block, and that the required quorums are among
/// the blob's quorums, which are among those confirmed. checkDACert never reverts: it answers a status
/// code, SUCCESS (1) or INVALID_CERT (6) for certificates, INTERNAL_ERROR (7) for this contract's own
/// failures.
contract EigenDACertVerifier is IEigenDACertVerifierBase {
    uint256 internal constant MAX_CALLDATA_BYTES_LENGTH = 262_144;
    uint256 internal constant MAX_ABI_DECODE_GAS = 2_097_152;
    uint256 internal constant MAX_QUORUM_COUNT = 5;
    uint256 internal constant MAX_NONSIGNER_COUNT_ALL_QUORUM = 415;
    uint8 internal constant CERT_VERSION = 4;

    enum StatusCode {
        NULL_ERROR,
        SUCCESS,
        UNUSED_HISTORICAL_INVALID_INCLUSION_PROOF,
        UNUSED_HISTORICAL_SECURITY_ASSUMPTIONS_NOT_MET,
        UNUSED_HISTORICAL_BLOB_QUORUMS_NOT_SUBSET,
        UNUSED_HISTORICAL_REQUIRED_QUORUMS_NOT_SUBSET,
        INVALID_CERT,
        INTERNAL_ERROR
    }

    error InvalidSecurityThresholds();
    error InvalidQuorumNumbersRequired(uint256 length);
    error InvalidInclusionProof(uint32 blobIndex, bytes32 blobHash, bytes32 rootHash);
    error SecurityAssumptionsNotMet(
        uint8 confirmationThreshold, uint8 adversaryThreshold, uint8 codingRate, uint32 numChunks, uint32 maxNumOperators
    );
    error BlobQuorumsNotSubset(uint256 blobQuorumsBitmap, uint256 confirmedQuorumsBitmap);
    error RequiredQuorumsNotSubset(uint256 requiredQuorumsBitmap, uint256 blobQuorumsBitmap);
    error InvalidBlobVersion(uint16 blobVersion, uint16 nextBlobVersion);
    error InvalidOffchainDerivationVersion(uint16 certDerivationVer, uint16 requiredDerivationVer);
    error QuorumCountExceedsMaximum(uint256 count, uint256 maximum);
    error NonSignerCountExceedsMaximum(uint256 count, uint256 maximum);
    error UnorderedQuorumNumbers();

    /// The threshold registry (nextBlobVersion, getBlobParams) and the signature verifier
    /// (checkSignatures): EigenDA's service manager on a real network, which has the same functions.
    EigenDARegistry internal immutable _thresholdRegistry;
    EigenDARegistry internal immutable _signatureVerifier;
    EigenDATypes.SecurityThresholds internal _securityThresholds;
    bytes internal _quorumNumbersRequired;
    uint16 internal _offchainDerivationVersion;

    constructor(
        EigenDARegistry thresholdRegistry,
        EigenDARegistry signatureVerifier,
        EigenDATypes.SecurityThresholds memory securityThresholds_,
        bytes memory quorumNumbersRequired_,
        uint16 offchainDerivationVersion_
    ) {
        if (securityThresholds_.confirmationThreshold <= securityThresholds_.adversaryThreshold) {
            revert InvalidSecurityThresholds();
        }
        if (quorumNumbersRequired_.length == 0 || quorumNumbersRequired_.length > 256) {
            revert InvalidQuorumNumbersRequired(quorumNumbersRequired_.length);
        }
        _thresholdRegistry = thresholdRegistry;
        _signatureVerifier = signatureVerifier;
        _securityThresholds = securityThresholds_;
        _quorumNumbersRequired = quorumNumbersRequired_;
        _offchainDerivationVersion = offchainDerivationVersion_;
    }

    /// @dev External so that checkDACert can bound its gas and catch its failure.
    function _decodeCert(bytes calldata data) external pure returns (EigenDATypes.EigenDACertV4 memory) {
        return abi.decode(data, (EigenDATypes.EigenDACertV4));
    }

    function checkDACert(bytes calldata abiEncodedCert) external view returns (uint8) {
        if (abiEncodedCert.length > MAX_CALLDATA_BYTES_LENGTH) return uint8(StatusCode.INVALID_CERT);
        EigenDATypes.EigenDACertV4 memory cert;
        try this._decodeCert{gas: MAX_ABI_DECODE_GAS}(abiEncodedCert) returns (EigenDATypes.EigenDACertV4 memory c) {
            cert = c;
        } catch {
            return uint8(StatusCode.INVALID_CERT);
        }
        try this.checkDACertReverts(cert) {
            return uint8(StatusCode.SUCCESS);
        } catch Error(string memory) {
            return uint8(StatusCode.INVALID_CERT);
        } catch Panic(uint256) {
            return uint8(StatusCode.INTERNAL_ERROR);
        } catch (bytes memory reason) {
            if (reason.length < 4) return uint8(StatusCode.INTERNAL_ERROR);
            return uint8(StatusCode.INVALID_CERT);
        }
    }

    /// @notice Reverts with the reason a certificate is invalid.
    function checkDACertReverts(EigenDATypes.EigenDACertV4 calldata cert) external view {
        if (cert.offchainDerivationVersion != _offchainDerivationVersion) {
            revert InvalidOffchainDerivationVersion(cert.offchainDerivationVersion, _offchainDerivationVersion);
        }
        _checkInclusion(cert.batchHeader, cert.blobInclusionInfo);
        _checkSecurityParams(cert.blobInclusionInfo.blobCertificate.blobHeader.version);
        uint256 confirmed = _checkSignatures(cert);
        uint256 blobQuorums = _orderedBitmap(cert.blobInclusionInfo.blobCertificate.blobHeader.quorumNumbers);
        if (blobQuorums & confirmed != blobQuorums) revert BlobQuorumsNotSubset(blobQuorums, confirmed);
        uint256 required = _orderedBitmap(_quorumNumbersRequired);
        if (required & blobQuorums != required) revert RequiredQuorumsNotSubset(required, blobQuorums);
    }

    function _checkInclusion(
        EigenDATypes.BatchHeaderV2 calldata batchHeader,
        EigenDATypes.BlobInclusionInfo calldata info
    ) internal pure {
        bytes32 leaf = keccak256(abi.encodePacked(hashBlobCertificate(info.blobCertificate)));
        bytes calldata proof = info.inclusionProof;
        require(proof.length % 32 == 0, "inclusion proof length is not a multiple of 32");
        bytes32 h = leaf;
        uint256 index = info.blobIndex;
        for (uint256 i = 0; i < proof.length; i += 32) {
            bytes32 sibling = bytes32(proof[i:i + 32]);
            h = index % 2 == 0 ? keccak256(abi.encodePacked(h, sibling)) : keccak256(abi.encodePacked(sibling, h));
            index /= 2;
        }
        if (h != batchHeader.batchRoot) revert InvalidInclusionProof(info.blobIndex, leaf, batchHeader.batchRoot);
    }

    function _checkSecurityParams(uint16 version) internal view {
        uint16 next = _thresholdRegistry.nextBlobVersion();
        if (version >= next) revert InvalidBlobVersion(version, next);
        EigenDATypes.VersionedBlobParams memory p = _thresholdRegistry.getBlobParams(version);
        EigenDATypes.SecurityThresholds memory t = _securityThresholds;
        if (p.maxNumOperators > p.numChunks || t.confirmationThreshold < t.adversaryThreshold) {
            revert SecurityAssumptionsNotMet(
                t.confirmationThreshold, t.adversaryThreshold, p.codingRate, p.numChunks, p.maxNumOperators
            );
        }
        uint256 lhs = uint256(p.codingRate) * (p.numChunks - p.maxNumOperators)
            * (t.confirmationThreshold - t.adversaryThreshold);
        if (lhs < 100 * uint256(p.numChunks)) {
            revert SecurityAssumptionsNotMet(
                t.confirmationThreshold, t.adversaryThreshold, p.codingRate, p.numChunks, p.maxNumOperators
            );
        }
    }

    /// @return confirmed the bitmap of signed quorums whose signers hold the confirmation threshold.
    function _checkSignatures(EigenDATypes.EigenDACertV4 calldata cert) internal view returns (uint256 confirmed) {
        bytes calldata signed = cert.signedQuorumNumbers;
        if (signed.length > MAX_QUORUM_COUNT) revert QuorumCountExceedsMaximum(signed.length, MAX_QUORUM_COUNT);
        uint256 nonSigners;
        for (uint256 i = 0; i < cert.nonSignerStakesAndSignature.nonSignerStakeIndices.length; i++) {
            nonSigners += cert.nonSignerStakesAndSignature.nonSignerStakeIndices[i].length;
        }
        if (nonSigners > MAX_NONSIGNER_COUNT_ALL_QUORUM) {
            revert NonSignerCountExceedsMaximum(nonSigners, MAX_NONSIGNER_COUNT_ALL_QUORUM);
        }
        (EigenDATypes.QuorumStakeTotals memory totals,) = _signatureVerifier.checkSignatures(
            hashBatchHeaderV2(cert.batchHeader),
            signed,
            cert.batchHeader.referenceBlockNumber,
            cert.nonSignerStakesAndSignature
        );
        uint8 threshold = _securityThresholds.confirmationThreshold;
        for (uint256 i = 0; i < signed.length; i++) {
            if (uint256(totals.signedStakeForQuorum[i]) * 100 >= uint256(totals.totalStakeForQuorum[i]) * threshold) {
                confirmed |= uint256(1) << uint8(signed[i]);
            }
        }
    }

    function _orderedBitmap(bytes memory quorums) internal pure returns (uint256 bitmap) {
        for (uint256 i = 0; i < quorums.length; i++) {
            if (i != 0 && uint8(quorums[i]) <= uint8(quorums[i - 1])) revert UnorderedQuorumNumbers();
            bitmap |= uint256(1) << uint8(quorums[i]);
        }
    }

    // ---- hashing (public so that clients can check theirs against the contract's) ----

    function hashBatchHeaderV2(EigenDATypes.BatchHeaderV2 memory batchHeader) public pure returns (bytes32) {
        return keccak256(abi.encode(batchHeader));
    }

    /// @notice The blob key: keccak256(abi.encode(keccak256(abi.encode(version, quorumNumbers,
    /// commitment)), paymentHeaderHash)).
    function hashBlobHeaderV2(EigenDATypes.BlobHeaderV2 memory blobHeader) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(abi.encode(blobHeader.version, blobHeader.quorumNumbers, blobHeader.commitment)),
                blobHeader.paymentHeaderHash
            )
        );
    }

    function hashBlobCertificate(EigenDATypes.BlobCertificate memory blobCertificate) public pure returns (bytes32) {
        return keccak256(
            abi.encode(hashBlobHeaderV2(blobCertificate.blobHeader), blobCertificate.signature, blobCertificate.relayKeys)
        );
    }

    // ---- configuration ----

    function eigenDAThresholdRegistry() external view returns (address) {
        return address(_thresholdRegistry);
    }

    function eigenDASignatureVerifier() external view returns (address) {
        return address(_signatureVerifier);
    }

    function securityThresholds() external view returns (EigenDATypes.SecurityThresholds memory) {
        return _securityThresholds;
    }

    function quorumNumbersRequired() external view returns (bytes memory) {
        return _quorumNumbersRequired;
    }

    function offchainDerivationVersion() external view returns (uint16) {
        return _offchainDerivationVersion;
    }

    function certVersion() external pure returns (uint8) {
        return CERT_VERSION;
    }

    function semver() external pure returns (uint8 major, uint8 minor, uint8 patch) {
        return (4, 0, 0);
    }
}

/// @title EigenDACertVerifierRouter
/// @notice Routes a certificate to the cert verifier active at its reference block number (RBN),
/// read from bytes 64..96 of the ABI-encoded certificate. Verifiers are added with an activation
/// block number (ABN) in the future, so a certificate's verdict never changes once its RBN is past.
contract EigenDACertVerifierRouter is IEigenDACertVerifierBase {
    address public owner;
    mapping(uint32 => address) public certVerifiers;
    uint32[] public certVerifierABNs;

    event CertVerifierAdded(uint32 indexed activationBlockNumber, address indexed certVerifier);

    error NotOwner();
    error ABNNotInFuture(uint32 activationBlockNumber);
    error ABNNotGreaterThanLast(uint32 activationBlockNumber);
    error InvalidCertLength();
    error RBNInFuture(uint32 referenceBlockNumber);
    error LengthMismatch();

    constructor(address initialOwner, uint32[] memory initABNs, address[] memory initCertVerifiers) {
        if (initABNs.length != initCertVerifiers.length || initABNs.length == 0) revert LengthMismatch();
        owner = initialOwner;
        for (uint256 i = 0; i < initABNs.length; i++) {
            if (i > 0 && initABNs[i] <= initABNs[i - 1]) revert ABNNotGreaterThanLast(initABNs[i]);
            certVerifiers[initABNs[i]] = initCertVerifiers[i];
            certVerifierABNs.push(initABNs[i]);
            emit CertVerifierAdded(initABNs[i], initCertVerifiers[i]);
        }
    }

    function checkDACert(bytes calldata abiEncodedCert) external view returns (uint8) {
        return IEigenDACertVerifierBase(getCertVerifierAt(_getRBN(abiEncodedCert))).checkDACert(abiEncodedCert);
    }

    function getCertVerifierAt(uint32 referenceBlockNumber) public view returns (address) {
        if (referenceBlockNumber > block.number) revert RBNInFuture(referenceBlockNumber);
        for (uint256 i = certVerifierABNs.length; i > 0; i--) {
            uint32 abn = certVerifierABNs[i - 1];
            if (abn <= referenceBlockNumber) return certVerifiers[abn];
        }
        return address(0);
    }

    function addCertVerifier(uint32 activationBlockNumber, address certVerifier) external {
        if (msg.sender != owner) revert NotOwner();
        if (activationBlockNumber <= block.number) revert ABNNotInFuture(activationBlockNumber);
        if (activationBlockNumber <= certVerifierABNs[certVerifierABNs.length - 1]) {
            revert ABNNotGreaterThanLast(activationBlockNumber);
        }
        certVerifiers[activationBlockNumber] = certVerifier;
        certVerifierABNs.push(activationBlockNumber);
        emit CertVerifierAdded(activationBlockNumber, certVerifier);
    }

    function _getRBN(bytes calldata certBytes) internal pure returns (uint32) {
        // 0..32: offset of the certificate tuple; 32..64: batch root; 64..96: reference block number.
        if (certBytes.length < 96) revert InvalidCertLength();
        return abi.decode(certBytes[64:96], (uint32));
    }
}
