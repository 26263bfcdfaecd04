package kzg

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
)

const testPoints = 1 << 10

var testSRS = func() *SRS {
	s, err := NewDevnetSRS(testPoints, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

// commitAtSecret computes [p(τ)]G₁ directly from the public devnet τ, without the
// SRS: Horner evaluation in the field, then one scalar multiplication.
func commitAtSecret(coeffs []fr.Element) bn254.G1Affine {
	var tau, acc fr.Element
	tau.SetBigInt(DevnetSecret())
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc.Mul(&acc, &tau).Add(&acc, &coeffs[i])
	}
	_, _, g1, _ := bn254.Generators()
	var out bn254.G1Affine
	out.ScalarMultiplication(&g1, acc.BigInt(new(big.Int)))
	return out
}

func TestCommitEqualsEvaluationAtSecret(t *testing.T) {
	small := []fr.Element{fr.NewElement(3), fr.NewElement(1), fr.NewElement(4), fr.NewElement(1), fr.NewElement(5)}
	blob, err := codec.PayloadToBlob([]byte("a payload the batcher would post, split over several symbols"))
	if err != nil {
		t.Fatal(err)
	}
	blobCoeffs, err := codec.BlobToFieldElements(blob)
	if err != nil {
		t.Fatal(err)
	}
	random := make([]fr.Element, testPoints)
	for i := range random {
		random[i].SetRandom()
	}
	tests := []struct {
		name   string
		coeffs []fr.Element
	}{
		{"constant", []fr.Element{fr.NewElement(42)}},
		{"small", small},
		{"encoded-payload", blobCoeffs},
		{"full-srs-random", random},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := testSRS.Commit(tc.coeffs)
			if err != nil {
				t.Fatal(err)
			}
			want := commitAtSecret(tc.coeffs)
			if !got.Equal(&want) {
				t.Fatalf("commitment differs from [p(τ)]G1")
			}
		})
	}
	t.Run("blob-bytes", func(t *testing.T) {
		got, err := testSRS.CommitBlob(append(blob, make([]byte, 4*32)...)) // trailing zeros ignored
		if err != nil {
			t.Fatal(err)
		}
		want := commitAtSecret(blobCoeffs)
		if !got.Equal(&want) {
			t.Fatal("CommitBlob differs from [p(τ)]G1")
		}
	})
}

