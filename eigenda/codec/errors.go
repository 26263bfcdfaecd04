package codec

import "errors"

var (
	// ErrPayloadTooLarge is returned when a payload does not fit the uint32 length
	// header or the caller's maximum blob size.
	ErrPayloadTooLarge = errors.New("payload too large")
	// ErrBadLength is returned when encoded bytes are not a power-of-two number of
	// 32-byte symbols.
	ErrBadLength = errors.New("encoded length is not a power-of-two number of 32-byte symbols")
	// ErrBadHeader is returned when the header symbol has a non-zero first or
	// reserved byte.
	ErrBadHeader = errors.New("malformed encoded payload header")
	// ErrUnknownVersion is returned when the header names a payload encoding version
	// this package does not implement.
	ErrUnknownVersion = errors.New("unknown payload encoding version")
	// ErrBadGuardByte is returned when a data symbol does not start with 0x00.
	ErrBadGuardByte = errors.New("symbol guard byte is not zero")
	// ErrLengthOutOfRange is returned when the header claims more payload bytes than
	// the symbols can carry.
	ErrLengthOutOfRange = errors.New("payload length in header exceeds encoded data")
	// ErrNonZeroPadding is returned when bytes after the payload are not zero.
	ErrNonZeroPadding = errors.New("non-zero padding after payload")
	// ErrNonCanonical is returned when a 32-byte symbol is not below the BN254
	// scalar-field modulus.
	ErrNonCanonical = errors.New("symbol is not a canonical bn254 field element")
)
