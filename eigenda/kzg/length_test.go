package kzg

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/log"
)

// TestLengthCommitmentLoadedMatchesDevnet computes length commitments and proofs
// twice: with the devnet SRS's τ directly, and by multi-scalar multiplication
// over G₂ power files written in the EigenDA format and loaded back. They must
// agree, and the proofs must verify only for the length they were made for.
func TestLengthCommitmentLoadedMatchesDevnet(t *testing.T) {
	const n = 64
	dir := t.TempDir()
	g1, g2, g2t := filepath.Join(dir, "g1.point"), filepath.Join(dir, "g2.point"), filepath.Join(dir, "g2.trailing.point")
	if err := testSRS.WritePointFiles(g1, g2); err != nil {
		t.Fatal(err)
	}
	if err := testSRS.WriteG2PowerFiles(g2, g2t, n); err != nil {
		t.Fatal(err)
	}
	logger := log.NewLogger(log.DiscardHandler())
	loaded, err := LoadSRS(g1, g2, n, logger)
	if err != nil {
		t.Fatal(err)
	}
	coeffs := make([]fr.Element, 13)
	for i := range coeffs {
		coeffs[i].SetRandom()
	}
	if _, err := loaded.CommitG2(coeffs); !errors.Is(err, ErrNoG2Powers) {
		t.Fatalf("length commitment without g2 powers: %v", err)
	}
	if err := loaded.LoadG2Powers(g2, g2t, n); err != nil {
		t.Fatal(err)
	}
	c, _ := testSRS.Commit(coeffs)
	for _, length := range []uint32{16, 32, 64} {
		lcDev, err := testSRS.CommitG2(coeffs)
		if err != nil {
			t.Fatal(err)
		}
		lcLoaded, err := loaded.CommitG2(coeffs)
		if err != nil {
			t.Fatal(err)
		}
		if !lcDev.Equal(&lcLoaded) {
			t.Fatal("length commitment: devnet and loaded srs differ")
		}
		pDev, err := testSRS.LengthProofFor(coeffs, length)
		if err != nil {
			t.Fatal(err)
		}
		pLoaded, err := loaded.LengthProofFor(coeffs, length)
		if err != nil {
			t.Fatal(err)
		}
		if !pDev.Equal(&pLoaded) {
			t.Fatalf("length %d: devnet and loaded length proofs differ", length)
		}
		if err := VerifyCommitmentEquivalence(c, lcDev); err != nil {
			t.Fatal(err)
		}
		if err := testSRS.VerifyLengthProof(lcDev, pDev, length); err != nil {
			t.Fatalf("length %d: %v", length, err)
		}
		if err := testSRS.VerifyLengthProof(lcDev, pDev, length*2); !errors.Is(err, ErrBadLengthProof) {
			t.Fatalf("proof for %d accepted for %d: %v", length, length*2, err)
		}
	}
	// A polynomial of 13 coefficients does not fit 8 symbols.
	if _, err := testSRS.LengthProofFor(coeffs, 8); !errors.Is(err, ErrLength) {
		t.Fatalf("got %v", err)
	}
	if _, err := testSRS.LengthProofFor(coeffs, 24); !errors.Is(err, ErrLength) {
		t.Fatalf("non power of two: %v", err)
	}
	other := make([]fr.Element, 3)
	other[0].SetOne()
	lcOther, _ := testSRS.CommitG2(other)
	if err := VerifyCommitmentEquivalence(c, lcOther); !errors.Is(err, ErrBadLengthProof) {
		t.Fatalf("mismatched g1/g2 commitments accepted: %v", err)
	}
	if err := loaded.VerifyLengthProof(lcOther, lcOther, 16); !errors.Is(err, ErrNoG2Powers) {
		t.Fatalf("loaded srs: %v", err)
	}
	if err := loaded.LoadG2Powers(g2t, g2t, n); !errors.Is(err, ErrSRSInconsistent) {
		t.Fatalf("swapped g2 files: %v", err)
	}
}
