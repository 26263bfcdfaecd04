// Package gethnode builds the in-process go-ethereum nodes of the dev chains:
// the devnet's L1 (package l1chain), the L2 execution nodes op-node drives
// (package execnode) and the single-node dev chain (package devchain). Each
// is one node.Node with the eth service, JSON-RPC over HTTP (eth, net, web3,
// debug, txpool and any extra namespaces), the log-filter API that ethers,
// op-node and op-batcher query, the debug_trace* API, and, when asked, the
// JWT-authenticated engine API. Peer-to-peer networking is off: every chain
// here has a single producer, and other nodes follow it through the engine API
// or by derivation, never by gossip.
//
// Caches are sized for a development machine (64 MiB each): geth's defaults
// (a 2 GiB database cache) make pebble preallocate hundreds of MiB per
// write-ahead log.
package gethnode
