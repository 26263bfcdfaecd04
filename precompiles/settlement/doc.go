// Package settlement implements the settlement precompile at 0x…0A03:
// escrow of OPEN for paid inference, EIP-712 voucher verification, and
// Proof-of-Attribution-weighted settlement with burn (ISettlement in
// contracts/src). The fee math, the voucher and receipt hashing are those of
// core/settlement, shared with the clients that sign vouchers and build
// receipts.
//
// # Settlement
//
// settle(receipts, vouchers, signatures) may be called only by an account in
// the settler set. Each receipt is checked, in this order, and the first
// failure rejects it with a ReceiptRejected(voucherHash, reason) log (reasons
// are the Reject* constants): the receipt names its voucher's EIP-712 hash and
// model; the signature recovers to the payer; the voucher names the caller as
// its operator; the payer's nonce is unused; the deadline is not before the
// block time; the model and the voucher's model version exist; the fee equals
// the fee computed from the voucher's rates and the platform fee, is within
// the voucher's maxFee and within the payer's escrow; the contribution ids
// are strictly increasing, exist, are accepted, and lie in a Datanet version
// that the voucher's model version declares in its provenance.
//
// Everything the payout depends on is what the payer signed, so the model's
// owner cannot void queued receipts: setRates, deprecate (a deprecated model
// takes no new vouchers at the operator, but signed ones settle) and
// publishVersion change nothing for a voucher already signed. And only the
// operator the voucher names can settle it, so with several settlers none
// can front-run another's receipts.
//
// A receipt that passes settles completely: its nonce is marked with the
// receipt id, the receipt is stored, the escrow is charged, and the fee is
// split by core/settlement: the owner and the operator (the caller) are paid in
// value, each contributor recorded on chain for its contribution (never an
// address supplied by the settler) is credited in claimable(), and the burn
// leaves the precompile's balance and goes nowhere (totalBurned()).
// Replaying a receipt pays nothing: its nonce is already used.
//
// Within one call the effects are accumulated in memory and written once at
// the end (one escrow write per payer, one value transfer per payee, one
// claimable write per contributor), so a batch costs little more than its
// receipts' own nonce and record slots.
//
// # Escrow
//
// deposit() adds msg.value; requestWithdraw(amount) schedules a withdrawal
// withdrawDelay seconds later, and withdraw() pays it then. Until withdraw()
// the amount stays in escrow and settlement may still charge it, so a payer
// cannot withdraw ahead of vouchers it signed. The precompile's balance is
// always the sum of every escrow and every claimable balance.
//
// # Gas
//
// Only RequiredGas(input) is charged. settle is priced from its calldata: a
// walk over the ABI offsets counts the receipts, their contributions, and the
// distinct (model id, model version) pairs, contribution ids and payers they
// name; each is charged for the slots, hashing, signature recovery, value
// transfers and logs it can cause. Work settle caches within a call is
// charged once per distinct id: a model version's record and full provenance
// (up to model.MaxDatanets Datanet versions) and its owner's payment, a contribution's record and its
// contributor's claimable update, a payer's escrow update.
//
// # Genesis
//
// Config carries the fee parameters, the withdrawal delay and the settler
// set; Config.Storage() is the precompile's genesis storage.
package settlement
