// Package relay retrieves EigenDA v2 blobs from the relays a certificate
// names: it looks each relay's gRPC address up (in the relay registry by
// eth_call, or in a static table), asks the relays in random order for the
// blob by its key, and returns the first blob whose KZG commitment is the
// certified one. A relay that is down, slow, or serves other bytes only makes
// it try the next.
package relay
