// Package settlement defines the rules of paid inference that the chain and
// its clients share: the wire types — the InferenceVoucher a payer signs and
// the Receipt a serving operator settles — with their EIP-712 hashing,
// signing, signature recovery and receipt ids, and the fee of an inference
// and its split. Both the settlement precompile and its clients (loraserve,
// the ledger CLI) use these functions, so they cannot disagree on a hash or a
// fee.
//
// # Voucher
//
// A voucher is the EIP-712 typed struct
//
//	InferenceVoucher(address payer,address operator,uint256 modelId,uint64 modelVersion,
//	                 uint256 rateIn,uint256 rateOut,uint256 maxFee,uint256 nonce,uint64 deadline,bytes32 requestHash)
//
// It binds everything the payout depends on to what the payer agreed to:
// the operator that may settle it (and is paid the operator share), the
// model version whose provenance the contributions must come from, and the
// rates the fee is computed with (never more than maxFee). A model owner's
// later setRates, deprecate or publishVersion changes nothing for vouchers
// already signed, and no other settler can settle them. TypedData is the
// same voucher as eth_signTypedData_v4 JSON.
//
// in the domain {name "OpenLedger", version "1", chainId, verifyingContract =
// the settlement precompile}. Its hash (VoucherHash) is the EIP-712 digest,
// keccak256(0x1901 ‖ domainSeparator ‖ hashStruct(voucher)): what the payer
// signs, and the key a receipt names its voucher by. Signatures are 65 bytes
// r ‖ s ‖ v with v ∈ {27, 28} (0 and 1 are accepted too); a high-s
// (malleable) signature is rejected.
//
// # Receipt
//
// A receipt's id is keccak256(abi.encode(receipt)) for the Solidity struct
// ISettlement.Receipt, encoded here by hand (and checked against
// go-ethereum's ABI encoder in tests).
//
// # Fee
//
// The fee of one inference is
//
//	fee = ceil(tokensIn·rateIn/1000) + ceil(tokensOut·rateOut/1000) + platformFee
//
// with rates in wei per 1,000 tokens (the voucher's; an operator admits a
// voucher whose rates are the model's rates in the registry) and platformFee
// a governance parameter. Every step is checked for 256-bit
// overflow; an overflowing fee is an error, never a wrapped value.
//
// # Split
//
// A fee is split by basis points (FeeParams): ownerBps to the model owner,
// operatorBps to the serving operator, contributorBps (10,000 minus the other
// three) to data contributors in proportion to their Proof-of-Attribution
// weights, and burnBps burned. Only positive weights are paid; the pool is
// shared with floor(pool·w/Σw) in integer arithmetic. Everything the floors
// leave over (the dust of the bps shares and of the weight normalisation) is
// burned, and so is the whole contributor pool when no weight is positive, so
// owner + operator + Σ contributors + burn == fee exactly, for every input.
package settlement
