package kzg

import "errors"

var (
	// ErrSRSTooSmall is returned when a polynomial has more coefficients than the
	// SRS has G₁ points.
	ErrSRSTooSmall = errors.New("polynomial larger than the srs")
	// ErrEmptyPolynomial is returned when committing to zero coefficients.
	ErrEmptyPolynomial = errors.New("empty polynomial")
	// ErrPointFile is returned when a g1/g2 point file is missing, short or holds an
	// invalid point.
	ErrPointFile = errors.New("bad srs point file")
	// ErrSRSInconsistent is returned when the g1 and g2 point files do not come
	// from the same secret.
	ErrSRSInconsistent = errors.New("srs point files are inconsistent")
	// ErrBadProof is returned when an opening proof does not verify.
	ErrBadProof = errors.New("kzg opening proof does not verify")
)
