package cert

import "fmt"

const (
	// GenericCommitmentType is op-alt-da's commitment type byte for generic
	// (DA-service generated) commitments.
	GenericCommitmentType byte = 0x01
	// EigenDALayerByte is the DA layer byte that marks an EigenDA commitment.
	EigenDALayerByte byte = 0x00
	// CertVersion0 is the certificate version of an RLP-encoded EigenDA v1
	// BlobInfo.
	CertVersion0 byte = 0x00

	prefixLen = 3
)

// EncodeCommitment returns the Alt-DA commitment bytes for a certificate:
// 0x01 0x00 0x00 RLP(info). This is the body of the server's put response and,
// hex-encoded, the key of a get.
func EncodeCommitment(info *BlobInfo) ([]byte, error) {
	raw, err := info.Encode()
	if err != nil {
		return nil, err
	}
	return append([]byte{GenericCommitmentType, EigenDALayerByte, CertVersion0}, raw...), nil
}

// DecodeCommitment parses Alt-DA commitment bytes into a certificate.
func DecodeCommitment(comm []byte) (*BlobInfo, error) {
	if len(comm) < prefixLen {
		return nil, fmt.Errorf("%w: commitment of %d bytes is shorter than its 3-byte prefix", ErrMalformed, len(comm))
	}
	if comm[0] != GenericCommitmentType {
		return nil, fmt.Errorf("%w: type byte %#x", ErrNotGeneric, comm[0])
	}
	if comm[1] != EigenDALayerByte {
		return nil, fmt.Errorf("%w: da layer byte %#x", ErrNotEigenDA, comm[1])
	}
	if comm[2] != CertVersion0 {
		return nil, fmt.Errorf("%w: %#x", ErrUnsupportedVersion, comm[2])
	}
	return Decode(comm[prefixLen:])
}
