// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package rpc is a client of the Kubo (go-ipfs) HTTP RPC API, /api/v0, and
// of the read-only HTTP gateway, /ipfs/<CID>. Client implements ipfs.Node
// (add, pin, stat, cat, get) and Gateway implements ipfs.Reader.
//
// # Retries
//
// A request that cannot reach the node (connection refused or reset, DNS
// failure, HTTP 429, 502, 503 or 504) is retried with exponential backoff;
// when the attempts run out the error wraps ipfs.ErrUnavailable and names the
// node and the attempts. Errors the node reports itself (HTTP 500 with Kubo's
// JSON error) are returned at once, with the node's message. A stream the node
// ends with an X-Stream-Error trailer fails with that message instead of
// looking like a short file.
//
// The API address is a URL (http://127.0.0.1:5001) or a multiaddr
// (/ip4/127.0.0.1/tcp/5001, as Kubo writes it to $IPFS_PATH/api). User
// information in the URL becomes HTTP basic authentication; WithAuthorization
// sets another Authorization header (Kubo's API.Authorizations, pinning
// services).
package rpc
