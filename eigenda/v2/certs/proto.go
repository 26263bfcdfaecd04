package certs

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/pb/commonpb"
	"github.com/openledger/openledger/eigenda/v2/pb/commonv2pb"
	"github.com/openledger/openledger/eigenda/v2/pb/disperserpb"
)

// Attestation is the operators' signature of a batch as the disperser reports
// it: the non-signers' keys (ascending by operator id), each quorum's
// aggregate key, the signers' aggregate G₂ key and signature, and each
// quorum's signed stake percentage.
type Attestation struct {
	NonSignerPubkeys        []bls.G1Point
	QuorumApks              []bls.G1Point
	ApkG2                   bls.G2Point
	Sigma                   bls.G1Point
	QuorumNumbers           []byte
	QuorumSignedPercentages []byte
}

// CheckSignaturesIndices are the history index hints a signature checker
// needs, as the operator state retriever returns them.
type CheckSignaturesIndices struct {
	NonSignerQuorumBitmapIndices []uint32
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// CommitmentToProto writes a blob commitment in the protobuf form (gnark
// compressed points).
func CommitmentToProto(c BlobCommitment) (*commonpb.BlobCommitment, error) {
	g1, err := c.Commitment.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: commitment: %w", ErrMalformed, err)
	}
	lc, err := c.LengthCommitment.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: length commitment: %w", ErrMalformed, err)
	}
	lp, err := c.LengthProof.Bytes()
	if err != nil {
		return nil, fmt.Errorf("%w: length proof: %w", ErrMalformed, err)
	}
	return &commonpb.BlobCommitment{Commitment: g1, LengthCommitment: lc, LengthProof: lp, Length: c.Length}, nil
}

// CommitmentFromProto parses a protobuf blob commitment.
func CommitmentFromProto(p *commonpb.BlobCommitment) (BlobCommitment, error) {
	if p == nil {
		return BlobCommitment{}, fmt.Errorf("%w: no commitment", ErrMalformed)
	}
	g1, err := bls.G1FromBytes(p.GetCommitment())
	if err != nil {
		return BlobCommitment{}, fmt.Errorf("%w: commitment: %w", ErrMalformed, err)
	}
	lc, err := bls.G2FromBytes(p.GetLengthCommitment())
	if err != nil {
		return BlobCommitment{}, fmt.Errorf("%w: length commitment: %w", ErrMalformed, err)
	}
	lp, err := bls.G2FromBytes(p.GetLengthProof())
	if err != nil {
		return BlobCommitment{}, fmt.Errorf("%w: length proof: %w", ErrMalformed, err)
	}
	return BlobCommitment{Commitment: g1, LengthCommitment: lc, LengthProof: lp, Length: p.GetLength()}, nil
}

// PaymentToProto writes a payment header in the protobuf form.
func PaymentToProto(p PaymentHeader) *commonv2pb.PaymentHeader {
	var cp []byte
	if p.IsOnDemand() {
		cp = p.CumulativePayment.Bytes()
	}
	return &commonv2pb.PaymentHeader{AccountId: p.AccountID.Hex(), Timestamp: p.Timestamp, CumulativePayment: cp}
}

// PaymentFromProto parses a protobuf payment header.
func PaymentFromProto(p *commonv2pb.PaymentHeader) (PaymentHeader, error) {
	if p == nil {
		return PaymentHeader{}, fmt.Errorf("%w: no payment header", ErrMalformed)
	}
	if !common.IsHexAddress(p.GetAccountId()) {
		return PaymentHeader{}, fmt.Errorf("%w: account id %q is not an address", ErrMalformed, p.GetAccountId())
	}
	if len(p.GetCumulativePayment()) > 32 {
		return PaymentHeader{}, fmt.Errorf("%w: cumulative payment of %d bytes", ErrMalformed, len(p.GetCumulativePayment()))
	}
	return PaymentHeader{
		AccountID:         common.HexToAddress(p.GetAccountId()),
		Timestamp:         p.GetTimestamp(),
		CumulativePayment: new(big.Int).SetBytes(p.GetCumulativePayment()),
	}, nil
}

// QuorumsFromProto converts repeated uint32 quorum numbers to bytes.
func QuorumsFromProto(qs []uint32) ([]byte, error) {
	out := make([]byte, len(qs))
	for i, q := range qs {
		if q > math.MaxUint8 {
			return nil, fmt.Errorf("%w: quorum number %d", ErrMalformed, q)
		}
		out[i] = byte(q)
	}
	return out, nil
}

