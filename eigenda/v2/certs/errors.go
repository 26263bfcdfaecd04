package certs

import "errors"

var (
	// ErrMalformed is returned for bytes that do not decode as a commitment or
	// certificate, or fields out of their range.
	ErrMalformed = errors.New("malformed eigenda v2 certificate")
	// ErrNotEigenDA is returned for an Alt-DA commitment that is not a generic
	// EigenDA commitment.
	ErrNotEigenDA = errors.New("not an eigenda generic commitment")
	// ErrUnsupportedVersion is returned for a commitment version byte this
	// package does not know.
	ErrUnsupportedVersion = errors.New("unsupported eigenda commitment version")
	// ErrInvalid is returned for a well-formed certificate that does not hold:
	// its inclusion proof, signature, quorums or security parameters fail.
	ErrInvalid = errors.New("invalid eigenda v2 certificate")
)