func TestCommitErrors(t *testing.T) {
	tests := []struct {
		name string
		blob []byte
		want error
	}{
		{"empty", nil, ErrEmptyPolynomial},
		{"too-large", append(make([]byte, testPoints*32), append(make([]byte, 31), 1)...), ErrSRSTooSmall},
		{"non-canonical", make([]byte, 31), codec.ErrBadLength},
		{"above-modulus", fr.Modulus().FillBytes(make([]byte, 32)), codec.ErrNonCanonical},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := testSRS.CommitBlob(tc.blob); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestOpenVerify(t *testing.T) {
	coeffs := make([]fr.Element, 100)
	for i := range coeffs {
		coeffs[i].SetRandom()
	}
	c, err := testSRS.Commit(coeffs)
	if err != nil {
		t.Fatal(err)
	}
	var z fr.Element
	z.SetRandom()
	proof, err := testSRS.Open(coeffs, z)
	if err != nil {
		t.Fatal(err)
	}
	if err := testSRS.Verify(c, proof, z); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	bad := proof
	bad.ClaimedValue.Add(&bad.ClaimedValue, &coeffs[0])
	if err := testSRS.Verify(c, bad, z); !errors.Is(err, ErrBadProof) {
		t.Fatalf("wrong value accepted: %v", err)
	}
	var other fr.Element
	other.SetRandom()
	if err := testSRS.Verify(c, proof, other); !errors.Is(err, ErrBadProof) {
		t.Fatalf("proof accepted at another point: %v", err)
	}
}

func TestPointFilesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	g1, g2 := filepath.Join(dir, "g1.point"), filepath.Join(dir, "g2.point")
	if err := testSRS.WritePointFiles(g1, g2); err != nil {
		t.Fatal(err)
	}
	logger := log.NewLogger(log.DiscardHandler())
	loaded, err := LoadSRS(g1, g2, testPoints/2, logger)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Insecure() || loaded.Points() != testPoints/2 {
		t.Fatalf("loaded srs: insecure=%v points=%d", loaded.Insecure(), loaded.Points())
	}
	coeffs := []fr.Element{fr.NewElement(7), fr.NewElement(11)}
	a, _ := loaded.Commit(coeffs)
	b, _ := testSRS.Commit(coeffs)
	if !a.Equal(&b) {
		t.Fatal("loaded srs commits differently")
	}

	// A g1 file from a different secret must be refused.
	all, err := testSRS.g1Prefix(testPoints)
	if err != nil {
		t.Fatal(err)
	}
	other := &SRS{g1: append([]bn254.G1Affine(nil), all...), vk: testSRS.vk}
	other.ready.Store(testPoints)
	other.g1[5] = other.g1[6]
	badG1 := filepath.Join(dir, "bad-g1.point")
	if err := other.WritePointFiles(badG1, filepath.Join(dir, "unused")); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(g1)
	corrupt := filepath.Join(dir, "corrupt-g1.point")
	raw[3*G1PointSize] ^= 0xff
	_ = os.WriteFile(corrupt, raw, 0o644)

	tests := []struct {
		name   string
		g1, g2 string
		points int
		want   error
	}{
		{"missing-file", filepath.Join(dir, "nope"), g2, 4, ErrPointFile},
		{"short-file", g1, g2, testPoints + 1, ErrPointFile},
		{"corrupt-point", corrupt, g2, testPoints, ErrPointFile},
		{"g1-g2-swapped", g2, g1, 2, ErrPointFile},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := LoadSRS(tc.g1, tc.g2, tc.points, logger); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// The tampered power sits at index 5; the load checks the first and last pairs and
	// random ones, so check every pair directly here.
	loadedBad, err := LoadSRS(badG1, g2, 8, logger)
	if err == nil {
		err = loadedBad.checkAllPowers()
	}
	if !errors.Is(err, ErrSRSInconsistent) {
		t.Fatalf("inconsistent srs accepted: %v", err)
	}
}

// checkAllPowers is checkPowers over every consecutive pair.
func (s *SRS) checkAllPowers() error {
	for i := 0; i+1 < len(s.g1); i++ {
		var negNext bn254.G1Affine
		negNext.Neg(&s.g1[i+1])
		ok, err := bn254.PairingCheck([]bn254.G1Affine{s.g1[i], negNext}, []bn254.G2Affine{s.vk.G2[1], s.vk.G2[0]})
		if err != nil || !ok {
			return ErrSRSInconsistent
		}
	}
	return nil
}

func TestDevnetSRSDeterministic(t *testing.T) {
	a, err := NewDevnetSRS(4, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	pa, _ := a.g1Prefix(4)
	pb, _ := testSRS.g1Prefix(4)
	for i := range 4 {
		if !pa[i].Equal(&pb[i]) {
			t.Fatalf("point %d differs between two devnet srs builds", i)
		}
	}
	if !a.Insecure() {
		t.Fatal("devnet srs not marked insecure")
	}
}

func FuzzCommitBlob(f *testing.F) {
	blob, _ := codec.PayloadToBlob([]byte("seed"))
	f.Add(blob)
	f.Add([]byte{})
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 64*32 {
			return
		}
		c, err := testSRS.CommitBlob(b)
		if err != nil {
			return
		}
		coeffs, _ := codec.BlobToFieldElements(b)
		want := commitAtSecret(coeffs)
		if !c.Equal(&want) {
			t.Fatal("commitment differs from [p(τ)]G1")
		}
	})
}

// TestDevnetSRSGrowsOnDemand commits to polynomials of growing and mixed sizes
// from several goroutines at once; each commitment must equal [p(τ)]G₁.
func TestDevnetSRSGrowsOnDemand(t *testing.T) {
	srs, err := NewDevnetSRS(8192, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{1, 3, 100, 1000, 5000, 8192, 2, 4097}
	errs := make(chan error, len(sizes))
	for _, n := range sizes {
		go func() {
			coeffs := make([]fr.Element, n)
			for i := range coeffs {
				coeffs[i].SetUint64(uint64(i*i + 1))
			}
			c, err := srs.Commit(coeffs)
			if err == nil {
				if want := commitAtSecret(coeffs); !c.Equal(&want) {
					err = errors.New("commitment differs from [p(τ)]G1")
				}
			}
			errs <- err
		}()
	}
	for range sizes {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if _, err := srs.Commit(make([]fr.Element, 8193)); !errors.Is(err, ErrSRSTooSmall) {
		t.Fatalf("over capacity: %v", err)
	}
}
