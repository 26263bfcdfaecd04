package disperser

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/prototext"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/dynamicpb"

	"github.com/openledger/openledger/eigenda/cert"
)

// disperserProto is the subset of EigenDA's disperser.proto (with common.proto's
// G1Commitment) this package speaks, as a descriptor, so that the real protobuf
// runtime can check the hand-written wire encoding.
const disperserProto = `
name: "disperser_subset.proto" package: "disperser" syntax: "proto3"
enum_type { name: "BlobStatus"
  value { name: "UNKNOWN" number: 0 } value { name: "PROCESSING" number: 1 } value { name: "CONFIRMED" number: 2 }
  value { name: "FAILED" number: 3 } value { name: "FINALIZED" number: 4 }
  value { name: "INSUFFICIENT_SIGNATURES" number: 5 } value { name: "DISPERSING" number: 6 } }
message_type { name: "G1Commitment"
  field { name: "x" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "y" number: 2 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "DisperseBlobRequest"
  field { name: "data" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "custom_quorum_numbers" number: 2 label: LABEL_REPEATED type: TYPE_UINT32 }
  field { name: "account_id" number: 3 label: LABEL_OPTIONAL type: TYPE_STRING } }
message_type { name: "DisperseBlobReply"
  field { name: "result" number: 1 label: LABEL_OPTIONAL type: TYPE_ENUM type_name: ".disperser.BlobStatus" }
  field { name: "request_id" number: 2 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "BlobStatusRequest"
  field { name: "request_id" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "BlobStatusReply"
  field { name: "status" number: 1 label: LABEL_OPTIONAL type: TYPE_ENUM type_name: ".disperser.BlobStatus" }
  field { name: "info" number: 2 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.BlobInfo" } }
message_type { name: "RetrieveBlobRequest"
  field { name: "batch_header_hash" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "blob_index" number: 2 label: LABEL_OPTIONAL type: TYPE_UINT32 } }
message_type { name: "RetrieveBlobReply"
  field { name: "data" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "BlobInfo"
  field { name: "blob_header" number: 1 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.BlobHeader" }
  field { name: "blob_verification_proof" number: 2 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.BlobVerificationProof" } }
message_type { name: "BlobHeader"
  field { name: "commitment" number: 1 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.G1Commitment" }
  field { name: "data_length" number: 2 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "blob_quorum_params" number: 3 label: LABEL_REPEATED type: TYPE_MESSAGE type_name: ".disperser.BlobQuorumParam" } }
message_type { name: "BlobQuorumParam"
  field { name: "quorum_number" number: 1 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "adversary_threshold_percentage" number: 2 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "confirmation_threshold_percentage" number: 3 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "chunk_length" number: 4 label: LABEL_OPTIONAL type: TYPE_UINT32 } }
message_type { name: "BlobVerificationProof"
  field { name: "batch_id" number: 1 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "blob_index" number: 2 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "batch_metadata" number: 3 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.BatchMetadata" }
  field { name: "inclusion_proof" number: 4 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "quorum_indexes" number: 5 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "BatchMetadata"
  field { name: "batch_header" number: 1 label: LABEL_OPTIONAL type: TYPE_MESSAGE type_name: ".disperser.BatchHeader" }
  field { name: "signatory_record_hash" number: 2 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "fee" number: 3 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "confirmation_block_number" number: 4 label: LABEL_OPTIONAL type: TYPE_UINT32 }
  field { name: "batch_header_hash" number: 5 label: LABEL_OPTIONAL type: TYPE_BYTES } }
message_type { name: "BatchHeader"
  field { name: "batch_root" number: 1 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "quorum_numbers" number: 2 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "quorum_signed_percentages" number: 3 label: LABEL_OPTIONAL type: TYPE_BYTES }
  field { name: "reference_block_number" number: 4 label: LABEL_OPTIONAL type: TYPE_UINT32 } }
`

