package verifier_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/eigenda/internal/v2net"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

var testSRS = func() *kzg.SRS {
	s, err := kzg.NewDevnetSRS(1024, log.NewLogger(log.DiscardHandler()))
	if err != nil {
		panic(err)
	}
	return s
}()

// chainRegistry answers certs.Registry from the deployed registry contract,
// so that the Go checker and the Solidity verifier see the same state.
type chainRegistry struct {
	t    *testing.T
	c    *v2net.Chain
	addr common.Address
}

var reg = bindings.NewEigenDARegistry()

func (r chainRegistry) call(data []byte) ([]byte, error) {
	return r.c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &r.addr, Data: data}, nil)
}

func (r chainRegistry) NextBlobVersion() uint16 {
	out, err := r.call(reg.PackNextBlobVersion())
	if err != nil {
		r.t.Fatal(err)
	}
	v, _ := reg.UnpackNextBlobVersion(out)
	return v
}

func (r chainRegistry) BlobParams(v uint16) (certs.BlobParams, error) {
	out, err := r.call(reg.PackGetBlobParams(v))
	if err != nil {
		return certs.BlobParams{}, err
	}
	p, err := reg.UnpackGetBlobParams(out)
	return certs.BlobParams{MaxNumOperators: p.MaxNumOperators, NumChunks: p.NumChunks, CodingRate: p.CodingRate}, err
}

func (r chainRegistry) QuorumCount() uint8 {
	out, err := r.call(reg.PackQuorumCount())
	if err != nil {
		r.t.Fatal(err)
	}
	v, _ := reg.UnpackQuorumCount(out)
	return v
}

func (r chainRegistry) ApkHashAt(q uint8, b uint32, i uint32) ([24]byte, error) {
	out, err := r.call(reg.PackGetApkHashAtBlockNumberAndIndex(q, b, big.NewInt(int64(i))))
	if err != nil {
		return [24]byte{}, err
	}
	return reg.UnpackGetApkHashAtBlockNumberAndIndex(out)
}

func (r chainRegistry) TotalStakeAt(q uint8, b uint32, i uint32) (*big.Int, error) {
	out, err := r.call(reg.PackGetTotalStakeAtBlockNumberFromIndex(q, b, big.NewInt(int64(i))))
	if err != nil {
		return nil, err
	}
	return reg.UnpackGetTotalStakeAtBlockNumberFromIndex(out)
}

func (r chainRegistry) StakeAt(q uint8, b uint32, id [32]byte, i uint32) (*big.Int, error) {
	out, err := r.call(reg.PackGetStakeAtBlockNumberAndIndex(q, b, id, big.NewInt(int64(i))))
	if err != nil {
		return nil, err
	}
	return reg.UnpackGetStakeAtBlockNumberAndIndex(out)
}

func (r chainRegistry) QuorumBitmapAt(id [32]byte, b uint32, i uint32) (*big.Int, error) {
	out, err := r.call(reg.PackGetQuorumBitmapAtBlockNumberByIndex(id, b, big.NewInt(int64(i))))
	if err != nil {
		return nil, err
	}
	return reg.UnpackGetQuorumBitmapAtBlockNumberByIndex(out)
}

