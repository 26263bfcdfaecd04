package bls

import "errors"

// ErrBadSignature is returned when an aggregate signature does not verify.
var ErrBadSignature = errors.New("bls signature is invalid")
