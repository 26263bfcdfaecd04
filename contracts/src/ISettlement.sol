// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title ISettlement
/// @notice The settlement precompile at 0x0000000000000000000000000000000000000A03: escrow of
/// OPEN for paid inference, EIP-712 vouchers, attribution-weighted settlement with burn, and
/// claimable contributor balances.
/// @dev Fee of one inference: ceil(tokensIn*rateIn/1000) + ceil(tokensOut*rateOut/1000) +
/// platformFee, with the rates the payer signed in the voucher (an operator admits a voucher
/// whose rates are the model's rates in the registry). Split by basis points: burnBps
/// burned, ownerBps to the model owner, operatorBps to the voucher's operator, the rest to
/// the contributors in proportion to their positive weights (integer floors; all rounding dust
/// is burned, and the whole contributor share when no weight is positive). Burned OPEN leaves
/// this precompile's balance and goes nowhere; totalBurned() counts it. The precompile's
/// balance always equals the sum of escrows plus the sum of claimable balances.
///
/// Voucher: EIP-712 InferenceVoucher(address payer,address operator,uint256 modelId,
/// uint64 modelVersion,uint256 rateIn,uint256 rateOut,uint256 maxFee,uint256 nonce,uint64 deadline,
/// bytes32 requestHash) in the domain {name "OpenLedger", version "1", chainId,
/// verifyingContract = this precompile}; its hash is the EIP-712 digest. Nonces are per payer
/// and single-use. A receipt's id is keccak256(abi.encode(receipt)). What the payer signed
/// fixes the payout: the model owner's later setRates, deprecate or publishVersion does not
/// void a voucher, and only its operator can settle it.
interface ISettlement {
    struct Voucher {
        address payer;
        /// The settler that serves the request: only it may settle the receipt, and it is
        /// paid the operator share.
        address operator;
        uint256 modelId;
        /// The model version the answer is served from; contributions must be in the Datanet
        /// versions it declares in its provenance.
        uint64 modelVersion;
        /// Agreed prices in wei per 1,000 input and output tokens.
        uint256 rateIn;
        uint256 rateOut;
        uint256 maxFee;
        uint256 nonce;
        /// Latest block timestamp at which the voucher may be settled.
        uint64 deadline;
        /// keccak256 of the canonical request body.
        bytes32 requestHash;
    }

    struct Contribution {
        /// A contribution id of the Datanet registry, in a Datanet version that the
        /// voucher's model version declares in its provenance.
        uint256 contributionId;
        /// Proof-of-Attribution weight (1e18 fixed point by convention; only ratios matter).
        uint256 weight;
    }

    struct Receipt {
        /// EIP-712 hash of the voucher that pays for this inference.
        bytes32 voucherHash;
        uint256 modelId;
        uint64 tokensIn;
        uint64 tokensOut;
        /// Must equal the fee computed from the voucher's rates and the platform fee.
        uint256 fee;
        /// keccak256 of the output text.
        bytes32 outputHash;
        /// Strictly increasing contribution ids.
        Contribution[] contributions;
        /// Merkle root of the attribution evidence.
        bytes32 proofRoot;
    }

    /// What is stored of a settled receipt (its payer and voucher are in its ReceiptSettled log).
    struct SettledReceipt {
        uint256 modelId;
        uint256 fee;
        /// Block number of settlement; zero for an unknown receipt id.
        uint64 settledAt;
    }

    event Deposited(address indexed payer, uint256 amount, uint256 escrow);
    event WithdrawRequested(address indexed payer, uint256 amount, uint64 releaseTime);
    event Withdrawn(address indexed payer, uint256 amount, uint256 escrow);
    event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned);
    event ReceiptRejected(bytes32 indexed voucherHash, string reason);
    event Claimed(address indexed account, uint256 amount);

    error NotSettler(address caller);
    error InvalidArgument(string reason);
    error InsufficientEscrow(uint256 requested, uint256 available);
    error NothingToWithdraw(address payer);
    error WithdrawalLocked(uint64 releaseTime);
    error NothingToClaim(address account);

    /// Adds msg.value to the caller's escrow.
    function deposit() external payable;

    /// Schedules a withdrawal of `amount` (at most the escrow) after withdrawDelay() seconds;
    /// replaces any pending request and restarts the delay. The escrow stays available to
    /// settlement until withdraw() is called.
    function requestWithdraw(uint256 amount) external;

    /// Sends the pending withdrawal (capped at what is left in escrow) to the caller once its
    /// release time has passed, and returns the amount.
    function withdraw() external returns (uint256 amount);

    /// Settles a batch; only settlers may call it, and only for vouchers that name the caller
    /// as their operator (others are rejected), so the caller is paid the operator share.
    /// receipts[i] is paid by vouchers[i] signed with signatures[i] (65 bytes, r|s|v). Each
    /// receipt settles completely or not at all: a bad one emits ReceiptRejected and the rest
    /// go on. Returns how many settled.
    function settle(Receipt[] calldata receipts, Voucher[] calldata vouchers, bytes[] calldata signatures) external returns (uint256 settled);

    /// Sends the caller's claimable balance to it and returns the amount.
    function claim() external returns (uint256 amount);

    function escrowOf(address payer) external view returns (uint256);
    function pendingWithdrawal(address payer) external view returns (uint256 amount, uint64 releaseTime);
    function claimable(address account) external view returns (uint256);
    function getReceipt(bytes32 receiptId) external view returns (SettledReceipt memory);
    /// Receipt id that used a payer's nonce, or zero while the nonce is unused.
    function receiptOfNonce(address payer, uint256 nonce) external view returns (bytes32);
    function hashVoucher(Voucher calldata voucher) external view returns (bytes32);
    function domainSeparator() external view returns (bytes32);
    function totalBurned() external view returns (uint256);
    function feeParams() external view returns (uint256 platformFee, uint16 burnBps, uint16 ownerBps, uint16 operatorBps, uint64 withdrawDelay);
    function isSettler(address account) external view returns (bool);
}
