package datanet

import "github.com/openledger/openledger/precompiles"

// Custom errors of IDatanetRegistry; each is returned (as revert data) when its
// name says.
var (
	errDatanetNotFound       = precompiles.MustCustomError(ABI, "DatanetNotFound")
	errContributionNotFound  = precompiles.MustCustomError(ABI, "ContributionNotFound")
	errVersionNotFound       = precompiles.MustCustomError(ABI, "VersionNotFound")
	errNotOwner              = precompiles.MustCustomError(ABI, "NotOwner")
	errNotCurator            = precompiles.MustCustomError(ABI, "NotCurator")
	errAlreadyCurator        = precompiles.MustCustomError(ABI, "AlreadyCurator")
	errNoSuchCurator         = precompiles.MustCustomError(ABI, "NoSuchCurator")
	errAlreadyReviewed       = precompiles.MustCustomError(ABI, "AlreadyReviewed")
	errDuplicateContribution = precompiles.MustCustomError(ABI, "DuplicateContribution")
	errNothingToPublish      = precompiles.MustCustomError(ABI, "NothingToPublish")
	errInvalidArgument       = precompiles.MustCustomError(ABI, "InvalidArgument")
	errIndexExists           = precompiles.MustCustomError(ABI, "IndexExists")
	errIndexNotFound         = precompiles.MustCustomError(ABI, "IndexNotFound")
)
