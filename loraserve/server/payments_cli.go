// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package server

import (
	"errors"
	"io"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/loraserve/payments"
)

// withPayments turns paid inference on when --settlement.rpc is set: it
// builds and starts loraserve/payments' service (receipt queue, settler,
// per-adapter attribution) and sets cfg.Payments to its hook. It returns what
// the caller closes after the server stops (nothing when settlement is off).
func withPayments(ctx *cli.Context, cfg *Config, logger log.Logger) ([]io.Closer, error) {
	pay, err := payments.FromCLI(ctx, cfg.ModelDir, logger, nil)
	if err != nil || pay == nil {
		return nil, err
	}
	cfg.Payments = pay.Payments()
	return []io.Closer{pay}, nil
}

// closeAll closes cs, joining their errors.
func closeAll(cs []io.Closer) error {
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}
