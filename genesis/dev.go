package genesis

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles/agent"
)

// devPrecompileStorage returns the devnet's precompile parameters: the agent
// registry's defaults with admin as its slasher.
func devPrecompileStorage(admin common.Address) (map[common.Address]map[common.Hash]common.Hash, error) {
	agentStorage, err := agent.DefaultConfig(admin).Storage()
	if err != nil {
		return nil, fmt.Errorf("agent registry defaults: %w", err)
	}
	return map[common.Address]map[common.Hash]common.Hash{agent.Address: agentStorage}, nil
}
