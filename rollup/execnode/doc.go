// Package execnode runs an OpenLedger execution node in-process for the rollup:
// op-geth with every OpenLedger precompile linked, its authenticated engine API
// (JWT) for op-node, JSON-RPC over HTTP for users, and the log-filter API.
// Unlike rollup/devchain, no block producer runs here: op-node drives the chain.
package execnode
