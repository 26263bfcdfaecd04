package codec

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// testdata/vectors.json and fail-vectors.json were written by an independent
// Python implementation of the encoding.
func loadJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatal(err)
	}
}

func TestVectors(t *testing.T) {
	var vectors []struct{ Name, Payload, Encoded string }
	loadJSON(t, "testdata/vectors.json", &vectors)
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			payload, _ := hex.DecodeString(v.Payload)
			want, _ := hex.DecodeString(v.Encoded)
			got, err := EncodePayload(payload)
			if err != nil || hex.EncodeToString(got) != v.Encoded {
				t.Fatalf("encode: %v\n got %x\nwant %x", err, got, want)
			}
			dec, err := DecodePayload(want)
			if err != nil || hex.EncodeToString(dec) != v.Payload {
				t.Fatalf("decode: %v", err)
			}
		})
	}
}

var sentinels = map[string]error{
	"ErrBadLength": ErrBadLength, "ErrBadHeader": ErrBadHeader, "ErrUnknownVersion": ErrUnknownVersion,
	"ErrBadGuardByte": ErrBadGuardByte, "ErrLengthOutOfRange": ErrLengthOutOfRange, "ErrNonZeroPadding": ErrNonZeroPadding,
}

func TestFailVectors(t *testing.T) {
	var vectors []struct{ Name, Encoded, Error string }
	loadJSON(t, "testdata/fail-vectors.json", &vectors)
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			in, _ := hex.DecodeString(v.Encoded)
			want, ok := sentinels[v.Error]
			if !ok {
				t.Fatalf("unknown error %s", v.Error)
			}
			if _, err := DecodePayload(in); !errors.Is(err, want) {
				t.Fatalf("got %v, want %v", err, want)
			}
		})
	}
}
