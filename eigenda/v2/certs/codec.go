package certs

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/openledger/openledger/contracts/artifacts"
)

// Certificate versions, as cert verifier contracts report them (certVersion()).
const (
	CertVersion2 uint8 = 2
	CertVersion3 uint8 = 3
	CertVersion4 uint8 = 4
)

// Cert is a decoded certificate of any v2 version, held in the version 4 shape:
// for versions 2 and 3, OffchainDerivationVersion is zero and unused.
type Cert struct {
	// Version is the certificate version (2, 3 or 4).
	Version uint8
	CertV4
}

// ReferenceBlockNumber returns the L1 block whose operator state signed the
// certificate's batch.
func (c *Cert) ReferenceBlockNumber() uint64 { return uint64(c.BatchHeader.ReferenceBlockNumber) }

// BlobKey returns the key of the certified blob.
func (c *Cert) BlobKey() ([32]byte, error) {
	return c.BlobInclusionInfo.BlobCertificate.BlobHeader.BlobKey()
}

// Commitment returns the certified blob's commitment.
func (c *Cert) Commitment() BlobCommitment {
	return c.BlobInclusionInfo.BlobCertificate.BlobHeader.Commitment
}

// RelayKeys returns the relays that serve the blob.
func (c *Cert) RelayKeys() []uint32 { return c.BlobInclusionInfo.BlobCertificate.RelayKeys }

func (c *Cert) v3() *CertV3 {
	return &CertV3{c.BatchHeader, c.BlobInclusionInfo, c.NonSignerStakesAndSignature, c.SignedQuorumNumbers}
}

// EncodeRLP returns the certificate's RLP form, the bytes an Alt-DA commitment
// carries after its version byte.
func (c *Cert) EncodeRLP() ([]byte, error) {
	var v any
	switch c.Version {
	case CertVersion2:
		v3 := c.v3()
		v = &CertV2{v3.BlobInclusionInfo, v3.BatchHeader, v3.NonSignerStakesAndSignature, v3.SignedQuorumNumbers}
	case CertVersion3:
		v = c.v3()
	case CertVersion4:
		v = &c.CertV4
	default:
		return nil, fmt.Errorf("%w: certificate version %d", ErrUnsupportedVersion, c.Version)
	}
	out, err := rlp.EncodeToBytes(v)
	if err != nil {
		return nil, fmt.Errorf("%w: rlp encode: %w", ErrMalformed, err)
	}
	return out, nil
}

// DecodeRLP parses a certificate of the given version from its RLP form;
// trailing bytes are an error.
func DecodeRLP(version uint8, raw []byte) (*Cert, error) {
	c := &Cert{Version: version}
	var err error
	switch version {
	case CertVersion2:
		var v2 CertV2
		if err = rlp.DecodeBytes(raw, &v2); err == nil {
			c.CertV4 = *v2.ToV3().ToV4(0)
		}
	case CertVersion3:
		var v3 CertV3
		if err = rlp.DecodeBytes(raw, &v3); err == nil {
			c.CertV4 = *v3.ToV4(0)
		}
	case CertVersion4:
		err = rlp.DecodeBytes(raw, &c.CertV4)
	default:
		return nil, fmt.Errorf("%w: certificate version %d", ErrUnsupportedVersion, version)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: rlp decode v%d certificate: %w", ErrMalformed, version, err)
	}
	return c, nil
}

var (
	certV3Args, certV4Args = func() (abi.Arguments, abi.Arguments) {
		parsed := artifacts.MustABI("IEigenDACertTypeBindings")
		return parsed.Methods["dummyVerifyDACertV3"].Inputs, parsed.Methods["dummyVerifyDACertV4"].Inputs
	}()
)

// EncodeABI returns the certificate's ABI encoding, what a cert verifier's
// checkDACert decodes: abi.encode(cert) as a version 3 certificate for versions
// 2 and 3, as version 4 otherwise.
func (c *Cert) EncodeABI() ([]byte, error) {
	var (
		out []byte
		err error
	)
	switch c.Version {
	case CertVersion2, CertVersion3:
		out, err = certV3Args.Pack(c.v3())
	case CertVersion4:
		out, err = certV4Args.Pack(&c.CertV4)
	default:
		return nil, fmt.Errorf("%w: certificate version %d", ErrUnsupportedVersion, c.Version)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: abi encode: %w", ErrMalformed, err)
	}
	return out, nil
}

