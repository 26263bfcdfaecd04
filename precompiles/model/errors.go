package model

import "github.com/openledger/openledger/precompiles"

// Custom errors of IModelRegistry; each is returned (as revert data) when its
// name says.
var (
	errModelNotFound          = precompiles.MustCustomError(ABI, "ModelNotFound")
	errVersionNotFound        = precompiles.MustCustomError(ABI, "VersionNotFound")
	errNotOwner               = precompiles.MustCustomError(ABI, "NotOwner")
	errNotABaseModel          = precompiles.MustCustomError(ABI, "NotABaseModel")
	errModelInactive          = precompiles.MustCustomError(ABI, "ModelInactive")
	errStatusUnchanged        = precompiles.MustCustomError(ABI, "StatusUnchanged")
	errDatanetNotFound        = precompiles.MustCustomError(ABI, "DatanetNotFound")
	errDatanetVersionNotFound = precompiles.MustCustomError(ABI, "DatanetVersionNotFound")
	errInvalidArgument        = precompiles.MustCustomError(ABI, "InvalidArgument")
)
