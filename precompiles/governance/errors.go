package governance

import "github.com/openledger/openledger/precompiles"

// Custom errors of IGovernance; each is returned (as revert data) when its
// name says.
var (
	errInvalidArgument        = precompiles.MustCustomError(ABI, "InvalidArgument")
	errOutOfBounds            = precompiles.MustCustomError(ABI, "OutOfBounds")
	errProposalNotFound       = precompiles.MustCustomError(ABI, "ProposalNotFound")
	errBelowProposalThreshold = precompiles.MustCustomError(ABI, "BelowProposalThreshold")
	errNoVotingPower          = precompiles.MustCustomError(ABI, "NoVotingPower")
	errAlreadyVoted           = precompiles.MustCustomError(ABI, "AlreadyVoted")
	errWrongState             = precompiles.MustCustomError(ABI, "WrongState")
	errVotingNotEnded         = precompiles.MustCustomError(ABI, "VotingNotEnded")
	errTimelockNotElapsed     = precompiles.MustCustomError(ABI, "TimelockNotElapsed")
	errNotProposer            = precompiles.MustCustomError(ABI, "NotProposer")
	errChangesMismatch        = precompiles.MustCustomError(ABI, "ChangesMismatch")
	errExecutionFailed        = precompiles.MustCustomError(ABI, "ExecutionFailed")
	errInsufficientLocked     = precompiles.MustCustomError(ABI, "InsufficientLocked")
	errNothingToWithdraw      = precompiles.MustCustomError(ABI, "NothingToWithdraw")
	errStillLocked            = precompiles.MustCustomError(ABI, "StillLocked")
)