func descriptors(t testing.TB) protoreflect.FileDescriptor {
	t.Helper()
	var fdp descriptorpb.FileDescriptorProto
	if err := prototext.Unmarshal([]byte(disperserProto), &fdp); err != nil {
		t.Fatal(err)
	}
	fd, err := protodesc.NewFile(&fdp, new(protoregistry.Files))
	if err != nil {
		t.Fatal(err)
	}
	return fd
}

func sampleInfo() *cert.BlobInfo {
	return &cert.BlobInfo{
		BlobHeader: cert.BlobHeader{
			Commitment: cert.G1Commitment{X: bytes.Repeat([]byte{1}, 32), Y: bytes.Repeat([]byte{2}, 32)},
			DataLength: 1024,
			BlobQuorumParams: []cert.BlobQuorumParam{
				{QuorumNumber: 0, AdversaryThresholdPercentage: 33, ConfirmationThresholdPercentage: 55, ChunkLength: 8},
				{QuorumNumber: 1, AdversaryThresholdPercentage: 30, ConfirmationThresholdPercentage: 60, ChunkLength: 300},
			},
		},
		BlobVerificationProof: cert.BlobVerificationProof{
			BatchID: 99, BlobIndex: 3,
			BatchMetadata: cert.BatchMetadata{
				BatchHeader: cert.BatchHeader{
					BatchRoot: bytes.Repeat([]byte{3}, 32), QuorumNumbers: []byte{0, 1}, QuorumSignedPercentages: []byte{90, 80},
					ReferenceBlockNumber: 123456,
				},
				SignatoryRecordHash: bytes.Repeat([]byte{4}, 32), Fee: []byte{0x01, 0x00},
				ConfirmationBlockNumber: 123500, BatchHeaderHash: bytes.Repeat([]byte{5}, 32),
			},
			InclusionProof: bytes.Repeat([]byte{6}, 64), QuorumIndexes: []byte{0, 1},
		},
	}
}

// prototextOf decodes hand-encoded bytes with the protobuf runtime and prints them.
func prototextOf(t *testing.T, fd protoreflect.FileDescriptor, name string, wire []byte) string {
	t.Helper()
	msg := dynamicpb.NewMessage(fd.Messages().ByName(protoreflect.Name(name)))
	if err := proto.Unmarshal(wire, msg); err != nil {
		t.Fatalf("protobuf runtime rejects our %s: %v", name, err)
	}
	// prototext randomises its spacing on purpose; normalise it.
	return strings.Join(strings.Fields(prototext.MarshalOptions{}.Format(msg)), " ")
}

