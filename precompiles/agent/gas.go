package agent

import "github.com/openledger/openledger/precompiles"

// agentReadSlots is what reading one agent costs: 9 fields, a metadata URI of
// up to MaxMetadataURILen bytes (17 slots), the minimum stake.
const agentReadSlots = 9 + 17 + 1

// Logs are priced with three data words each (the widest event, AgentRegistered,
// carries a string: its words are priced per input word).
const logGas = precompiles.GasLog + 3*precompiles.GasLogDataWord

// fixedGas prices a method that reads `reads` slots, writes `writes` slots and
// emits up to `logs` logs, plus its input.
func fixedGas(reads, writes, logs uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		return precompiles.InputGas(args) + reads*precompiles.GasSlotRead + writes*precompiles.GasSlotWrite + logs*logGas
	}
}

// viewGas prices a read of `reads` slots.
func viewGas(reads uint64) func([]byte) uint64 {
	return func(args []byte) uint64 { return precompiles.InputGas(args) + reads*precompiles.GasSlotRead }
}

// pagedGas prices a paged query by the entries its limit (argument 2)
// allows, up to MaxPage.
func pagedGas(perEntry uint64) func([]byte) uint64 {
	return precompiles.PagedGas(2, MaxPage, 2, perEntry)
}

// registerGas: the counter, five fixed fields, the owner-list length and
// element, the total; the model registry's counter read; one slot and one log
// data word per input word (the metadata URI); one log.
func registerGas(args []byte) uint64 {
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + 4*precompiles.GasSlotRead + 9*precompiles.GasSlotWrite +
		words*(precompiles.GasSlotWrite+precompiles.GasLogDataWord) + logGas
}

// withdrawGas: reads (the suspension flag among them), the unbonding and total updates, the value transfer, one log.
func withdrawGas(args []byte) uint64 {
	return precompiles.InputGas(args) + 6*precompiles.GasSlotRead + 2*precompiles.GasSlotWrite +
		precompiles.GasValueTransfer + logGas
}

// slashGas: the role and agent reads, five updates (stake, unbonding, the
// agent's slashed total, totalStaked, totalSlashed), the burn (one balance
// write), two logs and the reason's words.
func slashGas(args []byte) uint64 {
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + 6*precompiles.GasSlotRead + 5*precompiles.GasSlotWrite +
		precompiles.GasSlotWrite + 2*logGas + words*precompiles.GasLogDataWord
}

// GovernanceSlashGas is what a governance proposal's slash of one agent
// costs: slash's reads, updates, burn and two logs, with a reason of up to
// two words.
const GovernanceSlashGas = 6*precompiles.GasSlotRead + 6*precompiles.GasSlotWrite + 2*logGas + 2*precompiles.GasLogDataWord

// GovernanceSuspendGas is what a governance proposal's suspension of one
// agent costs: the count and flag reads, the flag write and one log.
const GovernanceSuspendGas = 2*precompiles.GasSlotRead + precompiles.GasSlotWrite + logGas