// stakedSet has four operators with unequal stakes; operator 3 is only in
// quorum 0.
func stakedSet(t *testing.T) *issuer.OperatorSet {
	set, err := issuer.DerivedOperatorSet("verifier-test", 4, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range []int64{40, 30, 20, 10} {
		set.Operators[i].Stakes[0] = big.NewInt(s)
		set.Operators[i].Stakes[1] = big.NewInt(s)
	}
	delete(set.Operators[3].Stakes, 1)
	return set
}

func certsFor(t *testing.T, c *v2net.Chain, n int, signs func(int) bool, version uint8) ([]*certs.Cert, [][]byte) {
	t.Helper()
	account, _ := crypto.GenerateKey()
	var bcs []certs.BlobCertificate
	var blobList [][]byte
	for i := range n {
		bc, blob := v2net.BlobCertificate(t, testSRS, bytes.Repeat([]byte{byte('a' + i)}, 100+i*40), account, []byte{0, 1}, []uint32{0, 1})
		bcs, blobList = append(bcs, bc), append(blobList, blob)
	}
	rbn := uint32(c.Head(t))
	out := c.Certify(t, bcs, rbn, []byte{0, 1}, signs, version)
	c.Commit() // the reference block must be before the block the check runs in
	return out, blobList
}

// TestSolidityAndGoAgree checks certificates with the Solidity cert verifier
// through the router (eth_call) and with certs.Verify against the same
// registry: valid ones pass both, and every mutation fails both.
func TestSolidityAndGoAgree(t *testing.T) {
	c := v2net.NewChain(t, v2net.ChainOptions{Operators: stakedSet(t)})
	v := c.Verifier()
	ctx := context.Background()
	info, err := v.InfoAt(ctx, c.Head(t))
	if err != nil {
		t.Fatal(err)
	}
	if info.CertVersion != 4 || info.Address != c.Deployment.CertVerifier || !bytes.Equal(info.RequiredQuorums, []byte{0, 1}) ||
		info.Thresholds != issuer.DefaultThresholds {
		t.Fatalf("verifier info %+v", info)
	}
	goCheck := func(cert *certs.Cert) error {
		return certs.Verify(cert, chainRegistry{t, c, c.Deployment.Registry}, certs.VerifyParams{
			Thresholds: info.Thresholds, RequiredQuorums: info.RequiredQuorums, BlockNumber: c.Head(t) + 1,
		})
	}
	// Operator 3 (10 of 100 stake in quorum 0) does not sign: both quorums stay above 55%.
	valid, _ := certsFor(t, c, 3, func(i int) bool { return i != 3 }, certs.CertVersion4)
	for i, cert := range valid {
		if err := v.Check(ctx, cert); err != nil {
			t.Fatalf("cert %d: solidity: %v", i, err)
		}
		if err := goCheck(cert); err != nil {
			t.Fatalf("cert %d: go: %v", i, err)
		}
		if len(cert.NonSignerStakesAndSignature.NonSignerPubkeys) != 1 {
			t.Fatalf("cert %d: %d non-signers", i, len(cert.NonSignerStakesAndSignature.NonSignerPubkeys))
		}
	}
	// Operators 0 and 1 (70%) do not sign: neither quorum is confirmed.
	underSigned, _ := certsFor(t, c, 1, func(i int) bool { return i >= 2 }, certs.CertVersion4)

	mutate := func(f func(*certs.Cert)) *certs.Cert {
		raw, err := valid[1].EncodeRLP()
		if err != nil {
			t.Fatal(err)
		}
		cp, err := certs.DecodeRLP(4, raw)
		if err != nil {
			t.Fatal(err)
		}
		f(cp)
		return cp
	}
	tests := []struct {
		name string
		cert *certs.Cert
	}{
		{"under-signed", underSigned[0]},
		{"batch-root", mutate(func(c *certs.Cert) { c.BatchHeader.BatchRoot[0] ^= 1 })},
		{"reference-block", mutate(func(c *certs.Cert) { c.BatchHeader.ReferenceBlockNumber-- })},
		{"blob-index", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.BlobIndex = 0 })},
		{"inclusion-proof", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.InclusionProof[5] ^= 1 })},
		{"relay-keys", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.BlobCertificate.RelayKeys = []uint32{7} })},
		{"payer-signature", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.BlobCertificate.Signature[3] ^= 1 })},
		{"commitment-length", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.BlobCertificate.BlobHeader.Commitment.Length *= 2 })},
		{"blob-version-unknown", mutate(func(c *certs.Cert) { c.BlobInclusionInfo.BlobCertificate.BlobHeader.Version = 1 })},
		{"offchain-derivation-version", mutate(func(c *certs.Cert) { c.OffchainDerivationVersion = 1 })},
		{"sigma", mutate(func(c *certs.Cert) {
			c.NonSignerStakesAndSignature.Sigma = bls.FromG1(bls.HashToG1([32]byte{1}))
		})},
		{"apk-g2-of-other-signers", mutate(func(c *certs.Cert) {
			c.NonSignerStakesAndSignature.ApkG2 = c2(t, 0)
		})},
		{"non-signer-hidden", mutate(func(c *certs.Cert) {
			ns := &c.NonSignerStakesAndSignature
			ns.NonSignerPubkeys, ns.NonSignerQuorumBitmapIndices = ns.NonSignerPubkeys[:0], ns.NonSignerQuorumBitmapIndices[:0]
			ns.NonSignerStakeIndices = [][]uint32{{}, {}}
		})},
		{"quorum-apk", mutate(func(c *certs.Cert) {
			c.NonSignerStakesAndSignature.QuorumApks[1] = c.NonSignerStakesAndSignature.QuorumApks[0]
		})},
		{"apk-index", mutate(func(c *certs.Cert) { c.NonSignerStakesAndSignature.QuorumApkIndices[0]++ })},
		{"signed-quorums-unordered", mutate(func(c *certs.Cert) {
			c.BlobInclusionInfo.BlobCertificate.BlobHeader.QuorumNumbers = []byte{1, 0}
		})},
		{"signed-only-quorum-0", mutate(func(c *certs.Cert) {
			ns := &c.NonSignerStakesAndSignature
			c.SignedQuorumNumbers = c.SignedQuorumNumbers[:1]
			ns.QuorumApks, ns.QuorumApkIndices, ns.TotalStakeIndices = ns.QuorumApks[:1], ns.QuorumApkIndices[:1], ns.TotalStakeIndices[:1]
			ns.NonSignerStakeIndices = ns.NonSignerStakeIndices[:1]
		})},
		{"non-signer-stake-index-missing", mutate(func(c *certs.Cert) {
			c.NonSignerStakesAndSignature.NonSignerStakeIndices[0] = []uint32{}
		})},
		{"non-signer-bitmap-index", mutate(func(c *certs.Cert) { c.NonSignerStakesAndSignature.NonSignerQuorumBitmapIndices[0] = 9 })},
		{"total-stake-index", mutate(func(c *certs.Cert) { c.NonSignerStakesAndSignature.TotalStakeIndices[1] = 1 << 30 })},
		{"quorum-length-mismatch", mutate(func(c *certs.Cert) { c.NonSignerStakesAndSignature.TotalStakeIndices = nil })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			serr := v.Check(ctx, tc.cert)
			de, ok := verifier.AsDerivationError(serr)
			if !ok || de.StatusCode != verifier.StatusInvalidCert {
				t.Fatalf("solidity: got %v, want an invalid-cert derivation error", serr)
			}
			if gerr := goCheck(tc.cert); !errors.Is(gerr, certs.ErrInvalid) {
				t.Fatalf("go: got %v, want ErrInvalid", gerr)
			}
		})
	}
	t.Run("garbage-bytes", func(t *testing.T) {
		data := bindings.NewEigenDACertVerifier().PackCheckDACert(bytes.Repeat([]byte{0xee}, 200))
		out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &c.Deployment.CertVerifier, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if st, _ := bindings.NewEigenDACertVerifier().UnpackCheckDACert(out); st != 6 {
			t.Fatalf("status %d, want INVALID_CERT", st)
		}
	})
}

