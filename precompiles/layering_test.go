package precompiles_test

import (
	"os/exec"
	"strings"
	"testing"
)

// offChain are the package trees that run outside consensus: they talk to the
// chain through contracts/bindings, contracts/artifacts and
// contracts/addresses and must not link a precompile (whose init registers it
// into op-geth's precompile maps).
var offChain = []string{
	"github.com/openledger/openledger/loraserve/...",
	"github.com/openledger/openledger/cmd/ledger/...",
	"github.com/openledger/openledger/cmd/loraserve/...",
	"github.com/openledger/openledger/ipfs/...",
	"github.com/openledger/openledger/attribution/...",
	"github.com/openledger/openledger/modelfactory/...",
	"github.com/openledger/openledger/studio/...",
}

// TestOffChainCodeLinksNoPrecompile lists the dependencies of the off-chain
// packages (without their tests) and fails on any precompile package.
func TestOffChainCodeLinksNoPrecompile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list over the module")
	}
	args := append([]string{"list", "-e", "-deps", "-f", "{{.ImportPath}} {{join .Deps \" \"}}"}, offChain...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || !isOffChain(fields[0]) {
			continue
		}
		for _, dep := range fields[1:] {
			if dep == "github.com/openledger/openledger/precompiles" || strings.HasPrefix(dep, "github.com/openledger/openledger/precompiles/") {
				t.Errorf("%s links %s", fields[0], dep)
				break
			}
		}
	}
}

func isOffChain(pkg string) bool {
	for _, root := range offChain {
		root = strings.TrimSuffix(root, "/...")
		if pkg == root || strings.HasPrefix(pkg, root+"/") {
			return true
		}
	}
	return false
}
