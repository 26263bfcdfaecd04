package bls

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/crypto"
)

func keys(t *testing.T, n int) []*KeyPair {
	t.Helper()
	out := make([]*KeyPair, n)
	for i := range out {
		k, err := DeriveKeyPair("bls-test", i)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	return out
}

func aggregate(ks []*KeyPair, msg [32]byte) (apk G1Point, apkG2 G2Point, sigma G1Point) {
	var a bn254.G1Affine
	var a2 bn254.G2Affine
	var s bn254.G1Affine
	for _, k := range ks {
		a.Add(&a, &k.G1)
		a2.Add(&a2, &k.G2)
		sig := k.Sign(msg)
		s.Add(&s, &sig)
	}
	return FromG1(a), FromG2(a2), FromG1(s)
}

func TestHashToG1(t *testing.T) {
	for i := range 64 {
		msg := crypto.Keccak256Hash(big.NewInt(int64(i)).Bytes())
		p := HashToG1(msg)
		if !p.IsOnCurve() {
			t.Fatalf("message %d: not on the curve", i)
		}
		// x is the message mod p, plus however many increments were needed.
		x := new(big.Int).Mod(new(big.Int).SetBytes(msg[:]), fp.Modulus())
		px := p.X.BigInt(new(big.Int))
		if d := new(big.Int).Sub(px, x); d.Sign() < 0 || d.Cmp(big.NewInt(64)) > 0 {
			t.Fatalf("message %d: x moved by %v", i, d)
		}
	}
}

func TestAggregateVerify(t *testing.T) {
	ks := keys(t, 4)
	msg := crypto.Keccak256Hash([]byte("batch header"))
	other := crypto.Keccak256Hash([]byte("another batch"))
	apk, apkG2, sigma := aggregate(ks, msg)
	if err := Verify(msg, apk, apkG2, sigma); err != nil {
		t.Fatal(err)
	}
	_, apkG2Three, sigmaThree := aggregate(ks[:3], msg)
	tests := []struct {
		name  string
		msg   [32]byte
		apk   G1Point
		apkG2 G2Point
		sigma G1Point
		want  error
	}{
		{"other-message", other, apk, apkG2, sigma, ErrBadSignature},
		{"three-signers-four-keys", msg, apk, apkG2Three, sigmaThree, ErrBadSignature},
		{"g2-key-of-other-signers", msg, apk, apkG2Three, sigma, ErrBadSignature},
		{"off-curve-sigma", msg, apk, apkG2, G1Point{X: big.NewInt(1), Y: big.NewInt(3)}, ErrPoint},
		{"non-canonical", msg, G1Point{X: fp.Modulus(), Y: big.NewInt(0)}, apkG2, sigma, ErrPoint},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := Verify(tc.msg, tc.apk, tc.apkG2, tc.sigma); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestPointEncodings(t *testing.T) {
	k := keys(t, 1)[0]
	g1, g2 := FromG1(k.G1), FromG2(k.G2)
	// Solidity order: X[0] is the imaginary part.
	if g2.X[0].Cmp(k.G2.X.A1.BigInt(new(big.Int))) != 0 || g2.X[1].Cmp(k.G2.X.A0.BigInt(new(big.Int))) != 0 {
		t.Fatal("g2 coordinates not in [imaginary, real] order")
	}
	b1, err := g1.Bytes()
	if err != nil || len(b1) != 32 {
		t.Fatalf("g1 bytes: %v", err)
	}
	b2, err := g2.Bytes()
	if err != nil || len(b2) != 64 {
		t.Fatalf("g2 bytes: %v", err)
	}
	back1, err := G1FromBytes(b1)
	if err != nil || back1.X.Cmp(g1.X) != 0 || back1.Y.Cmp(g1.Y) != 0 {
		t.Fatalf("g1 round trip: %v", err)
	}
	back2, err := G2FromBytes(b2)
	if err != nil || back2.Y[1].Cmp(g2.Y[1]) != 0 {
		t.Fatalf("g2 round trip: %v", err)
	}
	for _, bad := range [][]byte{nil, make([]byte, 31), make([]byte, 33)} {
		if _, err := G1FromBytes(bad); !errors.Is(err, ErrPoint) {
			t.Fatalf("%d bytes accepted", len(bad))
		}
	}
	id := OperatorID(g1)
	if id != crypto.Keccak256Hash(word(g1.X), word(g1.Y)) {
		t.Fatal("operator id")
	}
}
