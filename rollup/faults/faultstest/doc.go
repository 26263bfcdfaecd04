// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package faultstest sets up paid inference on a running devnet for the
// fault suite's tests (rollup/faults in process, rollup/docker under
// podman): the chain records a paid adapter (a Datanet with one accepted
// contribution, a base model, the adapter with the hash of its weights) and
// the payer's escrow, all over JSON-RPC from the devnet's dev accounts.
package faultstest
