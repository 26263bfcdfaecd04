// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"math/big"
	"os"
	"testing"

	"github.com/holiman/uint256"
)

type bigInt = big.Int

func tempDir() (string, error) { return os.MkdirTemp("", "attribution-example-") }

func removeAll(dir string) { os.RemoveAll(dir) }

func u256(v uint64) *uint256.Int { return uint256.NewInt(v) }

// TestMain removes the scale benchmarks' index directory after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}
