// Package disperser is a gRPC client (and, for tests and devnets, a server
// skeleton) of the EigenDA v1 disperser API, service disperser.Disperser of
// EigenDA's api/proto/disperser/disperser.proto.
//
// The protobuf messages the client needs (DisperseBlob, GetBlobStatus,
// RetrieveBlob and the BlobInfo certificate inside BlobStatusReply) are written
// by hand with google.golang.org/protobuf/encoding/protowire, field numbers and
// types as in the .proto file; a [Codec] named "proto" carries them over gRPC, so
// requests use the standard application/grpc+proto content type. Unknown fields
// are skipped, as proto3 requires.
//
// This client has been tested only against in-process servers implementing the
// same API (see the package tests); it has not been run against the real EigenDA
// network. The authenticated and paid dispersal RPCs are not implemented.
package disperser
