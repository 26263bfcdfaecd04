package model

import (
	"testing"

	"github.com/openledger/openledger/contracts/bindings"
)

// TestClientConstantsAgree: the constants clients read from contracts/bindings
// are the ones this precompile enforces.
func TestClientConstantsAgree(t *testing.T) {
	for _, c := range []struct {
		name           string
		here, bindings uint64
	}{
		{"KindBase", uint64(KindBase), uint64(bindings.ModelKindBase)},
		{"KindAdapter", uint64(KindAdapter), uint64(bindings.ModelKindAdapter)},
		{"StatusActive", uint64(StatusActive), uint64(bindings.ModelStatusActive)},
		{"StatusDeprecated", uint64(StatusDeprecated), uint64(bindings.ModelStatusDeprecated)},
		{"MaxPage", MaxPage, bindings.ModelMaxPage},
		{"MaxVersionPage", MaxVersionPage, bindings.ModelMaxVersionPage},
		{"MaxDatanets", MaxDatanets, bindings.ModelMaxDatanets},
		{"MaxTargetModules", MaxTargetModules, bindings.ModelMaxTargetModules},
	} {
		if c.here != c.bindings {
			t.Errorf("%s: precompile %d, bindings %d", c.name, c.here, c.bindings)
		}
	}
}
