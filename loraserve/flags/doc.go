// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package flags defines the command-line flags of loraserve. Every flag has an
// environment twin LEDGER_LORASERVE_<NAME> (for example --adapter-cache-bytes
// and LEDGER_LORASERVE_ADAPTER_CACHE_BYTES); the op-service log flags are
// included with the same prefix.
package flags
