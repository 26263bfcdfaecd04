package precompiletest

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/precompiles"
)

// StateCounter is a vm.StateDB that counts the distinct storage slots a call
// reads and writes, so a test can check that the gas a call was charged
// covers the storage work it did.
type StateCounter struct {
	vm.StateDB
	read, written map[[2]common.Hash]struct{}
}

// CountState wraps db.
func CountState(db vm.StateDB) *StateCounter {
	return &StateCounter{StateDB: db, read: map[[2]common.Hash]struct{}{}, written: map[[2]common.Hash]struct{}{}}
}

func slotKey(a common.Address, k common.Hash) [2]common.Hash {
	return [2]common.Hash{common.BytesToHash(a[:]), k}
}

// GetState implements vm.StateDB, counting the slot.
func (s *StateCounter) GetState(a common.Address, k common.Hash) common.Hash {
	s.read[slotKey(a, k)] = struct{}{}
	return s.StateDB.GetState(a, k)
}

// GetStateAndCommittedState implements vm.StateDB, counting the slot.
func (s *StateCounter) GetStateAndCommittedState(a common.Address, k common.Hash) (common.Hash, common.Hash) {
	s.read[slotKey(a, k)] = struct{}{}
	return s.StateDB.GetStateAndCommittedState(a, k)
}

// SetState implements vm.StateDB, counting the slot.
func (s *StateCounter) SetState(a common.Address, k, v common.Hash) common.Hash {
	s.written[slotKey(a, k)] = struct{}{}
	return s.StateDB.SetState(a, k, v)
}

// Slots returns how many distinct slots were only read, and how many were
// written.
func (s *StateCounter) Slots() (readOnly, written int) {
	for k := range s.read {
		if _, ok := s.written[k]; !ok {
			readOnly++
		}
	}
	return readOnly, len(s.written)
}

// MinGas is the least a call doing this storage work must be charged under
// the pricing rules (precompiles/gas.go): GasSlotRead per slot read, and at
// least GasSlotUpdate per slot written.
func (s *StateCounter) MinGas() uint64 {
	r, w := s.Slots()
	return uint64(r)*precompiles.GasSlotRead + uint64(w)*precompiles.GasSlotUpdate
}

// CallCounted makes a CALL (a STATICCALL when static) from `from` to `to`
// through evm with its StateDB counted, and returns the gas used, the least
// gas that storage work must have cost (StateCounter.MinGas) and the call's
// error. Fuzz targets assert used >= minGas on every input.
func CallCounted(evm *vm.EVM, from, to common.Address, input []byte, gas uint64, value *uint256.Int, static bool) (used, minGas uint64, err error) {
	db := evm.StateDB
	counter := CountState(db)
	evm.StateDB = counter
	defer func() { evm.StateDB = db }()
	var left uint64
	if static {
		_, left, err = evm.StaticCall(from, to, input, gas)
	} else {
		_, left, err = evm.Call(from, to, input, gas, value)
	}
	return gas - left, counter.MinGas(), err
}
