// Package faults is the rollup's fault suite: with a load generator sending
// transfers and Datanet precompile calls to the sequencer, it kills and
// restarts each component of a rollup in turn (sequencer geth, sequencer
// op-node, batcher, EigenDA server, verifier), keeps the EigenDA server down
// for a while, and reorgs the L1 by several blocks — and checks all along
// that
//
//   - the verifier never diverges: every block it marks safe has the
//     sequencer's hash at that height;
//   - the OPEN supply invariant holds in every block the sequencer builds:
//     the sum of all balances plus what settlement burned and the agent
//     registry slashed, minus what deposits minted, equals the genesis sum;
//   - no accepted transaction is lost: every transaction the sequencer
//     included (its sender saw a receipt) is still in the sequencer's chain at
//     the end and in the verifier's safe chain;
//   - with paid inference (a PaidTarget and Config.Payer), no settlement
//     receipt is lost or paid twice: a payer sends paid chat completions to
//     loraserve's first paid adapter all along (a fresh voucher nonce each,
//     rates and version read from the chain and GET /v1/models), and a
//     further fault kills and restarts loraserve with its settler (its
//     receipt queue is on disk). At the end, once the settler landed every
//     answered receipt and the verifier marked that block safe, the
//     verifier's chain must show: each answered request's nonce names its
//     receipt (receiptOfNonce), no request that failed was charged, each
//     answered receipt has exactly one ReceiptSettled event with the fee
//     loraserve reported and none answers no request, the payer's escrow fell
//     by the sum of the settled fees, and settlement's totalBurned (which the
//     supply invariant counts) grew by what the ReceiptSettled events burned.
//     A request that failed but whose receipt loraserve queued anyway would
//     settle before the later answered ones (the settler lands the oldest
//     first), so the check sees it. The load never gives up on a request
//     under way: loraserve charges a whole answer it wrote and flushed
//     before the client left (no acknowledgment follows a response), so a
//     client that cancels can be charged for an answer it dropped; loraserve
//     releases one whose client it saw leave first.
//
// Run returns a Report: the load held (included tx/s), the faults survived
// and how long the chain took to recover from each (until the verifier's
// safe head passed the sequencer's head at the restart).
//
// # Targets
//
// Run drives a Target: something that can kill (crash), stop (down until
// started) and start a Component, reorg the L1, and name the JSON-RPC
// Endpoints of the rollup. A crash is Kill then Start, the DA outage Stop then
// Start. DevnetTarget is the in-process rollup/devnet, where a "kill" is an
// immediate Stop of the component without waiting for what it was doing; a
// container target (rollup/docker) sends SIGKILL to the component's
// container. Every check
// goes over JSON-RPC, never through in-process handles, so the same suite
// runs against either:
//
//   - the verifier: optimism_syncStatus on the verifier's op-node gives its
//     safe L2 head; eth_getBlockByNumber on both ledger-geths gives the block
//     hashes compared (as the nodes report them, not recomputed);
//   - the supply: debug_accountRange on the sequencer's ledger-geth, paged
//     256 accounts at a time with incompletes on (so an account whose address
//     preimage the node lacks still counts), sums every balance at each
//     block's hash; eth_call of ISettlement.totalBurned and
//     IAgentRegistry.totalSlashed at the same hash gives the burned and
//     slashed totals; the block's deposit transactions give the minted sum.
//     This needs the debug namespace on the sequencer: the devnet's
//     ledger-geth (rollup/gethnode) serves eth, net, web3, debug and txpool
//     over HTTP, and docker-compose.yml passes --http.api with debug. A
//     balance-diff tracer (prestateTracer in diff mode) would read less, but
//     it sees only accounts the EVM touches, not balances a precompile or the
//     fee vaults move; the full sum is the invariant itself;
//   - the transactions: eth_getTransactionReceipt on both ledger-geths;
//   - the receipts: eth_call of ISettlement.receiptOfNonce and escrowOf,
//     and eth_getLogs of ReceiptSettled, on the verifier's ledger-geth.
//
// A node that does not answer (it is being restarted) only delays a check; a
// broken invariant ends the run at once.
package faults
