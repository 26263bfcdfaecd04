package disperser

import (
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/openledger/openledger/eigenda/cert"
)

// message is a hand-written protobuf message.
type message interface {
	marshalProto() []byte
	unmarshalProto(b []byte) error
}

// ---- encoding helpers (proto3: default values are omitted) ----

func appendBytes(b []byte, num protowire.Number, v []byte) []byte {
	if len(v) == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

func appendUint(b []byte, num protowire.Number, v uint64) []byte {
	if v == 0 {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, v)
}

func appendMessage(b []byte, num protowire.Number, m []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, m)
}

// ---- decoding helpers ----

// fieldFunc handles one field; it returns false when it does not know the field
// number, which is then skipped.
type fieldFunc func(num protowire.Number, typ protowire.Type, b []byte) (n int, known bool, err error)

func decodeFields(b []byte, f fieldFunc) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Errorf("%w: tag: %w", ErrWire, protowire.ParseError(n))
		}
		b = b[n:]
		m, known, err := f(num, typ, b)
		if err != nil {
			return fmt.Errorf("field %d: %w", num, err)
		}
		if !known {
			m = protowire.ConsumeFieldValue(num, typ, b)
		}
		if m < 0 {
			return fmt.Errorf("%w: field %d: %w", ErrWire, num, protowire.ParseError(m))
		}
		b = b[m:]
	}
	return nil
}

func wantType(typ, want protowire.Type) error {
	if typ != want {
		return fmt.Errorf("%w: wire type %d, want %d", ErrWire, typ, want)
	}
	return nil
}

func consumeBytes(typ protowire.Type, b []byte, dst *[]byte) (int, bool, error) {
	if err := wantType(typ, protowire.BytesType); err != nil {
		return 0, true, err
	}
	v, n := protowire.ConsumeBytes(b)
	if n < 0 {
		return 0, true, fmt.Errorf("%w: %w", ErrWire, protowire.ParseError(n))
	}
	*dst = append([]byte{}, v...)
	return n, true, nil
}

func consumeUint32(typ protowire.Type, b []byte, dst *uint32) (int, bool, error) {
	if err := wantType(typ, protowire.VarintType); err != nil {
		return 0, true, err
	}
	v, n := protowire.ConsumeVarint(b)
	if n < 0 {
		return 0, true, fmt.Errorf("%w: %w", ErrWire, protowire.ParseError(n))
	}
	*dst = uint32(v) // proto3 truncates out-of-range uint32 varints the same way
	return n, true, nil
}

func consumeStatus(typ protowire.Type, b []byte, dst *BlobStatus) (int, bool, error) {
	var v uint32
	n, known, err := consumeUint32(typ, b, &v)
	*dst = BlobStatus(int32(v))
	return n, known, err
}

func consumeMessage(typ protowire.Type, b []byte, decode func([]byte) error) (int, bool, error) {
	var raw []byte
	n, _, err := consumeBytes(typ, b, &raw)
	if err != nil {
		return 0, true, err
	}
	return n, true, decode(raw)
}

// consumeUint32s reads a repeated uint32, packed or not.
func consumeUint32s(typ protowire.Type, b []byte, dst *[]uint32) (int, bool, error) {
	switch typ {
	case protowire.VarintType:
		var v uint32
		n, _, err := consumeUint32(typ, b, &v)
		*dst = append(*dst, v)
		return n, true, err
	case protowire.BytesType:
		packed, n := protowire.ConsumeBytes(b)
		if n < 0 {
			return 0, true, fmt.Errorf("%w: %w", ErrWire, protowire.ParseError(n))
		}
		for len(packed) > 0 {
			v, m := protowire.ConsumeVarint(packed)
			if m < 0 {
				return 0, true, fmt.Errorf("%w: packed: %w", ErrWire, protowire.ParseError(m))
			}
			*dst = append(*dst, uint32(v))
			packed = packed[m:]
		}
		return n, true, nil
	}
	return 0, true, fmt.Errorf("%w: wire type %d for repeated uint32", ErrWire, typ)
}

// ---- requests and replies ----

