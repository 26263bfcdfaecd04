package agent

import "github.com/openledger/openledger/precompiles"

// Custom errors of IAgentRegistry; each is returned (as revert data) when its
// name says.
var (
	errAgentNotFound     = precompiles.MustCustomError(ABI, "AgentNotFound")
	errNotAgentOwner     = precompiles.MustCustomError(ABI, "NotAgentOwner")
	errModelNotFound     = precompiles.MustCustomError(ABI, "ModelNotFound")
	errStakeBelowMinimum = precompiles.MustCustomError(ABI, "StakeBelowMinimum")
	errInsufficientStake = precompiles.MustCustomError(ABI, "InsufficientStake")
	errNothingToWithdraw = precompiles.MustCustomError(ABI, "NothingToWithdraw")
	errStillUnbonding    = precompiles.MustCustomError(ABI, "StillUnbonding")
	errNotSlasher        = precompiles.MustCustomError(ABI, "NotSlasher")
	errInvalidArgument   = precompiles.MustCustomError(ABI, "InvalidArgument")
	errAgentIsSuspended  = precompiles.MustCustomError(ABI, "AgentIsSuspended")
)
