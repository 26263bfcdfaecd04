// Package opflags gives OpenLedger's defaults to op-node's and op-batcher's own
// command lines without renaming or redefining any flag: a default is added to
// the arguments only when the user gave neither the flag nor its environment
// variable, so OP_NODE_* and OP_BATCHER_* keep working unchanged. It also
// parses op-batcher's flags into its CLIConfig for in-process use, so the
// devnet's batcher is configured exactly as the binary would be.
package opflags