// TestWireMatchesProtobufRuntime encodes each message by hand, decodes it with
// the protobuf runtime against the .proto schema, re-encodes it with the runtime
// and decodes that by hand again: both directions must agree field by field.
func TestWireMatchesProtobufRuntime(t *testing.T) {
	fd := descriptors(t)
	tests := []struct {
		name  string
		msg   message
		fresh func() message
		text  string // expected runtime view (prototext), checked when set
	}{
		{"DisperseBlobRequest", &DisperseBlobRequest{Data: []byte{0, 1, 2}, CustomQuorumNumbers: []uint32{2, 300}, AccountID: "0xabc"},
			func() message { return new(DisperseBlobRequest) },
			`data:"\x00\x01\x02" custom_quorum_numbers:2 custom_quorum_numbers:300 account_id:"0xabc"`},
		{"DisperseBlobReply", &DisperseBlobReply{Result: StatusProcessing, RequestID: []byte("id")},
			func() message { return new(DisperseBlobReply) }, `result:PROCESSING request_id:"id"`},
		{"BlobStatusRequest", &BlobStatusRequest{RequestID: []byte("id")}, func() message { return new(BlobStatusRequest) }, `request_id:"id"`},
		{"BlobStatusReply", &BlobStatusReply{Status: StatusConfirmed, Info: sampleInfo()}, func() message { return new(BlobStatusReply) }, ""},
		{"BlobStatusReply", &BlobStatusReply{Status: StatusDispersing}, func() message { return new(BlobStatusReply) }, `status:DISPERSING`},
		{"RetrieveBlobRequest", &RetrieveBlobRequest{BatchHeaderHash: []byte{9}, BlobIndex: 7},
			func() message { return new(RetrieveBlobRequest) }, `batch_header_hash:"\t" blob_index:7`},
		{"RetrieveBlobReply", &RetrieveBlobReply{Data: []byte("blob")}, func() message { return new(RetrieveBlobReply) }, `data:"blob"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wire := tc.msg.marshalProto()
			text := prototextOf(t, fd, tc.name, wire)
			if tc.text != "" && text != tc.text {
				t.Fatalf("runtime sees\n%s\nwant\n%s", text, tc.text)
			}
			dyn := dynamicpb.NewMessage(fd.Messages().ByName(protoreflect.Name(tc.name)))
			_ = proto.Unmarshal(wire, dyn)
			runtimeWire, err := proto.MarshalOptions{Deterministic: true}.Marshal(dyn)
			if err != nil {
				t.Fatal(err)
			}
			back := tc.fresh()
			if err := back.unmarshalProto(runtimeWire); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(back.marshalProto(), wire) {
				t.Fatalf("runtime re-encoding decodes differently:\n%x\n%x", back.marshalProto(), wire)
			}
		})
	}
	t.Run("BlobInfo-fields", func(t *testing.T) {
		text := prototextOf(t, fd, "BlobInfo", marshalBlobInfo(sampleInfo()))
		for _, want := range []string{"data_length:1024", "chunk_length:300", "batch_id:99", "blob_index:3",
			"reference_block_number:123456", "confirmation_block_number:123500", `quorum_signed_percentages:"ZP"`} {
			if !bytes.Contains([]byte(text), []byte(want)) {
				t.Fatalf("runtime view lacks %q:\n%s", want, text)
			}
		}
	})
}

func TestUnmarshalAcceptsUnpackedAndUnknownFields(t *testing.T) {
	// custom_quorum_numbers unpacked (two varint fields), plus unknown fields 9
	// (varint) and 10 (bytes) that must be skipped.
	wire := []byte{0x10, 0x05, 0x10, 0x07, 0x48, 0x01, 0x52, 0x02, 'h', 'i', 0x0a, 0x01, 0xaa}
	var req DisperseBlobRequest
	if err := req.unmarshalProto(wire); err != nil {
		t.Fatal(err)
	}
	if len(req.CustomQuorumNumbers) != 2 || req.CustomQuorumNumbers[1] != 7 || !bytes.Equal(req.Data, []byte{0xaa}) {
		t.Fatalf("decoded %+v", req)
	}
}

func TestUnmarshalRejects(t *testing.T) {
	tests := []struct {
		name string
		wire []byte
	}{
		{"truncated-tag", []byte{0x80}},
		{"truncated-bytes", []byte{0x0a, 0x05, 1}},
		{"wrong-wire-type", []byte{0x0d, 1, 2, 3, 4}}, // field 1 as fixed32
		{"bad-nested", []byte{0x12, 0x02, 0x0a, 0x05}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m BlobStatusReply
			if err := m.unmarshalProto(tc.wire); !errors.Is(err, ErrWire) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func FuzzUnmarshalBlobStatusReply(f *testing.F) {
	f.Add((&BlobStatusReply{Status: StatusConfirmed, Info: sampleInfo()}).marshalProto())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, wire []byte) {
		var m BlobStatusReply
		if err := m.unmarshalProto(wire); err != nil {
			return
		}
		// Anything accepted re-encodes to something that decodes to the same message.
		again := m.marshalProto()
		var m2 BlobStatusReply
		if err := m2.unmarshalProto(again); err != nil || !bytes.Equal(m2.marshalProto(), again) {
			t.Fatalf("re-encoding is not stable: %v", err)
		}
	})
}
