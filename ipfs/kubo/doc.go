// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package kubo runs a Kubo (go-ipfs) node as a child process: the devnet's
// IPFS node and the nodes of the content layer's tests.
//
// The binary is Kubo built from its own Go module by build/kubo.sh (make
// ipfs) into .build/kubo/ipfs and copied beside the other binaries in bin/;
// FindBinary looks for it there, in LEDGER_IPFS_BIN and on PATH.
//
// Init creates the repository with Kubo's "test" profile (no bootstrap peers,
// no mDNS, no AutoTLS or AutoConf, loopback-friendly routing), so a devnet
// node never joins the public IPFS network unless told to; before every start
// the listen addresses and the peers to keep connected to are written into its
// config. The daemon runs with garbage collection enabled, so content nobody
// pins any more is reclaimed. Start waits until the daemon prints that its RPC
// API and gateway listen and that it is ready, and reports the addresses it
// actually bound (port 0 picks a free port).
package kubo
