package certs

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/openledger/openledger/eigenda/v2/bls"
)

// BlobParams are a blob version's chunking parameters.
type BlobParams struct {
	MaxNumOperators uint32
	NumChunks       uint32
	CodingRate      uint8
}

// SecurityThresholds are a cert verifier's confirmation and adversary
// thresholds, in percent of stake.
type SecurityThresholds struct {
	ConfirmationThreshold uint8
	AdversaryThreshold    uint8
}

// Registry is the operator state a certificate is checked against, looked up
// at a reference block with an index hint into each history, as EigenDA's
// registries answer.
type Registry interface {
	// NextBlobVersion is one more than the latest registered blob version.
	NextBlobVersion() uint16
	// BlobParams returns a registered blob version's parameters.
	BlobParams(version uint16) (BlobParams, error)
	// QuorumCount returns how many quorums exist (0 .. count-1).
	QuorumCount() uint8
	// ApkHashAt returns the first 24 bytes of the quorum's aggregate key hash
	// at the block, from history entry index.
	ApkHashAt(quorum uint8, block uint32, index uint32) ([24]byte, error)
	// TotalStakeAt returns the quorum's total stake at the block.
	TotalStakeAt(quorum uint8, block uint32, index uint32) (*big.Int, error)
	// StakeAt returns an operator's stake in the quorum at the block.
	StakeAt(quorum uint8, block uint32, operator [32]byte, index uint32) (*big.Int, error)
	// QuorumBitmapAt returns the quorums an operator was in at the block.
	QuorumBitmapAt(operator [32]byte, block uint32, index uint32) (*big.Int, error)
}

// VerifyParams are a cert verifier's settings and the chain head it checks at.
type VerifyParams struct {
	Thresholds                SecurityThresholds
	RequiredQuorums           []byte
	OffchainDerivationVersion uint16
	// BlockNumber is the block the check runs in: the reference block must be
	// before it.
	BlockNumber uint64
}

// Limits the cert verifier contract enforces.
const (
	MaxQuorumCount    = 5
	MaxNonSignerCount = 415
)

