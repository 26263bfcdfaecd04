// Package rollupnode wires op-node as a library for OpenLedger: a sequencer
// that builds L2 blocks on its execution node through the authenticated engine
// API, or a verifier that derives every block from L1 and the EigenDA server
// only. It turns a short, typed Config into op-node's own config.Config (Alt-DA
// with generic commitments, no beacon endpoint since batches ride in calldata,
// P2P off unless configured) and runs op-node's OpNode as a Lifecycle.
//
// cmd/ledger-node does not use Config: it keeps op-node's flags and OP_NODE_*
// variables unchanged and only supplies OpenLedger's defaults.
package rollupnode
