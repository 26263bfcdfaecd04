// Package fakedisperser is an in-process EigenDA v1 disperser for tests: it
// accepts blobs over the real gRPC API, commits to them with a KZG SRS, confirms
// them in batches after a few status polls with certificates from
// cert.BuildBatch, and serves them back. Knobs make it fail, go unavailable, or
// return tampered blobs.
package fakedisperser
