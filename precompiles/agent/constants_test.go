package agent

import (
	"testing"

	"github.com/openledger/openledger/contracts/bindings"
)

// TestClientConstantsAgree: the constants clients read from contracts/bindings
// are the ones this precompile enforces.
func TestClientConstantsAgree(t *testing.T) {
	if MaxPage != bindings.AgentMaxPage {
		t.Errorf("MaxPage: precompile %d, bindings %d", MaxPage, bindings.AgentMaxPage)
	}
}
