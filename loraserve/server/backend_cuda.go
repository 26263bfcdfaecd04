// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build cuda

package server

import (
	"github.com/openledger/openledger/loraserve/cuda"
	"github.com/openledger/openledger/loraserve/kernels"
)

func init() {
	backends["cuda"] = func(int) (kernels.Backend, error) { return cuda.New() }
}
