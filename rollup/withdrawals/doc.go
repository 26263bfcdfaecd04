// Package withdrawals implements the client side of the OP Stack's L2→L1
// withdrawal path on OpenLedger: reading a withdrawal from its L2 receipt (the
// L2ToL1MessagePasser's MessagePassed event), computing its hash and the
// output root of an L2 block (version 0: keccak256(0 ‖ state root ‖ message
// passer storage root ‖ block hash), what op-node's optimism_outputAtBlock
// returns), and building the proof that L1's OptimismPortal checks: the output
// root's preimage and the Merkle-Patricia proof of the message passer's
// storage slot keccak256(withdrawalHash ‖ 0) from eth_getProof. Portal wraps
// the L1 side: the output a withdrawal is proven against, the prove and
// finalize calldata, and a withdrawal's status.
//
// # OPEN across the bridge
//
// OPEN is native on L2 with a fixed supply; on L1 it is the OpenToken ERC-20,
// whose whole supply the portal holds at genesis against the L2 allocation. A
// withdrawal sends L2 OPEN into the message passer (anyone's burn() then
// removes it from L2) and, once finalized, the portal releases as much L1 OPEN
// to the target. depositERC20Transaction does the reverse: it locks L1 OPEN in
// the portal and the L2 deposit mints as much. The L2 supply therefore moves
// only with the bridge: sum of L2 balances = 10^27 − burned on L2 (settlement
// and the passer's burn()) + deposit mints, while portal-held L1 OPEN + L1 OPEN
// elsewhere = 10^27 always.
package withdrawals