func c2(t *testing.T, i int) bls.G2Point {
	k, err := bls.DeriveKeyPair("other", i)
	if err != nil {
		t.Fatal(err)
	}
	return bls.FromG2(k.G2)
}

// TestHashesMatchSolidity compares the Go blob key, blob certificate hash and
// batch header hash with the contract's.
func TestHashesMatchSolidity(t *testing.T) {
	c := v2net.NewChain(t, v2net.ChainOptions{})
	cs, _ := certsFor(t, c, 2, nil, certs.CertVersion4)
	vabi := artifacts.MustABI("EigenDACertVerifier")
	call := func(method string, arg any) [32]byte {
		data, err := vabi.Pack(method, arg)
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &c.Deployment.CertVerifier, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return [32]byte(out)
	}
	for _, cert := range cs {
		bc := cert.BlobInclusionInfo.BlobCertificate
		key, _ := bc.BlobHeader.BlobKey()
		if got := call("hashBlobHeaderV2", bc.BlobHeader); got != key {
			t.Fatalf("blob key: solidity %x, go %x", got, key)
		}
		h, _ := bc.Hash()
		if got := call("hashBlobCertificate", bc); got != h {
			t.Fatalf("blob certificate hash: solidity %x, go %x", got, h)
		}
		if got := call("hashBatchHeaderV2", cert.BatchHeader); got != cert.BatchHeader.Hash() {
			t.Fatal("batch header hash differs")
		}
	}
}

// TestCertificatesUseTheOperatorStateAtTheirReferenceBlock: after an operator
// leaves, a certificate signed at an earlier reference block still verifies
// with the operator among the signers, and one signed at a later block only
// without it; the index hints point into the registries' histories.
func TestCertificatesUseTheOperatorStateAtTheirReferenceBlock(t *testing.T) {
	set := stakedSet(t)
	c := v2net.NewChain(t, v2net.ChainOptions{Operators: set})
	v := c.Verifier()
	ctx := context.Background()
	account, _ := crypto.GenerateKey()
	bc, _ := v2net.BlobCertificate(t, testSRS, []byte("before and after"), account, []byte{0, 1}, []uint32{0})
	before := uint32(c.Head(t))
	c.Commit()
	leaver := set.Operators[1]
	if err := c.Admin().Deregister(leaver.ID()); err != nil {
		t.Fatal(err)
	}
	after := uint32(c.Head(t))
	c.Commit()

	// Signed by everyone at the earlier block: valid.
	old := c.Certify(t, []certs.BlobCertificate{bc}, before, []byte{0, 1}, nil, certs.CertVersion4)[0]
	if err := v.Check(ctx, old); err != nil {
		t.Fatalf("certificate at the reference block before the change: %v", err)
	}
	// The same signatures claimed at the later block: the registry's apk there
	// no longer includes the leaver.
	moved := *old
	moved.BatchHeader.ReferenceBlockNumber = after
	if _, ok := verifier.AsDerivationError(v.Check(ctx, &moved)); !ok {
		t.Fatal("a certificate claiming a reference block after the operator left was accepted")
	}
	// Signed at the later block by the operators registered then.
	c.Set.Operators = append(append([]issuer.Operator(nil), set.Operators[:1]...), set.Operators[2:]...)
	fresh := c.Certify(t, []certs.BlobCertificate{bc}, after, []byte{0, 1}, nil, certs.CertVersion4)[0]
	if err := v.Check(ctx, fresh); err != nil {
		t.Fatalf("certificate at the reference block after the change: %v", err)
	}
	idx := fresh.NonSignerStakesAndSignature
	if idx.QuorumApkIndices[0] == 0 || idx.TotalStakeIndices[0] == 0 {
		t.Fatalf("index hints %v %v do not point past the first history entries", idx.QuorumApkIndices, idx.TotalStakeIndices)
	}
}
