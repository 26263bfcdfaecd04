package genesis

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/settlement"
)

// devPrecompileStorage returns the devnet's precompile parameters: the agent
// registry's defaults with admin as its slasher, and the settlement defaults
// (20 % burn, 30 % owner, 10 % operator, 40 % contributors, no platform fee)
// with operator as the one settler: the account a devnet loraserve settles from;
// and governance's defaults (governance.DefaultConfig: three-day voting,
// two-day timelock, hard bounds such as burn ≤ 50 % and delays ≥ 1 h).
func devPrecompileStorage(admin, operator common.Address) (map[common.Address]map[common.Hash]common.Hash, error) {
	agentStorage, err := agent.DefaultConfig(admin).Storage()
	if err != nil {
		return nil, fmt.Errorf("agent registry defaults: %w", err)
	}
	settlementStorage, err := settlement.DefaultConfig(operator).Storage()
	if err != nil {
		return nil, fmt.Errorf("settlement defaults: %w", err)
	}
	governanceStorage, err := governance.DefaultConfig().Storage()
	if err != nil {
		return nil, fmt.Errorf("governance defaults: %w", err)
	}
	return map[common.Address]map[common.Hash]common.Hash{
		agent.Address:      agentStorage,
		settlement.Address: settlementStorage,
		governance.Address: governanceStorage,
	}, nil
}
