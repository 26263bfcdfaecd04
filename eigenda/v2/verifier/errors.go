package verifier

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Derivation error status codes, eigenda-proxy's.
const (
	// StatusCertParsingFailed: the commitment does not parse as a certificate.
	StatusCertParsingFailed uint8 = 1
	// StatusRecencyCheckFailed: the certificate was included on L1 more than
	// the recency window after its reference block.
	StatusRecencyCheckFailed uint8 = 2
	// StatusInvalidCert: the cert verifier rejected the certificate.
	StatusInvalidCert uint8 = 3
	// StatusBlobDecodingFailed: the certified blob is not a payload encoding.
	StatusBlobDecodingFailed uint8 = 4
)

// DerivationError means a certificate is to be dropped from the derivation
// pipeline: serving it again will never succeed.
type DerivationError struct {
	StatusCode uint8
	Msg        string
}

// Error implements error.
func (e *DerivationError) Error() string {
	return fmt.Sprintf("derivation error: status code %d, message: %s", e.StatusCode, e.Msg)
}

// TeapotBody returns the JSON body of the HTTP 418 answer.
func (e *DerivationError) TeapotBody() []byte {
	b, _ := json.Marshal(struct {
		StatusCode uint8
		Msg        string
	}{e.StatusCode, e.Msg})
	return b
}

// Drop returns a DerivationError.
func Drop(status uint8, format string, args ...any) *DerivationError {
	return &DerivationError{StatusCode: status, Msg: fmt.Sprintf(format, args...)}
}

// AsDerivationError returns the DerivationError in err's chain, if any.
func AsDerivationError(err error) (*DerivationError, bool) {
	var de *DerivationError
	ok := errors.As(err, &de)
	return de, ok
}

// checkDACert status codes of the cert verifier contract.
const (
	statusNullError     uint8 = 0
	statusSuccess       uint8 = 1
	statusInternalError uint8 = 7
)

// ErrVerifierInternal is returned when the cert verifier answers NULL_ERROR or
// INTERNAL_ERROR: a bug or misconfiguration of the contract, not a verdict on
// the certificate (the request may be retried, the certificate is not dropped).
var ErrVerifierInternal = errors.New("cert verifier internal error")

// ErrRecency is wrapped by the DerivationError of a recency failure.
var ErrRecency = errors.New("certificate reference block too old")
