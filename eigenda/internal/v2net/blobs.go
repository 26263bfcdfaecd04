package v2net

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

// BlobCertificate makes the blob certificate of a payload as a client does:
// encode (evaluation form), commit, header with a reservation payment header
// of account, the account's signature of the blob key, and the relay keys.
func BlobCertificate(t testing.TB, srs *kzg.SRS, payload []byte, account *ecdsa.PrivateKey, quorums []byte,
	relayKeys []uint32) (certs.BlobCertificate, []byte) {
	t.Helper()
	blob, err := blobs.Encode(payload, codec.FormEval)
	if err != nil {
		t.Fatal(err)
	}
	commitment, err := blobs.Commit(srs, blob)
	if err != nil {
		t.Fatal(err)
	}
	payment := certs.PaymentHeader{AccountID: crypto.PubkeyToAddress(account.PublicKey), Timestamp: time.Now().UnixNano(), CumulativePayment: new(big.Int)}
	ph, err := payment.Hash()
	if err != nil {
		t.Fatal(err)
	}
	header := certs.BlobHeader{Version: 0, QuorumNumbers: quorums, Commitment: commitment, PaymentHeaderHash: ph}
	key, err := header.BlobKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(key[:], account)
	if err != nil {
		t.Fatal(err)
	}
	return certs.BlobCertificate{BlobHeader: header, Signature: sig, RelayKeys: relayKeys}, blob
}
