package precompiles

import "github.com/ethereum/go-ethereum/params"

// Shared gas costs. OpenLedger precompiles charge only RequiredGas(input), so
// every method is priced from its calldata before it runs. The rule
// (design/precompiles.md): never below the cost of the same storage writes in
// Solidity divided by five.
const (
	// GasBase is charged for every call, like the base of a precompile.
	GasBase uint64 = 2_100
	// GasPerInputWord is charged per 32 bytes of calldata the method decodes.
	GasPerInputWord uint64 = 24
	// GasSlotRead is one storage read, priced as an SLOAD before EIP-2929
	// (800): a precompile reads state directly, without the interpreter.
	GasSlotRead uint64 = params.SloadGasEIP2200
	// GasSlotWrite is one storage write to a fresh slot: (SSTORE set 20,000 +
	// cold access 2,100) / 5.
	GasSlotWrite uint64 = (params.SstoreSetGasEIP2200 + params.ColdSloadCostEIP2929) / 5
	// GasSlotUpdate is one write to a slot that already holds a value: (SSTORE
	// reset 2,900 + cold access 2,100) / 5.
	GasSlotUpdate uint64 = params.SstoreResetGasEIP2200 / 5
	// GasLog is one log with three topics; GasLogDataWord is per 32 bytes of log data.
	GasLog         uint64 = params.LogGas + 3*params.LogTopicGas
	GasLogDataWord uint64 = 32 * params.LogDataGas
	// GasHash is one keccak256 of two words.
	GasHash uint64 = params.Keccak256Gas + 2*params.Keccak256WordGas
	// GasValueTransfer is a value transfer out of the precompile's balance.
	GasValueTransfer uint64 = params.CallValueTransferGas
)

// Words returns the number of 32-byte words needed for n bytes.
func Words(n int) uint64 { return (uint64(n) + 31) / 32 }

// InputGas is GasBase plus GasPerInputWord per word of args.
func InputGas(args []byte) uint64 { return GasBase + Words(len(args))*GasPerInputWord }

// StoredBytesGas prices storing up to n bytes of dynamic data (strings, bytes,
// arrays): one fresh slot per word plus the length slot.
func StoredBytesGas(n int) uint64 { return (Words(n) + 1) * GasSlotWrite }
