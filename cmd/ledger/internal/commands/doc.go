// Package commands implements the ledger command-line client: one command
// group per file (datanet.go, model.go, agent.go, settlement.go), sharing a
// JSON-RPC client that signs and sends transactions, waits for their receipts
// and decodes reverts into the precompiles' custom errors (client.go,
// revert.go), and one printer for text or --json output (output.go).
//
// # The two shapes of a command
//
// A command checks its flags and arguments first (so a bad argument needs no
// node), then either reads or sends (action.go):
//
//	// a reader: query the node, return what to print
//	return read(c, func(cl *Client) (any, error) {
//		return query(cl, c.Context, addresses.AgentRegistry, agents.PackGetAgent(id), "getAgent", agents.UnpackGetAgent)
//	})
//
//	// a sender: the transaction, and the fields printed after its
//	// tx/block/gasUsed, taken from the event the called contract emitted
//	return send(c, Tx{To: addresses.Settlement, Data: settlements.PackClaim()},
//		event(settlements.UnpackClaimedEvent, func(ev *bindings.ISettlementClaimed) any { ... }))
//
// sendWith builds the transaction with the connected signer, for one that
// depends on the chain's state (a withdrawal checks its release block and
// estimates its gas as of the block it will run in).
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
