package codec

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// PayloadToBlob encodes payload into blob bytes (coefficient form: the encoded
// payload is the blob).
func PayloadToBlob(payload []byte) ([]byte, error) { return EncodePayload(payload) }

// BlobToPayload decodes blob bytes into the payload. Zero symbols beyond the
// canonical encoding, and missing trailing zero symbols, are tolerated because they
// do not change the blob's polynomial; everything else must be canonical.
func BlobToPayload(blob []byte) ([]byte, error) {
	if len(blob) < HeaderLen || len(blob)%BytesPerSymbol != 0 {
		return nil, fmt.Errorf("%w: blob of %d bytes", ErrBadLength, len(blob))
	}
	if blob[0] != 0 || blob[1] != PayloadEncodingVersion0 {
		return DecodePayload(blob[:HeaderLen]) // reports the header error
	}
	claimed := binary.BigEndian.Uint32(blob[2:6])
	want := uint64(EncodedLen(int(claimed)))
	switch {
	case uint64(len(blob)) > want:
		for i, b := range blob[want:] {
			if b != 0 {
				return nil, fmt.Errorf("%w: byte %d of the blob", ErrNonZeroPadding, int(want)+i)
			}
		}
		blob = blob[:want]
	case uint64(len(blob)) < want:
		// Bound the allocation by what the symbols present could carry, so a hostile
		// header cannot make us allocate 128 GiB.
		if uint64(claimed) > uint64(len(blob)/BytesPerSymbol-1)*PayloadBytesPerSymbol {
			return nil, fmt.Errorf("%w: header says %d bytes, blob holds %d symbols",
				ErrLengthOutOfRange, claimed, len(blob)/BytesPerSymbol)
		}
		padded := make([]byte, want)
		copy(padded, blob)
		blob = padded
	}
	return DecodePayload(blob)
}

// BlobToFieldElements parses blob bytes as big-endian BN254 field elements,
// rejecting any symbol that is not canonical.
func BlobToFieldElements(blob []byte) ([]fr.Element, error) {
	if len(blob)%BytesPerSymbol != 0 {
		return nil, fmt.Errorf("%w: blob of %d bytes is not whole symbols", ErrBadLength, len(blob))
	}
	out := make([]fr.Element, len(blob)/BytesPerSymbol)
	for i := range out {
		if err := out[i].SetBytesCanonical(blob[i*BytesPerSymbol : (i+1)*BytesPerSymbol]); err != nil {
			return nil, fmt.Errorf("%w: symbol %d", ErrNonCanonical, i)
		}
	}
	return out, nil
}

// FieldElementsToBlob writes field elements as big-endian 32-byte symbols.
func FieldElementsToBlob(elements []fr.Element) []byte {
	out := make([]byte, len(elements)*BytesPerSymbol)
	for i := range elements {
		b := elements[i].Bytes()
		copy(out[i*BytesPerSymbol:], b[:])
	}
	return out
}
