package settlement_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/precompiles/settlement/settlementtest"
)

// txGasLimit is the transaction gas budget the capacity goal is stated in.
const txGasLimit = 30_000_000

// batchOf builds n valid receipts of the payer over the three adapters, each
// with `contribs` (≤ 3) contributions, nonces from `from`.
func batchOf(tb testing.TB, f *settlementtest.Fixture, n, contribs int, from uint64) []byte {
	return batchFor(tb, f, f.Domain, n, contribs, from)
}

// batchFor is batchOf with vouchers signed under domain.
func batchFor(tb testing.TB, f *settlementtest.Fixture, domain common.Hash, n, contribs int, from uint64) []byte {
	tb.Helper()
	ids := f.InProvenance[:3] // Datanet 1: named by adapters "med" and "both"
	adapters := []settlementtest.Adapter{f.Adapters[0], f.Adapters[2]}
	var rs []*settlement.Receipt
	var vs []*settlement.Voucher
	var sigs [][]byte
	deadline := f.HeadTime() + 3_600
	for i := 0; i < n; i++ {
		a := adapters[i%len(adapters)]
		fee := new(uint256.Int).Mul(uint256.NewInt(uint64(a.RateIn+a.RateOut)), uint256.NewInt(1))
		v := &settlement.Voucher{Payer: f.Addr(payer), Operator: f.Addr(settler), ModelID: uint256.NewInt(a.ID), ModelVersion: 1,
			RateIn: uint256.NewInt(uint64(a.RateIn)), RateOut: uint256.NewInt(uint64(a.RateOut)), MaxFee: fee,
			Nonce: uint256.NewInt(from + uint64(i)), Deadline: deadline, RequestHash: crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)})}
		sig, err := v.Sign(f.Keys[payer], domain)
		if err != nil {
			tb.Fatal(err)
		}
		r := &settlement.Receipt{VoucherHash: v.Hash(domain), ModelID: v.ModelID, TokensIn: 1_000, TokensOut: 1_000,
			Fee: fee, OutputHash: crypto.Keccak256Hash([]byte{byte(i)}), ProofRoot: crypto.Keccak256Hash([]byte{1, byte(i)})}
		for j := 0; j < contribs; j++ {
			r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(ids[j]),
				Weight: uint256.NewInt(uint64(1e17 * (j + 1)))})
		}
		rs, vs, sigs = append(rs, r), append(vs, v), append(sigs, sig)
	}
	data, err := precompile.PackSettle(rs, vs, sigs)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func estimate(tb testing.TB, f *settlementtest.Fixture, data []byte) uint64 {
	tb.Helper()
	to := precompile.Address
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
	f := settlementtest.New(t, settlementtest.Options{})
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
	r := f.MustSend(f.Keys[settler], precompile.Address, data, nil)
	f.CheckSupply()
	if got := outcomes(t, r); len(got) != real || got[0] != "" || got[real-1] != "" {
		t.Fatalf("real batch: %d outcomes", len(got))
	}
	t.Logf("real batch of %d receipts: %d bytes of calldata, %d gas used", real, len(data), r.GasUsed)
}

// BenchmarkSettle executes a 100-receipt batch (one contribution each) with
// eth_call and reports gas per receipt and execution time per receipt.
func BenchmarkSettle(b *testing.B) {
	f := settlementtest.New(b, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1_000))
	const n = 100
	data := batchOf(b, f, n, 1, 1)
	gas := estimate(b, f, data)
	b.ReportAllocs()
	for b.Loop() {
		out, err := f.Call(f.Addr(settler), precompile.Address, data)
		if err != nil || new(big.Int).SetBytes(out).Int64() != n {
			b.Fatalf("settle: %v", err)
		}
	}
	b.ReportMetric(float64(gas)/n, "gas/receipt")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/receipt")
}

