package issuer

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

// DevnetOperatorSeed is the public seed the devnet operators' BLS keys derive
// from.
const DevnetOperatorSeed = "openledger/eigenda/devnet-operators/v1"

// ErrNoSigners is returned when a batch would be signed by nobody.
var ErrNoSigners = errors.New("no operator signs the batch")

// Operator is an operator's key and its stake in each quorum it is in.
type Operator struct {
	Key    *bls.KeyPair
	Stakes map[uint8]*big.Int
}

// ID returns the operator id.
func (o *Operator) ID() [32]byte { return o.Key.ID() }

// InQuorum reports whether the operator has stake in quorum q.
func (o *Operator) InQuorum(q uint8) bool {
	s, ok := o.Stakes[q]
	return ok && s.Sign() > 0
}

// QuorumBitmap returns the quorums the operator is in as a bitmap.
func (o *Operator) QuorumBitmap() *big.Int {
	bm := new(big.Int)
	for q, s := range o.Stakes {
		if s.Sign() > 0 {
			bm.SetBit(bm, int(q), 1)
		}
	}
	return bm
}

// OperatorSet is the operators of quorums 0 .. QuorumCount-1 and the
// registered blob versions.
type OperatorSet struct {
	QuorumCount uint8
	Operators   []Operator
	BlobParams  []certs.BlobParams
}

// DefaultBlobParams are EigenDA's blob version 0 parameters: at most 3537
// operators, 8192 chunks, coding rate 8.
var DefaultBlobParams = certs.BlobParams{MaxNumOperators: 3537, NumChunks: 8192, CodingRate: 8}

// DefaultThresholds are EigenDA's default cert verifier thresholds: 55%
// confirmation, 33% adversary.
var DefaultThresholds = certs.SecurityThresholds{ConfirmationThreshold: 55, AdversaryThreshold: 33}

// DevnetOperatorSet returns n operators with keys derived from
// DevnetOperatorSeed, each with stake 1e18 in quorums 0 .. quorums-1, and blob
// version 0 registered.
func DevnetOperatorSet(n int, quorums uint8) (*OperatorSet, error) {
	return DerivedOperatorSet(DevnetOperatorSeed, n, quorums)
}

// DerivedOperatorSet is DevnetOperatorSet with another seed.
func DerivedOperatorSet(seed string, n int, quorums uint8) (*OperatorSet, error) {
	if n <= 0 || quorums == 0 {
		return nil, fmt.Errorf("operator set needs operators and quorums, got %d and %d", n, quorums)
	}
	s := &OperatorSet{QuorumCount: quorums, BlobParams: []certs.BlobParams{DefaultBlobParams}}
	for i := range n {
		k, err := bls.DeriveKeyPair(seed, i)
		if err != nil {
			return nil, err
		}
		op := Operator{Key: k, Stakes: map[uint8]*big.Int{}}
		for q := range quorums {
			op.Stakes[q] = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
		}
		s.Operators = append(s.Operators, op)
	}
	return s, nil
}

// QuorumApk returns the aggregate G₁ key of a quorum's operators.
func (s *OperatorSet) QuorumApk(q uint8) bls.G1Point {
	var apk bn254.G1Affine
	for i := range s.Operators {
		if s.Operators[i].InQuorum(q) {
			apk.Add(&apk, &s.Operators[i].Key.G1)
		}
	}
	return bls.FromG1(apk)
}

// TotalStake returns a quorum's total stake.
func (s *OperatorSet) TotalStake(q uint8) *big.Int {
	total := new(big.Int)
	for i := range s.Operators {
		if s.Operators[i].InQuorum(q) {
			total.Add(total, s.Operators[i].Stakes[q])
		}
	}
	return total
}

// Operator returns the operator with the given id.
func (s *OperatorSet) Operator(id [32]byte) (*Operator, bool) {
	for i := range s.Operators {
		if s.Operators[i].ID() == id {
			return &s.Operators[i], true
		}
	}
	return nil, false
}

