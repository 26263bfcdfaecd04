// Package issuer signs EigenDA v2 batches with an operator set whose BLS keys
// it holds, the way EigenDA's operators and disperser do: blob certificates
// go into a batch under a Merkle root, every operator of the batch's quorums
// that is asked to signs the batch header hash, and the attestation carries
// the non-signers' keys (ascending by operator id), each quorum's aggregate key
// and signed stake, and the signers' aggregate signature and G₂ key (each
// signer counted once per quorum it signs for).
//
// [StaticRegistry] answers a certificate check from the same operator set,
// unchanging since block 0. The eigenda server's memory and file backends use
// the devnet operator set ([DevnetOperatorSet]) to issue certificates locally;
// its keys derive from a public seed, so such certificates prove nothing to
// anyone but the server that keeps the blobs, and they are for devnets and
// tests only.
package issuer
