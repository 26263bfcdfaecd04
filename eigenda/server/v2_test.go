package server_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/internal/v2net"
	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/server/metrics"
	"github.com/openledger/openledger/eigenda/store"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

func getPath(comm []byte, query string) string {
	p := "/get/0x" + hex.EncodeToString(comm)
	if query != "" {
		p += "?" + query
	}
	return p
}

// teapotStatus parses a 418 body and returns its derivation status code.
func teapotStatus(t *testing.T, body string) uint8 {
	t.Helper()
	var v struct {
		StatusCode uint8
		Msg        string
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("418 body %q is not the json eigenda-proxy answers: %v", body, err)
	}
	return v.StatusCode
}

func mutateCert(t *testing.T, comm []byte, f func(c *certs.Cert)) []byte {
	t.Helper()
	c, err := certs.DecodeCommitment(comm)
	if err != nil {
		t.Fatal(err)
	}
	f(c)
	out, err := c.AltDACommitment()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestV2DropAnswers: what op-node's derivation must drop is answered 418 with
// eigenda-proxy's JSON status, by the on-chain cert verifier (disperser
// backend) and by the Go checker of locally issued certificates alike; what is
// merely missing is 404.
func TestV2DropAnswers(t *testing.T) {
	for _, backend := range []string{server.BackendDisperser, server.BackendFile} {
		t.Run(backend, func(t *testing.T) {
			ts := startWith(t, backend, server.ProtocolV2, func(c *server.Config) { c.V2.RecencyWindow = 10 })
			payload := payloadOf(3000, 9)
			comm := put(t, ts.url, payload)
			if !bytes.HasPrefix(comm, []byte{1, 0, 3}) {
				t.Fatalf("prefix %x", comm[:3])
			}
			c, err := certs.DecodeCommitment(comm)
			if err != nil {
				t.Fatal(err)
			}
			rbn := c.ReferenceBlockNumber()
			tests := []struct {
				name   string
				path   string
				status int
				drop   uint8
			}{
				{"valid", getPath(comm, ""), 200, 0},
				{"valid-inclusion-zero-skips-recency", getPath(comm, "l1_inclusion_block_number=0"), 200, 0},
				{"truncated", getPath(comm[:len(comm)-7], ""), 418, 1},
				{"trailing-byte", getPath(append(bytes.Clone(comm), 0), ""), 418, 1},
				{"batch-root", getPath(mutateCert(t, comm, func(c *certs.Cert) { c.BatchHeader.BatchRoot[3] ^= 1 }), ""), 418, 3},
				{"sigma", getPath(mutateCert(t, comm, func(c *certs.Cert) {
					c.NonSignerStakesAndSignature.Sigma = c.NonSignerStakesAndSignature.QuorumApks[0]
				}), ""), 418, 3},
				{"required-quorum-dropped", getPath(mutateCert(t, comm, func(c *certs.Cert) {
					c.BlobInclusionInfo.BlobCertificate.BlobHeader.QuorumNumbers = []byte{0}
				}), ""), 418, 3},
				{"v3-under-v4-byte", getPath(append([]byte{1, 0, 2}, comm[3:]...), ""), 418, 1},
			}
			if backend == server.BackendDisperser { // with an L1, the recency window applies
				tests = append(tests,
					struct {
						name   string
						path   string
						status int
						drop   uint8
					}{"recent-enough", getPath(comm, fmt.Sprintf("l1_inclusion_block_number=%d", rbn+10)), 200, 0},
					struct {
						name   string
						path   string
						status int
						drop   uint8
					}{"too-old-for-recency-window", getPath(comm, fmt.Sprintf("l1_inclusion_block_number=%d", rbn+11)), 418, 2})
			}
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					status, body := do(t, "GET", ts.url+tc.path, nil)
					if status != tc.status {
						t.Fatalf("got %d %q, want %d", status, body, tc.status)
					}
					switch {
					case status == 200 && body != string(payload):
						t.Fatal("wrong payload")
					case status == 418 && teapotStatus(t, body) != tc.drop:
						t.Fatalf("dropped with status %d, want %d: %s", teapotStatus(t, body), tc.drop, body)
					}
				})
			}
		})
	}
}

