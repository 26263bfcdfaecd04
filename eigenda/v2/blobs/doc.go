// Package blobs turns payloads into EigenDA v2 blobs and back, and computes and
// checks blob commitments.
//
// A payload is encoded as in v1 (a 32-byte header 00 ‖ version 00 ‖ uint32
// length ‖ zeros, then 31 payload bytes behind a 0x00 guard byte per symbol,
// zero-padded to a power of two of symbols). In the evaluation form (the
// default of EigenDA's clients) those symbols are the polynomial's values on
// the roots of unity and the blob is its coefficients (inverse FFT); in the
// coefficient form they are the blob.
//
// The blob commitment is the G₁ commitment of the coefficients, the G₂ length
// commitment of the same polynomial, the length proof (the G₂ commitment of
// x^(2²⁸−L)·p(x)) and the length L, the next power of two of the coefficient
// count. A retrieved blob is checked by recomputing its G₁ commitment; it is
// decoded the way EigenDA's own retrieval clients decode, so that a payload a
// certificate names decodes the same everywhere.
package blobs
