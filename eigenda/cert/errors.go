package cert

import "errors"

var (
	// ErrNotGeneric is returned when a commitment does not start with the Alt-DA
	// generic commitment type 0x01.
	ErrNotGeneric = errors.New("not a generic alt-da commitment")
	// ErrNotEigenDA is returned when a generic commitment's DA layer byte is not
	// EigenDA's 0x00.
	ErrNotEigenDA = errors.New("commitment is not for the eigenda da layer")
	// ErrUnsupportedVersion is returned for a certificate version other than 0.
	ErrUnsupportedVersion = errors.New("unsupported eigenda certificate version")
	// ErrMalformed is returned when certificate bytes do not decode.
	ErrMalformed = errors.New("malformed eigenda certificate")
	// ErrInvalid is returned when a certificate is inconsistent with itself: batch
	// header hash, inclusion proof or quorum parameters.
	ErrInvalid = errors.New("invalid eigenda certificate")
	// ErrBlobMismatch is returned when blob bytes do not match the certificate's
	// length or KZG commitment.
	ErrBlobMismatch = errors.New("blob does not match certificate")
)
