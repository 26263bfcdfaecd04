// Package pb holds the EigenDA v2 protocol's protobuf definitions (proto/,
// written from the EigenDA API specification's documented field numbers) and
// the Go code protoc generates from them: commonpb (blob commitments),
// commonv2pb (blob, batch and payment headers), disperserpb (the disperser.v2
// service) and relaypb (the relay service). The generated files are checked in;
// `go generate ./eigenda/v2/pb` regenerates them and a test fails when they
// drift from the .proto files.
package pb

//go:generate bash gen.sh
