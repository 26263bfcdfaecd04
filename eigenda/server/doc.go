// Package server is the EigenDA Alt-DA server: the HTTP API op-batcher and op-node
// speak in Alt-DA mode with generic commitments (--altda.da-service), in front of a
// blob store.
//
// # API
//
//	POST /put            body: the payload (a batcher frame)
//	                     200: the commitment 0x01 0x00 0x00 RLP(certificate)
//	GET  /get/0x<hex>    hex: a commitment from /put
//	                     200: the payload, verified against the certificate
//	GET  /healthz        200 "ok", or 503 when the store cannot serve
//	GET  /metrics        Prometheus metrics
//
// Errors carry a plain-text body saying what was wrong: 400 for malformed input
// (empty body, non-hex or truncated commitment, wrong commitment type, DA layer
// or certificate version, a certificate that does not verify), 404 for an unknown
// commitment, 405 for a wrong method, 413 for a payload over the maximum blob
// size, 503 when the store is unavailable, 500 when stored data fails
// verification (it is never returned).
//
// # Put and get
//
// A put encodes the payload into a blob (eigenda/codec), commits to it
// (eigenda/kzg), stores it and returns the commitment of the certificate the store
// issued or obtained, after checking that certificate commits to the same blob. A
// get decodes the commitment, verifies the certificate, fetches the blob, checks
// its KZG commitment and length against the certificate and only then decodes and
// returns the payload.
//
// [Service] is a Lifecycle (Start, Stop, Stopped) with Addr, so the devnet can run
// it in-process on 127.0.0.1:0.
package server
