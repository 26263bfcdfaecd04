package codec

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

const maxTestPayload = 2 << 20 // 2 MiB

func randomBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// checkRoundTrip encodes payload, checks the structural invariants of the encoding
// against their definition, and decodes it back.
func checkRoundTrip(t *testing.T, payload []byte) {
	t.Helper()
	enc, err := EncodePayload(payload)
	if err != nil {
		t.Fatalf("encode %d bytes: %v", len(payload), err)
	}
	symbols := len(enc) / BytesPerSymbol
	if len(enc)%BytesPerSymbol != 0 || symbols&(symbols-1) != 0 {
		t.Fatalf("encode %d bytes: %d bytes is not a power-of-two number of symbols", len(payload), len(enc))
	}
	need := 1 + (len(payload)+30)/31
	if symbols < need || (symbols > 1 && symbols/2 >= need) {
		t.Fatalf("encode %d bytes: %d symbols, need %d (smallest power of two)", len(payload), symbols, need)
	}
	if got := binary.BigEndian.Uint32(enc[2:6]); got != uint32(len(payload)) {
		t.Fatalf("header length %d, want %d", got, len(payload))
	}
	for i := 0; i < len(enc); i += BytesPerSymbol {
		if enc[i] != 0 {
			t.Fatalf("symbol %d of %d-byte payload has guard byte %#x", i/32, len(payload), enc[i])
		}
	}
	dec, err := DecodePayload(enc)
	if err != nil {
		t.Fatalf("decode %d bytes: %v", len(payload), err)
	}
	if !bytes.Equal(dec, payload) {
		t.Fatalf("round trip of %d bytes differs", len(payload))
	}
	viaBlob, err := BlobToPayload(enc)
	if err != nil || !bytes.Equal(viaBlob, payload) {
		t.Fatalf("BlobToPayload of %d bytes: %v", len(payload), err)
	}
}

// TestRoundTripProperty is the codec's round-trip property over 0..2 MiB: every
// size up to 4 KiB, every 31-byte symbol boundary (k*31-1, k*31, k*31+1) up to
// 128 KiB, every boundary where the power-of-two symbol count changes up to 2 MiB,
// 2 MiB itself, and random sizes across the whole range.
func TestRoundTripProperty(t *testing.T) {
	src := randomBytes(1, maxTestPayload+1)
	sizes := map[int]bool{0: true, maxTestPayload: true}
	for n := 0; n <= 4096; n++ {
		sizes[n] = true
	}
	boundaryLimit := 128 << 10
	if testing.Short() {
		boundaryLimit = 32 << 10
	}
	for k := 1; k*31 <= boundaryLimit; k++ {
		sizes[k*31-1], sizes[k*31], sizes[k*31+1] = true, true, true
	}
	for s := 2; ; s *= 2 { // s symbols: header + s-1 data symbols hold (s-1)*31 bytes
		n := (s - 1) * 31
		if n > maxTestPayload {
			break
		}
		sizes[n-1], sizes[n], sizes[n+1] = true, true, true
	}
	r := rand.New(rand.NewPCG(7, 7))
	for range 48 {
		sizes[r.IntN(maxTestPayload+1)] = true
	}
	for n := range sizes {
		if n < 0 || n > maxTestPayload {
			continue
		}
		checkRoundTrip(t, src[:n])
	}
}

