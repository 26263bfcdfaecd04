// Package faults is the devnet's fault suite: with a load generator sending
// transfers and Datanet precompile calls to the sequencer, it stops and
// restarts each component of a rollup/devnet in turn (sequencer geth,
// sequencer op-node, batcher, EigenDA server, verifier), keeps the EigenDA
// server down for a while, and reorgs the L1 by several blocks — and checks
// all along that
//
//   - the verifier never diverges: every block it marks safe has the
//     sequencer's hash at that height;
//   - the OPEN supply invariant holds in every block the sequencer builds:
//     the sum of all balances plus what settlement burned and the agent
//     registry slashed, minus what deposits minted, equals the genesis sum;
//   - no accepted transaction is lost: every transaction the sequencer
//     included (its sender saw a receipt) is still in the sequencer's chain at
//     the end and in the verifier's safe chain.
//
// Run returns a Report: the load held (included tx/s), the faults survived
// and how long the chain took to recover from each (until the verifier's
// safe head passed the sequencer's head at the restart).
//
// The components run in one process (rollup/devnet), so a "kill" is an
// immediate Stop of the component without waiting for what it was doing,
// not a SIGKILL of a separate process.
package faults
