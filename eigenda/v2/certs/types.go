package certs

import (
	"github.com/openledger/openledger/eigenda/v2/bls"
)

// BlobCommitment commits to a blob's polynomial on G₁, on G₂ (length
// commitment), proves its degree is below Length (length proof), and gives its
// length in symbols (a power of two).
type BlobCommitment struct {
	Commitment       bls.G1Point
	LengthCommitment bls.G2Point
	LengthProof      bls.G2Point
	Length           uint32
}

// BlobHeader is the blob header as certificates carry it: with the payment
// header reduced to its hash.
type BlobHeader struct {
	Version           uint16
	QuorumNumbers     []byte
	Commitment        BlobCommitment
	PaymentHeaderHash [32]byte
}

// BlobCertificate is a blob header, the payer's signature of its blob key, and
// the relays that serve the blob.
type BlobCertificate struct {
	BlobHeader BlobHeader
	Signature  []byte
	RelayKeys  []uint32
}

// BlobInclusionInfo places a blob certificate in a batch.
type BlobInclusionInfo struct {
	BlobCertificate BlobCertificate
	BlobIndex       uint32
	InclusionProof  []byte // concatenated 32-byte siblings, leaf upwards
}

// BatchHeader is the header of a batch; its hash is what operators sign.
type BatchHeader struct {
	BatchRoot            [32]byte
	ReferenceBlockNumber uint32
}

// NonSignerStakesAndSignature is the aggregate signature of a batch with what a
// signature checker needs to find the signers' keys and stakes at the
// reference block: the non-signers' keys, each signed quorum's aggregate key,
// and index hints into the registries' histories.
type NonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []bls.G1Point
	QuorumApks                   []bls.G1Point
	ApkG2                        bls.G2Point
	Sigma                        bls.G1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// CertV3 is an EigenDA certificate of version 3.
type CertV3 struct {
	BatchHeader                 BatchHeader
	BlobInclusionInfo           BlobInclusionInfo
	NonSignerStakesAndSignature NonSignerStakesAndSignature
	SignedQuorumNumbers         []byte
}

// CertV4 is an EigenDA certificate of version 4: version 3 plus the
// off-chain derivation version it was made for.
type CertV4 struct {
	BatchHeader                 BatchHeader
	BlobInclusionInfo           BlobInclusionInfo
	NonSignerStakesAndSignature NonSignerStakesAndSignature
	SignedQuorumNumbers         []byte
	OffchainDerivationVersion   uint16
}

// CertV2 is the legacy v2 certificate: the fields of version 3 in another
// order. It is decoded (for commitments already on L1) and checked as version 3;
// nothing issues it any more.
type CertV2 struct {
	BlobInclusionInfo           BlobInclusionInfo
	BatchHeader                 BatchHeader
	NonSignerStakesAndSignature NonSignerStakesAndSignature
	SignedQuorumNumbers         []byte
}

// ToV3 reorders a legacy certificate as version 3.
func (c *CertV2) ToV3() *CertV3 {
	return &CertV3{
		BatchHeader:                 c.BatchHeader,
		BlobInclusionInfo:           c.BlobInclusionInfo,
		NonSignerStakesAndSignature: c.NonSignerStakesAndSignature,
		SignedQuorumNumbers:         c.SignedQuorumNumbers,
	}
}

// ToV4 returns the version 4 form of a version 3 certificate with the given
// off-chain derivation version (for checks common to both).
func (c *CertV3) ToV4(offchainDerivationVersion uint16) *CertV4 {
	return &CertV4{
		BatchHeader:                 c.BatchHeader,
		BlobInclusionInfo:           c.BlobInclusionInfo,
		NonSignerStakesAndSignature: c.NonSignerStakesAndSignature,
		SignedQuorumNumbers:         c.SignedQuorumNumbers,
		OffchainDerivationVersion:   offchainDerivationVersion,
	}
}
