package model

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/openledger/openledger/precompiles"
)

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

// ErrBadArgumentType is returned when a decoded ABI argument does not have the
// shape of its Go type: a mismatch between the code and the interface, never
// a user error (the ABI decoder already checked the calldata).
var ErrBadArgumentType = errors.New("decoded argument has an unexpected type")

// convert copies an ABI-decoded tuple (or tuple array), whose Go type the
// decoder built at run time, into T, whose fields have the same names. It
// returns ErrBadArgumentType instead of panicking when they differ.
func convert[T any](v any) (out T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", ErrBadArgumentType, r)
		}
	}()
	if v == nil {
		return out, fmt.Errorf("%w: nil", ErrBadArgumentType)
	}
	return *abi.ConvertType(v, new(T)).(*T), nil
}
