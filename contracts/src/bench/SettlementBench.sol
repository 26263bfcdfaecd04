// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ISettlement} from "../ISettlement.sol";

/// @title SettlementBench
/// @notice A Solidity implementation of the settlement precompile's settle(), with the same
/// ABI, checks, per-receipt all-or-nothing rule, fee formula, split, storage records and
/// events as 0x…0A03. It exists only to measure the gas of the same work in the EVM
/// (precompiles/settlement's gas comparison). Differences, all in Solidity's favour: the
/// model and contribution records it checks are mirrored into its own storage (setModel,
/// setContribution) instead of being read from the registries with calls; the owner's share
/// is credited to claimable() instead of being sent; a contract cannot burn native value, so
/// the burn stays locked here and is only counted; arithmetic overflow reverts the call
/// instead of rejecting the one receipt.
contract SettlementBench {
    struct ModelRec {
        address owner;
        uint64 latestVersion;
    }

    struct ContributionRec {
        address contributor;
        uint64 datanetId;
        uint64 acceptedIndex;
        bool accepted;
    }

    struct Stored {
        uint128 fee;
        uint64 modelId;
        uint64 settledAt;
    }

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant VOUCHER_TYPEHASH = keccak256(
        "InferenceVoucher(address payer,address operator,uint256 modelId,uint64 modelVersion,uint256 rateIn,uint256 rateOut,uint256 maxFee,uint256 nonce,uint64 deadline,bytes32 requestHash)"
    );
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    bytes32 public immutable domainSeparator;
    uint256 public platformFee;
    uint256 public burnBps;
    uint256 public ownerBps;
    uint256 public operatorBps;
    uint256 public totalBurned;

    mapping(address => bool) public isSettler;
    mapping(address => uint256) public escrowOf;
    mapping(address => uint256) public claimable;
    mapping(address => mapping(uint256 => bytes32)) public receiptOfNonce;
    mapping(bytes32 => Stored) private stored;
    mapping(uint256 => ModelRec) public models;
    /// model id => model version => Datanet id => the largest leaf count among the Datanet
    /// versions that model version declares (0: not declared).
    mapping(uint256 => mapping(uint256 => mapping(uint256 => uint256))) public declaredCount;
    mapping(uint256 => ContributionRec) public contributions;

    event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned);
    event ReceiptRejected(bytes32 indexed voucherHash, string reason);

    constructor(uint256 platformFee_, uint256 burnBps_, uint256 ownerBps_, uint256 operatorBps_, address[] memory settlers) {
        require(burnBps_ + ownerBps_ + operatorBps_ <= 10_000, "bps");
        platformFee = platformFee_;
        burnBps = burnBps_;
        ownerBps = ownerBps_;
        operatorBps = operatorBps_;
        for (uint256 i = 0; i < settlers.length; i++) {
            isSettler[settlers[i]] = true;
        }
        domainSeparator = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("OpenLedger"), keccak256("1"), block.chainid, address(this))
        );
    }

    /// Records version `version` of model id, the latest, with its provenance.
    function setModel(uint256 id, address owner, uint64 version, uint256[] calldata datanets, uint256[] calldata counts) external {
        models[id] = ModelRec(owner, version);
        for (uint256 i = 0; i < datanets.length; i++) {
            declaredCount[id][version][datanets[i]] = counts[i];
        }
    }

    function setContribution(uint256 id, address contributor, uint64 datanetId, uint64 acceptedIndex) external {
        contributions[id] = ContributionRec(contributor, datanetId, acceptedIndex, true);
    }

    function deposit() external payable {
        escrowOf[msg.sender] += msg.value;
    }

    function hashVoucher(ISettlement.Voucher calldata v) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                VOUCHER_TYPEHASH, v.payer, v.operator, v.modelId, v.modelVersion, v.rateIn, v.rateOut, v.maxFee, v.nonce,
                v.deadline, v.requestHash
            )
        );
        return keccak256(abi.encodePacked(hex"1901", domainSeparator, structHash));
    }

    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }

    function _ceilDiv1000(uint256 x) private pure returns (uint256) {
        return x / 1000 + (x % 1000 == 0 ? 0 : 1);
    }

    /// The checks of settle for one receipt, in the precompile's order; "" when it passes.
    function _check(ISettlement.Receipt calldata r, ISettlement.Voucher calldata v, bytes calldata sig, bytes32 vh, bytes32 id)
        private
        view
        returns (string memory reason, uint256 fee, ModelRec memory m)
    {
        if (r.voucherHash != vh) return ("voucher hash mismatch", 0, m);
        if (r.modelId != v.modelId) return ("model mismatch", 0, m);
        address signer = _recover(vh, sig);
        if (signer == address(0)) return ("bad signature", 0, m);
        if (signer != v.payer) return ("wrong signer", 0, m);
        if (v.operator != msg.sender) return ("wrong operator", 0, m);
        bytes32 used = receiptOfNonce[v.payer][v.nonce];
        if (used != bytes32(0)) return (used == id ? "already settled" : "nonce used", 0, m);
        if (v.deadline < block.timestamp) return ("expired", 0, m);
        m = models[r.modelId];
        if (m.owner == address(0)) return ("unknown model", 0, m);
        if (v.modelVersion == 0 || v.modelVersion > m.latestVersion) return ("unknown model version", 0, m);
        fee = _ceilDiv1000(uint256(r.tokensIn) * v.rateIn) + _ceilDiv1000(uint256(r.tokensOut) * v.rateOut) + platformFee;
        if (fee != r.fee) return ("fee mismatch", 0, m);
        if (fee > v.maxFee) return ("fee above maxFee", 0, m);
        if (fee > escrowOf[v.payer]) return ("insufficient escrow", 0, m);
        for (uint256 j = 0; j < r.contributions.length; j++) {
            uint256 cid = r.contributions[j].contributionId;
            if (j > 0 && r.contributions[j - 1].contributionId >= cid) return ("contributions not ascending", 0, m);
            ContributionRec memory c = contributions[cid];
            if (!c.accepted) return ("unknown contribution", 0, m);
            if (c.acceptedIndex >= declaredCount[r.modelId][v.modelVersion][c.datanetId]) return ("contribution not in model datanets", 0, m);
        }
        return ("", fee, m);
    }

    /// Credits the owner and the contributors of one receipt; returns the operator's share and the burn.
    function _split(ISettlement.Receipt calldata r, uint256 fee, address owner) private returns (uint256 opShare, uint256 burn) {
        uint256 ownerShare = fee * ownerBps / 10_000;
        claimable[owner] += ownerShare;
        opShare = fee * operatorBps / 10_000;
        uint256 pool = fee * (10_000 - burnBps - ownerBps - operatorBps) / 10_000;
        burn = fee - ownerShare - opShare - _credit(r.contributions, pool);
    }

    /// Shares pool among the contributors in proportion to the weights; returns what it paid.
    function _credit(ISettlement.Contribution[] calldata cs, uint256 pool) private returns (uint256 paid) {
        uint256 total;
        for (uint256 j = 0; j < cs.length; j++) {
            total += cs[j].weight;
        }
        if (total == 0) return 0;
        for (uint256 j = 0; j < cs.length; j++) {
            uint256 share = pool * cs[j].weight / total;
            if (share == 0) continue;
            claimable[contributions[cs[j].contributionId].contributor] += share;
            paid += share;
        }
    }

    function settle(ISettlement.Receipt[] calldata receipts, ISettlement.Voucher[] calldata vouchers, bytes[] calldata signatures)
        external
        returns (uint256 settled)
    {
        require(isSettler[msg.sender], "NotSettler");
        require(receipts.length == vouchers.length && receipts.length == signatures.length, "lengths");
        uint256 operatorPay;
        uint256 burned;
        for (uint256 i = 0; i < receipts.length; i++) {
            ISettlement.Receipt calldata r = receipts[i];
            ISettlement.Voucher calldata v = vouchers[i];
            bytes32 vh = hashVoucher(v);
            bytes32 id = keccak256(abi.encode(r));
            (string memory reason, uint256 fee, ModelRec memory m) = _check(r, v, signatures[i], vh, id);
            if (bytes(reason).length != 0) {
                emit ReceiptRejected(vh, reason);
                continue;
            }
            receiptOfNonce[v.payer][v.nonce] = id;
            stored[id] = Stored(uint128(fee), uint64(r.modelId), uint64(block.number));
            escrowOf[v.payer] -= fee;
            (uint256 opShare, uint256 burn) = _split(r, fee, m.owner);
            operatorPay += opShare;
            burned += burn;
            emit ReceiptSettled(id, vh, v.payer, r.modelId, fee, burn);
            settled++;
        }
        totalBurned += burned;
        if (operatorPay > 0) {
            (bool ok,) = msg.sender.call{value: operatorPay}("");
            require(ok, "operator payment");
        }
    }
}
