package disperser

import (
	"errors"
	"fmt"

	"github.com/openledger/openledger/eigenda/cert"
)

// BlobStatus is the disperser's processing state of a blob.
type BlobStatus int32

// Blob states, numbered as in disperser.proto.
const (
	StatusUnknown                BlobStatus = 0
	StatusProcessing             BlobStatus = 1
	StatusConfirmed              BlobStatus = 2
	StatusFailed                 BlobStatus = 3
	StatusFinalized              BlobStatus = 4
	StatusInsufficientSignatures BlobStatus = 5
	StatusDispersing             BlobStatus = 6
)

// String returns the status's proto enum name.
func (s BlobStatus) String() string {
	switch s {
	case StatusUnknown:
		return "UNKNOWN"
	case StatusProcessing:
		return "PROCESSING"
	case StatusConfirmed:
		return "CONFIRMED"
	case StatusFailed:
		return "FAILED"
	case StatusFinalized:
		return "FINALIZED"
	case StatusInsufficientSignatures:
		return "INSUFFICIENT_SIGNATURES"
	case StatusDispersing:
		return "DISPERSING"
	}
	return fmt.Sprintf("BlobStatus(%d)", int32(s))
}

// ErrWire is returned when a message's protobuf bytes do not decode.
var ErrWire = errors.New("malformed protobuf message")

// DisperseBlobRequest asks the disperser to disperse one blob.
type DisperseBlobRequest struct {
	Data                []byte   // field 1: the blob, canonical 32-byte field elements
	CustomQuorumNumbers []uint32 // field 2: quorums beyond the required ones
	AccountID           string   // field 3
}

// DisperseBlobReply acknowledges a dispersal.
type DisperseBlobReply struct {
	Result    BlobStatus // field 1
	RequestID []byte     // field 2
}

// BlobStatusRequest asks for a dispersal's status.
type BlobStatusRequest struct {
	RequestID []byte // field 1
}

// BlobStatusReply is a dispersal's status and, once confirmed, its certificate.
type BlobStatusReply struct {
	Status BlobStatus     // field 1
	Info   *cert.BlobInfo // field 2, nil when absent
}

// RetrieveBlobRequest asks for a blob by batch header hash and index.
type RetrieveBlobRequest struct {
	BatchHeaderHash []byte // field 1
	BlobIndex       uint32 // field 2
}

// RetrieveBlobReply carries a retrieved blob.
type RetrieveBlobReply struct {
	Data []byte // field 1
}
