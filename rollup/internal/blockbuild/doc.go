// Package blockbuild builds one block on an in-process geth node through its
// engine API, the one way both dev block producers do it: the dev L1
// (package l1chain) and the dev chain's sequencer (package
// devchain/blockdriver).
//
// Build forces an explicit transaction list into the payload (NoTxPool): the
// producer's own transactions first (the OP Stack's L1-attributes deposit),
// then the pool's pending ones chosen by package txselect. A transaction the
// builder refuses is dropped with the rest of its sender's and the payload
// retried, so one bad transaction cannot stall the chain. The payload is
// imported with newPayload and made the head with forkchoiceUpdated, as a
// consensus client would.
package blockbuild
