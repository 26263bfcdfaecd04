package datanet

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
		{"StatusPending", uint64(StatusPending), uint64(bindings.DatanetStatusPending)},
		{"StatusAccepted", uint64(StatusAccepted), uint64(bindings.DatanetStatusAccepted)},
		{"StatusRejected", uint64(StatusRejected), uint64(bindings.DatanetStatusRejected)},
		{"MaxPage", MaxPage, bindings.DatanetMaxPage},
	} {
		if c.here != c.bindings {
			t.Errorf("%s: precompile %d, bindings %d", c.name, c.here, c.bindings)
		}
	}
}
