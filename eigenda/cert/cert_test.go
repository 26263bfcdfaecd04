package cert

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
)

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(256, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

func testBlob(t testing.TB, payload string) []byte {
	t.Helper()
	blob, err := codec.PayloadToBlob([]byte(payload))
	if err != nil {
		t.Fatal(err)
	}
	return blob
}

// issue builds a batch holding the given blobs and returns their certificates.
func issue(t testing.TB, blobs ...[]byte) []*BlobInfo {
	t.Helper()
	headers := make([]BlobHeader, len(blobs))
	for i, b := range blobs {
		c, err := testSRS.CommitBlob(b)
		if err != nil {
			t.Fatal(err)
		}
		headers[i] = NewBlobHeader(c, uint32(len(b)/32), DefaultQuorumParams())
	}
	infos, err := BuildBatch(headers, BatchParams{BatchID: 7, ReferenceBlockNumber: 100, ConfirmationBlockNumber: 110, SignedPercentage: 90})
	if err != nil {
		t.Fatal(err)
	}
	return infos
}

func TestCommitmentRoundTrip(t *testing.T) {
	info := issue(t, testBlob(t, "hello"))[0]
	comm, err := EncodeCommitment(info)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(comm[:3], []byte{0x01, 0x00, 0x00}) {
		t.Fatalf("prefix %x, want 010000", comm[:3])
	}
	back, err := DecodeCommitment(comm)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := EncodeCommitment(back)
	if !bytes.Equal(comm, again) {
		t.Fatal("commitment does not round-trip")
	}
}

func TestDecodeCommitmentRejects(t *testing.T) {
	comm, _ := EncodeCommitment(issue(t, testBlob(t, "x"))[0])
	with := func(i int, b byte) []byte { c := bytes.Clone(comm); c[i] = b; return c }
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"prefix-only", comm[:3], ErrMalformed},
		{"keccak-type", with(0, 0x00), ErrNotGeneric},
		{"other-da-layer", with(1, 0xff), ErrNotEigenDA},
		{"cert-version-1", with(2, 0x01), ErrUnsupportedVersion},
		{"truncated", comm[:len(comm)-5], ErrMalformed},
		{"trailing-bytes", append(bytes.Clone(comm), 0x00), ErrMalformed},
		{"not-rlp-list", append([]byte{1, 0, 0}, 0x05), ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeCommitment(tc.in); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// TestHashBlobHeaderMatchesABI checks the hand-written ABI encoding against
// go-ethereum's abi package encoding the Solidity BlobHeader struct.
func TestHashBlobHeaderMatchesABI(t *testing.T) {
	tupleType, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "commitment", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "X", Type: "uint256"}, {Name: "Y", Type: "uint256"},
		}},
		{Name: "dataLength", Type: "uint32"},
		{Name: "quorumBlobParams", Type: "tuple[]", Components: []abi.ArgumentMarshaling{
			{Name: "quorumNumber", Type: "uint8"},
			{Name: "adversaryThresholdPercentage", Type: "uint8"},
			{Name: "confirmationThresholdPercentage", Type: "uint8"},
			{Name: "chunkLength", Type: "uint32"},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	type g1 struct{ X, Y *big.Int }
	type qp struct {
		QuorumNumber                    uint8
		AdversaryThresholdPercentage    uint8
		ConfirmationThresholdPercentage uint8
		ChunkLength                     uint32
	}
	type header struct {
		Commitment       g1
		DataLength       uint32
		QuorumBlobParams []qp
	}
	for _, n := range []int{0, 1, 2, 5} {
		info := issue(t, testBlob(t, "abi"))[0]
		h := info.BlobHeader
		h.BlobQuorumParams = nil
		var want header
		want.Commitment = g1{new(big.Int).SetBytes(h.Commitment.X), new(big.Int).SetBytes(h.Commitment.Y)}
		want.DataLength = h.DataLength
		for i := range n {
			p := BlobQuorumParam{QuorumNumber: uint32(i), AdversaryThresholdPercentage: 30 + uint32(i), ConfirmationThresholdPercentage: 60, ChunkLength: 1000 + uint32(i)}
			h.BlobQuorumParams = append(h.BlobQuorumParams, p)
			want.QuorumBlobParams = append(want.QuorumBlobParams, qp{uint8(i), uint8(30 + i), 60, 1000 + uint32(i)})
		}
		packed, err := abi.Arguments{{Type: tupleType}}.Pack(want)
		if err != nil {
			t.Fatal(err)
		}
		got, err := HashBlobHeader(&h)
		if err != nil {
			t.Fatal(err)
		}
		if got != crypto.Keccak256Hash(packed) {
			t.Fatalf("%d quorums: hash differs from abi.encode", n)
		}
	}
	bh := BatchHeader{BatchRoot: crypto.Keccak256([]byte("root")), ReferenceBlockNumber: 12345}
	reduced, _ := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "blobHeadersRoot", Type: "bytes32"}, {Name: "referenceBlockNumber", Type: "uint32"},
	})
	packed, err := abi.Arguments{{Type: reduced}}.Pack(struct {
		BlobHeadersRoot      [32]byte
		ReferenceBlockNumber uint32
	}{[32]byte(bh.BatchRoot), bh.ReferenceBlockNumber})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := HashReducedBatchHeader(&bh); got != crypto.Keccak256Hash(packed) {
		t.Fatal("reduced batch header hash differs from abi.encode")
	}
}

