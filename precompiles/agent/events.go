package agent

import "github.com/openledger/openledger/precompiles"

// Events of IAgentRegistry, logged at Address.
var (
	eventAgentRegistered  = precompiles.MustEvent(ABI, "AgentRegistered")
	eventStakeAdded       = precompiles.MustEvent(ABI, "StakeAdded")
	eventUnstakeRequested = precompiles.MustEvent(ABI, "UnstakeRequested")
	eventStakeWithdrawn   = precompiles.MustEvent(ABI, "StakeWithdrawn")
	eventAgentSlashed     = precompiles.MustEvent(ABI, "AgentSlashed")
	eventAgentActivated   = precompiles.MustEvent(ABI, "AgentActivated")
	eventAgentDeactivated = precompiles.MustEvent(ABI, "AgentDeactivated")
	eventSuspension       = precompiles.MustEvent(ABI, "SuspensionChanged")
)
