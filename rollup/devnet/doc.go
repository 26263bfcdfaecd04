// Package devnet runs a whole OpenLedger rollup in one process: the dev L1
// (rollup/l1chain) with OpenLedger's L1 contracts in its genesis, the EigenDA
// Alt-DA server (eigenda/server), the sequencer (ledger-geth execution node +
// op-node sequencing), op-batcher posting to EigenDA, and the verifier
// (ledger-geth + op-node deriving only from L1 and the DA server), and
// op-proposer posting the sequencer's safe output roots to the L1
// OutputOracle every ProposalInterval, against which withdrawals are proven at
// the OptimismPortal (on chains whose spec has withdrawals). The DA server
// issues EigenDA v2 certificates signed by the devnet operator set and checks
// them by eth_call to the EigenDA cert verifier router that the devnet deploys
// on its L1 at first start (addresses in eigenda-contracts.json).
//
// # Lifecycle
//
// Start brings the components up in dependency order, waiting for each to be
// healthy (L1 producing blocks, DA server answering /healthz, sequencer
// producing L2 blocks) before starting the next; Stop stops them in reverse.
// Every component can be stopped and started again on its own (the fault
// tests restart the batcher, the verifier and the DA server).
//
// # Data
//
// Everything lives under Config.Dir: the chain spec (chain/: deploy config,
// genesis files, rollup.json) is written on the first run and read on every
// later one, so a second run resumes the same chain from the components' data
// directories (l1/, sequencer/, verifier/, eigenda/, eigenda-contracts.json).
// Logs go to logs/.
//
// # Extensions
//
// Config.Extra takes further components (loraserve joins this way): they start
// after the rest, with the sequencer's RPC URL available from Devnet, and stop
// first.
package devnet
