// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package studio serves OpenLedger Studio, the web app where people use the
// chain with their own wallet: Datanets, models and their provenance,
// ModelFactory training jobs, OpenChat with paid inference and attribution,
// and earnings.
//
// # The web app
//
// The front end lives in studio/web (TypeScript and Preact, bundled by
// esbuild from npm; see studio/web/README.md). `make studio-web` builds it into
// studio/web/dist, which this package embeds with go:embed; the Makefile
// builds the bundle before every Go build, vet and test, so the embedded
// assets are always current. A clean clone still compiles without npm
// (dist/.keep is committed), but the service then refuses to start: it has no
// page to serve. The tests compare dist/manifest.json's source hash with the
// sources and fail on a stale bundle.
//
// # What the server does
//
// It serves index.html (with the page's configuration written into it, so the
// first render needs no extra request) for every page path, the hashed
// assets with immutable caching and gzip, /config.json, /healthz and
// /metrics. The page reads the chain through /rpc and calls the services
// through same-origin proxies, so none of them needs CORS and their admin
// endpoints stay private:
//
//	POST /rpc                          → the chain's JSON-RPC (--chain.rpc)
//	/api/loraserve/v1/models, chat/completions, completions, attribution → loraserve (--loraserve.url)
//	/api/modelfactory/v1/…             → ModelFactory (--modelfactory.url)
//	POST /api/content, GET /api/content/{cid} → the content store (an IPFS node's RPC API, --content.ipfs-api)
//
// Transactions and signatures never pass through the server: the page sends
// them to the user's wallet, which holds the keys.
package studio
