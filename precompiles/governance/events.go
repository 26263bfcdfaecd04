package governance

import "github.com/openledger/openledger/precompiles"

// Events of IGovernance, logged at Address.
var (
	eventLocked           = precompiles.MustEvent(ABI, "Locked")
	eventUnlockRequested  = precompiles.MustEvent(ABI, "UnlockRequested")
	eventWithdrawn        = precompiles.MustEvent(ABI, "Withdrawn")
	eventProposalCreated  = precompiles.MustEvent(ABI, "ProposalCreated")
	eventVoteCast         = precompiles.MustEvent(ABI, "VoteCast")
	eventProposalCanceled = precompiles.MustEvent(ABI, "ProposalCanceled")
	eventProposalQueued   = precompiles.MustEvent(ABI, "ProposalQueued")
	eventProposalExecuted = precompiles.MustEvent(ABI, "ProposalExecuted")
	eventChangeApplied    = precompiles.MustEvent(ABI, "ChangeApplied")
)
