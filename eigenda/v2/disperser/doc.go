// Package disperser is the client of EigenDA v2 dispersal: [Client] speaks
// the disperser.v2 gRPC API (DisperseBlob with the payer's signature of the
// blob key and an anchor signature binding the request to a chain and a
// disperser, GetBlobStatus, GetPaymentState signed with a timestamp), keeps a
// payment ledger synchronised from GetPaymentState, and polls a blob's status
// to a signed batch, retrying failed polls with exponential backoff.
//
// [PayloadDisperser] does a whole put: encode the payload, compute the blob
// commitment (G₁, G₂ length commitment and length proof), ask the cert
// verifier which quorums are required and which certificate version to
// build, disperse, wait for a batch signed above the confirmation threshold,
// wait until L1 has the reference block (plus a confirmation depth), build the
// certificate with the signature checker's index hints, and check it by
// eth_call before returning it.
package disperser