// QuorumsToProto converts quorum numbers to repeated uint32.
func QuorumsToProto(qs []byte) []uint32 {
	out := make([]uint32, len(qs))
	for i, q := range qs {
		out[i] = uint32(q)
	}
	return out
}

// HeaderToProto writes a full blob header (with its payment header).
func HeaderToProto(version uint16, quorums []byte, c BlobCommitment, p PaymentHeader) (*commonv2pb.BlobHeader, error) {
	pc, err := CommitmentToProto(c)
	if err != nil {
		return nil, err
	}
	return &commonv2pb.BlobHeader{
		Version: uint32(version), QuorumNumbers: QuorumsToProto(quorums), Commitment: pc, PaymentHeader: PaymentToProto(p),
	}, nil
}

// HeaderFromProto parses a full blob header and returns it in certificate form
// (payment hashed) with its payment header.
func HeaderFromProto(h *commonv2pb.BlobHeader) (BlobHeader, PaymentHeader, error) {
	if h == nil {
		return BlobHeader{}, PaymentHeader{}, fmt.Errorf("%w: no blob header", ErrMalformed)
	}
	if h.GetVersion() > math.MaxUint16 {
		return BlobHeader{}, PaymentHeader{}, fmt.Errorf("%w: blob version %d", ErrMalformed, h.GetVersion())
	}
	quorums, err := QuorumsFromProto(h.GetQuorumNumbers())
	if err != nil {
		return BlobHeader{}, PaymentHeader{}, err
	}
	c, err := CommitmentFromProto(h.GetCommitment())
	if err != nil {
		return BlobHeader{}, PaymentHeader{}, err
	}
	p, err := PaymentFromProto(h.GetPaymentHeader())
	if err != nil {
		return BlobHeader{}, PaymentHeader{}, err
	}
	ph, err := p.Hash()
	if err != nil {
		return BlobHeader{}, PaymentHeader{}, err
	}
	return BlobHeader{Version: uint16(h.GetVersion()), QuorumNumbers: quorums, Commitment: c, PaymentHeaderHash: ph}, p, nil
}

// AttestationToProto writes an attestation in the protobuf form.
func AttestationToProto(a *Attestation) (*disperserpb.Attestation, error) {
	out := &disperserpb.Attestation{
		QuorumNumbers:           QuorumsToProto(a.QuorumNumbers),
		QuorumSignedPercentages: a.QuorumSignedPercentages,
	}
	var err error
	for _, p := range a.NonSignerPubkeys {
		b, perr := p.Bytes()
		if perr != nil {
			return nil, perr
		}
		out.NonSignerPubkeys = append(out.NonSignerPubkeys, b)
	}
	for _, p := range a.QuorumApks {
		b, perr := p.Bytes()
		if perr != nil {
			return nil, perr
		}
		out.QuorumApks = append(out.QuorumApks, b)
	}
	if out.ApkG2, err = a.ApkG2.Bytes(); err != nil {
		return nil, err
	}
	if out.Sigma, err = a.Sigma.Bytes(); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationFromProto parses a protobuf attestation.
func AttestationFromProto(p *disperserpb.Attestation) (*Attestation, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: no attestation", ErrMalformed)
	}
	a := &Attestation{QuorumSignedPercentages: p.GetQuorumSignedPercentages()}
	var err error
	if a.QuorumNumbers, err = QuorumsFromProto(p.GetQuorumNumbers()); err != nil {
		return nil, err
	}
	for _, b := range p.GetNonSignerPubkeys() {
		g, err := bls.G1FromBytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: non-signer key: %w", ErrMalformed, err)
		}
		a.NonSignerPubkeys = append(a.NonSignerPubkeys, g)
	}
	for _, b := range p.GetQuorumApks() {
		g, err := bls.G1FromBytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: quorum apk: %w", ErrMalformed, err)
		}
		a.QuorumApks = append(a.QuorumApks, g)
	}
	if a.ApkG2, err = bls.G2FromBytes(p.GetApkG2()); err != nil {
		return nil, fmt.Errorf("%w: apk g2: %w", ErrMalformed, err)
	}
	if a.Sigma, err = bls.G1FromBytes(p.GetSigma()); err != nil {
		return nil, fmt.Errorf("%w: sigma: %w", ErrMalformed, err)
	}
	if len(a.QuorumApks) != len(a.QuorumNumbers) || len(a.QuorumSignedPercentages) != len(a.QuorumNumbers) {
		return nil, fmt.Errorf("%w: attestation has %d quorums, %d apks, %d percentages", ErrMalformed,
			len(a.QuorumNumbers), len(a.QuorumApks), len(a.QuorumSignedPercentages))
	}
	return a, nil
}

