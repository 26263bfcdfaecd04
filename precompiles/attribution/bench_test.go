package attribution_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/precompiles/attribution"
	"github.com/openledger/openledger/precompiles/attribution/attributiontest"
)

// txGasLimit is the transaction gas budget the capacity goal is stated in.
const txGasLimit = 30_000_000

// batchOf builds n valid receipts of the payer over the three adapters, each
// with `contribs` (≤ 3) contributions, nonces from `from`.
func batchOf(tb testing.TB, f *attributiontest.Fixture, n, contribs int, from uint64) []byte {
	tb.Helper()
	ids := f.InProvenance[:3] // Datanet 1: named by adapters "med" and "both"
	adapters := []attributiontest.Adapter{f.Adapters[0], f.Adapters[2]}
	var rs []*settlement.Receipt
	var vs []*settlement.Voucher
	var sigs [][]byte
	deadline := f.HeadTime() + 3_600
	for i := 0; i < n; i++ {
		a := adapters[i%len(adapters)]
		fee := new(uint256.Int).Mul(uint256.NewInt(uint64(a.RateIn+a.RateOut)), uint256.NewInt(1))
		v := &settlement.Voucher{Payer: f.Addr(payer), ModelID: uint256.NewInt(a.ID), MaxFee: fee,
			Nonce: uint256.NewInt(from + uint64(i)), Deadline: deadline, RequestHash: crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)})}
		sig, err := v.Sign(f.Keys[payer], f.Domain)
		if err != nil {
			tb.Fatal(err)
		}
		r := &settlement.Receipt{VoucherHash: v.Hash(f.Domain), ModelID: v.ModelID, TokensIn: 1_000, TokensOut: 1_000,
			Fee: fee, OutputHash: crypto.Keccak256Hash([]byte{byte(i)}), ProofRoot: crypto.Keccak256Hash([]byte{1, byte(i)})}
		for j := 0; j < contribs; j++ {
			r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(ids[j]),
				Weight: uint256.NewInt(uint64(1e17 * (j + 1)))})
		}
		rs, vs, sigs = append(rs, r), append(vs, v), append(sigs, sig)
	}
	data, err := attribution.PackSettle(rs, vs, sigs)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func estimate(tb testing.TB, f *attributiontest.Fixture, data []byte) uint64 {
	tb.Helper()
	to := attribution.Address
	g, err := f.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: f.Addr(settler), To: &to, Data: data})
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// TestSettleCapacity measures the transaction gas of settle batches (intrinsic
// and calldata gas included, as eth_estimateGas reports it), derives the
// marginal gas per receipt, and checks that the largest batch fitting 30M gas
// really does (stepping down from the estimate). Contributions per receipt: 0, 1 and 3 (distinct ids; the
// fixture's model provenance has three contributions in Datanet 1).
func TestSettleCapacity(t *testing.T) {
	if testing.Short() {
		t.Skip("signs thousands of vouchers")
	}
	f := attributiontest.New(t, attributiontest.Options{})
	f.Deposit(payer, open.Wei(1_000))
	for _, contribs := range []int{0, 1, 3} {
		g100 := estimate(t, f, batchOf(t, f, 100, contribs, 1))
		g200 := estimate(t, f, batchOf(t, f, 200, contribs, 1))
		per := (g200 - g100) / 100
		base := g100 - 100*per
		n := int((txGasLimit - base) / per)
		// Calldata gas varies a little with the bytes: step down to a fit.
		gn := estimate(t, f, batchOf(t, f, n, contribs, 1))
		for ; gn > txGasLimit; gn = estimate(t, f, batchOf(t, f, n, contribs, 1)) {
			n -= 5
		}
		if n < 1_000 {
			t.Errorf("%d contributions: only %d receipts fit 30M gas; the goal is 1,000", contribs, n)
		}
		t.Logf("contributions/receipt=%d: %d gas per receipt (marginal), batch overhead %d; %d receipts fit 30M gas (%d gas); calldata %d bytes/receipt",
			contribs, per, base, n, gn, len(batchOf(t, f, 2, contribs, 1))/2)
	}
	// The transaction pool refuses transactions over 128 KiB, which bounds a
	// batch sent through it at about 150 receipts: send one of 140 for real.
	const real = 140
	data := batchOf(t, f, real, 1, 1)
	r := f.MustSend(f.Keys[settler], attribution.Address, data, nil)
	f.CheckSupply()
	if got := outcomes(t, r); len(got) != real || got[0] != "" || got[real-1] != "" {
		t.Fatalf("real batch: %d outcomes", len(got))
	}
	t.Logf("real batch of %d receipts: %d bytes of calldata, %d gas used", real, len(data), r.GasUsed)
}

// BenchmarkSettle executes a 100-receipt batch (one contribution each) with
// eth_call and reports gas per receipt and execution time per receipt.
func BenchmarkSettle(b *testing.B) {
	f := attributiontest.New(b, attributiontest.Options{})
	f.Deposit(payer, open.Wei(1_000))
	const n = 100
	data := batchOf(b, f, n, 1, 1)
	gas := estimate(b, f, data)
	b.ReportAllocs()
	for b.Loop() {
		out, err := f.Call(f.Addr(settler), attribution.Address, data)
		if err != nil || new(big.Int).SetBytes(out).Int64() != n {
			b.Fatalf("settle: %v", err)
		}
	}
	b.ReportMetric(float64(gas)/n, "gas/receipt")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/receipt")
}
