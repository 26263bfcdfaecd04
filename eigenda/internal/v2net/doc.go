// Package v2net is an in-process EigenDA v2 network for tests, implemented
// from the protocol's specification and kept apart from the client code it
// tests: an L1 (go-ethereum's simulated backend, a real EVM) with the registry,
// cert verifier and router of contracts/src/L1/EigenDACertVerifier.sol
// deployed; an operator set registered there that signs batches with BLS; a
// disperser serving the disperser.v2 gRPC API (signature, anchor and payment
// checks, commitment checks, batching, attestation, payment state); and relays
// serving relay.Relay. Each piece can be told to misbehave (fail, stall,
// tamper, under-sign) so that tests can reach the client's error paths.
package v2net
