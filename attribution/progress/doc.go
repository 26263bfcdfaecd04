// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package progress measures long-running work (index builds, gradient caches)
// and reports it as done/total, rate and estimated time left, either to a
// callback or as a self-overwriting line on a terminal.
package progress