// Verify checks a certificate as the EigenDACertVerifier contract's
// checkDACert does, against registry: the off-chain derivation version (for
// version 4), the blob certificate's inclusion in the batch root, the blob
// version's security parameters, the aggregate signature of the batch header
// hash with each signed quorum's signed stake, and that the required quorums
// are among the blob's, which are among the confirmed ones. It returns nil or
// an error wrapping ErrInvalid.
func Verify(c *Cert, reg Registry, p VerifyParams) error {
	if err := verify(c, reg, p); err != nil {
		if errors.Is(err, ErrInvalid) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return nil
}

func verify(c *Cert, reg Registry, p VerifyParams) error {
	if c.Version == CertVersion4 && c.OffchainDerivationVersion != p.OffchainDerivationVersion {
		return fmt.Errorf("%w: off-chain derivation version %d, verifier requires %d", ErrInvalid,
			c.OffchainDerivationVersion, p.OffchainDerivationVersion)
	}
	info := &c.BlobInclusionInfo
	leaf, err := info.BlobCertificate.Leaf()
	if err != nil {
		return err
	}
	root, err := MerkleRoot(leaf, info.BlobIndex, info.InclusionProof)
	if err != nil {
		return err
	}
	if root != c.BatchHeader.BatchRoot {
		return fmt.Errorf("%w: blob %d is not in the batch root", ErrInvalid, info.BlobIndex)
	}
	if err := checkSecurityParams(reg, info.BlobCertificate.BlobHeader.Version, p.Thresholds); err != nil {
		return err
	}
	confirmed, err := checkSignatures(c, reg, p)
	if err != nil {
		return err
	}
	blobQuorums, err := orderedBitmap(info.BlobCertificate.BlobHeader.QuorumNumbers)
	if err != nil {
		return err
	}
	if new(big.Int).And(blobQuorums, confirmed).Cmp(blobQuorums) != 0 {
		return fmt.Errorf("%w: blob quorums %b are not all confirmed (%b)", ErrInvalid, blobQuorums, confirmed)
	}
	required, err := orderedBitmap(p.RequiredQuorums)
	if err != nil {
		return err
	}
	if new(big.Int).And(required, blobQuorums).Cmp(required) != 0 {
		return fmt.Errorf("%w: required quorums %b are not all blob quorums (%b)", ErrInvalid, required, blobQuorums)
	}
	return nil
}

// CheckSecurity checks that a blob version's parameters with the thresholds
// keep a blob recoverable: codingRate·(numChunks−maxNumOperators)·(confirmation
// − adversary) ≥ 100·numChunks.
func CheckSecurity(bp BlobParams, t SecurityThresholds) error {
	if bp.MaxNumOperators > bp.NumChunks || t.ConfirmationThreshold < t.AdversaryThreshold {
		return fmt.Errorf("%w: security assumptions not met", ErrInvalid)
	}
	lhs := uint64(bp.CodingRate) * uint64(bp.NumChunks-bp.MaxNumOperators) * uint64(t.ConfirmationThreshold-t.AdversaryThreshold)
	if lhs < 100*uint64(bp.NumChunks) {
		return fmt.Errorf("%w: security assumptions not met (%d < %d)", ErrInvalid, lhs, 100*uint64(bp.NumChunks))
	}
	return nil
}

func checkSecurityParams(reg Registry, version uint16, t SecurityThresholds) error {
	if next := reg.NextBlobVersion(); version >= next {
		return fmt.Errorf("%w: blob version %d not registered (next %d)", ErrInvalid, version, next)
	}
	bp, err := reg.BlobParams(version)
	if err != nil {
		return fmt.Errorf("%w: blob params: %w", ErrInvalid, err)
	}
	return CheckSecurity(bp, t)
}

// checkSignatures mirrors the signature checker and returns the bitmap of
// signed quorums whose signers hold the confirmation threshold.
func checkSignatures(c *Cert, reg Registry, p VerifyParams) (*big.Int, error) {
	signed := c.SignedQuorumNumbers
	ns := &c.NonSignerStakesAndSignature
	if len(signed) > MaxQuorumCount {
		return nil, fmt.Errorf("%w: %d signed quorums exceed %d", ErrInvalid, len(signed), MaxQuorumCount)
	}
	count := 0
	for _, s := range ns.NonSignerStakeIndices {
		count += len(s)
	}
	if count > MaxNonSignerCount {
		return nil, fmt.Errorf("%w: %d non-signer stakes exceed %d", ErrInvalid, count, MaxNonSignerCount)
	}
	rbn := c.BatchHeader.ReferenceBlockNumber
	switch {
	case len(signed) == 0:
		return nil, fmt.Errorf("%w: no signed quorums", ErrInvalid)
	case len(signed) != len(ns.QuorumApks) || len(signed) != len(ns.QuorumApkIndices) ||
		len(signed) != len(ns.TotalStakeIndices) || len(signed) != len(ns.NonSignerStakeIndices):
		return nil, fmt.Errorf("%w: quorum length mismatch", ErrInvalid)
	case len(ns.NonSignerPubkeys) != len(ns.NonSignerQuorumBitmapIndices):
		return nil, fmt.Errorf("%w: non-signer length mismatch", ErrInvalid)
	case uint64(rbn) >= p.BlockNumber:
		return nil, fmt.Errorf("%w: reference block %d is not before block %d", ErrInvalid, rbn, p.BlockNumber)
	}
	var apk bn254.G1Affine
	for i, q := range signed {
		if q >= reg.QuorumCount() {
			return nil, fmt.Errorf("%w: unknown quorum %d", ErrInvalid, q)
		}
		want, err := reg.ApkHashAt(q, rbn, ns.QuorumApkIndices[i])
		if err != nil {
			return nil, fmt.Errorf("%w: quorum %d apk: %w", ErrInvalid, q, err)
		}
		h := bls.OperatorID(ns.QuorumApks[i])
		if !bytes.Equal(h[:24], want[:]) {
			return nil, fmt.Errorf("%w: quorum %d apk differs from the registry's", ErrInvalid, q)
		}
		qa, err := ns.QuorumApks[i].G1()
		if err != nil {
			return nil, fmt.Errorf("%w: quorum apk: %w", ErrInvalid, err)
		}
		apk.Add(&apk, &qa)
	}
	var signingBitmap uint256bits
	for _, q := range signed {
		if signingBitmap.has(q) {
			return nil, fmt.Errorf("%w: quorum %d signed twice", ErrInvalid, q)
		}
		signingBitmap.set(q)
	}
	ids := make([][32]byte, len(ns.NonSignerPubkeys))
	bitmaps := make([]*big.Int, len(ns.NonSignerPubkeys))
	for i, pk := range ns.NonSignerPubkeys {
		ids[i] = bls.OperatorID(pk)
		if i > 0 && new(big.Int).SetBytes(ids[i][:]).Cmp(new(big.Int).SetBytes(ids[i-1][:])) <= 0 {
			return nil, fmt.Errorf("%w: non-signers not sorted", ErrInvalid)
		}
		bm, err := reg.QuorumBitmapAt(ids[i], rbn, ns.NonSignerQuorumBitmapIndices[i])
		if err != nil {
			return nil, fmt.Errorf("%w: non-signer bitmap: %w", ErrInvalid, err)
		}
		bitmaps[i] = bm
		times := signingBitmap.countIn(bm)
		if times == 0 {
			continue
		}
		g, err := pk.G1()
		if err != nil {
			return nil, fmt.Errorf("%w: non-signer key: %w", ErrInvalid, err)
		}
		var sub bn254.G1Affine
		sub.ScalarMultiplication(&g, big.NewInt(int64(times)))
		sub.Neg(&sub)
		apk.Add(&apk, &sub)
	}
	signedStake := make([]*big.Int, len(signed))
	totalStake := make([]*big.Int, len(signed))
	for qi, q := range signed {
		total, err := reg.TotalStakeAt(q, rbn, ns.TotalStakeIndices[qi])
		if err != nil {
			return nil, fmt.Errorf("%w: total stake: %w", ErrInvalid, err)
		}
		s := new(big.Int).Set(total)
		k := 0
		for i := range ids {
			if bitmaps[i].Bit(int(q)) == 0 {
				continue
			}
			if k >= len(ns.NonSignerStakeIndices[qi]) {
				return nil, fmt.Errorf("%w: missing non-signer stake index", ErrInvalid)
			}
			st, err := reg.StakeAt(q, rbn, ids[i], ns.NonSignerStakeIndices[qi][k])
			if err != nil {
				return nil, fmt.Errorf("%w: non-signer stake: %w", ErrInvalid, err)
			}
			k++
			s.Sub(s, st)
			if s.Sign() < 0 {
				return nil, fmt.Errorf("%w: non-signer stake exceeds the total", ErrInvalid)
			}
		}
		signedStake[qi], totalStake[qi] = s, total
	}
	if err := bls.Verify(c.BatchHeader.Hash(), bls.FromG1(apk), ns.ApkG2, ns.Sigma); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	confirmed := new(big.Int)
	for qi, q := range signed {
		lhs := new(big.Int).Mul(signedStake[qi], big.NewInt(100))
		rhs := new(big.Int).Mul(totalStake[qi], big.NewInt(int64(p.Thresholds.ConfirmationThreshold)))
		if lhs.Cmp(rhs) >= 0 {
			confirmed.SetBit(confirmed, int(q), 1)
		}
	}
	return confirmed, nil
}

// uint256bits is a set of quorum numbers.
type uint256bits [4]uint64

func (b *uint256bits) set(q uint8)      { b[q/64] |= 1 << (q % 64) }
func (b *uint256bits) has(q uint8) bool { return b[q/64]&(1<<(q%64)) != 0 }

// countIn returns how many quorums of b are set in bm.
func (b *uint256bits) countIn(bm *big.Int) int {
	n := 0
	for w := range 4 {
		var word uint64
		for i := range 64 {
			if bm.Bit(w*64+i) != 0 {
				word |= 1 << i
			}
		}
		n += bits.OnesCount64(word & b[w])
	}
	return n
}

func orderedBitmap(quorums []byte) (*big.Int, error) {
	out := new(big.Int)
	for i, q := range quorums {
		if i > 0 && q <= quorums[i-1] {
			return nil, fmt.Errorf("%w: quorum numbers not strictly ascending", ErrInvalid)
		}
		out.SetBit(out, int(q), 1)
	}
	return out, nil
}

// ApkHash returns the 24-byte aggregate key hash registries store.
func ApkHash(apk bls.G1Point) [24]byte {
	id := bls.OperatorID(apk)
	var out [24]byte
	copy(out[:], id[:24])
	return out
}
