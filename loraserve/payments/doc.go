// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package payments is loraserve's side of paid inference (the on-chain
// rules are the settlement precompile's, package precompiles/settlement; the
// fee and split arithmetic and the voucher and receipt hashing are
// core/settlement): it admits a request only with a valid InferenceVoucher, builds the receipt
// of the inference from its token counts and Proof-of-Attribution weights,
// keeps receipts in a queue persisted on disk, and settles them in batches on
// the settlement precompile from the operator's settler key.
//
// # Voucher on the wire
//
// A paid request carries its signed voucher as a JSON object, either in the
// request body's "voucher" field or (JSON-encoded) in the X-Ledger-Voucher
// header:
//
//	{"payer": "0x…", "operator": "0x…", "modelId": "2", "modelVersion": "1",
//	 "rateIn": "2000000000000", "rateOut": "6000000000000",
//	 "maxFee": "1000000000000000", "nonce": "7", "deadline": "1900000000",
//	 "requestHash": "0x…", "signature": "0x…(65 bytes r‖s‖v)"}
//
// Numbers are decimal strings or 0x-hex. requestHash is RequestHash of the
// request body: keccak256 of the RFC 8785 (JCS) canonical JSON of the body
// with the top-level "voucher" field removed, so the voucher cannot pay for
// a different prompt or different sampling parameters, and any client can
// compute it with an off-the-shelf JCS library (npm canonicalize, …;
// testdata/requesthash.json holds bodies with their canonical forms and
// hashes as npm canonicalize gives them).
//
// # Admission (Verifier)
//
// Before any inference: the voucher names the adapter's on-chain model id,
// this operator (the settler account: only it can settle the voucher) and
// the model version the adapter is served from (GET /v1/models lists both),
// and rates equal to the model's on-chain rates (settlement charges the
// voucher's rates, so the owner's later setRates does not change what a
// served answer costs); its EIP-712 signature recovers to the payer; requestHash matches the body;
// the deadline leaves at least the settlement margin after the chain's head
// time; the nonce is unused on chain and not held by a queued or admitted
// receipt; the worst-case fee (prompt tokens plus max_tokens at the
// voucher's rates, plus the platform fee) is within maxFee; and the payer's
// escrow, less what its queued and admitted receipts already reserve and
// less a pending withdrawal that releases by the voucher's deadline (the
// latest the receipt can settle), covers it. A withdrawal requested after
// admission releases withdrawDelay (one day by default) later, long after
// the settler's next round. Failures are the Err* sentinels, wrapped with
// context.
//
// # Receipts and the queue
//
// After inference, Admission.Receipt prices the actual token counts and
// attaches the attribution weights (sorted by contribution id, zero weights
// dropped; at most MaxContributions, the largest, rescaled to sum to 1e18
// exactly when attribution credits more) and proof root; Paid.Commit has
// Queue.Put write it to disk (temporary file, fsync, rename, directory
// fsync) before it returns, so a committed receipt survives a crash (see
// What is charged for when the server commits).
//
// # Settler
//
// Settler is a Lifecycle (Start/Stop/Stopped). Each round it takes up to
// BatchSize queued receipts, oldest first, as many as fit MaxTxBytes of
// calldata (--settlement.max-tx-bytes), drops those the chain already
// settled (the precompile's receiptOfNonce is the source of truth, which is
// what makes a restart settle each receipt exactly once), estimates gas
// (when the chain refuses the batch, it halves it until it finds a receipt
// that reverts alone, moves that one to quarantine/ with the decoded revert
// reason, a log line and the quarantined_receipts_total metric, and goes
// on with the rest), signs one settle
// transaction at the account's pending nonce, and waits for its receipt,
// re-sending it at the same nonce with bumped fees when it is not mined in
// time. The ReceiptSettled and ReceiptRejected logs decide each receipt's
// fate, once the block holding the transaction is safe (the rollup's safe
// head, which a sequencer reorg cannot undo; a node without one: its
// finalized block): a settled receipt leaves the queue when the chain's
// state at the safe head names it in receiptOfNonce, a rejected one moves
// to rejected/ with its reason when its block is safe and still canonical.
// Until then it stays queued, counts against its payer's escrow, and is not
// sent again; one whose settlement left the chain is sent again. RPC
// failures back off exponentially.
//
// # Running it
//
// Service wires all of it for a serving process from the flags of CLIFlags
// (env twins PREFIX_SETTLEMENT_…): --settlement.rpc (turns paid requests on),
// --settlement.key or --settlement.key-file (the settler key; its account
// must be in the precompile's settler set), --settlement.queue (the queue
// directory), and one --settlement.adapter NAME=MODEL_ID[@VERSION][:INDEX_DIR]
// per paid model (its registry id, the version whose weights are served —
// the latest when the service starts unless given — and the span index of
// that version's Datanet versions for attribution); a paid server that
// reads the model registry (--registry.rpc) needs none. Before loraserve
// serves, it hands each such adapter's files to Gate.CheckWeights (through
// ServerPayments): they must hash to the weights the registry records for
// the version paid as (adapterfetch.Fetcher.Verify, the check of an adapter
// registered while serving with a path and a model_id), or loraserve does
// not start; unregistering one stops pricing it. RuntimeAdapters adds
// paid adapters while the server runs, by model-registry id alone:
// loraserve registers adapters fetched by model_id (POST /v1/adapters,
// --registry.adapter) through it, attributing with the index shards the
// chain records for their provenance. FromCLI builds and starts it;
// ServerPayments is loraserve's
// server.Payments hook over its Gate. With settlement on, every generation
// request must carry a voucher for a listed model (402 otherwise), and the
// response's "receipt" is a Summary: the receipt (id, voucher hash, model,
// token counts, fee, outputHash = keccak256 of the answer text, contributions,
// proofRoot), the number of attributed spans, the payer and the nonce.
//
// The package is named payments so that it does not clash with the chain's
// settlement packages it builds on; what operators configure and chart
// keeps the settlement name: the --settlement.* flags and their
// PREFIX_SETTLEMENT_… env twins and the ledger_loraserve_settlement_*
// metrics.
//
// # What is charged
//
// A paid request is charged for what its client received: a whole answer's
// receipt is queued once the response is written and flushed (an answer
// that could not be written, or whose client the server saw close the
// connection before, releases the admission; one written and flushed before
// the client gave up is charged, as no acknowledgment follows it); a stream's receipt is
// queued before its final event, and a streaming client that leaves early
// pays for the tokens it was sent. Answers have no time limit; each write
// to the client has --http.write-stall-timeout.
package payments
