package precompiles

import "github.com/ethereum/go-ethereum/params"

// Shared gas costs. OpenLedger precompiles charge only RequiredGas(input), so
// every method is priced from its calldata before it runs. The rule: never
// below the cost of the same storage writes in Solidity divided by five (a
// precompile writes state without the interpreter), and every read priced as
// a pre-EIP-2929 SLOAD.
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

// StoredStringSlots returns how many storage slots the string or bytes
// argument at head position i of the ABI-encoded args takes once stored in
// Solidity's layout: one for a value under 32 bytes, else one plus its words.
// When the encoding is malformed (the call will fail to decode) it returns the
// number of words in args, an upper bound.
func StoredStringSlots(args []byte, i int) uint64 {
	fallback := Words(len(args))
	off, ok := word64(args, uint64(i)*32)
	if !ok {
		return fallback
	}
	n, ok := word64(args, off)
	if !ok || n > uint64(len(args)) {
		return fallback
	}
	if n < 32 {
		return 1
	}
	return 1 + Words(int(n))
}

// word64 reads the 32-byte word at byte offset off as a uint64.
func word64(data []byte, off uint64) (uint64, bool) {
	if off > uint64(len(data)) || uint64(len(data))-off < 32 {
		return 0, false
	}
	var v uint64
	for j, b := range data[off : off+32] {
		if j < 24 {
			if b != 0 {
				return 0, false
			}
			continue
		}
		v = v<<8 | uint64(b)
	}
	return v, true
}

// PageLimit returns how many entries a paged query can return: the limit
// argument, the word at head position word of its canonical calldata, capped
// at maxPage. A limit that does not fit 64 bits is maxPage (as PageArgs
// reads it). A view is priced for that many entries at their stored limits:
// an honest caller asking for ten entries pays for ten.
func PageLimit(args []byte, word int, maxPage uint64) uint64 {
	limit, ok := word64(args, uint64(word)*32)
	if !ok || limit > maxPage {
		return maxPage
	}
	return limit
}

// PagedGas prices a paged query whose limit argument is at head position
// limitWord: fixedReads slots read once, plus perEntry slots for each of the
// at most maxPage entries the limit allows.
func PagedGas(limitWord int, maxPage, fixedReads, perEntry uint64) func([]byte) uint64 {
	return func(args []byte) uint64 {
		return InputGas(args) + (fixedReads+PageLimit(args, limitWord, maxPage)*perEntry)*GasSlotRead
	}
}

// StoredStringReads is how many slots reading a Solidity string of at most
// maxLen bytes takes: the head slot, and a word per 32 bytes once it is 32
// bytes or longer.
func StoredStringReads(maxLen uint64) uint64 {
	if maxLen < 32 {
		return 1
	}
	return 1 + (maxLen+31)/32
}
