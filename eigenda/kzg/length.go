package kzg

import (
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// SRSOrder is the number of powers of τ in EigenDA's ceremony, 2²⁸: a length
// proof shifts the polynomial up to degree SRSOrder-1.
const SRSOrder = 1 << 28

// LengthCommitment is the polynomial committed on G₂: [p(τ)]G₂.
type LengthCommitment = bn254.G2Affine

// LengthProof proves a polynomial's degree is below its blob length L:
// [τ^(SRSOrder-L)·p(τ)]G₂, which exists only if deg p < L.
type LengthProof = bn254.G2Affine

// evalAtTau returns p(τ) for the devnet SRS (Horner's rule).
func (s *SRS) evalAtTau(coeffs []fr.Element) fr.Element {
	var acc fr.Element
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc.Mul(&acc, &s.tau).Add(&acc, &coeffs[i])
	}
	return acc
}

// tauPow returns τ^e for the devnet SRS.
func (s *SRS) tauPow(e uint64) fr.Element {
	var out fr.Element
	out.Exp(s.tau, new(big.Int).SetUint64(e))
	return out
}

func g2Times(v fr.Element) bn254.G2Affine {
	_, _, _, g2 := bn254.Generators()
	var out bn254.G2Affine
	out.ScalarMultiplication(&g2, v.BigInt(new(big.Int)))
	return out
}

// checkBlobLength validates a blob length in symbols against the coefficients.
func checkBlobLength(coeffs []fr.Element, length uint32) error {
	if length == 0 || length&(length-1) != 0 {
		return fmt.Errorf("%w: blob length %d is not a power of two", ErrLength, length)
	}
	if uint64(length) >= SRSOrder {
		return fmt.Errorf("%w: blob length %d reaches the srs order", ErrLength, length)
	}
	if len(coeffs) == 0 {
		return ErrEmptyPolynomial
	}
	if len(coeffs) > int(length) {
		return fmt.Errorf("%w: %d coefficients exceed blob length %d", ErrLength, len(coeffs), length)
	}
	return nil
}

// CommitG2 returns the length commitment [p(τ)]G₂ of the polynomial with the
// given coefficients. A loaded SRS needs its G₂ powers (LoadG2Powers); the
// devnet SRS evaluates at its public τ.
func (s *SRS) CommitG2(coeffs []fr.Element) (LengthCommitment, error) {
	if len(coeffs) == 0 {
		return LengthCommitment{}, ErrEmptyPolynomial
	}
	if s.insecure {
		return g2Times(s.evalAtTau(coeffs)), nil
	}
	if len(coeffs) > len(s.g2) {
		return LengthCommitment{}, fmt.Errorf("%w: %d coefficients, %d g2 powers loaded", ErrNoG2Powers, len(coeffs), len(s.g2))
	}
	var c LengthCommitment
	if _, err := c.MultiExp(s.g2[:len(coeffs)], coeffs, ecc.MultiExpConfig{}); err != nil {
		return LengthCommitment{}, fmt.Errorf("g2 multi-exponentiation: %w", err)
	}
	return c, nil
}

// LengthProofFor returns the proof that the polynomial fits a blob of length
// symbols (a power of two): the G₂ commitment of x^(SRSOrder-length)·p(x). A
// loaded SRS needs the trailing G₂ powers (LoadG2Powers).
func (s *SRS) LengthProofFor(coeffs []fr.Element, length uint32) (LengthProof, error) {
	if err := checkBlobLength(coeffs, length); err != nil {
		return LengthProof{}, err
	}
	if s.insecure {
		shifted := s.tauPow(SRSOrder - uint64(length))
		v := s.evalAtTau(coeffs)
		v.Mul(&v, &shifted)
		return g2Times(v), nil
	}
	// g2Trailing holds [τ^(SRSOrder-n+i)]G₂ for i < n; the shift for length L
	// starts at index n-L.
	n := len(s.g2Trailing)
	if int(length) > n {
		return LengthProof{}, fmt.Errorf("%w: blob length %d, %d trailing g2 powers loaded", ErrNoG2Powers, length, n)
	}
	start := n - int(length)
	var p LengthProof
	if _, err := p.MultiExp(s.g2Trailing[start:start+len(coeffs)], coeffs, ecc.MultiExpConfig{}); err != nil {
		return LengthProof{}, fmt.Errorf("g2 multi-exponentiation: %w", err)
	}
	return p, nil
}

// VerifyCommitmentEquivalence checks that a G₁ commitment and a G₂ length
// commitment commit to the same polynomial: e(c, G₂) = e(G₁, lc).
func VerifyCommitmentEquivalence(c Commitment, lc LengthCommitment) error {
	_, _, g1, g2 := bn254.Generators()
	var negG1 bn254.G1Affine
	negG1.Neg(&g1)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{c, negG1}, []bn254.G2Affine{g2, lc})
	if err != nil || !ok {
		return fmt.Errorf("%w: g1 and g2 commitments differ", ErrBadLengthProof)
	}
	return nil
}