func TestVerifyCertBatch(t *testing.T) {
	v := NewVerifier(testSRS, DefaultRequiredQuorums)
	var blobs [][]byte
	for _, p := range []string{"a", "bb", "ccc", "dddd", "eeeee"} { // 5 leaves: padded tree of 8
		blobs = append(blobs, testBlob(t, p))
	}
	for i, info := range issue(t, blobs...) {
		if err := v.VerifyCert(info); err != nil {
			t.Fatalf("blob %d: %v", i, err)
		}
		if err := v.VerifyBlob(info, blobs[i]); err != nil {
			t.Fatalf("blob %d: %v", i, err)
		}
		if i > 0 {
			if err := v.VerifyBlob(info, blobs[0]); !errors.Is(err, ErrBlobMismatch) {
				t.Fatalf("blob 0 accepted for cert %d: %v", i, err)
			}
		}
	}
}

func TestVerifyCertRejects(t *testing.T) {
	v := NewVerifier(testSRS, DefaultRequiredQuorums)
	blobs := [][]byte{testBlob(t, "one"), testBlob(t, "two"), testBlob(t, "three")}
	tests := []struct {
		name   string
		mutate func(b *BlobInfo)
		want   error
	}{
		{"commitment-off-curve", func(b *BlobInfo) { b.BlobHeader.Commitment.Y[31] ^= 1 }, ErrMalformed},
		{"commitment-short", func(b *BlobInfo) { b.BlobHeader.Commitment.X = b.BlobHeader.Commitment.X[1:] }, ErrMalformed},
		{"zero-length", func(b *BlobInfo) { b.BlobHeader.DataLength = 0 }, ErrInvalid},
		{"length-changed", func(b *BlobInfo) { b.BlobHeader.DataLength++ }, ErrInvalid},
		{"batch-header-hash", func(b *BlobInfo) { b.BlobVerificationProof.BatchMetadata.BatchHeaderHash[0] ^= 1 }, ErrInvalid},
		{"reference-block", func(b *BlobInfo) { b.BlobVerificationProof.BatchMetadata.BatchHeader.ReferenceBlockNumber++ }, ErrInvalid},
		{"blob-index", func(b *BlobInfo) { b.BlobVerificationProof.BlobIndex = 2 }, ErrInvalid},
		{"blob-index-out-of-tree", func(b *BlobInfo) { b.BlobVerificationProof.BlobIndex = 1 << 10 }, ErrInvalid},
		{"proof-byte", func(b *BlobInfo) { b.BlobVerificationProof.InclusionProof[40] ^= 1 }, ErrInvalid},
		{"proof-truncated", func(b *BlobInfo) { p := &b.BlobVerificationProof.InclusionProof; *p = (*p)[:33] }, ErrMalformed},
		{"quorum-index", func(b *BlobInfo) { b.BlobVerificationProof.QuorumIndexes[0] = 1 }, ErrInvalid},
		{"quorum-index-range", func(b *BlobInfo) { b.BlobVerificationProof.QuorumIndexes[0] = 9 }, ErrInvalid},
		{"quorum-indexes-missing", func(b *BlobInfo) { b.BlobVerificationProof.QuorumIndexes = nil }, ErrInvalid},
		{"under-signed", func(b *BlobInfo) {
			b.BlobVerificationProof.BatchMetadata.BatchHeader.QuorumSignedPercentages[1] = 50
		}, ErrInvalid},
		{"signed-percentages-missing", func(b *BlobInfo) {
			b.BlobVerificationProof.BatchMetadata.BatchHeader.QuorumSignedPercentages = nil
		}, ErrInvalid},
		{"thresholds", func(b *BlobInfo) { b.BlobHeader.BlobQuorumParams[0].AdversaryThresholdPercentage = 60 }, ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info := issue(t, blobs...)[1]
			raw, _ := info.Encode()
			copyInfo, _ := Decode(raw) // mutate a deep copy
			tc.mutate(copyInfo)
			if err := v.VerifyCert(copyInfo); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("missing-required-quorum", func(t *testing.T) {
		blob := testBlob(t, "q")
		c, _ := testSRS.CommitBlob(blob)
		h := NewBlobHeader(c, 2, DefaultQuorumParams()[:1])
		infos, _ := BuildBatch([]BlobHeader{h}, BatchParams{SignedPercentage: 100})
		if err := v.VerifyCert(infos[0]); !errors.Is(err, ErrInvalid) {
			t.Fatalf("got %v", err)
		}
		if err := NewVerifier(testSRS, []uint32{0}).VerifyCert(infos[0]); err != nil {
			t.Fatalf("quorum 0 only: %v", err)
		}
	})
}

func TestVerifyBlobRejects(t *testing.T) {
	v := NewVerifier(testSRS, DefaultRequiredQuorums)
	blob := testBlob(t, "the blob the certificate commits to, long enough for two symbols")
	info := issue(t, blob)[0]
	flip := func(i int) []byte { b := bytes.Clone(blob); b[i] ^= 0x01; return b }
	tests := []struct {
		name string
		blob []byte
		want error
	}{
		{"exact", blob, nil},
		{"extra-zero-symbols", append(bytes.Clone(blob), make([]byte, 64)...), nil},
		{"flipped-payload-byte", flip(40), ErrBlobMismatch},
		{"flipped-header-byte", flip(5), ErrBlobMismatch},
		{"flipped-guard-byte", flip(32), ErrBlobMismatch},
		{"non-canonical-symbol", append(bytes.Repeat([]byte{0xff}, 32), blob[32:]...), ErrBlobMismatch},
		{"partial-symbol", blob[:len(blob)-1], ErrBlobMismatch},
		{"empty", nil, ErrBlobMismatch},
		{"longer-than-cert", append(bytes.Clone(blob), append(make([]byte, 31), 1)...), ErrBlobMismatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := v.VerifyBlob(info, tc.blob); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	// The verifier checks a commitment computed independently of the SRS too.
	coeffs, _ := codec.BlobToFieldElements(blob)
	var tau, acc fr.Element
	tau.SetBigInt(kzg.DevnetSecret())
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc.Mul(&acc, &tau).Add(&acc, &coeffs[i])
	}
	x, _ := info.BlobHeader.Commitment.Point()
	var want = x
	want.ScalarMultiplicationBase(acc.BigInt(new(big.Int)))
	if !x.Equal(&want) {
		t.Fatal("certificate commitment is not [p(τ)]G1")
	}
}

func FuzzDecodeCommitment(f *testing.F) {
	for _, b := range [][]byte{testBlob(f, "a"), testBlob(f, "b")} {
		comm, _ := EncodeCommitment(issue(f, b)[0])
		f.Add(comm)
	}
	f.Add([]byte{1, 0, 0, 0xc0})
	v := NewVerifier(testSRS, DefaultRequiredQuorums)
	f.Fuzz(func(t *testing.T, in []byte) {
		info, err := DecodeCommitment(in)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes and verifies without panicking.
		again, err := EncodeCommitment(info)
		if err != nil || !bytes.Equal(again, in) {
			t.Fatalf("decoded commitment does not re-encode: %v", err)
		}
		_ = v.VerifyCert(info)
		_ = v.VerifyBlob(info, testBlob(t, "a"))
	})
}
