// Package codec implements EigenDA's payload encoding (payload encoding version 0)
// and the conversion between an encoded payload and a blob.
//
// # Encoded payload
//
// An encoded payload is a sequence of 32-byte symbols, each of which is a canonical
// BN254 scalar-field element written big-endian. The first symbol is a header:
//
//	byte 0      0x00 (keeps the symbol below the field modulus)
//	byte 1      payload encoding version (0x00)
//	bytes 2..5  payload length in bytes, big-endian uint32
//	bytes 6..31 zero
//
// The payload follows, 31 bytes per symbol, each chunk behind a 0x00 guard byte.
// The last chunk is zero-filled, and zero symbols pad the whole to a power-of-two
// number of symbols.
//
// # Blob
//
// A blob is the coefficient vector of the polynomial EigenDA commits to. This package
// implements the coefficient polynomial form: the encoded payload is the blob itself.
// A blob read back from a disperser may carry more or fewer trailing zero symbols than
// the canonical encoding (zero coefficients do not change the commitment);
// [BlobToPayload] accepts those and nothing else.
//
// # Strictness
//
// Decoding accepts exactly what encoding produces: a bad length, a non-zero guard or
// reserved byte, an unknown version, a length header beyond the symbols present, or
// non-zero padding is an error wrapping one of the sentinel errors below. Blob bytes
// that are not canonical field elements are rejected with [ErrNonCanonical].
package codec
