package certs_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"testing"

	"github.com/openledger/openledger/eigenda/v2/certs"
)

func vectorCert(t *testing.T, i int) *certs.Cert {
	t.Helper()
	v := vectors(t)[i]
	c, err := certs.DecodeCommitment(unhex(t, v.AltDACommitment))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRoundTrips(t *testing.T) {
	for i := range 2 {
		c := vectorCert(t, i)
		raw, err := c.EncodeRLP()
		if err != nil {
			t.Fatal(err)
		}
		back, err := certs.DecodeRLP(c.Version, raw)
		if err != nil || !reflect.DeepEqual(back, c) {
			t.Fatalf("rlp round trip of version %d: %v", c.Version, err)
		}
		abiCert, err := c.EncodeABI()
		if err != nil {
			t.Fatal(err)
		}
		fromABI, err := certs.DecodeABI(c.Version, abiCert)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := fromABI.EncodeRLP(); !bytes.Equal(again, raw) {
			t.Fatalf("abi round trip of version %d changes the certificate", c.Version)
		}
	}
	// A legacy v2 certificate is v3's fields in another order.
	v3 := vectorCert(t, 1)
	legacy := *v3
	legacy.Version = certs.CertVersion2
	raw, err := legacy.EncodeRLP()
	if err != nil {
		t.Fatal(err)
	}
	back, err := certs.DecodeRLP(certs.CertVersion2, raw)
	if err != nil || back.BatchHeader != v3.BatchHeader {
		t.Fatalf("legacy v2: %v", err)
	}
	if v3raw, _ := v3.EncodeRLP(); bytes.Equal(v3raw, raw) {
		t.Fatal("legacy v2 and v3 encode the same")
	}
	if _, err := certs.DecodeRLP(certs.CertVersion3, raw); err == nil {
		t.Fatal("a legacy v2 certificate decoded as v3")
	}
}

func TestParseCommitmentRejects(t *testing.T) {
	good := unhex(t, vectors(t)[0].AltDACommitment)
	with := func(i int, b byte) []byte { c := bytes.Clone(good); c[i] = b; return c }
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, certs.ErrMalformed},
		{"two-bytes", good[:2], certs.ErrMalformed},
		{"keccak-type", with(0, 0x00), certs.ErrNotEigenDA},
		{"other-da-layer", with(1, 0x01), certs.ErrNotEigenDA},
		{"version-4-byte", with(2, 0x04), certs.ErrUnsupportedVersion},
		{"v1-byte", with(2, 0x00), certs.ErrUnsupportedVersion},
		{"truncated", good[:len(good)-1], certs.ErrMalformed},
		{"trailing", append(bytes.Clone(good), 0), certs.ErrMalformed},
		{"v4-body-as-v3", with(2, 0x02), certs.ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := certs.DecodeCommitment(tc.in); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// FuzzDecodeCommitment: whatever decodes re-encodes to the same bytes and
// hashes and ABI-encodes without panicking.
func FuzzDecodeCommitment(f *testing.F) {
	raw, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		f.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		f.Fatal(err)
	}
	for _, v := range vs {
		b, err := hex.DecodeString(v.AltDACommitment[2:])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{1, 0, 3, 0xc0})
	f.Add([]byte{1, 0, 1, 0xc4, 0xc0, 0xc0, 0xc0, 0x80})
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := certs.DecodeCommitment(in)
		if err != nil {
			return
		}
		again, err := c.AltDACommitment()
		if err != nil || !bytes.Equal(again, in) {
			t.Fatalf("decoded commitment does not re-encode: %v", err)
		}
		_, _ = c.BlobKey()
		_, _ = c.EncodeABI()
		_ = c.BatchHeader.Hash()
	})
}
