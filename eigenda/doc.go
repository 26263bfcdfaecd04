// Package eigenda is the root of OpenLedger's EigenDA client side. It holds no
// code; the work is in its sub-packages:
//
//   - codec: payload ⇄ blob encoding (EigenDA payload encoding version 0)
//   - kzg: KZG commitments over BN254 (G₁, and the G₂ length commitments and
//     proofs of v2), SRS loading
//   - cert, disperser, store: EigenDA v1 certificates, the v1 disperser client,
//     and the memory, file and disperser blob stores
//   - v2/...: EigenDA v2 — protobuf API (pb), BLS (bls), certificates and
//     Alt-DA commitments (certs), blob commitments (blobs), payments
//     (payments), the disperser client (disperser), relay retrieval (relay),
//     on-chain checks (verifier), batch signing (issuer) and contract
//     deployment for devnets and tests (deploy)
//   - server: the Alt-DA HTTP server op-batcher and op-node talk to
//
// See README.md in this directory for how the pieces fit and how to run them.
package eigenda
