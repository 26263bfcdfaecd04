// Package devnettest starts a whole devnet (package devnet) for a test:
// 1-second L1 blocks, finality three L1 blocks behind, op-node and the batcher
// polling every 500 ms, short Alt-DA windows, logs in a file whose last lines
// are printed when the test fails, and a clean stop when it ends.
package devnettest
