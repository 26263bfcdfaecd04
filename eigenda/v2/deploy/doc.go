// Package deploy puts EigenDA's certificate-checking contracts on an L1 for
// devnets and tests: an EigenDARegistry holding an operator set, blob
// versions and relay URLs, an EigenDACertVerifier over it, and an
// EigenDACertVerifierRouter in front of the verifier (contracts/src/L1/
// EigenDACertVerifier.sol). On a real network the verifier and router are
// EigenDA's own, over EigenLayer's registries; the functions the client calls
// are the same.
package deploy
