package bls

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
)

// sqrtExp is (p+1)/4: for p ≡ 3 mod 4, β^((p+1)/4) is a square root of β when
// one exists.
var sqrtExp = new(big.Int).Rsh(new(big.Int).Add(fp.Modulus(), big.NewInt(1)), 2)

// HashToG1 maps a 32-byte message hash to G₁ by try-and-increment, as the
// contracts' BN254.hashToG1 does.
func HashToG1(msg [32]byte) bn254.G1Affine {
	var x fp.Element
	x.SetBigInt(new(big.Int).SetBytes(msg[:])) // reduces mod p
	var one, three fp.Element
	one.SetOne()
	three.SetUint64(3)
	for {
		var beta, y, y2 fp.Element
		beta.Square(&x).Mul(&beta, &x).Add(&beta, &three)
		y.Exp(beta, sqrtExp)
		if y2.Square(&y); y2.Equal(&beta) {
			return bn254.G1Affine{X: x, Y: y}
		}
		x.Add(&x, &one)
	}
}

// OperatorID is keccak256 of a G₁ public key's coordinates, the id the
// registries and certificates name an operator by.
func OperatorID(pub G1Point) [32]byte {
	return crypto.Keccak256Hash(word(pub.X), word(pub.Y))
}

// KeyPair is an operator's BLS key.
type KeyPair struct {
	secret fr.Element
	// G1 is the public key on G₁ ([sk]G₁).
	G1 bn254.G1Affine
	// G2 is the public key on G₂ ([sk]G₂).
	G2 bn254.G2Affine
}

// NewKeyPair returns the key pair of a non-zero secret.
func NewKeyPair(secret *big.Int) (*KeyPair, error) {
	var sk fr.Element
	sk.SetBigInt(secret)
	if sk.IsZero() {
		return nil, fmt.Errorf("bls secret key is zero mod r")
	}
	k := &KeyPair{secret: sk}
	s := sk.BigInt(new(big.Int))
	k.G1.ScalarMultiplicationBase(s)
	k.G2.ScalarMultiplicationBase(s)
	return k, nil
}

// DeriveKeyPair derives a key pair from a seed string and an index: secret =
// keccak256(seed ‖ index) mod r. Anyone can do the same, so derived keys are for
// devnets and tests.
func DeriveKeyPair(seed string, index int) (*KeyPair, error) {
	h := crypto.Keccak256([]byte(seed), big.NewInt(int64(index)).Bytes())
	return NewKeyPair(new(big.Int).SetBytes(h))
}

// ID returns the operator id of the key.
func (k *KeyPair) ID() [32]byte { return OperatorID(FromG1(k.G1)) }

// Sign signs a message hash: [sk]H(m).
func (k *KeyPair) Sign(msg [32]byte) bn254.G1Affine {
	h := HashToG1(msg)
	var sig bn254.G1Affine
	sig.ScalarMultiplication(&h, k.secret.BigInt(new(big.Int)))
	return sig
}

// Gamma is the challenge that binds the G₁ and G₂ aggregate keys:
// keccak256(m, apk.X, apk.Y, apkG2.X[0], apkG2.X[1], apkG2.Y[0], apkG2.Y[1],
// σ.X, σ.Y) mod r.
func Gamma(msg [32]byte, apk G1Point, apkG2 G2Point, sigma G1Point) fr.Element {
	h := crypto.Keccak256(msg[:], word(apk.X), word(apk.Y),
		word(apkG2.X[0]), word(apkG2.X[1]), word(apkG2.Y[0]), word(apkG2.Y[1]),
		word(sigma.X), word(sigma.Y))
	var g fr.Element
	g.SetBigInt(new(big.Int).SetBytes(h)) // reduces mod r
	return g
}

// Verify checks an aggregate signature sigma on msg by the signers whose
// aggregate keys are apk (G₁) and apkG2 (G₂), as the on-chain checker does.
func Verify(msg [32]byte, apk G1Point, apkG2 G2Point, sigma G1Point) error {
	a, err := apk.G1()
	if err != nil {
		return fmt.Errorf("apk: %w", err)
	}
	a2, err := apkG2.G2()
	if err != nil {
		return fmt.Errorf("apk g2: %w", err)
	}
	s, err := sigma.G1()
	if err != nil {
		return fmt.Errorf("sigma: %w", err)
	}
	gamma := Gamma(msg, apk, apkG2, sigma)
	g := gamma.BigInt(new(big.Int))
	_, _, g1, g2 := bn254.Generators()
	var left, hm, right bn254.G1Affine
	left.ScalarMultiplication(&a, g).Add(&left, &s)
	hm = HashToG1(msg)
	right.ScalarMultiplication(&g1, g).Add(&right, &hm)
	var negG2 bn254.G2Affine
	negG2.Neg(&g2)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{left, right}, []bn254.G2Affine{negG2, a2})
	if err != nil {
		return fmt.Errorf("pairing: %w", err)
	}
	if !ok {
		return ErrBadSignature
	}
	return nil
}
