package faults

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// CheckOnce runs the checks once over t's endpoints, as Run does between
// faults, with the genesis supply the invariant compares against moved by
// offset (a test's way to break the invariant).
func CheckOnce(ctx context.Context, t Target, offset int64) error {
	c, err := dialChain(ctx, t.Endpoints())
	if err != nil {
		return err
	}
	defer c.close()
	ch, err := newChecker(ctx, c)
	if err != nil {
		return err
	}
	ch.genesis.Add(ch.genesis, big.NewInt(offset))
	if _, err := ch.supply(ctx); err != nil {
		return err
	}
	_, err = ch.verifier(ctx)
	return err
}

// CheckReceipts runs Run's final receipt checks over t's endpoints for the
// paid requests of payer since block from (answered with a receipt, or
// failed), without the supply check.
func CheckReceipts(ctx context.Context, t Target, payer common.Address, from uint64, answered []PaidReceipt, failed []uint64) error {
	ep := t.Endpoints()
	c, err := dialChain(ctx, ep)
	if err != nil {
		return err
	}
	defer c.close()
	ch, err := newChecker(ctx, c)
	if err != nil {
		return err
	}
	ch.noSupply = true
	r := &run{t: t, ep: ep, cfg: Config{Recovery: time.Minute}, check: ch, report: &Report{Paid: &PaidReport{From: from}}}
	return r.checkReceipts(ctx, payer, answered, failed)
}
