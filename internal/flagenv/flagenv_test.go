package flagenv_test

import (
	"slices"
	"testing"

	"github.com/openledger/openledger/internal/flagenv"
)

func TestVars(t *testing.T) {
	tests := []struct{ prefix, name, want string }{
		{"LEDGER", "rpc", "LEDGER_RPC"},
		{"LEDGER", "PASSWORD_FILE", "LEDGER_PASSWORD_FILE"},
		{"LEDGER_LORASERVE", "settlement.confirm-timeout", "LEDGER_LORASERVE_SETTLEMENT_CONFIRM_TIMEOUT"},
		{"LEDGER_ATTRIBUTION", "datanet-version", "LEDGER_ATTRIBUTION_DATANET_VERSION"},
		{"LEDGER_DEVNET", "l1.port", "LEDGER_DEVNET_L1_PORT"},
	}
	for _, tt := range tests {
		if got := flagenv.Vars(tt.prefix, tt.name); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("Vars(%q, %q) = %q, want [%q]", tt.prefix, tt.name, got, tt.want)
		}
	}
}
