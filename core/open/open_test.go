package open

import (
	"math/big"
	"testing"
)

func TestSharesSumToSupply(t *testing.T) {
	sum, bps := new(big.Int), uint64(0)
	for _, s := range Shares {
		sum.Add(sum, ShareOf(s.Bps))
		bps += s.Bps
	}
	if bps != BpsDenominator {
		t.Fatalf("shares sum to %d bps, want %d", bps, BpsDenominator)
	}
	want, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	if TotalSupply().Cmp(want) != 0 {
		t.Fatalf("total supply %s, want 1e27", TotalSupply())
	}
	if sum.Cmp(want) != 0 {
		t.Fatalf("shares sum to %s wei, want %s", sum, want)
	}
}
