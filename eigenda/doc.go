// Package eigenda is the root of OpenLedger's EigenDA client side. It holds no
// code; the work is in its sub-packages:
//
//   - codec: payload ⇄ blob encoding (EigenDA payload encoding version 0)
//   - kzg: KZG commitments and opening proofs over BN254, SRS loading
//   - cert: the EigenDA v1 certificate, its Alt-DA commitment form, verification
//   - disperser: gRPC client of the EigenDA v1 disperser API
//   - store: memory, file and disperser blob backends
//   - server: the Alt-DA HTTP server op-batcher and op-node talk to
//
// See README.md in this directory for how the pieces fit and how to run them.
package eigenda
