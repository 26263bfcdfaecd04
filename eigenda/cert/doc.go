// Package cert holds the EigenDA certificate as eigenda-proxy puts it on the wire,
// and its verification.
//
// # Certificate
//
// A [BlobInfo] is EigenDA v1's certificate: the blob header (KZG commitment, length
// in symbols, per-quorum security parameters) and the blob verification proof
// (batch id, blob index, batch metadata with the batch header, Merkle inclusion
// proof of the blob header in the batch root, quorum indexes). Its fields mirror
// the disperser's protobuf BlobInfo in order, and its wire form is the RLP
// encoding of that structure (eigenda-proxy's certificate version 0).
//
// # Alt-DA commitment
//
// op-batcher and op-node (Alt-DA, generic commitments) carry it as
//
//	0x01  generic commitment type (op-alt-da)
//	0x00  DA layer byte: EigenDA
//	0x00  certificate version 0
//	...   RLP(BlobInfo)
//
// see [EncodeCommitment] and [DecodeCommitment]. On L1 the batcher prefixes this
// with the derivation version byte 0x01.
//
// # Verification
//
// [Verifier.VerifyCert] checks what a certificate proves about itself: the batch
// header hash, the Merkle inclusion of the blob header in the batch root, and the
// quorum parameters against the batch's signed percentages.
// [Verifier.VerifyBlob] checks that blob bytes are the ones the certificate
// commits to: canonical field elements, no more symbols than the certificate's
// length, and the same KZG commitment. Bytes that fail either check must never
// reach op-node's derivation.
package cert