func (m *DisperseBlobRequest) marshalProto() []byte {
	b := appendBytes(nil, 1, m.Data)
	if len(m.CustomQuorumNumbers) > 0 {
		var packed []byte
		for _, q := range m.CustomQuorumNumbers {
			packed = protowire.AppendVarint(packed, uint64(q))
		}
		b = appendBytes(b, 2, packed)
	}
	return appendBytes(b, 3, []byte(m.AccountID))
}

func (m *DisperseBlobRequest) unmarshalProto(b []byte) error {
	*m = DisperseBlobRequest{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeBytes(typ, b, &m.Data)
		case 2:
			return consumeUint32s(typ, b, &m.CustomQuorumNumbers)
		case 3:
			var s []byte
			n, k, err := consumeBytes(typ, b, &s)
			m.AccountID = string(s)
			return n, k, err
		}
		return 0, false, nil
	})
}

func (m *DisperseBlobReply) marshalProto() []byte {
	b := appendUint(nil, 1, uint64(uint32(m.Result)))
	return appendBytes(b, 2, m.RequestID)
}

func (m *DisperseBlobReply) unmarshalProto(b []byte) error {
	*m = DisperseBlobReply{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeStatus(typ, b, &m.Result)
		case 2:
			return consumeBytes(typ, b, &m.RequestID)
		}
		return 0, false, nil
	})
}

func (m *BlobStatusRequest) marshalProto() []byte { return appendBytes(nil, 1, m.RequestID) }

func (m *BlobStatusRequest) unmarshalProto(b []byte) error {
	*m = BlobStatusRequest{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		if num == 1 {
			return consumeBytes(typ, b, &m.RequestID)
		}
		return 0, false, nil
	})
}

func (m *BlobStatusReply) marshalProto() []byte {
	b := appendUint(nil, 1, uint64(uint32(m.Status)))
	if m.Info != nil {
		b = appendMessage(b, 2, marshalBlobInfo(m.Info))
	}
	return b
}

func (m *BlobStatusReply) unmarshalProto(b []byte) error {
	*m = BlobStatusReply{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeStatus(typ, b, &m.Status)
		case 2:
			m.Info = &cert.BlobInfo{}
			return consumeMessage(typ, b, func(raw []byte) error { return unmarshalBlobInfo(raw, m.Info) })
		}
		return 0, false, nil
	})
}

func (m *RetrieveBlobRequest) marshalProto() []byte {
	b := appendBytes(nil, 1, m.BatchHeaderHash)
	return appendUint(b, 2, uint64(m.BlobIndex))
}

func (m *RetrieveBlobRequest) unmarshalProto(b []byte) error {
	*m = RetrieveBlobRequest{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeBytes(typ, b, &m.BatchHeaderHash)
		case 2:
			return consumeUint32(typ, b, &m.BlobIndex)
		}
		return 0, false, nil
	})
}

func (m *RetrieveBlobReply) marshalProto() []byte { return appendBytes(nil, 1, m.Data) }

func (m *RetrieveBlobReply) unmarshalProto(b []byte) error {
	*m = RetrieveBlobReply{}
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		if num == 1 {
			return consumeBytes(typ, b, &m.Data)
		}
		return 0, false, nil
	})
}

// ---- BlobInfo (the certificate) ----

func marshalBlobInfo(info *cert.BlobInfo) []byte {
	h := &info.BlobHeader
	comm := appendBytes(nil, 1, h.Commitment.X)
	comm = appendBytes(comm, 2, h.Commitment.Y)
	header := appendMessage(nil, 1, comm)
	header = appendUint(header, 2, uint64(h.DataLength))
	for _, q := range h.BlobQuorumParams {
		p := appendUint(nil, 1, uint64(q.QuorumNumber))
		p = appendUint(p, 2, uint64(q.AdversaryThresholdPercentage))
		p = appendUint(p, 3, uint64(q.ConfirmationThresholdPercentage))
		p = appendUint(p, 4, uint64(q.ChunkLength))
		header = appendMessage(header, 3, p)
	}

	pr := &info.BlobVerificationProof
	md := &pr.BatchMetadata
	bh := &md.BatchHeader
	batchHeader := appendBytes(nil, 1, bh.BatchRoot)
	batchHeader = appendBytes(batchHeader, 2, bh.QuorumNumbers)
	batchHeader = appendBytes(batchHeader, 3, bh.QuorumSignedPercentages)
	batchHeader = appendUint(batchHeader, 4, uint64(bh.ReferenceBlockNumber))
	metadata := appendMessage(nil, 1, batchHeader)
	metadata = appendBytes(metadata, 2, md.SignatoryRecordHash)
	metadata = appendBytes(metadata, 3, md.Fee)
	metadata = appendUint(metadata, 4, uint64(md.ConfirmationBlockNumber))
	metadata = appendBytes(metadata, 5, md.BatchHeaderHash)
	proof := appendUint(nil, 1, uint64(pr.BatchID))
	proof = appendUint(proof, 2, uint64(pr.BlobIndex))
	proof = appendMessage(proof, 3, metadata)
	proof = appendBytes(proof, 4, pr.InclusionProof)
	proof = appendBytes(proof, 5, pr.QuorumIndexes)

	out := appendMessage(nil, 1, header)
	return appendMessage(out, 2, proof)
}