// TestSizeFormulasAtEveryBoundary checks the size helpers at every multiple-of-31
// boundary up to 2 MiB against their definition.
func TestSizeFormulasAtEveryBoundary(t *testing.T) {
	for k := 1; k*31 <= maxTestPayload; k++ {
		for _, n := range []int{k*31 - 1, k * 31, k*31 + 1} {
			syms := SymbolsForPayload(n)
			need := 1 + (n+30)/31
			if syms < need || syms/2 >= need || syms&(syms-1) != 0 {
				t.Fatalf("SymbolsForPayload(%d) = %d, need %d", n, syms, need)
			}
			if MaxPayloadForBlob(syms*BytesPerSymbol) < n {
				t.Fatalf("MaxPayloadForBlob(%d) = %d < %d", syms*32, MaxPayloadForBlob(syms*32), n)
			}
			if syms > 1 && MaxPayloadForBlob(syms*BytesPerSymbol/2) >= n {
				t.Fatalf("payload %d fits half of its blob", n)
			}
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, err := EncodePayload(randomBytes(2, 100)) // 5 symbols -> 8
	if err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(b []byte) []byte) []byte {
		return f(bytes.Clone(good))
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrBadLength},
		{"not-whole-symbols", good[:40], ErrBadLength},
		{"not-power-of-two", good[:3*32], ErrBadLength},
		{"header-first-byte", mutate(func(b []byte) []byte { b[0] = 1; return b }), ErrBadHeader},
		{"unknown-version", mutate(func(b []byte) []byte { b[1] = 1; return b }), ErrUnknownVersion},
		{"reserved-byte", mutate(func(b []byte) []byte { b[31] = 1; return b }), ErrBadHeader},
		{"guard-byte", mutate(func(b []byte) []byte { b[64] = 1; return b }), ErrBadGuardByte},
		{"length-beyond-data", mutate(func(b []byte) []byte { binary.BigEndian.PutUint32(b[2:], 7*31+1); return b }), ErrLengthOutOfRange},
		{"too-many-symbols", append(bytes.Clone(good), make([]byte, len(good))...), ErrBadLength},
		{"non-zero-padding", mutate(func(b []byte) []byte { b[7*32+5] = 9; return b }), ErrNonZeroPadding},
		{"non-zero-tail-of-last-chunk", mutate(func(b []byte) []byte { b[4*32+31] = 9; return b }), ErrNonZeroPadding},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodePayload(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestBlobToPayloadPadding(t *testing.T) {
	payload := randomBytes(3, 150) // 1+5 symbols -> 8
	enc, _ := EncodePayload(payload)
	tests := []struct {
		name string
		blob []byte
		want error
	}{
		{"canonical", enc, nil},
		{"extra-zero-symbols", append(bytes.Clone(enc), make([]byte, 8*32)...), nil},
		{"trimmed-trailing-zero-symbols", enc[:7*32], nil},
		{"extra-non-zero-symbol", append(bytes.Clone(enc), append(make([]byte, 31), 1)...), ErrNonZeroPadding},
		{"trimmed-into-data", enc[:5*32], ErrLengthOutOfRange},
		{"partial-symbol", enc[:7*32+3], ErrBadLength},
		{"short", enc[:10], ErrBadLength},
		{"bad-header", append([]byte{1}, enc[1:]...), ErrBadHeader},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := BlobToPayload(tc.blob)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if err == nil && !bytes.Equal(got, payload) {
				t.Fatal("payload differs")
			}
		})
	}
}

func TestFieldElements(t *testing.T) {
	enc, _ := EncodePayload(randomBytes(4, 1000))
	els, err := BlobToFieldElements(enc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(FieldElementsToBlob(els), enc) {
		t.Fatal("field element round trip differs")
	}
	modulus := fr.Modulus().FillBytes(make([]byte, 32))
	tests := []struct {
		name string
		sym  []byte
		want error
	}{
		{"modulus", modulus, ErrNonCanonical},
		{"all-ones", bytes.Repeat([]byte{0xff}, 32), ErrNonCanonical},
		{"partial", make([]byte, 33), ErrBadLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := BlobToFieldElements(tc.sym); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzDecodePayload(f *testing.F) {
	for _, n := range []int{0, 1, 30, 31, 32, 62, 93, 500} {
		enc, _ := EncodePayload(randomBytes(uint64(n), n))
		f.Add(enc)
	}
	f.Add([]byte{0, 0, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, in []byte) {
		payload, err := DecodePayload(in)
		if err != nil {
			return
		}
		// Strict decoding: whatever decodes must be exactly the canonical encoding.
		enc, err := EncodePayload(payload)
		if err != nil || !bytes.Equal(enc, in) {
			t.Fatalf("decoded input is not canonical: %v", err)
		}
	})
}

func FuzzBlobToPayload(f *testing.F) {
	enc, _ := EncodePayload([]byte("openledger"))
	f.Add(enc)
	f.Add(enc[:32])
	f.Add(append(enc, make([]byte, 64)...))
	f.Fuzz(func(t *testing.T, in []byte) {
		payload, err := BlobToPayload(in)
		if err != nil {
			return
		}
		enc, err := EncodePayload(payload)
		if err != nil {
			t.Fatal(err)
		}
		// The input may differ from enc only by trailing zero symbols.
		n := min(len(enc), len(in))
		if !bytes.Equal(enc[:n], in[:n]) || !bytes.Equal(enc[n:], make([]byte, len(enc)-n)) ||
			!bytes.Equal(in[n:], make([]byte, len(in)-n)) {
			t.Fatal("blob decodes but differs from the canonical encoding by more than zero padding")
		}
	})
}

func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 62))
	f.Fuzz(func(t *testing.T, payload []byte) {
		checkRoundTrip(t, payload)
	})
}

func BenchmarkEncodePayload(b *testing.B) {
	payload := randomBytes(5, 1<<20)
	b.SetBytes(int64(len(payload)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodePayload(payload); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodePayload(b *testing.B) {
	payload := randomBytes(5, 1<<20)
	enc, _ := EncodePayload(payload)
	b.SetBytes(int64(len(payload)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodePayload(enc); err != nil {
			b.Fatal(err)
		}
	}
}
