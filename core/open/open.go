// Package open defines OPEN, OpenLedger's native currency: its units, its
// fixed supply and the genesis allocation shares.
package open

import "math/big"

// Decimals is the number of decimals of OPEN: 1 OPEN = 10^18 wei.
const Decimals = 18

// SupplyOPEN is the fixed supply in whole OPEN.
const SupplyOPEN = 1_000_000_000

// Share names one genesis allocation and its part of the supply in basis
// points of 0.01 % (so 5171 = 51.71 %).
type Share struct {
	Name string
	Bps  uint64
}

// Shares are the genesis allocation shares; they sum to 10,000 bps.
var Shares = []Share{
	{"community", 5171},
	{"investors", 1829},
	{"team", 1500},
	{"liquidity", 500},
	{"ecosystem", 1000},
}

// BpsDenominator is 100 % in basis points.
const BpsDenominator = 10_000

// Wei returns n whole OPEN in wei.
func Wei(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), OneOPEN())
}

// OneOPEN returns 10^18 wei.
func OneOPEN() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil) }

// TotalSupply returns the fixed supply in wei: 10^27.
func TotalSupply() *big.Int { return Wei(SupplyOPEN) }

// ShareOf returns bps of the total supply in wei (exact: the supply is a
// multiple of 10,000).
func ShareOf(bps uint64) *big.Int {
	v := new(big.Int).Mul(TotalSupply(), new(big.Int).SetUint64(bps))
	return v.Div(v, big.NewInt(BpsDenominator))
}
