package model

import (
	"errors"
	"fmt"
	"reflect"

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
	if !sameShape(reflect.TypeOf(v), reflect.TypeFor[T]()) {
		return out, fmt.Errorf("%w: %T into %T", ErrBadArgumentType, v, out)
	}
	return *abi.ConvertType(v, new(T)).(*T), nil
}

// sameShape reports whether src and dst are alike field by field: the same
// kinds, struct fields of the same names in the same order, alike elements.
// (abi.ConvertType alone would silently fill a wider struct from a narrower.)
func sameShape(src, dst reflect.Type) bool {
	if src == dst {
		return true
	}
	if src.Kind() != dst.Kind() {
		return false
	}
	switch src.Kind() {
	case reflect.Struct:
		if src.NumField() != dst.NumField() {
			return false
		}
		for i := 0; i < src.NumField(); i++ {
			if src.Field(i).Name != dst.Field(i).Name || !sameShape(src.Field(i).Type, dst.Field(i).Type) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Pointer:
		return sameShape(src.Elem(), dst.Elem())
	case reflect.Array:
		return src.Len() == dst.Len() && sameShape(src.Elem(), dst.Elem())
	default:
		return src.ConvertibleTo(dst)
	}
}