// DecodeABI parses the ABI encoding of a version 3 or 4 certificate.
func DecodeABI(version uint8, data []byte) (*Cert, error) {
	args := certV4Args
	if version == CertVersion3 {
		args = certV3Args
	} else if version != CertVersion4 {
		return nil, fmt.Errorf("%w: abi decoding of certificate version %d", ErrUnsupportedVersion, version)
	}
	values, err := args.Unpack(data)
	if err != nil {
		return nil, fmt.Errorf("%w: abi decode: %w", ErrMalformed, err)
	}
	// The ABI package returns anonymous structs; JSON carries them into ours
	// field by field (the names are the Solidity ones).
	js, err := json.Marshal(values[0])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	c := &Cert{Version: version}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c.CertV4); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return c, nil
}

// Alt-DA commitment bytes.
const (
	// GenericCommitmentType is op-alt-da's commitment type of DA-server
	// generated commitments.
	GenericCommitmentType byte = 0x01
	// EigenDALayerByte marks an EigenDA commitment.
	EigenDALayerByte byte = 0x00
)

// Commitment version bytes, eigenda-proxy's: one less than the certificate
// version for v2 certificates.
const (
	// VersionByteV1 is an EigenDA v1 certificate (package cert).
	VersionByteV1 byte = 0x00
	// VersionByteV2 is a legacy v2 certificate.
	VersionByteV2 byte = 0x01
	// VersionByteV3 is a v3 certificate.
	VersionByteV3 byte = 0x02
	// VersionByteV4 is a v4 certificate.
	VersionByteV4 byte = 0x03
)

// CertVersionOf returns the certificate version a commitment version byte
// carries (0 for EigenDA v1).
func CertVersionOf(versionByte byte) (uint8, error) {
	switch versionByte {
	case VersionByteV1:
		return 0, nil
	case VersionByteV2, VersionByteV3, VersionByteV4:
		return versionByte + 1, nil
	}
	return 0, fmt.Errorf("%w: %#x", ErrUnsupportedVersion, versionByte)
}

// EncodeCommitment returns the Alt-DA commitment of an RLP-encoded
// certificate: 0x01 ‖ 0x00 ‖ version byte ‖ certificate.
func EncodeCommitment(versionByte byte, cert []byte) []byte {
	out := make([]byte, 0, 3+len(cert))
	return append(append(out, GenericCommitmentType, EigenDALayerByte, versionByte), cert...)
}

// AltDACommitment returns the certificate's Alt-DA commitment.
func (c *Cert) AltDACommitment() ([]byte, error) {
	raw, err := c.EncodeRLP()
	if err != nil {
		return nil, err
	}
	return EncodeCommitment(c.Version-1, raw), nil
}

// ParseCommitment splits an Alt-DA commitment (without op-node's derivation
// version byte) into its version byte and certificate bytes.
func ParseCommitment(raw []byte) (versionByte byte, cert []byte, err error) {
	switch {
	case len(raw) < 3:
		return 0, nil, fmt.Errorf("%w: commitment of %d bytes", ErrMalformed, len(raw))
	case raw[0] != GenericCommitmentType || raw[1] != EigenDALayerByte:
		return 0, nil, fmt.Errorf("%w: prefix %#x %#x", ErrNotEigenDA, raw[0], raw[1])
	}
	if _, err := CertVersionOf(raw[2]); err != nil {
		return 0, nil, err
	}
	return raw[2], raw[3:], nil
}

// DecodeCommitment parses an Alt-DA commitment of a v2 certificate.
func DecodeCommitment(raw []byte) (*Cert, error) {
	vb, body, err := ParseCommitment(raw)
	if err != nil {
		return nil, err
	}
	if vb == VersionByteV1 {
		return nil, fmt.Errorf("%w: version byte 0 is an eigenda v1 certificate", ErrUnsupportedVersion)
	}
	v, _ := CertVersionOf(vb)
	return DecodeRLP(v, body)
}
