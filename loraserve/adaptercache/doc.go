// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package adaptercache keeps the hot LoRA adapters of a large registered set in
// memory under a byte budget.
//
// Adapters are registered by id with the directory holding their PEFT files and,
// optionally, the SHA-256 their weights must have. A lookup of a resident
// adapter is a hit; a miss starts one asynchronous load (concurrent lookups of
// the same adapter share it), which first reserves room by evicting the least
// recently used adapters that no running request holds. An adapter handed out
// by Acquire or TryAcquire is pinned until its Handle is released and is never
// evicted while pinned, so an in-flight batch can rely on its weights.
// Unregistering an adapter takes effect at once for new requests; its memory is
// freed when the last pin goes.
package adaptercache
