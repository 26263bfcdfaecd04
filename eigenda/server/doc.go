// Package server is the EigenDA Alt-DA server: the HTTP API op-batcher and op-node
// speak in Alt-DA mode with generic commitments (--altda.da-service), in front of
// a blob store or an EigenDA network.
//
// # API
//
//	POST /put            body: the payload (a batcher frame)
//	                     200: the commitment 0x01 0x00 <version> RLP(certificate)
//	GET  /get/0x<hex>    hex: a commitment from /put; optional query
//	                     l1_inclusion_block_number=N (the recency window)
//	                     200: the payload, verified against the certificate
//	GET  /healthz        200 "ok", or 503 when the store cannot serve
//	GET  /metrics        Prometheus metrics
//
// The version byte is eigenda-proxy's: 0x00 an EigenDA v1 certificate (puts with
// Protocol v1), 0x03 a v4 certificate (puts with Protocol v2, the default); gets
// also read 0x01 (legacy v2) and 0x02 (v3). A v2 certificate that derivation must
// drop is answered 418 with eigenda-proxy's JSON body {"StatusCode": n, "Msg"}:
// 1 unparsable, 2 outside the recency window, 3 rejected by the cert verifier,
// 4 its blob is no payload. Other errors carry a plain-text body: 400 malformed
// input, 401 a put without a valid token, 404 a blob no source has, 405 a wrong
// method, 413 a payload over the maximum blob size, 429 over a quota, 503 a
// backend that cannot answer now, 507 a blob over the memory budget, 500 stored
// data that fails verification (it is never returned).
//
// # Put and get
//
// With the memory and file backends the server issues certificates itself (v2:
// signed by the insecure devnet operator set; v1: a self-consistent batch of
// one). With the disperser backend it disperses to EigenDA and returns the
// network's certificate after checking it by eth_call. A get verifies the
// certificate, fetches the blob (store, relays, secondary store), checks its
// KZG commitment against the certificate and only then decodes the payload.
//
// # Access
//
// Puts can be restricted to token holders (AuthConfig) and bounded per client
// (QuotaConfig: byte rate, concurrent requests); the memory backend keeps to a
// byte budget.
//
// [Service] is a Lifecycle (Start, Stop, Stopped) with Addr, so the devnet can run
// it in-process on 127.0.0.1:0.
package server
