package precompiles

import "github.com/ethereum/go-ethereum/common"

// RoleSet is a set of accounts holding one role, kept in a precompile's own
// storage as mapping(uint256 scope => mapping(address => bool)). Scope 0 is a
// global role (settlers, slashers); a non-zero scope narrows it (the curators of
// Datanet 7 use scope 7). Settlers, slashers and curators all use this type.
type RoleSet struct {
	slot Slot
}

// NewRoleSet returns the role set whose mapping is declared at slot.
func NewRoleSet(slot Slot) RoleSet { return RoleSet{slot: slot} }

func (r RoleSet) entry(scope uint64, account common.Address) Slot {
	return r.slot.MappingUint(scope).MappingAddress(account)
}

// Has reports whether account holds the role in scope.
func (r RoleSet) Has(st StateReader, scope uint64, account common.Address) bool {
	return r.entry(scope, account).Bool(st)
}

// Grant gives account the role in scope; it reports false if it already had it.
func (r RoleSet) Grant(st StateWriter, scope uint64, account common.Address) bool {
	e := r.entry(scope, account)
	if e.Bool(st) {
		return false
	}
	e.SetBool(st, true)
	return true
}

// Revoke takes the role from account in scope; it reports false if it did not have it.
func (r RoleSet) Revoke(st StateWriter, scope uint64, account common.Address) bool {
	e := r.entry(scope, account)
	if !e.Bool(st) {
		return false
	}
	e.SetBool(st, false)
	return true
}
