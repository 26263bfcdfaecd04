package certs_test

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/eigenda/v2/payments"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json from the code")

// vector is one certificate worked through every encoding, from fixed inputs:
// the devnet SRS, a payer key of keccak256("vector-account"), operators derived
// from "vector-operators" (operator 2 not signing), reference block 1234.
type vector struct {
	Name              string `json:"name"`
	Payload           string `json:"payload"`
	Timestamp         int64  `json:"timestamp"`
	CumulativePayment string `json:"cumulative_payment"`
	CertVersion       uint8  `json:"cert_version"`

	Blob                string `json:"blob"`
	CommitmentX         string `json:"commitment_x"`
	CommitmentY         string `json:"commitment_y"`
	LengthCommitment    string `json:"length_commitment"`
	LengthProof         string `json:"length_proof"`
	Length              uint32 `json:"length"`
	PaymentHeaderHash   string `json:"payment_header_hash"`
	BlobKey             string `json:"blob_key"`
	BlobCertificateHash string `json:"blob_certificate_hash"`
	BatchRoot           string `json:"batch_root"`
	BatchHeaderHash     string `json:"batch_header_hash"`
	CertRLP             string `json:"cert_rlp"`
	CertABI             string `json:"cert_abi"`
	AltDACommitment     string `json:"altda_commitment"`
	AnchorHash          string `json:"anchor_hash_chain_17000_disperser_0"`
	PaymentStateHash    string `json:"payment_state_request_hash"`
}

func h(b []byte) string { return "0x" + hex.EncodeToString(b) }

func compute(t *testing.T, name, payload string, ts int64, cumulative int64, version uint8) vector {
	t.Helper()
	srs, err := kzg.NewDevnetSRS(256, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		t.Fatal(err)
	}
	blob, err := blobs.Encode([]byte(payload), codec.FormEval)
	if err != nil {
		t.Fatal(err)
	}
	c, err := blobs.Commit(srs, blob)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("vector-account")))
	account := crypto.PubkeyToAddress(key.PublicKey)
	p := certs.PaymentHeader{AccountID: account, Timestamp: ts, CumulativePayment: big.NewInt(cumulative)}
	ph, err := p.Hash()
	if err != nil {
		t.Fatal(err)
	}
	header := certs.BlobHeader{Version: 0, QuorumNumbers: []byte{0, 1}, Commitment: c, PaymentHeaderHash: ph}
	bk, _ := header.BlobKey()
	sig, _ := crypto.Sign(bk[:], key)
	bc := certs.BlobCertificate{BlobHeader: header, Signature: sig, RelayKeys: []uint32{0, 2}}
	bch, _ := bc.Hash()
	set, err := issuer.DerivedOperatorSet("vector-operators", 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	bh, incl, err := issuer.BuildBatch([]certs.BlobCertificate{bc}, 1234)
	if err != nil {
		t.Fatal(err)
	}
	att, err := set.Sign(bh, []byte{0, 1}, func(i int) bool { return i != 2 })
	if err != nil {
		t.Fatal(err)
	}
	cert, err := certs.NewCert(version, bh, incl[0], att, issuer.StaticRegistry{Set: set}.Indices(att), 0)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := cert.EncodeRLP()
	abiCert, err := cert.EncodeABI()
	if err != nil {
		t.Fatal(err)
	}
	comm, _ := cert.AltDACommitment()
	lc, _ := c.LengthCommitment.Bytes()
	lp, _ := c.LengthProof.Bytes()
	anchor := payments.AnchorHash(big.NewInt(17000), 0, bk)
	psh := payments.PaymentStateRequestHash(account, uint64(ts))
	bhh := bh.Hash()
	return vector{
		Name: name, Payload: payload, Timestamp: ts, CumulativePayment: big.NewInt(cumulative).String(), CertVersion: version,
		Blob: h(blob), CommitmentX: h(c.Commitment.X.Bytes()), CommitmentY: h(c.Commitment.Y.Bytes()),
		LengthCommitment: h(lc), LengthProof: h(lp), Length: c.Length,
		PaymentHeaderHash: h(ph[:]), BlobKey: h(bk[:]), BlobCertificateHash: h(bch[:]),
		BatchRoot: h(bh.BatchRoot[:]), BatchHeaderHash: h(bhh[:]),
		CertRLP: h(raw), CertABI: h(abiCert), AltDACommitment: h(comm),
		AnchorHash: h(anchor[:]), PaymentStateHash: h(psh[:]),
	}
}

func vectors(t *testing.T) []vector {
	return []vector{
		compute(t, "v4-reservation", "OpenLedger frame", 1_700_000_000_000_000_000, 0, certs.CertVersion4),
		compute(t, "v3-on-demand", "another frame, long enough to need more than one thirty-one byte symbol", 1_700_000_001_000_000_000,
			1_831_000_000_000, certs.CertVersion3),
	}
}

