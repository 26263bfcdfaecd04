package kzg

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gkzg "github.com/consensys/gnark-crypto/ecc/bn254/kzg"

	"github.com/openledger/openledger/eigenda/codec"
)

// Commitment is a KZG commitment: a G₁ point.
type Commitment = bn254.G1Affine

// OpeningProof shows that a committed polynomial evaluates to ClaimedValue at a
// point.
type OpeningProof = gkzg.OpeningProof

// Commit returns the commitment to the polynomial with the given coefficients.
func (s *SRS) Commit(coeffs []fr.Element) (Commitment, error) {
	if len(coeffs) == 0 {
		return Commitment{}, ErrEmptyPolynomial
	}
	points, err := s.g1Prefix(len(coeffs))
	if err != nil {
		return Commitment{}, err
	}
	var c Commitment
	if _, err := c.MultiExp(points, coeffs, ecc.MultiExpConfig{}); err != nil {
		return Commitment{}, fmt.Errorf("multi-exponentiation: %w", err)
	}
	return c, nil
}

// CommitBlob parses blob bytes as canonical field elements and commits to them.
// Trailing zero symbols are ignored (they do not change the commitment), so a blob
// may be longer than the SRS as long as its non-zero part fits.
func (s *SRS) CommitBlob(blob []byte) (Commitment, error) {
	coeffs, err := codec.BlobToFieldElements(blob)
	if err != nil {
		return Commitment{}, fmt.Errorf("blob to field elements: %w", err)
	}
	n := len(coeffs)
	for n > 1 && coeffs[n-1].IsZero() {
		n--
	}
	if n == 0 {
		return Commitment{}, ErrEmptyPolynomial
	}
	return s.Commit(coeffs[:n])
}

// Open returns a proof of the polynomial's value at point.
func (s *SRS) Open(coeffs []fr.Element, point fr.Element) (OpeningProof, error) {
	if len(coeffs) == 0 {
		return OpeningProof{}, ErrEmptyPolynomial
	}
	points, err := s.g1Prefix(len(coeffs))
	if err != nil {
		return OpeningProof{}, err
	}
	p, err := gkzg.Open(coeffs, point, gkzg.ProvingKey{G1: points})
	if err != nil {
		return OpeningProof{}, fmt.Errorf("open: %w", err)
	}
	return p, nil
}

// Verify checks an opening proof against a commitment at point.
func (s *SRS) Verify(commitment Commitment, proof OpeningProof, point fr.Element) error {
	if err := gkzg.Verify(&commitment, &proof, point, s.vk); err != nil {
		return errors.Join(ErrBadProof, err)
	}
	return nil
}
