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
	// ErrLength is returned for a blob length that is not a power of two below
	// the SRS order, or shorter than the polynomial.
	ErrLength = errors.New("invalid blob length")
	// ErrNoG2Powers is returned when a length commitment or proof needs G₂
	// powers the SRS has not loaded.
	ErrNoG2Powers = errors.New("srs lacks the g2 powers for length commitments")
	// ErrBadLengthProof is returned when a length commitment or proof does not
	// verify.
	ErrBadLengthProof = errors.New("length proof does not verify")
	// ErrBadProof is returned when an opening proof does not verify.
	ErrBadProof = errors.New("kzg opening proof does not verify")
)
