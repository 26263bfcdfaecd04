package codec

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
)

// PolynomialForm says how an encoded payload becomes a blob's coefficients.
type PolynomialForm uint8

const (
	// FormEval treats the encoded payload's symbols as the polynomial's values on
	// the n-th roots of unity (n the symbol count) and the blob is its inverse
	// FFT. This is what EigenDA's clients and eigenda-proxy do by default, and
	// what lets a verifier open the commitment at a payload symbol; it is the
	// zero value. The roots of unity are those of gnark-crypto's fft domain,
	// which equal EigenDA's Scale2RootOfUnity table.
	FormEval PolynomialForm = iota
	// FormCoeff uses the encoded payload's symbols as the blob's coefficients.
	FormCoeff
)

// ErrUnknownForm is returned for a polynomial form name other than coeff or eval.
var ErrUnknownForm = fmt.Errorf("unknown polynomial form")

// ParsePolynomialForm parses "coeff" or "eval".
func ParsePolynomialForm(s string) (PolynomialForm, error) {
	switch s {
	case "coeff":
		return FormCoeff, nil
	case "eval":
		return FormEval, nil
	}
	return 0, fmt.Errorf("%w %q (coeff, eval)", ErrUnknownForm, s)
}

// String returns "coeff" or "eval".
func (f PolynomialForm) String() string {
	switch f {
	case FormCoeff:
		return "coeff"
	case FormEval:
		return "eval"
	}
	return fmt.Sprintf("PolynomialForm(%d)", uint8(f))
}

var domains sync.Map // symbol count -> *fft.Domain

func domainOf(n int) *fft.Domain {
	if d, ok := domains.Load(n); ok {
		return d.(*fft.Domain)
	}
	d, _ := domains.LoadOrStore(n, fft.NewDomain(uint64(n)))
	return d.(*fft.Domain)
}

// EncodeBlob encodes payload and turns it into blob bytes in the given form.
func EncodeBlob(payload []byte, form PolynomialForm) ([]byte, error) {
	enc, err := EncodePayload(payload)
	if err != nil {
		return nil, err
	}
	switch form {
	case FormCoeff:
		return enc, nil
	case FormEval:
		values, err := BlobToFieldElements(enc) // guard bytes keep every symbol canonical
		if err != nil {
			return nil, err
		}
		if len(values) > 1 {
			d := domainOf(len(values))
			d.FFTInverse(values, fft.DIF) // natural order in, bit-reversed out
			fft.BitReverse(values)
		}
		return FieldElementsToBlob(values), nil
	}
	return nil, fmt.Errorf("%w: %v", ErrUnknownForm, form)
}

// DecodeBlob reverses EncodeBlob. symbols is the blob length the certificate
// gives; in the evaluation form the polynomial is evaluated on the roots of unity
// of the next power of two of max(symbols, symbols present), missing trailing
// coefficients being zero.
func DecodeBlob(blob []byte, form PolynomialForm, symbols int) ([]byte, error) {
	switch form {
	case FormCoeff:
		return BlobToPayload(blob)
	case FormEval:
		coeffs, err := BlobToFieldElements(blob)
		if err != nil {
			return nil, err
		}
		n := nextPowerOfTwo(max(len(coeffs), symbols))
		if len(coeffs) < n {
			coeffs = append(coeffs, make([]fr.Element, n-len(coeffs))...)
		}
		if n > 1 {
			d := domainOf(n)
			d.FFT(coeffs, fft.DIF)
			fft.BitReverse(coeffs)
		}
		return BlobToPayload(FieldElementsToBlob(coeffs))
	}
	return nil, fmt.Errorf("%w: %v", ErrUnknownForm, form)
}