// VerifyLengthProof checks e([τ^(SRSOrder-length)]G₁, lc) = e(G₁, proof). It
// needs [τ^(SRSOrder-length)]G₁, a point far beyond any loaded G₁ prefix: the
// devnet SRS computes it from τ, a loaded SRS returns ErrNoG2Powers (EigenDA's
// validators check length proofs; clients need not).
func (s *SRS) VerifyLengthProof(lc LengthCommitment, proof LengthProof, length uint32) error {
	if length == 0 || length&(length-1) != 0 || bits.Len32(length) > 28 {
		return fmt.Errorf("%w: blob length %d", ErrBadLengthProof, length)
	}
	if !s.insecure {
		return fmt.Errorf("%w: verifying length proofs needs the shifted g1 powers", ErrNoG2Powers)
	}
	_, _, g1, _ := bn254.Generators()
	shift := s.tauPow(SRSOrder - uint64(length))
	var challenge, negG1 bn254.G1Affine
	challenge.ScalarMultiplication(&g1, shift.BigInt(new(big.Int)))
	negG1.Neg(&g1)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{challenge, negG1}, []bn254.G2Affine{lc, proof})
	if err != nil || !ok {
		return fmt.Errorf("%w: proof does not match length %d", ErrBadLengthProof, length)
	}
	return nil
}

// LoadG2Powers reads the first n G₂ powers from g2Path and the last n from
// g2TrailingPath (EigenDA's g2.point and g2.trailing.point, whose last point
// is [τ^(SRSOrder-1)]G₂), which length commitments and proofs of blobs up to n
// symbols need. The first power must be G₂ and the second the SRS's [τ]G₂.
func (s *SRS) LoadG2Powers(g2Path, g2TrailingPath string, n int) error {
	if n < 2 {
		return fmt.Errorf("%w: need at least 2 g2 powers, got %d", ErrPointFile, n)
	}
	g2, err := readG2(g2Path, 0, n)
	if err != nil {
		return err
	}
	_, _, _, gen := bn254.Generators()
	if !g2[0].Equal(&gen) || !g2[1].Equal(&s.vk.G2[1]) {
		return fmt.Errorf("%w: %s does not start with G2, [τ]G2 of the g1 file", ErrSRSInconsistent, g2Path)
	}
	st, err := os.Stat(g2TrailingPath)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrPointFile, err)
	}
	total := int(st.Size() / G2PointSize)
	if total < n || st.Size()%G2PointSize != 0 {
		return fmt.Errorf("%w: %s holds %d bytes, not at least %d whole g2 points", ErrPointFile, g2TrailingPath, st.Size(), n)
	}
	trailing, err := readG2(g2TrailingPath, total-n, n)
	if err != nil {
		return err
	}
	// The last trailing power times τ must be [τ^SRSOrder]G₂ = the next power;
	// consecutive trailing powers must differ by τ: check the last pair.
	if n >= 2 {
		var negPrev bn254.G1Affine
		_, _, g1, _ := bn254.Generators()
		negPrev.Neg(&g1)
		ok, err := bn254.PairingCheck(
			[]bn254.G1Affine{s.g1[1], negPrev},
			[]bn254.G2Affine{trailing[n-2], trailing[n-1]},
		)
		if err != nil || !ok {
			return fmt.Errorf("%w: trailing g2 powers are not consecutive powers of the g1 secret", ErrSRSInconsistent)
		}
	}
	s.g2, s.g2Trailing = g2, trailing
	return nil
}

func readG2(path string, first, n int) ([]bn254.G2Affine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrPointFile, err)
	}
	defer f.Close()
	raw := make([]byte, n*G2PointSize)
	if _, err := f.ReadAt(raw, int64(first)*G2PointSize); err != nil && err != io.EOF {
		return nil, fmt.Errorf("%w: read %s: %w", ErrPointFile, path, err)
	} else if err == io.EOF {
		return nil, fmt.Errorf("%w: %s has fewer than %d g2 points", ErrPointFile, path, first+n)
	}
	out := make([]bn254.G2Affine, n)
	for i := range out {
		if _, err := out[i].SetBytes(raw[i*G2PointSize : (i+1)*G2PointSize]); err != nil {
			return nil, fmt.Errorf("%w: %s g2 point %d: %w", ErrPointFile, path, first+i, err)
		}
	}
	return out, nil
}

// WriteG2PowerFiles writes the devnet SRS's first n G₂ powers and its last n
// (ending at [τ^(SRSOrder-1)]G₂) in the g2.point / g2.trailing.point format,
// so that tests can load a real-format SRS with a known secret.
func (s *SRS) WriteG2PowerFiles(g2Path, g2TrailingPath string, n int) error {
	if !s.insecure {
		return fmt.Errorf("only the devnet srs can compute g2 powers")
	}
	_, _, _, gen := bn254.Generators()
	powers := make([]fr.Element, n)
	trailing := make([]fr.Element, n)
	powers[0].SetOne()
	trailing[0] = s.tauPow(SRSOrder - uint64(n))
	for i := 1; i < n; i++ {
		powers[i].Mul(&powers[i-1], &s.tau)
		trailing[i].Mul(&trailing[i-1], &s.tau)
	}
	for _, f := range []struct {
		path    string
		scalars []fr.Element
	}{{g2Path, powers}, {g2TrailingPath, trailing}} {
		points := bn254.BatchScalarMultiplicationG2(&gen, f.scalars)
		out := make([]byte, 0, n*G2PointSize)
		for i := range points {
			b := points[i].Bytes()
			out = append(out, b[:]...)
		}
		if err := os.WriteFile(f.path, out, 0o644); err != nil {
			return fmt.Errorf("write g2 powers: %w", err)
		}
	}
	return nil
}
