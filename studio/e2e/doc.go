// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package e2e tests OpenLedger Studio as a person uses it: headless Chromium
// (Debian's chromium, driven by npm playwright-core) opens the page served by
// the Studio server, against a real chain (an in-process ledger-geth dev
// node), a real IPFS node (kubo) as the content store, real loraserve with
// paid inference and settlement, and a real ModelFactory service that trains
// a LoRA adapter on the test's Datanet version over a generated base model
// published on that IPFS node. A test EIP-1193 wallet injected into the page
// forwards to the node and signs with dev keys. The scenarios are
// studio/web/e2e/lifecycle.mjs; the Go test starts the services, runs them,
// and checks the chain state they leave. The adapter ModelFactory trained is
// then served paid: the test publishes its Datanet version's index shard
// (unless ModelFactory did), registers it in the running loraserve by its
// registry id as the operator (loraserve's admin API; Studio does not proxy
// it), and the payer chats with it, paid, until the contributor claims. Last,
// the dev chain's clock is moved past the escrow withdrawal delay
// (blockdriver.Driver.AdvanceTime) and the payer's Withdraw click releases it. Screenshots of every page go to
// studio/web/.build/screenshots (git-ignored).
package e2e
