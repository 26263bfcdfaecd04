package blobs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

var (
	// ErrDecode is returned when a blob does not decode to a payload: the
	// certificate is valid but its blob is not a payload encoding (a
	// derivation pipeline drops such a certificate).
	ErrDecode = errors.New("blob does not decode to a payload")
	// ErrMismatch is returned when a blob does not match a commitment.
	ErrMismatch = errors.New("blob does not match its commitment")
)

// Encode encodes a payload into blob bytes (coefficients) in the given form.
func Encode(payload []byte, form codec.PolynomialForm) ([]byte, error) {
	return codec.EncodeBlob(payload, form)
}

// LengthFor returns a blob's length in symbols: the next power of two of its
// symbol count.
func LengthFor(blob []byte) uint32 {
	n := (len(blob) + codec.BytesPerSymbol - 1) / codec.BytesPerSymbol
	if n <= 1 {
		return 1
	}
	return 1 << bits.Len(uint(n-1))
}

// Commit computes the blob commitment of blob bytes (canonical field elements).
func Commit(srs *kzg.SRS, blob []byte) (certs.BlobCommitment, error) {
	coeffs, err := codec.BlobToFieldElements(blob)
	if err != nil {
		return certs.BlobCommitment{}, fmt.Errorf("blob to field elements: %w", err)
	}
	if len(coeffs) == 0 {
		return certs.BlobCommitment{}, fmt.Errorf("empty blob")
	}
	length := LengthFor(blob)
	c, err := srs.Commit(coeffs)
	if err != nil {
		return certs.BlobCommitment{}, fmt.Errorf("commitment: %w", err)
	}
	lc, err := srs.CommitG2(coeffs)
	if err != nil {
		return certs.BlobCommitment{}, fmt.Errorf("length commitment: %w", err)
	}
	lp, err := srs.LengthProofFor(coeffs, length)
	if err != nil {
		return certs.BlobCommitment{}, fmt.Errorf("length proof: %w", err)
	}
	return certs.BlobCommitment{
		Commitment: bls.FromG1(c), LengthCommitment: bls.FromG2(lc), LengthProof: bls.FromG2(lp), Length: length,
	}, nil
}

// CheckCommitment checks what a disperser checks of a client's commitment: the
// G₁ commitment is the blob's, the length is the blob's power-of-two length,
// the G₂ length commitment commits to the same polynomial, and, when the SRS
// can (the devnet one), the length proof.
func CheckCommitment(srs *kzg.SRS, blob []byte, c certs.BlobCommitment) error {
	if err := VerifyBlob(srs, blob, c); err != nil {
		return err
	}
	if c.Length != LengthFor(blob) {
		return fmt.Errorf("%w: length %d, blob of %d bytes has length %d", ErrMismatch, c.Length, len(blob), LengthFor(blob))
	}
	g1, err := c.Commitment.G1()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	lc, err := c.LengthCommitment.G2()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	lp, err := c.LengthProof.G2()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	if err := kzg.VerifyCommitmentEquivalence(g1, lc); err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	if srs.Insecure() {
		if err := srs.VerifyLengthProof(lc, lp, c.Length); err != nil {
			return fmt.Errorf("%w: %w", ErrMismatch, err)
		}
	}
	return nil
}

// VerifyBlob checks a retrieved blob against a certificate's commitment: it
// fits the certified length and its G₁ commitment is the certified one.
func VerifyBlob(srs *kzg.SRS, blob []byte, c certs.BlobCommitment) error {
	if c.Length == 0 || c.Length&(c.Length-1) != 0 {
		return fmt.Errorf("%w: certified length %d is not a power of two", ErrMismatch, c.Length)
	}
	if len(blob)%codec.BytesPerSymbol != 0 || uint64(len(blob)) > uint64(c.Length)*codec.BytesPerSymbol {
		return fmt.Errorf("%w: blob of %d bytes for length %d", ErrMismatch, len(blob), c.Length)
	}
	coeffs, err := codec.BlobToFieldElements(blob)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	n := len(coeffs)
	for n > 1 && coeffs[n-1].IsZero() {
		n--
	}
	want, err := c.Commitment.G1()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMismatch, err)
	}
	if n == 0 || (n == 1 && coeffs[0].IsZero()) {
		if !want.IsInfinity() {
			return fmt.Errorf("%w: zero blob", ErrMismatch)
		}
		return nil
	}
	got, err := srs.Commit(coeffs[:n])
	if err != nil {
		return fmt.Errorf("commit retrieved blob: %w", err)
	}
	if !got.Equal(&want) {
		return fmt.Errorf("%w: commitment differs", ErrMismatch)
	}
	return nil
}

