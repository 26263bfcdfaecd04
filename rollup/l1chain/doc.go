// Package l1chain runs the devnet's L1 in-process: a go-ethereum node (eth.New
// with the log-filter API registered, since op-node and op-batcher query logs)
// serving JSON-RPC over HTTP, and a block producer standing in for the beacon
// chain. Unlike geth --dev's simulated beacon, which finalizes every 32 blocks,
// the producer keeps the finalized block a configurable number of blocks behind
// the head, so rollup finality is observable within seconds.
//
// Blocks are built through the miner and imported through the engine API
// (newPayload, forkchoiceUpdated), like a consensus client would, by package
// rollup/internal/blockbuild (shared with the dev chain's block driver).
//
// Reorg replaces the newest blocks with a longer branch (an L1 reorg, for the
// fault suite). With Config.DevRPC the node also serves it over HTTP as
// dev_reorg (DevAPI; `devnet l1` turns it on, so a fault suite can reorg the
// L1 of a containerised devnet): a development hook, for dev chains only.
package l1chain
