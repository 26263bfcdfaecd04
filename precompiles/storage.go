package precompiles

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// StateReader is the storage a precompile reads.
type StateReader interface {
	GetState(addr common.Address, key common.Hash) common.Hash
}

// StateWriter is the storage a precompile reads and writes.
type StateWriter interface {
	StateReader
	SetState(addr common.Address, key, value common.Hash) common.Hash
}

// Slot is a storage slot of one account, addressed as Solidity addresses them.
// The zero Slot of an account is its slot 0.
type Slot struct {
	Account common.Address
	Key     common.Hash
}

// NewSlot returns slot number n of account.
func NewSlot(account common.Address, n uint64) Slot {
	return Slot{Account: account, Key: common.BigToHash(new(big.Int).SetUint64(n))}
}

// Offset returns the slot n positions after s (struct fields, array elements).
func (s Slot) Offset(n uint64) Slot {
	k := new(uint256.Int).SetBytes32(s.Key[:])
	k.Add(k, uint256.NewInt(n))
	return Slot{Account: s.Account, Key: k.Bytes32()}
}

// Mapping returns the slot of mapping[key] for a mapping declared at s:
// keccak256(key ‖ s), with key left-padded to 32 bytes.
func (s Slot) Mapping(key common.Hash) Slot {
	return Slot{Account: s.Account, Key: crypto.Keccak256Hash(key[:], s.Key[:])}
}

// MappingUint is Mapping for a uint256 key.
func (s Slot) MappingUint(key uint64) Slot {
	return s.Mapping(common.BigToHash(new(big.Int).SetUint64(key)))
}

// MappingAddress is Mapping for an address key.
func (s Slot) MappingAddress(key common.Address) Slot {
	return s.Mapping(common.BytesToHash(key[:]))
}

// data returns the first slot of the data of a dynamic array or long string
// declared at s: keccak256(s).
func (s Slot) data() Slot {
	return Slot{Account: s.Account, Key: crypto.Keccak256Hash(s.Key[:])}
}

// Get reads the slot.
func (s Slot) Get(st StateReader) common.Hash { return st.GetState(s.Account, s.Key) }

// Set writes the slot.
func (s Slot) Set(st StateWriter, v common.Hash) { st.SetState(s.Account, s.Key, v) }

// Uint64 reads the slot as a uint64 (the low 8 bytes; callers only store
// values that fit).
func (s Slot) Uint64(st StateReader) uint64 {
	return new(big.Int).SetBytes(s.Get(st).Bytes()).Uint64()
}

// SetUint64 writes v to the slot.
func (s Slot) SetUint64(st StateWriter, v uint64) {
	s.Set(st, common.BigToHash(new(big.Int).SetUint64(v)))
}

// Uint256 reads the slot as a uint256.
func (s Slot) Uint256(st StateReader) *uint256.Int {
	h := s.Get(st)
	return new(uint256.Int).SetBytes32(h[:])
}

// SetUint256 writes v to the slot.
func (s Slot) SetUint256(st StateWriter, v *uint256.Int) { s.Set(st, v.Bytes32()) }

// Address reads the slot as an address (its low 20 bytes).
func (s Slot) Address(st StateReader) common.Address {
	return common.BytesToAddress(s.Get(st).Bytes())
}

// SetAddress writes a to the slot.
func (s Slot) SetAddress(st StateWriter, a common.Address) {
	s.Set(st, common.BytesToHash(a[:]))
}

// Bool reads the slot as a bool.
func (s Slot) Bool(st StateReader) bool { return s.Get(st) != (common.Hash{}) }

// SetBool writes b to the slot.
func (s Slot) SetBool(st StateWriter, b bool) {
	var h common.Hash
	if b {
		h[31] = 1
	}
	s.Set(st, h)
}

// Bytes reads a Solidity `bytes`/`string` stored at s. Short values (< 32
// bytes) sit in the slot itself with 2·len in the low byte; long ones store
// 2·len+1 in the slot and the data from keccak256(s) on.
func (s Slot) Bytes(st StateReader) []byte {
	head := s.Get(st)
	if head[31]&1 == 0 {
		n := int(head[31] / 2)
		return append([]byte{}, head[:n]...)
	}
	n := new(big.Int).SetBytes(head[:]).Uint64() / 2
	out := make([]byte, 0, n)
	data := s.data()
	for i := uint64(0); uint64(len(out)) < n; i++ {
		word := data.Offset(i).Get(st)
		take := min(n-uint64(len(out)), 32)
		out = append(out, word[:take]...)
	}
	return out
}

