// Package certs implements EigenDA v2 certificates: the blob, batch and payment
// headers a certificate is made of, the hashes that bind them (payment header
// hash, blob key, blob certificate hash, batch header hash, the Merkle tree of a
// batch), certificate versions 2, 3 and 4 with their RLP form (what an Alt-DA
// commitment carries) and ABI form (what a cert verifier contract decodes), the
// Alt-DA commitment that prefixes a certificate with eigenda-proxy's version
// byte, and the check of a certificate against an operator registry.
//
// # Hashes
//
// The payment header hash is keccak256(abi.encode((string accountId, int64
// timestamp, uint256 cumulativePayment))) with the account as an EIP-55 hex
// string. The blob key is keccak256(abi.encode(keccak256(abi.encode(uint16
// version, bytes quorumNumbers, commitment)), paymentHeaderHash)) with the
// quorum numbers ascending. A blob certificate hashes as
// keccak256(abi.encode(blobKey, bytes signature, uint32[] relayKeys)), and its
// Merkle leaf is the keccak256 of that hash; a batch header hashes as
// keccak256(abi.encode((bytes32 batchRoot, uint32 referenceBlockNumber))), the
// message the operators sign.
//
// # Versions
//
// Alt-DA commitments are 0x01 (generic) ‖ 0x00 (EigenDA) ‖ version byte ‖
// certificate. Version byte 0 is an EigenDA v1 certificate (package cert);
// 1 is a legacy v2 certificate, 2 a v3 and 3 a v4 certificate, each RLP-encoded
// with its fields in struct order. Certificate version 4 adds the off-chain
// derivation version, which selects the reference-block recency window.
package certs
