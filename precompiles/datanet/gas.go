package datanet

import "github.com/openledger/openledger/precompiles"

// Slots a query reads per record, every string and list at its input limit
// (the calldata cannot tell how long the stored ones are).
var (
	// datanetReadSlots: owner, name, description, the tag list's length and
	// MaxTags tags, metadata URI, createdAt, and the lengths of the
	// contribution, accepted and version lists (123).
	datanetReadSlots = 1 + precompiles.StoredStringReads(MaxNameLen) + precompiles.StoredStringReads(MaxDescriptionLen) +
		1 + MaxTags*precompiles.StoredStringReads(MaxTagLen) + precompiles.StoredStringReads(MaxURILen) + 1 + 3
	// contributionReadSlots: datanet id, contributor, content hash, size,
	// URI, metadata, status, submittedAt, reviewer, review reason, accepted
	// index (107).
	contributionReadSlots = 4 + precompiles.StoredStringReads(MaxURILen) + precompiles.StoredStringReads(MaxMetadataLen) +
		3 + precompiles.StoredStringReads(MaxReasonLen) + 1
)

// indexReadSlots is one IndexShard: four fixed slots and a uri of up to
// MaxURILen bytes (its length slot and words).
const indexReadSlots = 4 + 1 + (MaxURILen+31)/32

// fixedGas prices a method that reads `reads` slots, writes `writes` fresh
// slots and emits `logs` logs, plus its input.
func fixedGas(reads, writes, logs uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		return precompiles.InputGas(args) + reads*precompiles.GasSlotRead + writes*precompiles.GasSlotWrite +
			logs*(precompiles.GasLog+2*precompiles.GasLogDataWord)
	}
}

// viewGas prices a read of `reads` slots.
func viewGas(reads uint64) func([]byte) uint64 {
	return func(args []byte) uint64 { return precompiles.InputGas(args) + reads*precompiles.GasSlotRead }
}

// pagedGas prices a paged query whose limit is argument limitWord: two
// lookups (the Datanet's existence, the list's length) and perEntry slots for
// each entry the limit allows, up to MaxPage.
func pagedGas(limitWord int, perEntry uint64) func([]byte) uint64 {
	return precompiles.PagedGas(limitWord, MaxPage, 2, perEntry)
}

// createDatanetGas: owner, createdAt, counter and tag-array length, plus every
// word of the strings (bounded by the calldata), plus one log.
func createDatanetGas(args []byte) uint64 {
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + precompiles.GasSlotRead + (4+words)*precompiles.GasSlotWrite +
		precompiles.GasLog + words*precompiles.GasLogDataWord
}

// contributeGas: the record's five fixed slots (datanetId, contributor, hash,
// size, submittedAt), the duplicate-check entry, the counter, two list pushes
// (length + element each), the uri and metadata strings as stored, one log
// with two data words.
func contributeGas(args []byte) uint64 {
	const fixedWrites = 5 + 1 + 1 + 4
	strings := precompiles.StoredStringSlots(args, 3) + precompiles.StoredStringSlots(args, 4)
	return precompiles.InputGas(args) + 5*precompiles.GasSlotRead + (fixedWrites+strings)*precompiles.GasSlotWrite +
		precompiles.GasLog + 2*precompiles.GasLogDataWord
}

// reviewGas prices the worst case, an acceptance: the tree insertion (up to
// TreeDepth hashes and reads, one branch write), the accepted-list push, the
// status, reviewer, index and reason writes, one log.
func reviewGas(args []byte) uint64 {
	words := precompiles.Words(len(args))
	return precompiles.InputGas(args) + (8+TreeDepth)*precompiles.GasSlotRead + TreeDepth*precompiles.GasHash +
		(1+2+4+words)*precompiles.GasSlotWrite + precompiles.GasLog + (2+words)*precompiles.GasLogDataWord
}

// publishGas: reading the branch and hashing the root, four version slots and
// the version count, one log.
func publishGas(args []byte) uint64 {
	return precompiles.InputGas(args) + (6+TreeDepth)*precompiles.GasSlotRead + TreeDepth*precompiles.GasHash +
		5*precompiles.GasSlotWrite + precompiles.GasLog + 2*precompiles.GasLogDataWord
}

// verifyGas: a version and a contribution read, TreeDepth hashes.
func verifyGas(args []byte) uint64 {
	return precompiles.InputGas(args) + (versionSlots+6)*precompiles.GasSlotRead + (TreeDepth+1)*precompiles.GasHash
}

// publishIndexGas: the Datanet, role, version and shard-count reads and the
// duplicate scan over at most MaxIndexesPerVersion tokenizer ids; the shard's
// four fixed slots, its uri as stored and the array length; one log with the
// content hash and the uri as data.
func publishIndexGas(args []byte) uint64 {
	uri := precompiles.StoredStringSlots(args, 4)
	return precompiles.InputGas(args) + (6+MaxIndexesPerVersion)*precompiles.GasSlotRead + (5+uri)*precompiles.GasSlotWrite +
		precompiles.GasLog + (3+uri)*precompiles.GasLogDataWord
}
