package predeploys

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
)

// flzInputs are the vectors the GasPriceOracle's FastLZ length is checked and
// timed on: empty, zeros, text, random bytes and a signed-tx-sized mix.
func flzInputs() map[string][]byte {
	random := make([]byte, 0, 512)
	for i := 0; len(random) < 512; i++ {
		random = append(random, crypto.Keccak256([]byte{byte(i)})...)
	}
	return map[string][]byte{
		"empty":  nil,
		"zeros":  bytes.Repeat([]byte{0}, 300),
		"text":   bytes.Repeat([]byte("OpenLedger datanet contribution "), 12),
		"random": random,
		"tx":     append(bytes.Repeat([]byte{0x01, 0x02, 0, 0, 0, 0x7f}, 40), random[:200]...),
	}
}

// gpoState returns a state holding the predeploys of Alloc.
func gpoState(t testing.TB) *state.StateDB {
	alloc, err := Alloc()
	if err != nil {
		t.Fatal(err)
	}
	db := state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil)
	st, err := state.New(types.EmptyRootHash, db)
	if err != nil {
		t.Fatal(err)
	}
	for addr, acc := range alloc {
		st.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		for k, v := range acc.Storage {
			st.SetState(addr, k, v)
		}
	}
	st.SetBalance(common.Address{1}, uint256.NewInt(0), tracing.BalanceChangeUnspecified)
	return st
}

func callFlz(t testing.TB, st *state.StateDB, input []byte) (uint64, uint64) {
	gpoABI := artifacts.MustABI(GasPriceOracleContract)
	data, err := gpoABI.Pack("flzCompressLength", input)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, GasLimit: 30_000_000, BlockNumber: big.NewInt(1), BaseFee: big.NewInt(0)}
	out, left, err := runtime.Call(GasPriceOracleAddr, data, cfg)
	if err != nil {
		t.Fatalf("flzCompressLength: %v", err)
	}
	return new(big.Int).SetBytes(out).Uint64(), cfg.GasLimit - left
}

// TestFlzCompressLengthMatchesOpGeth checks the Solidity FastLZ length against
// op-geth's, which prices every transaction's L1 data fee.
func TestFlzCompressLengthMatchesOpGeth(t *testing.T) {
	st := gpoState(t)
	for name, input := range flzInputs() {
		t.Run(name, func(t *testing.T) {
			got, gas := callFlz(t, st, input)
			if want := types.FlzCompressLen(input); got != uint64(want) {
				t.Fatalf("flzCompressLength = %d, op-geth FlzCompressLen = %d", got, want)
			}
			t.Logf("%d bytes -> %d, %d gas", len(input), got, gas)
		})
	}
}

// BenchmarkFlzCompressLength times the EVM FastLZ length (what a wallet's
// getL1Fee estimate costs a node) against op-geth's Go version on the same
// input, in the same run; see the ratio between the two sub-benchmarks.
func BenchmarkFlzCompressLength(b *testing.B) {
	input := flzInputs()["tx"]
	b.Run("go-baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if types.FlzCompressLen(input) == 0 {
				b.Fatal("zero length")
			}
		}
	})
	b.Run("evm-gasPriceOracle", func(b *testing.B) {
		st := gpoState(b)
		want := uint64(types.FlzCompressLen(input))
		b.ReportAllocs()
		var gas uint64
		for b.Loop() {
			got, used := callFlz(b, st, input)
			if got != want {
				b.Fatalf("got %d want %d", got, want)
			}
			gas = used
		}
		b.ReportMetric(float64(gas), "gas/op")
	})
}

// FuzzFlzCompressLength compares the GasPriceOracle's FastLZ length with
// op-geth's on arbitrary bytes.
func FuzzFlzCompressLength(f *testing.F) {
	for _, in := range flzInputs() {
		f.Add(in)
	}
	st := gpoState(f)
	f.Fuzz(func(t *testing.T, input []byte) {
		if len(input) > 4096 {
			return
		}
		got, _ := callFlz(t, st, input)
		if want := types.FlzCompressLen(input); got != uint64(want) {
			t.Fatalf("flzCompressLength(%x) = %d, op-geth says %d", input, got, want)
		}
	})
}
