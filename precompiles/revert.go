package precompiles

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
)

// errorSelector is the selector of Solidity's Error(string).
var errorSelector = crypto.Keccak256([]byte("Error(string)"))[:SelectorLen]

// stringArgs is the argument list of Error(string).
var stringArgs = func() abi.Arguments {
	t, err := abi.NewType("string", "", nil)
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: t}}
}()

// RevertError carries the ABI-encoded revert data of a failed call. Handlers
// return it (through Revert or CustomError.Revert) for every user-caused
// failure; the caller keeps its remaining gas and clients decode the reason.
type RevertError struct {
	// Data is the revert data: a 4-byte selector and ABI-encoded arguments.
	Data []byte
	// Reason is a human-readable rendering for logs and tests.
	Reason string
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// Revert returns what RunStateful returns for a revert: the revert data (err's
// own when it is a *RevertError, else Error(err.Error())) and
// vm.ErrExecutionReverted, so the caller keeps its remaining gas.
func Revert(err error) ([]byte, error) {
	var re *RevertError
	if !errors.As(err, &re) {
		re = RevertString(err.Error())
	}
	return re.Data, vm.ErrExecutionReverted
}

// RevertString builds the RevertError for Solidity's Error(string).
func RevertString(reason string) *RevertError {
	packed, err := stringArgs.Pack(reason)
	if err != nil {
		panic(err) // packing a string cannot fail
	}
	return &RevertError{Data: append(append([]byte{}, errorSelector...), packed...), Reason: reason}
}

// Revertf is RevertString with formatting.
func Revertf(format string, args ...any) *RevertError {
	return RevertString(fmt.Sprintf(format, args...))
}

// CustomError is one error declared in a precompile's Solidity interface.
type CustomError struct {
	abiError abi.Error
}

// NewCustomError looks up the named error in an interface ABI. It returns an
// error when the ABI lacks it.
func NewCustomError(parsed abi.ABI, name string) (CustomError, error) {
	e, ok := parsed.Errors[name]
	if !ok {
		return CustomError{}, fmt.Errorf("ABI declares no error %s", name)
	}
	return CustomError{abiError: e}, nil
}

// MustCustomError is NewCustomError for package initialisation.
func MustCustomError(parsed abi.ABI, name string) CustomError {
	e, err := NewCustomError(parsed, name)
	if err != nil {
		panic(err)
	}
	return e
}

// Name returns the error's Solidity name.
func (e CustomError) Name() string { return e.abiError.Name }

// With returns a RevertError for this error with the given arguments.
func (e CustomError) With(args ...any) *RevertError {
	packed, err := e.abiError.Inputs.Pack(args...)
	if err != nil {
		// Arguments that do not match the declaration are a programming error;
		// still revert, but with a reason that says what went wrong.
		return Revertf("%s: bad error arguments: %v", e.abiError.Name, err)
	}
	data := append(append([]byte{}, e.abiError.ID[:SelectorLen]...), packed...)
	return &RevertError{Data: data, Reason: fmt.Sprintf("%s%v", e.abiError.Name, args)}
}
