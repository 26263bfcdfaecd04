// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package weights turns attribution scores into contribution weights in 1e18
// fixed point, the form receipts carry and the settlement precompile pays out.
//
// # Rounding
//
// Normalize gives each contribution floor(score·1e18/total) and hands the
// remaining units (fewer than the number of contributions) one each to the
// largest remainders, ties going to the smaller contribution id. All
// arithmetic is on integers, so every platform computes the same weights, and
// a non-empty result sums to exactly 1e18.
package weights
