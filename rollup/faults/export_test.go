package faults

import (
	"context"
	"math/big"
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
