// Package commands implements the ledger command-line client: one command
// group per file (datanet.go, model.go, agent.go), sharing a JSON-RPC client
// that signs and sends transactions, waits for their receipts and decodes
// reverts into the precompiles' custom errors (client.go, revert.go), and one
// printer for text or --json output (output.go).
//
// # Adding a command group
//
// Write <group>.go with a func returning its *cli.Command and append it to
// groups in app.go. A group that talks to a new contract adds the contract's
// ABI to revertABIs in revert.go so its errors are decoded by name.
//
// # Global flags
//
// --rpc (LEDGER_RPC) is the JSON-RPC endpoint. Commands that send
// transactions sign with --key (LEDGER_KEY, hex) or with --keystore and
// --password / --password-file (LEDGER_KEYSTORE, LEDGER_PASSWORD). --json
// prints machine-readable output.
//
// # Content on IPFS
//
// Commands that record content on chain (datanet contribute, model
// register/adapter/version --weights) add it to the IPFS node whose RPC API
// --ipfs.api (LEDGER_IPFS_API) names, pin it there, and record ipfs://<CID>
// with the content hash (content.go); the chain never records a local path.
// Commands that read content (datanet fetch, model fetch) fetch it by CID and
// refuse it unless it hashes to what the chain records, keeping the verified
// copy in --ipfs.cache. A node that does not answer is retried (reported on
// stderr) and then reported as unavailable.
package commands
