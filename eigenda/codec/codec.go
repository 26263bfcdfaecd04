package codec

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
)

const (
	// BytesPerSymbol is the size of one blob symbol, a BN254 field element.
	BytesPerSymbol = 32
	// PayloadBytesPerSymbol is how many payload bytes one data symbol carries.
	PayloadBytesPerSymbol = 31
	// HeaderLen is the size of the encoded payload header (one symbol).
	HeaderLen = BytesPerSymbol
	// PayloadEncodingVersion0 is the only payload encoding EigenDA defines.
	PayloadEncodingVersion0 byte = 0x00
	// MaxPayloadLen is the largest payload the uint32 length header can describe.
	MaxPayloadLen = math.MaxUint32
)

// SymbolsForPayload returns the number of symbols of the encoded payload for a
// payload of n bytes: the header plus ceil(n/31) data symbols, rounded up to a power
// of two.
func SymbolsForPayload(n int) int {
	data := (n + PayloadBytesPerSymbol - 1) / PayloadBytesPerSymbol
	return nextPowerOfTwo(1 + data)
}

// EncodedLen returns the size in bytes of the encoded payload for a payload of n
// bytes.
func EncodedLen(n int) int { return SymbolsForPayload(n) * BytesPerSymbol }

// MaxPayloadForBlob returns the largest payload whose encoding fits a blob of
// blobBytes bytes (rounded down to a power-of-two number of symbols).
func MaxPayloadForBlob(blobBytes int) int {
	symbols := blobBytes / BytesPerSymbol
	if symbols < 1 {
		return 0
	}
	symbols = 1 << (bits.Len(uint(symbols)) - 1) // round down to a power of two
	return (symbols - 1) * PayloadBytesPerSymbol
}

func nextPowerOfTwo(n int) int {
	if n <= 1 {
		return 1
	}
	return 1 << bits.Len(uint(n-1))
}

func isPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

// EncodePayload encodes payload with payload encoding version 0 into a
// power-of-two number of symbols.
func EncodePayload(payload []byte) ([]byte, error) {
	if uint64(len(payload)) > MaxPayloadLen {
		return nil, fmt.Errorf("%w: %d bytes exceeds the uint32 length header", ErrPayloadTooLarge, len(payload))
	}
	out := make([]byte, EncodedLen(len(payload)))
	out[1] = PayloadEncodingVersion0
	binary.BigEndian.PutUint32(out[2:6], uint32(len(payload)))
	dst := out[HeaderLen:]
	for len(payload) > 0 {
		n := copy(dst[1:BytesPerSymbol], payload) // dst[0] stays the 0x00 guard byte
		payload = payload[n:]
		dst = dst[BytesPerSymbol:]
	}
	return out, nil
}

// DecodePayload reverses [EncodePayload], rejecting any encoding it would not have
// produced.
func DecodePayload(encoded []byte) ([]byte, error) {
	if len(encoded)%BytesPerSymbol != 0 || !isPowerOfTwo(len(encoded)/BytesPerSymbol) {
		return nil, fmt.Errorf("%w: got %d bytes", ErrBadLength, len(encoded))
	}
	if encoded[0] != 0 {
		return nil, fmt.Errorf("%w: first byte is %#x", ErrBadHeader, encoded[0])
	}
	if encoded[1] != PayloadEncodingVersion0 {
		return nil, fmt.Errorf("%w: %#x", ErrUnknownVersion, encoded[1])
	}
	for i := 6; i < HeaderLen; i++ {
		if encoded[i] != 0 {
			return nil, fmt.Errorf("%w: reserved byte %d is %#x", ErrBadHeader, i, encoded[i])
		}
	}
	n := uint64(binary.BigEndian.Uint32(encoded[2:6]))
	body := encoded[HeaderLen:]
	symbols := uint64(len(body) / BytesPerSymbol)
	if n > symbols*PayloadBytesPerSymbol {
		return nil, fmt.Errorf("%w: header says %d bytes, %d symbols carry at most %d",
			ErrLengthOutOfRange, n, symbols, symbols*PayloadBytesPerSymbol)
	}
	// The encoding is canonical only if it uses the fewest power-of-two symbols.
	if want := SymbolsForPayload(int(n)); want != int(symbols)+1 {
		return nil, fmt.Errorf("%w: %d bytes need %d symbols, got %d", ErrBadLength, n, want, symbols+1)
	}
	out := make([]byte, n)
	rest := out
	for i := 0; i < len(body); i += BytesPerSymbol {
		sym := body[i : i+BytesPerSymbol]
		if sym[0] != 0 {
			return nil, fmt.Errorf("%w: symbol %d", ErrBadGuardByte, i/BytesPerSymbol+1)
		}
		k := copy(rest, sym[1:])
		rest = rest[k:]
		for _, b := range sym[1+k:] {
			if b != 0 {
				return nil, fmt.Errorf("%w: symbol %d", ErrNonZeroPadding, i/BytesPerSymbol+1)
			}
		}
	}
	return out, nil
}
