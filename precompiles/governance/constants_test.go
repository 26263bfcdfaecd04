package governance

import (
	"testing"

	"github.com/openledger/openledger/contracts/bindings"
)

// TestClientConstantsAgree: the constants clients read from contracts/bindings
// are the ones this precompile enforces.
func TestClientConstantsAgree(t *testing.T) {
	if len(bindings.GovernanceChangeKinds) != int(NumKinds) {
		t.Fatalf("bindings name %d kinds, the precompile has %d", len(bindings.GovernanceChangeKinds), NumKinds)
	}
	for k := ChangeKind(0); k < NumKinds; k++ {
		if bindings.GovernanceChangeKinds[k] != k.String() {
			t.Errorf("kind %d: bindings %q, precompile %q", k, bindings.GovernanceChangeKinds[k], k)
		}
	}
	for s := StateActive; s <= StateExecuted; s++ {
		if bindings.GovernanceStates[s] != s.String() {
			t.Errorf("state %d: bindings %q, precompile %q", s, bindings.GovernanceStates[s], s)
		}
	}
	if bindings.GovernanceMaxChanges != MaxChanges || bindings.GovernanceFor != For || bindings.GovernanceAgainst != Against ||
		bindings.GovernanceAbstain != Abstain {
		t.Error("limits or support values differ")
	}
}