// Decode turns a certified blob back into its payload, as EigenDA's retrieval
// clients do: the blob is zero-padded to the certified length, turned into the
// encoded payload (FFT in the evaluation form), whose header must be 00 ‖ 00 ‖
// length ‖ zeros, every symbol's first byte zero, the claimed length within the
// symbols and every byte after it zero. Failures wrap ErrDecode.
func Decode(blob []byte, length uint32, form codec.PolynomialForm) ([]byte, error) {
	if length == 0 || length&(length-1) != 0 {
		return nil, fmt.Errorf("%w: length %d is not a power of two", ErrDecode, length)
	}
	if len(blob)%codec.BytesPerSymbol != 0 || uint64(len(blob)) > uint64(length)*codec.BytesPerSymbol {
		return nil, fmt.Errorf("%w: blob of %d bytes for length %d", ErrDecode, len(blob), length)
	}
	padded := make([]byte, int(length)*codec.BytesPerSymbol)
	copy(padded, blob)
	var encoded []byte
	switch form {
	case codec.FormCoeff:
		encoded = padded
	case codec.FormEval:
		values, err := codec.BlobToFieldElements(padded)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDecode, err)
		}
		if len(values) > 1 {
			d := fft.NewDomain(uint64(len(values)))
			d.FFT(values, fft.DIF)
			fft.BitReverse(values)
		}
		encoded = codec.FieldElementsToBlob(values)
	default:
		return nil, fmt.Errorf("%w: %v", codec.ErrUnknownForm, form)
	}
	return decodeEncodedPayload(encoded)
}

func decodeEncodedPayload(enc []byte) ([]byte, error) {
	const header = codec.HeaderLen
	if len(enc) < header {
		return nil, fmt.Errorf("%w: %d bytes cannot hold the header", ErrDecode, len(enc))
	}
	if enc[0] != 0 {
		return nil, fmt.Errorf("%w: header's first byte is %#x", ErrDecode, enc[0])
	}
	if enc[1] != codec.PayloadEncodingVersion0 {
		return nil, fmt.Errorf("%w: unknown payload encoding version %#x", ErrDecode, enc[1])
	}
	claimed := binary.BigEndian.Uint32(enc[2:6])
	for i := 6; i < header; i++ {
		if enc[i] != 0 {
			return nil, fmt.Errorf("%w: header padding byte %d is %#x", ErrDecode, i, enc[i])
		}
	}
	body := enc[header:]
	symbols := len(body) / codec.BytesPerSymbol
	unpadded := make([]byte, 0, symbols*codec.PayloadBytesPerSymbol)
	for i := 0; i < symbols; i++ {
		sym := body[i*codec.BytesPerSymbol : (i+1)*codec.BytesPerSymbol]
		if sym[0] != 0 {
			return nil, fmt.Errorf("%w: symbol %d's first byte is %#x", ErrDecode, i+1, sym[0])
		}
		unpadded = append(unpadded, sym[1:]...)
	}
	if uint64(claimed) > uint64(len(unpadded)) {
		return nil, fmt.Errorf("%w: header claims %d bytes, the symbols hold %d", ErrDecode, claimed, len(unpadded))
	}
	for i, b := range unpadded[claimed:] {
		if b != 0 {
			return nil, fmt.Errorf("%w: byte %d after the payload is %#x", ErrDecode, int(claimed)+i, b)
		}
	}
	return unpadded[:claimed], nil
}