// SetBytes writes a Solidity `bytes`/`string` to s, clearing data slots of a
// longer previous value so no stale words remain.
func (s Slot) SetBytes(st StateWriter, v []byte) {
	oldHead := s.Get(st)
	var oldWords uint64
	if oldHead[31]&1 == 1 {
		oldWords = (new(big.Int).SetBytes(oldHead[:]).Uint64()/2 + 31) / 32
	}
	data := s.data()
	var newWords uint64
	if len(v) < 32 {
		var head common.Hash
		copy(head[:], v)
		head[31] = byte(2 * len(v))
		s.Set(st, head)
	} else {
		s.Set(st, common.BigToHash(new(big.Int).SetUint64(2*uint64(len(v))+1)))
		newWords = Words(len(v))
		for i := uint64(0); i < newWords; i++ {
			var word common.Hash
			copy(word[:], v[i*32:])
			data.Offset(i).Set(st, word)
		}
	}
	for i := newWords; i < oldWords; i++ {
		data.Offset(i).Set(st, common.Hash{})
	}
}

// String reads a Solidity `string` stored at s.
func (s Slot) String(st StateReader) string { return string(s.Bytes(st)) }

// SetString writes a Solidity `string` to s.
func (s Slot) SetString(st StateWriter, v string) { s.SetBytes(st, []byte(v)) }

// Array is a Solidity dynamic array declared at a slot: its length lives in
// the slot, element i at keccak256(slot) + i·ElemSlots.
type Array struct {
	Slot      Slot
	ElemSlots uint64
}

// NewArray returns the dynamic array declared at s whose elements take elemSlots slots each.
func NewArray(s Slot, elemSlots uint64) Array { return Array{Slot: s, ElemSlots: elemSlots} }

// Len returns the array's length.
func (a Array) Len(st StateReader) uint64 { return a.Slot.Uint64(st) }

// At returns the first slot of element i (no bounds check: callers check Len).
func (a Array) At(i uint64) Slot { return a.Slot.data().Offset(i * a.ElemSlots) }

// Push appends an element slot and returns it for the caller to fill.
func (a Array) Push(st StateWriter) (Slot, uint64) {
	n := a.Len(st)
	a.Slot.SetUint64(st, n+1)
	return a.At(n), n
}

// Page returns the range [offset, offset+limit) clipped to length n and to maxLimit.
func Page(n, offset, limit, maxLimit uint64) (from, to uint64) {
	if limit > maxLimit {
		limit = maxLimit
	}
	if offset >= n {
		return n, n
	}
	to = offset + limit
	if to > n || to < offset {
		to = n
	}
	return offset, to
}

// MemoryState is a map-backed StateWriter for one account's storage: a
// precompile's genesis Config runs its setters on one and hands the map to
// genesis.Config.PrecompileStorage. Writing zero deletes the slot, as the
// state trie does.
type MemoryState map[common.Hash]common.Hash

// GetState implements StateReader.
func (m MemoryState) GetState(_ common.Address, key common.Hash) common.Hash { return m[key] }

// SetState implements StateWriter.
func (m MemoryState) SetState(_ common.Address, key, value common.Hash) common.Hash {
	prev := m[key]
	if value == (common.Hash{}) {
		delete(m, key)
	} else {
		m[key] = value
	}
	return prev
}

// CheckAccounts verifies that a role's genesis accounts are non-zero and
// distinct; role names them in the error.
func CheckAccounts(role string, accounts []common.Address) error {
	seen := make(map[common.Address]bool, len(accounts))
	for _, a := range accounts {
		if a == (common.Address{}) {
			return fmt.Errorf("%s is the zero address", role)
		}
		if seen[a] {
			return fmt.Errorf("%s %s listed twice", role, a)
		}
		seen[a] = true
	}
	return nil
}