// TestV2UndecodableBlobIsDropped: a certificate that verifies but names a blob
// that is not a payload encoding is dropped (status 4), not retried forever.
func TestV2UndecodableBlobIsDropped(t *testing.T) {
	ts := start(t, server.BackendFile, server.ProtocolV2)
	blob := make([]byte, 4*32)
	for i := 0; i < len(blob); i += 32 {
		blob[i+31] = byte(i + 1) // canonical field elements whose FFT is no payload header
	}
	commitment, err := blobs.Commit(testSRS, blob)
	if err != nil {
		t.Fatal(err)
	}
	account, _ := crypto.GenerateKey()
	bc, _ := v2net.BlobCertificate(t, testSRS, []byte("x"), account, []byte{0, 1}, []uint32{0})
	bc.BlobHeader.Commitment = commitment
	key, _ := bc.BlobHeader.BlobKey()
	sig, _ := crypto.Sign(key[:], account)
	bc.Signature = sig
	if err := os.WriteFile(filepath.Join(ts.fileDir, store.V2Key(key)), blob, 0o644); err != nil {
		t.Fatal(err)
	}
	comm, err := localCert(t, bc).AltDACommitment()
	if err != nil {
		t.Fatal(err)
	}
	status, body := do(t, "GET", ts.url+getPath(comm, ""), nil)
	if status != 418 || teapotStatus(t, body) != 4 {
		t.Fatalf("got %d %q, want 418 with status 4", status, body)
	}
	if n := verifyFailures(t, ts, metrics.StageGetBlob); n != 1 {
		t.Fatalf("get_blob failures %v", n)
	}
}

// TestV2RelaysAndSecondary: gets come from the relays; when they all fail, from
// the secondary store; with neither, a missing blob is 404 and a failing
// network 503.
func TestV2RelaysAndSecondary(t *testing.T) {
	dir := t.TempDir()
	for _, secondary := range []bool{true, false} {
		t.Run(fmt.Sprintf("secondary=%v", secondary), func(t *testing.T) {
			ts := startWith(t, server.BackendDisperser, server.ProtocolV2, func(c *server.Config) {
				if secondary {
					c.SecondaryFileDir = filepath.Join(dir, "secondary")
				}
			})
			payload := []byte("a frame kept twice")
			comm := put(t, ts.url, payload)
			path := ts.url + getPath(comm, "")
			for _, r := range ts.net.relays {
				r.SetTamper(true) // every relay serves other bytes
			}
			status, body := do(t, "GET", path, nil)
			if secondary && (status != 200 || body != string(payload)) {
				t.Fatalf("with a secondary store: %d %q", status, body)
			}
			if !secondary && status != 503 {
				t.Fatalf("relays tampering, no secondary: %d %q", status, body)
			}
			for _, r := range ts.net.relays {
				r.SetTamper(false)
				r.Forget()
			}
			status, _ = do(t, "GET", path, nil)
			if secondary && status != 200 {
				t.Fatalf("relays lost the blob, secondary has it: %d", status)
			}
			if !secondary && status != 404 {
				t.Fatalf("relays lost the blob: %d", status)
			}
		})
	}
}

// TestV2UnderSignedPutFailsOver: a batch the operators under-sign is not
// turned into a certificate; the put answers 503, which op-batcher treats as
// "fail over or retry".
func TestV2UnderSignedPutFailsOver(t *testing.T) {
	ts := start(t, server.BackendDisperser, server.ProtocolV2)
	ts.net.disp.SetSigners(func(i int) bool { return i == 0 })
	status, body := do(t, "POST", ts.url+"/put", strings.NewReader("frame"))
	if status != 503 || !strings.Contains(body, "confirmation threshold") {
		t.Fatalf("got %d %q", status, body)
	}
	ts.net.disp.SetSigners(nil)
	if status, _ := do(t, "POST", ts.url+"/put", strings.NewReader("frame")); status != 200 {
		t.Fatalf("after recovery: %d", status)
	}
}

// TestProtocolUpgradeKeepsOldCommitments: a file store written with v1 (and
// in the coefficient form, before the form was recorded) keeps serving those
// commitments after the server restarts with the new defaults (v2, eval).
func TestProtocolUpgradeKeepsOldCommitments(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "eigenda")
	old := startWith(t, server.BackendFile, server.ProtocolV1, func(c *server.Config) {
		c.FileDir, c.PolynomialForm = dir, codec.FormCoeff
	})
	payload := payloadOf(5000, 3)
	oldComm := put(t, old.url, payload)
	if err := old.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	// Before the marker existed the directory had none: remove it as an old
	// version would not have written it.
	if err := os.Remove(filepath.Join(dir, "polynomial-form")); err != nil {
		t.Fatal(err)
	}
	ts := startWith(t, server.BackendFile, server.ProtocolV2, func(c *server.Config) { c.FileDir = dir })
	if status, body := do(t, "GET", ts.url+getPath(oldComm, ""), nil); status != 200 || body != string(payload) {
		t.Fatalf("v1 commitment after upgrade: %d", status)
	}
	newComm := put(t, ts.url, payload)
	if !bytes.HasPrefix(newComm, []byte{1, 0, 3}) {
		t.Fatalf("new puts after upgrade are v2: prefix %x", newComm[:3])
	}
	if status, body := do(t, "GET", ts.url+getPath(newComm, ""), nil); status != 200 || body != string(payload) {
		t.Fatalf("v2 commitment: %d", status)
	}
	marker, err := os.ReadFile(filepath.Join(dir, "polynomial-form"))
	if err != nil || strings.TrimSpace(string(marker)) != "coeff" {
		t.Fatalf("form marker %q, %v", marker, err)
	}
}
