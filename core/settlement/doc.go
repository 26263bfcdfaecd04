// Package settlement defines the wire types of paid inference — the
// InferenceVoucher a payer signs and the Receipt a serving operator settles —
// with their EIP-712 hashing, signing, signature recovery and receipt ids.
// Both the attribution precompile and its clients (loraserve, the ledger CLI)
// use these functions, so they cannot disagree on a hash.
//
// # Voucher
//
// A voucher is the EIP-712 typed struct
//
//	InferenceVoucher(address payer,uint256 modelId,uint256 maxFee,uint256 nonce,uint64 deadline,bytes32 requestHash)
//
// in the domain {name "OpenLedger", version "1", chainId, verifyingContract =
// the attribution precompile}. Its hash (VoucherHash) is the EIP-712 digest,
// keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(voucher)): what the payer
// signs, and the key a receipt names its voucher by. Signatures are 65 bytes
// r ‖ s ‖ v with v ∈ {27, 28} (0 and 1 are accepted too); a high-s
// (malleable) signature is rejected.
//
// # Receipt
//
// A receipt's id is keccak256(abi.encode(receipt)) for the Solidity struct
// IAttribution.Receipt, encoded here by hand (and checked against
// go-ethereum's ABI encoder in tests).
package settlement
