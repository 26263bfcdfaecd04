// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package attribution_test

import (
	"errors"
	"testing"

	"github.com/openledger/openledger/attribution"
)

type negativeEncoder struct{}

func (negativeEncoder) Encode(string) []int { return []int{1, -1} }

func TestFromIntEncoderRejectsBadIDs(t *testing.T) {
	if _, err := attribution.FromIntEncoder(negativeEncoder{}).Encode("x"); !errors.Is(err, attribution.ErrTokenID) {
		t.Fatalf("got %v", err)
	}
}
