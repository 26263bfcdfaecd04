// Package verifier checks EigenDA v2 certificates the way a rollup's
// derivation must: by eth_call to the cert verifier (through the router, which
// picks the verifier active at the certificate's reference block) at the L1
// head, and by the reference-block recency window of off-chain derivation
// version 0. A certificate that fails either is to be dropped from the
// derivation pipeline; [DerivationError] carries the reason as eigenda-proxy
// reports it (HTTP 418 with a JSON body {"StatusCode": n, "Msg": "…"}).
//
// It also makes the other eth_calls building and using certificates needs:
// the verifier's certificate version, required quorums, thresholds and
// off-chain derivation version, the signature checker's index hints
// (getCheckSignaturesIndices), and relay URLs (relayKeyToUrl).
package verifier
