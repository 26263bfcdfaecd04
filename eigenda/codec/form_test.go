package codec

import (
	"bytes"
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
)

// TestRootsOfUnityMatchEigenDA pins the primitive 2^k-th roots of unity the
// evaluation form uses to the values of EigenDA's Scale2RootOfUnity table.
func TestRootsOfUnityMatchEigenDA(t *testing.T) {
	want := map[uint64]string{
		4:  "21888242871839275217838484774961031246007050428528088939761107053157389710902",
		8:  "19540430494807482326159819597004422086093766032135589407132600596362845576832",
		16: "14940766826517323942636479241147756311199852622225275649687664389641784935947",
	}
	for n, w := range want {
		g, err := fft.Generator(n)
		if err != nil {
			t.Fatal(err)
		}
		if g.String() != w {
			t.Fatalf("root of unity of order %d is %s, EigenDA uses %s", n, g.String(), w)
		}
	}
}

// TestEvalFormIsInverseDFT checks the evaluation form against a naive O(n²)
// evaluation: the blob's polynomial evaluated at ωⁱ must give the encoded payload's
// i-th symbol.
func TestEvalFormIsInverseDFT(t *testing.T) {
	for _, size := range []int{0, 5, 31, 100, 200} {
		payload := randomBytes(uint64(size), size)
		blob, err := EncodeBlob(payload, FormEval)
		if err != nil {
			t.Fatal(err)
		}
		coeffs, err := BlobToFieldElements(blob)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := EncodePayload(payload)
		values, _ := BlobToFieldElements(enc)
		n := len(values)
		omega, _ := fft.Generator(uint64(n))
		var x fr.Element
		x.SetOne()
		for i := range n {
			var acc fr.Element // Horner at x = ωⁱ
			for j := n - 1; j >= 0; j-- {
				acc.Mul(&acc, &x).Add(&acc, &coeffs[j])
			}
			if !acc.Equal(&values[i]) {
				t.Fatalf("size %d: p(ω^%d) differs from encoded symbol %d", size, i, i)
			}
			x.Mul(&x, &omega)
		}
	}
}

func TestFormsRoundTrip(t *testing.T) {
	for _, form := range []PolynomialForm{FormCoeff, FormEval} {
		for _, size := range []int{0, 1, 30, 31, 32, 1000, 31 * 1023, 100_000} {
			payload := randomBytes(uint64(size)+9, size)
			blob, err := EncodeBlob(payload, form)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeBlob(blob, form, len(blob)/BytesPerSymbol)
			if err != nil || !bytes.Equal(got, payload) {
				t.Fatalf("%v %d bytes: %v", form, size, err)
			}
		}
	}
}

func TestDecodeBlobEvalRejects(t *testing.T) {
	blob, _ := EncodeBlob([]byte("evaluation form"), FormEval)
	flipped := bytes.Clone(blob)
	flipped[40] ^= 1
	tests := []struct {
		name    string
		blob    []byte
		symbols int
		want    error
	}{
		// One changed coefficient changes every evaluation: the header no longer parses.
		{"coefficient-changed", flipped, 2, ErrBadHeader},
		{"non-canonical", append(bytes.Repeat([]byte{0xff}, 32), blob[32:]...), 2, ErrNonCanonical},
		{"partial-symbol", blob[:40], 2, ErrBadLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeBlob(tc.blob, FormEval, tc.symbols); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := ParsePolynomialForm("ifft"); !errors.Is(err, ErrUnknownForm) {
		t.Fatalf("parse: %v", err)
	}
	for _, f := range []PolynomialForm{FormCoeff, FormEval} {
		if g, err := ParsePolynomialForm(f.String()); err != nil || g != f {
			t.Fatalf("%v does not round-trip", f)
		}
	}
}

func FuzzDecodeBlobEval(f *testing.F) {
	blob, _ := EncodeBlob([]byte("seed"), FormEval)
	f.Add(blob, 2)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, b []byte, symbols int) {
		if symbols < 0 || symbols > 1<<12 || len(b) > 1<<14 {
			return
		}
		payload, err := DecodeBlob(b, FormEval, symbols)
		if err != nil {
			return
		}
		again, err := EncodeBlob(payload, FormEval)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := DecodeBlob(again, FormEval, len(again)/32); err != nil || !bytes.Equal(back, payload) {
			t.Fatalf("re-encoded payload does not decode: %v", err)
		}
	})
}