func unmarshalBlobInfo(b []byte, info *cert.BlobInfo) error {
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeMessage(typ, b, func(raw []byte) error { return unmarshalBlobHeader(raw, &info.BlobHeader) })
		case 2:
			return consumeMessage(typ, b, func(raw []byte) error { return unmarshalProof(raw, &info.BlobVerificationProof) })
		}
		return 0, false, nil
	})
}

func unmarshalBlobHeader(b []byte, h *cert.BlobHeader) error {
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeMessage(typ, b, func(raw []byte) error {
				return decodeFields(raw, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
					switch num {
					case 1:
						return consumeBytes(typ, b, &h.Commitment.X)
					case 2:
						return consumeBytes(typ, b, &h.Commitment.Y)
					}
					return 0, false, nil
				})
			})
		case 2:
			return consumeUint32(typ, b, &h.DataLength)
		case 3:
			var q cert.BlobQuorumParam
			n, k, err := consumeMessage(typ, b, func(raw []byte) error {
				return decodeFields(raw, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
					switch num {
					case 1:
						return consumeUint32(typ, b, &q.QuorumNumber)
					case 2:
						return consumeUint32(typ, b, &q.AdversaryThresholdPercentage)
					case 3:
						return consumeUint32(typ, b, &q.ConfirmationThresholdPercentage)
					case 4:
						return consumeUint32(typ, b, &q.ChunkLength)
					}
					return 0, false, nil
				})
			})
			h.BlobQuorumParams = append(h.BlobQuorumParams, q)
			return n, k, err
		}
		return 0, false, nil
	})
}

func unmarshalProof(b []byte, p *cert.BlobVerificationProof) error {
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			return consumeUint32(typ, b, &p.BatchID)
		case 2:
			return consumeUint32(typ, b, &p.BlobIndex)
		case 3:
			return consumeMessage(typ, b, func(raw []byte) error { return unmarshalMetadata(raw, &p.BatchMetadata) })
		case 4:
			return consumeBytes(typ, b, &p.InclusionProof)
		case 5:
			return consumeBytes(typ, b, &p.QuorumIndexes)
		}
		return 0, false, nil
	})
}

func unmarshalMetadata(b []byte, md *cert.BatchMetadata) error {
	return decodeFields(b, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
		switch num {
		case 1:
			bh := &md.BatchHeader
			return consumeMessage(typ, b, func(raw []byte) error {
				return decodeFields(raw, func(num protowire.Number, typ protowire.Type, b []byte) (int, bool, error) {
					switch num {
					case 1:
						return consumeBytes(typ, b, &bh.BatchRoot)
					case 2:
						return consumeBytes(typ, b, &bh.QuorumNumbers)
					case 3:
						return consumeBytes(typ, b, &bh.QuorumSignedPercentages)
					case 4:
						return consumeUint32(typ, b, &bh.ReferenceBlockNumber)
					}
					return 0, false, nil
				})
			})
		case 2:
			return consumeBytes(typ, b, &md.SignatoryRecordHash)
		case 3:
			return consumeBytes(typ, b, &md.Fee)
		case 4:
			return consumeUint32(typ, b, &md.ConfirmationBlockNumber)
		case 5:
			return consumeBytes(typ, b, &md.BatchHeaderHash)
		}
		return 0, false, nil
	})
}
