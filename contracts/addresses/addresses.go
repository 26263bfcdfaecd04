// Package addresses holds the fixed addresses of OpenLedger's precompiles, the
// one place both the chain (the precompile packages register at these
// addresses) and its clients (loraserve, the ledger CLI, Studio) take them
// from. It imports nothing of the project, so off-chain code that needs an
// address never links consensus code.
//
//	0x…0A01  DatanetRegistry  Datanets, contributions, versions (IDatanetRegistry)
//	0x…0A02  ModelRegistry    base models, LoRA adapters, provenance (IModelRegistry)
//	0x…0A03  Settlement       escrow, vouchers, settlement, claims (ISettlement)
//	0x…0A04  AgentRegistry    AI agents, stake, slashing (IAgentRegistry)
//	0x…0A05  Governance       reserved for OPEN-locked parameter voting
//
// The OP Stack predeploys an OpenLedger chain carries (L1Block,
// GasPriceOracle, the fee vaults) are at their standard 0x4200… addresses; see
// rollup/predeploys.
package addresses

import "github.com/ethereum/go-ethereum/common"

// Precompile addresses. OpenLedger precompiles live in 0x…0A00–0x…0AFF.
var (
	// DatanetRegistry is the Datanet registry precompile (IDatanetRegistry).
	DatanetRegistry = common.HexToAddress("0x0000000000000000000000000000000000000A01")
	// ModelRegistry is the model and adapter registry precompile (IModelRegistry).
	ModelRegistry = common.HexToAddress("0x0000000000000000000000000000000000000A02")
	// Settlement is the settlement precompile (ISettlement): escrow, EIP-712
	// vouchers, batched settlement, claims. It is also the verifyingContract of
	// the voucher's EIP-712 domain.
	Settlement = common.HexToAddress("0x0000000000000000000000000000000000000A03")
	// AgentRegistry is the AI agent registry precompile (IAgentRegistry).
	AgentRegistry = common.HexToAddress("0x0000000000000000000000000000000000000A04")
	// Governance is reserved for the governance precompile.
	Governance = common.HexToAddress("0x0000000000000000000000000000000000000A05")
)

// Precompiles lists every precompile address above in ascending order.
func Precompiles() []common.Address {
	return []common.Address{DatanetRegistry, ModelRegistry, Settlement, AgentRegistry, Governance}
}
