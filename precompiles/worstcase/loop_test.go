package worstcase_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// loopCode is the runtime code of a contract that CALLs one address in a
// loop: calldata is target (word 0), gas per call (word 1), number of calls
// (word 2), then the payload, copied to memory once and sent with every call.
// With gas 0 each call costs the caller only the CALL itself, while the callee
// is asked to price the whole payload: the cheapest way to make a node look at
// a large input many times.
var loopCode = []byte{
	0x60, 0x60, // PUSH1 96
	0x36,       // CALLDATASIZE
	0x03,       // SUB                       len = calldatasize - 96
	0x80,       // DUP1
	0x60, 0x60, // PUSH1 96
	0x60, 0x00, // PUSH1 0
	0x37,       // CALLDATACOPY              mem[0:len] = calldata[96:]
	0x60, 0x40, // PUSH1 64
	0x35,       // CALLDATALOAD              count
	0x5b,       // JUMPDEST (0x0d)           loop:
	0x80,       // DUP1
	0x15,       // ISZERO
	0x60, 0x2b, // PUSH1 end
	0x57,       // JUMPI
	0x60, 0x00, // PUSH1 0                   retSize
	0x60, 0x00, // PUSH1 0                   retOffset
	0x83,       // DUP4                      argsSize = len
	0x60, 0x00, // PUSH1 0                   argsOffset
	0x60, 0x00, // PUSH1 0                   value
	0x60, 0x00, // PUSH1 0
	0x35,       // CALLDATALOAD              target
	0x60, 0x20, // PUSH1 32
	0x35,       // CALLDATALOAD              gas
	0xf1,       // CALL
	0x50,       // POP
	0x60, 0x01, // PUSH1 1
	0x90,       // SWAP1
	0x03,       // SUB                       count - 1
	0x60, 0x0d, // PUSH1 loop
	0x56, // JUMP
	0x5b, // JUMPDEST (0x2b)           end:
	0x00, // STOP
}

// loopInput is the calldata of loopCode: `calls` calls to target with gas
// each, sending payload.
func loopInput(target common.Address, gas, calls uint64, payload []byte) []byte {
	word := func(v *big.Int) []byte { return common.BigToHash(v).Bytes() }
	out := append(common.BytesToHash(target[:]).Bytes(), word(new(big.Int).SetUint64(gas))...)
	out = append(out, word(new(big.Int).SetUint64(calls))...)
	return append(out, payload...)
}
