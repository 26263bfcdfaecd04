package model

import "github.com/openledger/openledger/precompiles"

// Slots a query reads, for pricing (strings and lists counted at their input
// limits: the input cannot tell how long they are).
const (
	// modelReadSlots: 12 fixed fields, 3 strings of up to 64 bytes (3 slots
	// each), and MaxTargetModules target modules of up to 64 bytes.
	modelReadSlots = 12 + 3*3 + 1 + MaxTargetModules*3
	// versionReadSlots: the fixed fields, a URI of up to MaxURILen bytes and
	// MaxDatanets references of 2 slots.
	versionReadSlots = versionSlots + 17 + 1 + 2*MaxDatanets
	// provenanceReadSlots: the model's kind and base, the version and the
	// base version, and per Datanet the reference and the Datanet
	// registry's count, version count, root and leaf count.
	provenanceReadSlots = 8 + versionReadSlots + MaxDatanets*4
)

// Fixed fresh-slot writes, besides the words of the input (every input word
// is priced as one stored slot: strings, module names and Datanet references
// are stored about word for word).
const (
	// baseFixedWrites: counter, kind, owner, base id, createdAt, owner-list
	// length, element and index, version-list length, weights hash,
	// publishedAt, base version.
	baseFixedWrites = 12
	// adapterFixedWrites adds rank, rates, module-list length, the base's
	// adapter-list length and element, the version's Datanet-list length.
	adapterFixedWrites = baseFixedWrites + 7
	// transferWrites: owner, the old list's moved element, its index, the
	// cleared last element and the length, the new list's length and
	// element, the index.
	transferWrites = 8
)

// fixedGas prices a method that reads `reads` slots, updates `updates`
// existing slots and emits `logs` logs with `dataWords` data words each, plus
// its input.
func fixedGas(reads, updates, logs, dataWords uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		return precompiles.InputGas(args) + reads*precompiles.GasSlotRead + updates*precompiles.GasSlotWrite +
			logs*(precompiles.GasLog+dataWords*precompiles.GasLogDataWord)
	}
}

// viewGas prices a read of `reads` slots.
func viewGas(reads uint64) func([]byte) uint64 {
	return func(args []byte) uint64 { return precompiles.InputGas(args) + reads*precompiles.GasSlotRead }
}

// pagedGas prices a paged query whose limit is argument limitWord: two
// lookups and perEntry slots for each entry the limit allows, up to maxPage.
func pagedGas(limitWord int, maxPage, perEntry uint64) func([]byte) uint64 {
	return precompiles.PagedGas(limitWord, maxPage, 2, perEntry)
}

// perInputWord is what one input word may cost a registration or a version:
// one stored slot, the log data it may appear in, and the Datanet registry
// reads of a reference (4 reads per 2-word reference).
const perInputWord = precompiles.GasSlotWrite + precompiles.GasLogDataWord + 2*precompiles.GasSlotRead

// registerGas prices a registration with `fixedWrites` fixed writes and
// `logs` logs, plus one slot, its log data and its provenance checks per
// input word.
func registerGas(fixedWrites, logs uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		words := precompiles.Words(len(args))
		return precompiles.InputGas(args) + 6*precompiles.GasSlotRead + fixedWrites*precompiles.GasSlotWrite +
			logs*(precompiles.GasLog+3*precompiles.GasLogDataWord) + words*perInputWord
	}
}

// publishGas: ownership and kind reads, the version's fixed writes, one log,
// and per input word what registerGas charges.
func publishGas(args []byte) uint64 {
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + 6*precompiles.GasSlotRead + 5*precompiles.GasSlotWrite +
		precompiles.GasLog + 3*precompiles.GasLogDataWord + words*perInputWord
}