// Sign has the operators for which signs(index) is true sign the batch header
// for the quorums (ascending) and returns the attestation.
func (s *OperatorSet) Sign(header certs.BatchHeader, quorums []byte, signs func(operator int) bool) (*certs.Attestation, error) {
	if len(quorums) == 0 {
		return nil, fmt.Errorf("no quorums to sign for")
	}
	if !slices.IsSorted(quorums) {
		return nil, fmt.Errorf("quorums %v are not ascending", quorums)
	}
	msg := header.Hash()
	a := &certs.Attestation{QuorumNumbers: slices.Clone(quorums)}
	var sigma bn254.G1Affine
	var apkG2 bn254.G2Affine
	type nonSigner struct {
		id  [32]byte
		key bls.G1Point
	}
	var nonSigners []nonSigner
	anySigner := false
	for i := range s.Operators {
		op := &s.Operators[i]
		inAny := false
		for _, q := range quorums {
			if op.InQuorum(q) {
				inAny = true
			}
		}
		if !inAny {
			continue
		}
		if signs != nil && !signs(i) {
			nonSigners = append(nonSigners, nonSigner{op.ID(), bls.FromG1(op.Key.G1)})
			continue
		}
		anySigner = true
		sig := op.Key.Sign(msg)
		for _, q := range quorums {
			if op.InQuorum(q) { // one share per quorum signed for
				sigma.Add(&sigma, &sig)
				apkG2.Add(&apkG2, &op.Key.G2)
			}
		}
	}
	if !anySigner {
		return nil, ErrNoSigners
	}
	sort.Slice(nonSigners, func(i, j int) bool { return bytes.Compare(nonSigners[i].id[:], nonSigners[j].id[:]) < 0 })
	for _, ns := range nonSigners {
		a.NonSignerPubkeys = append(a.NonSignerPubkeys, ns.key)
	}
	for _, q := range quorums {
		a.QuorumApks = append(a.QuorumApks, s.QuorumApk(q))
		total := s.TotalStake(q)
		signed := new(big.Int).Set(total)
		for i := range s.Operators {
			op := &s.Operators[i]
			if op.InQuorum(q) && signs != nil && !signs(i) {
				signed.Sub(signed, op.Stakes[q])
			}
		}
		pct := byte(0)
		if total.Sign() > 0 {
			pct = byte(new(big.Int).Div(new(big.Int).Mul(signed, big.NewInt(100)), total).Uint64())
		}
		a.QuorumSignedPercentages = append(a.QuorumSignedPercentages, pct)
	}
	a.ApkG2, a.Sigma = bls.FromG2(apkG2), bls.FromG1(sigma)
	return a, nil
}

// BuildBatch places blob certificates in a batch at a reference block and
// returns its header and each certificate's inclusion info. The tree has at
// least two leaves, so that every inclusion proof is non-empty.
func BuildBatch(blobCerts []certs.BlobCertificate, referenceBlock uint32) (certs.BatchHeader, []certs.BlobInclusionInfo, error) {
	if len(blobCerts) == 0 {
		return certs.BatchHeader{}, nil, fmt.Errorf("empty batch")
	}
	leaves := make([][32]byte, len(blobCerts), max(2, len(blobCerts)))
	for i := range blobCerts {
		leaf, err := blobCerts[i].Leaf()
		if err != nil {
			return certs.BatchHeader{}, nil, err
		}
		leaves[i] = leaf
	}
	if len(leaves) == 1 {
		leaves = append(leaves, [32]byte{})
	}
	root, proofs := certs.MerkleTree(leaves)
	out := make([]certs.BlobInclusionInfo, len(blobCerts))
	for i := range blobCerts {
		out[i] = certs.BlobInclusionInfo{BlobCertificate: blobCerts[i], BlobIndex: uint32(i), InclusionProof: proofs[i]}
	}
	return certs.BatchHeader{BatchRoot: root, ReferenceBlockNumber: referenceBlock}, out, nil
}
