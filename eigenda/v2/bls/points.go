package bls

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// ErrPoint is returned for coordinates that are not a point of the group.
var ErrPoint = errors.New("invalid bn254 point")

// G1Point is a G₁ point as the contracts hold it; (0, 0) is the identity.
type G1Point struct {
	X *big.Int
	Y *big.Int
}

// G2Point is a G₂ point as the contracts hold it: X = X[0]·i + X[1], the same
// for Y; all zero is the identity.
type G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// FromG1 converts a gnark point.
func FromG1(p bn254.G1Affine) G1Point {
	return G1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
}

// FromG2 converts a gnark point.
func FromG2(p bn254.G2Affine) G2Point {
	return G2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}

func setFp(dst *fp.Element, v *big.Int, what string) error {
	if v == nil {
		v = new(big.Int)
	}
	if v.Sign() < 0 || v.Cmp(fp.Modulus()) >= 0 {
		return fmt.Errorf("%w: %s is not a canonical field element", ErrPoint, what)
	}
	dst.SetBigInt(v)
	return nil
}

// G1 converts to a gnark point, checking it is on the curve.
func (p G1Point) G1() (bn254.G1Affine, error) {
	var out bn254.G1Affine
	if err := setFp(&out.X, p.X, "x"); err != nil {
		return out, err
	}
	if err := setFp(&out.Y, p.Y, "y"); err != nil {
		return out, err
	}
	if !out.IsInfinity() && !out.IsOnCurve() {
		return out, fmt.Errorf("%w: g1 point not on the curve", ErrPoint)
	}
	return out, nil
}

// G2 converts to a gnark point, checking it is on the curve and in the
// subgroup.
func (p G2Point) G2() (bn254.G2Affine, error) {
	var out bn254.G2Affine
	for _, c := range []struct {
		dst  *fp.Element
		v    *big.Int
		what string
	}{{&out.X.A1, p.X[0], "x.im"}, {&out.X.A0, p.X[1], "x.re"}, {&out.Y.A1, p.Y[0], "y.im"}, {&out.Y.A0, p.Y[1], "y.re"}} {
		if err := setFp(c.dst, c.v, c.what); err != nil {
			return out, err
		}
	}
	if !out.IsInfinity() && (!out.IsOnCurve() || !out.IsInSubGroup()) {
		return out, fmt.Errorf("%w: g2 point not in the group", ErrPoint)
	}
	return out, nil
}

// Bytes returns the gnark compressed encoding (32 bytes), the form the
// EigenDA protobuf messages carry.
func (p G1Point) Bytes() ([]byte, error) {
	g, err := p.G1()
	if err != nil {
		return nil, err
	}
	b := g.Bytes()
	return b[:], nil
}

// Bytes returns the gnark compressed encoding (64 bytes).
func (p G2Point) Bytes() ([]byte, error) {
	g, err := p.G2()
	if err != nil {
		return nil, err
	}
	b := g.Bytes()
	return b[:], nil
}

// G1FromBytes parses a gnark-serialised G₁ point (compressed or not), as the
// EigenDA protobuf messages carry it.
func G1FromBytes(b []byte) (G1Point, error) {
	var p bn254.G1Affine
	if len(b) != bn254.SizeOfG1AffineCompressed && len(b) != bn254.SizeOfG1AffineUncompressed {
		return G1Point{}, fmt.Errorf("%w: g1 point of %d bytes", ErrPoint, len(b))
	}
	if _, err := p.SetBytes(b); err != nil {
		return G1Point{}, fmt.Errorf("%w: %w", ErrPoint, err)
	}
	return FromG1(p), nil
}

// G2FromBytes parses a gnark-serialised G₂ point (compressed or not).
func G2FromBytes(b []byte) (G2Point, error) {
	var p bn254.G2Affine
	if len(b) != bn254.SizeOfG2AffineCompressed && len(b) != bn254.SizeOfG2AffineUncompressed {
		return G2Point{}, fmt.Errorf("%w: g2 point of %d bytes", ErrPoint, len(b))
	}
	if _, err := p.SetBytes(b); err != nil {
		return G2Point{}, fmt.Errorf("%w: %w", ErrPoint, err)
	}
	return FromG2(p), nil
}

// word is a 32-byte big-endian word of v.
func word(v *big.Int) []byte {
	out := make([]byte, 32)
	if v != nil {
		v.FillBytes(out)
	}
	return out
}
