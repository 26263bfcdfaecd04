// Package all links every OpenLedger precompile into a binary. Every program
// that executes OpenLedger blocks (ledger-geth, the devnet, tests) imports it:
// the set of precompiles is a consensus rule.
//
//	0x…0A01  datanet     Datanet registry
//	0x…0A02  model       model registry (base models, LoRA adapters, provenance)
//	0x…0A03  settlement  settlement (escrow, vouchers, receipts, burn, claims)
//	0x…0A04  agent       AI agent registry (stake, unbonding, slashing)
//	0x…0A05  governance  OPEN-locked voting on the parameters above, treasury
package all

import (
	// Each import registers its precompile in init.
	_ "github.com/openledger/openledger/precompiles/agent"
	_ "github.com/openledger/openledger/precompiles/datanet"
	_ "github.com/openledger/openledger/precompiles/governance"
	_ "github.com/openledger/openledger/precompiles/model"
	_ "github.com/openledger/openledger/precompiles/settlement"
)