// deploySolidity deploys contracts/src/bench/SettlementBench with the
// fixture's parameters and mirrors the models and contributions batchOf uses.
func deploySolidity(tb testing.TB, f *settlementtest.Fixture) (common.Address, common.Hash) {
	tb.Helper()
	sb := bindings.NewSettlementBench()
	creation, _, err := artifacts.Code("SettlementBench")
	if err != nil {
		tb.Fatal(err)
	}
	args := sb.PackConstructor(big.NewInt(0), big.NewInt(2_000), big.NewInt(3_000), big.NewInt(1_000), []common.Address{f.Addr(settler)})
	sol := f.Deploy(f.Keys[0], append(creation, args...))
	big64 := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	for _, a := range []settlementtest.Adapter{f.Adapters[0], f.Adapters[2]} {
		datanets, counts := []*big.Int{big.NewInt(1)}, []*big.Int{big.NewInt(3)}
		if a.ID == f.Adapters[2].ID {
			datanets, counts = append(datanets, big.NewInt(2)), append(counts, big.NewInt(1))
		}
		f.MustSend(f.Keys[0], sol, sb.PackSetModel(big64(a.ID), f.Addr(owner), 1, datanets, counts), nil)
	}
	for i, id := range f.InProvenance[:3] {
		f.MustSend(f.Keys[0], sol, sb.PackSetContribution(big64(id), f.Contributions[id], 1, uint64(i)), nil)
	}
	f.MustSend(f.Keys[payer], sol, sb.PackDeposit(), open.Wei(1_000))
	return sol, settlement.DomainSeparator(f.ChainID, sol)
}

func intrinsicGas(data []byte) uint64 {
	gas := uint64(21_000)
	for _, b := range data {
		if b == 0 {
			gas += 4
		} else {
			gas += 16
		}
	}
	return gas
}

// TestGasVersusSolidity settles the same 50-receipt batches on the precompile
// and on SettlementBench, reports gas per receipt and the ratio, and checks
// the pricing rule of package precompiles (execution gas never below a
// fifth of Solidity's).
func TestGasVersusSolidity(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys a contract and signs hundreds of vouchers")
	}
	f := settlementtest.New(t, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1_000))
	sol, solDomain := deploySolidity(t, f)
	const n = 50
	t.Logf("%-14s %14s %14s %8s %12s", "contributions", "precompile/rc", "solidity/rc", "ratio", "exec ratio")
	for k, contribs := range []int{0, 1, 3} {
		from := uint64(1 + k*n)
		pd, sd := batchFor(t, f, f.Domain, n, contribs, from), batchFor(t, f, solDomain, n, contribs, from)
		pre := f.Send(f.Keys[settler], precompile.Address, pd, nil, 29_000_000)
		sl := f.Send(f.Keys[settler], sol, sd, nil, 29_000_000)
		if pre.Status != types.ReceiptStatusSuccessful || sl.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%d contributions: precompile status %d, solidity status %d", contribs, pre.Status, sl.Status)
		}
		if got := outcomes(t, pre); len(got) != n || got[0] != "" || got[n-1] != "" {
			t.Fatalf("precompile outcomes %q", got)
		}
		if len(sl.Logs) != n {
			t.Fatalf("solidity logged %d events, want %d ReceiptSettled", len(sl.Logs), n)
		}
		pe, se := pre.GasUsed-intrinsicGas(pd), sl.GasUsed-intrinsicGas(sd)
		t.Logf("%-14d %14d %14d %8.2f %12.2f", contribs, pre.GasUsed/n, sl.GasUsed/n,
			float64(pre.GasUsed)/float64(sl.GasUsed), float64(pe)/float64(se))
		if 5*pe < se {
			t.Errorf("%d contributions: precompile execution gas %d is below a fifth of Solidity's %d", contribs, pe, se)
		}
	}
	f.CheckSupply()
}

// BenchmarkSettleVersusSolidity executes the same 100-receipt batch (one
// contribution each) on the precompile and on SettlementBench with eth_call,
// alternating, and reports each one's time per receipt and their ratio.
func BenchmarkSettleVersusSolidity(b *testing.B) {
	f := settlementtest.New(b, settlementtest.Options{})
	f.Deposit(payer, open.Wei(1_000))
	sol, solDomain := deploySolidity(b, f)
	const n = 100
	pd, sd := batchFor(b, f, f.Domain, n, 1, 1), batchFor(b, f, solDomain, n, 1, 1)
	var pre, solT time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		out, err := f.Call(f.Addr(settler), precompile.Address, pd)
		t1 := time.Now()
		if err != nil || new(big.Int).SetBytes(out).Int64() != n {
			b.Fatalf("precompile settle: %v", err)
		}
		out, err = f.Call(f.Addr(settler), sol, sd)
		t2 := time.Now()
		if err != nil || new(big.Int).SetBytes(out).Int64() != n {
			b.Fatalf("solidity settle: %v", err)
		}
		pre, solT = pre+t1.Sub(t0), solT+t2.Sub(t1)
	}
	b.ReportMetric(float64(pre.Nanoseconds())/float64(b.N)/n, "precompile-ns/receipt")
	b.ReportMetric(float64(solT.Nanoseconds())/float64(b.N)/n, "solidity-ns/receipt")
	b.ReportMetric(float64(pre)/float64(solT), "time-ratio")
}