// BlobCertificateToProto writes a blob certificate with its full header.
func BlobCertificateToProto(c BlobCertificate, payment PaymentHeader) (*commonv2pb.BlobCertificate, error) {
	h := c.BlobHeader
	hp, err := HeaderToProto(h.Version, h.QuorumNumbers, h.Commitment, payment)
	if err != nil {
		return nil, err
	}
	return &commonv2pb.BlobCertificate{BlobHeader: hp, Signature: c.Signature, RelayKeys: c.RelayKeys}, nil
}

// InclusionFromProto parses a protobuf blob inclusion info.
func InclusionFromProto(p *disperserpb.BlobInclusionInfo) (BlobInclusionInfo, error) {
	if p == nil || p.GetBlobCertificate() == nil {
		return BlobInclusionInfo{}, fmt.Errorf("%w: no blob inclusion info", ErrMalformed)
	}
	h, _, err := HeaderFromProto(p.GetBlobCertificate().GetBlobHeader())
	if err != nil {
		return BlobInclusionInfo{}, err
	}
	return BlobInclusionInfo{
		BlobCertificate: BlobCertificate{
			BlobHeader: h, Signature: p.GetBlobCertificate().GetSignature(), RelayKeys: p.GetBlobCertificate().GetRelayKeys(),
		},
		BlobIndex:      p.GetBlobIndex(),
		InclusionProof: p.GetInclusionProof(),
	}, nil
}

// BatchHeaderFromProto parses a protobuf batch header.
func BatchHeaderFromProto(p *commonv2pb.BatchHeader) (BatchHeader, error) {
	if p == nil {
		return BatchHeader{}, fmt.Errorf("%w: no batch header", ErrMalformed)
	}
	if len(p.GetBatchRoot()) != 32 {
		return BatchHeader{}, fmt.Errorf("%w: batch root of %d bytes", ErrMalformed, len(p.GetBatchRoot()))
	}
	if p.GetReferenceBlockNumber() > math.MaxUint32 {
		return BatchHeader{}, fmt.Errorf("%w: reference block %d", ErrMalformed, p.GetReferenceBlockNumber())
	}
	return BatchHeader{BatchRoot: [32]byte(p.GetBatchRoot()), ReferenceBlockNumber: uint32(p.GetReferenceBlockNumber())}, nil
}

// NewCert assembles a certificate of the given version (3 or 4) from a signed
// batch, the blob's inclusion in it and the signature checker's index hints.
func NewCert(version uint8, header BatchHeader, inclusion BlobInclusionInfo, a *Attestation,
	idx CheckSignaturesIndices, offchainDerivationVersion uint16) (*Cert, error) {
	if version != CertVersion3 && version != CertVersion4 {
		return nil, fmt.Errorf("%w: cannot build certificate version %d", ErrUnsupportedVersion, version)
	}
	c := &Cert{Version: version}
	c.BatchHeader = header
	c.BlobInclusionInfo = inclusion
	c.NonSignerStakesAndSignature = NonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: idx.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             a.NonSignerPubkeys,
		QuorumApks:                   a.QuorumApks,
		ApkG2:                        a.ApkG2,
		Sigma:                        a.Sigma,
		QuorumApkIndices:             idx.QuorumApkIndices,
		TotalStakeIndices:            idx.TotalStakeIndices,
		NonSignerStakeIndices:        idx.NonSignerStakeIndices,
	}
	c.SignedQuorumNumbers = a.QuorumNumbers
	if version == CertVersion4 {
		c.OffchainDerivationVersion = offchainDerivationVersion
	}
	c.normalize()
	return c, nil
}

// normalize replaces nil slices with empty ones, so that a certificate and its
// decoded RLP or ABI form compare equal.
func (c *Cert) normalize() {
	ns := &c.NonSignerStakesAndSignature
	for _, s := range []*[]uint32{&ns.NonSignerQuorumBitmapIndices, &ns.QuorumApkIndices, &ns.TotalStakeIndices,
		&c.BlobInclusionInfo.BlobCertificate.RelayKeys} {
		if *s == nil {
			*s = []uint32{}
		}
	}
	for _, s := range []*[]bls.G1Point{&ns.NonSignerPubkeys, &ns.QuorumApks} {
		if *s == nil {
			*s = []bls.G1Point{}
		}
	}
	if ns.NonSignerStakeIndices == nil {
		ns.NonSignerStakeIndices = [][]uint32{}
	}
	for i := range ns.NonSignerStakeIndices {
		if ns.NonSignerStakeIndices[i] == nil {
			ns.NonSignerStakeIndices[i] = []uint32{}
		}
	}
}