// TestVectors recomputes testdata/vectors.json byte for byte, and checks parts
// of it against independent derivations of the specification.
func TestVectors(t *testing.T) {
	got := vectors(t)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile("testdata/vectors.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile("testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var want []vector
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(got) {
		t.Fatalf("%d vectors, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			gb, _ := json.MarshalIndent(got[i], "", "  ")
			t.Fatalf("vector %s differs from testdata:\n%s", want[i].Name, gb)
		}
		checkIndependently(t, want[i])
	}
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkIndependently re-derives what the specification states without the
// package's code: the payment header hash from the ABI layout by hand, the
// payment state and anchor hashes from their byte layouts, the Alt-DA
// commitment prefix, the RLP list shape and the encoded payload header.
func checkIndependently(t *testing.T, v vector) {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("vector-account")))
	account := crypto.PubkeyToAddress(key.PublicKey)
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	// abi.encode((string, int64, uint256)): offset 0x20, then the tuple head
	// (string offset 0x60, timestamp, payment), then the string.
	cp, _ := new(big.Int).SetString(v.CumulativePayment, 10)
	acct := []byte(account.Hex())
	enc := append(word(big.NewInt(32)), word(big.NewInt(96))...)
	enc = append(enc, word(big.NewInt(v.Timestamp))...)
	enc = append(enc, word(cp)...)
	enc = append(enc, word(big.NewInt(int64(len(acct))))...)
	enc = append(enc, common.RightPadBytes(acct, 64)...)
	if got := h(crypto.Keccak256(enc)); got != v.PaymentHeaderHash {
		t.Fatalf("%s: payment header hash by hand %s, vector %s", v.Name, got, v.PaymentHeaderHash)
	}
	buf := binary.BigEndian.AppendUint32(nil, 20)
	buf = append(buf, account.Bytes()...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(v.Timestamp))
	inner := crypto.Keccak256(buf)
	if got := h(sha256Sum(inner)); got != v.PaymentStateHash {
		t.Fatalf("%s: payment state hash", v.Name)
	}
	a := append([]byte("disperser.DisperseBlobRequest"), word(big.NewInt(17000))...)
	a = binary.BigEndian.AppendUint32(a, 0)
	a = append(a, unhex(t, v.BlobKey)...)
	if got := h(crypto.Keccak256(a)); got != v.AnchorHash {
		t.Fatalf("%s: anchor hash", v.Name)
	}
	comm := unhex(t, v.AltDACommitment)
	if !bytes.Equal(comm[:3], []byte{0x01, 0x00, v.CertVersion - 1}) || !bytes.Equal(comm[3:], unhex(t, v.CertRLP)) {
		t.Fatalf("%s: commitment is not 01 00 <version-1> ‖ rlp(cert)", v.Name)
	}
	var fields []rlp.RawValue
	if err := rlp.DecodeBytes(unhex(t, v.CertRLP), &fields); err != nil {
		t.Fatal(err)
	}
	if want := map[uint8]int{3: 4, 4: 5}[v.CertVersion]; len(fields) != want {
		t.Fatalf("%s: rlp list of %d fields, want %d", v.Name, len(fields), want)
	}
	// The batch header is the first field: [root, rbn].
	var bh struct {
		Root [32]byte
		RBN  uint32
	}
	if err := rlp.DecodeBytes(fields[0], &bh); err != nil || bh.RBN != 1234 || h(bh.Root[:]) != v.BatchRoot {
		t.Fatalf("%s: rlp batch header %+v %v", v.Name, bh, err)
	}
	// The ABI form starts with the tuple offset, then the static batch header:
	// a router reads the reference block from bytes 64..96.
	abiCert := unhex(t, v.CertABI)
	if new(big.Int).SetBytes(abiCert[:32]).Int64() != 32 || h(abiCert[32:64]) != v.BatchRoot ||
		new(big.Int).SetBytes(abiCert[64:96]).Int64() != 1234 {
		t.Fatalf("%s: abi layout", v.Name)
	}
	// The encoded payload (FFT of the blob) starts 00 00 ‖ uint32 length.
	blob := unhex(t, v.Blob)
	payload, err := blobs.Decode(blob, v.Length, codec.FormEval)
	if err != nil || string(payload) != v.Payload {
		t.Fatalf("%s: blob decodes to %q, %v", v.Name, payload, err)
	}
	if v.Length != uint32(len(blob)/32) {
		t.Fatalf("%s: length %d for %d symbols", v.Name, v.Length, len(blob)/32)
	}
}
