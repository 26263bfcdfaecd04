package datanet_test

import (
	"math/big"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/precompiles/datanet"
)

// solidityRegistry is where the benchmarks put SolidityDatanetRegistry's runtime code.
var solidityRegistry = common.HexToAddress("0x5011d1700000000000000000000000000000d47a")

// benchState is fuzzEVM's state plus the Solidity registry with Datanet 1.
func benchState(b *testing.B) (func(*state.StateDB) *vm.EVM, *state.StateDB, common.Address) {
	newEVM, st, caller := fuzzEVM(b)
	_, runtime, err := artifacts.Code("SolidityDatanetRegistry")
	if err != nil {
		b.Fatal(err)
	}
	st.SetCode(solidityRegistry, runtime, 0)
	st.SetNonce(solidityRegistry, 1, 0)
	if _, _, err := newEVM(st).Call(caller, solidityRegistry, reg.PackCreateDatanet("fuzz", "d", []string{"t"}, "u"), 10_000_000, new(uint256.Int)); err != nil {
		b.Fatal(err)
	}
	st.Finalise(true)
	return newEVM, st, caller
}

// BenchmarkContribute runs contribute on the precompile and on the same
// registry in Solidity, in the same state, with identical calldata (the
// function signature is the same). gas/op is the execution gas (what the call
// consumes after the intrinsic cost); txgas/op adds the intrinsic cost of the
// calldata, i.e. what the transaction's receipt would show.
func BenchmarkContribute(b *testing.B) {
	for _, target := range []struct {
		name string
		addr common.Address
	}{{"precompile", datanet.Address}, {"solidity", solidityRegistry}} {
		b.Run(target.name, func(b *testing.B) {
			newEVM, base, caller := benchState(b)
			st := base.Copy()
			evm := newEVM(st)
			var gasUsed, txGas uint64
			n := 0
			b.ReportAllocs()
			for b.Loop() {
				n++
				data := reg.PackContribute(big.NewInt(1), crypto.Keccak256Hash(big.NewInt(int64(n)).Bytes()), 1024,
					"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", `{"lang":"en","license":"cc-by-4.0"}`)
				const gas = 5_000_000
				_, left, err := evm.Call(caller, target.addr, data, gas, new(uint256.Int))
				if err != nil {
					b.Fatal(err)
				}
				gasUsed = gas - left
				intrinsic, err := core.IntrinsicGas(data, nil, nil, false, true, true, true)
				if err != nil {
					b.Fatal(err)
				}
				txGas = gasUsed + intrinsic
			}
			b.ReportMetric(float64(gasUsed), "gas/op")
			b.ReportMetric(float64(txGas), "txgas/op")
		})
	}
}

// BenchmarkTransferBlocks imports the same transfer-only blocks into a fresh
// chain with the OpenLedger precompiles registered and with them removed from
// op-geth's maps. Each iteration runs both imports, in alternating order, after
// a GC; it reports Mgas/s of each from the fastest import of each (the least
// disturbed by other load on the machine) and their ratio.
func BenchmarkTransferBlocks(b *testing.B) {
	blocks, g := transferBlocks(b, 20, 150)
	var gas uint64
	for _, blk := range blocks {
		gas += blk.GasUsed()
	}
	took := [2]time.Duration{time.Hour, time.Hour} // fastest import: registered, unregistered
	importOnce := func(registered bool) {
		if !registered {
			restore := unregister()
			defer restore()
		}
		chain := freshChain(b, g)
		defer chain.Stop()
		runtime.GC()
		start := time.Now()
		if _, err := chain.InsertChain(blocks); err != nil {
			b.Fatal(err)
		}
		i := 0
		if !registered {
			i = 1
		}
		took[i] = min(took[i], time.Since(start))
	}
	n := 0
	for b.Loop() {
		importOnce(n%2 == 0)
		importOnce(n%2 != 0)
		n++
	}
	mgas := func(d time.Duration) float64 { return float64(gas) / d.Seconds() / 1e6 }
	b.ReportMetric(mgas(took[0]), "registered-mgas/s")
	b.ReportMetric(mgas(took[1]), "unregistered-mgas/s")
	b.ReportMetric(took[1].Seconds()/took[0].Seconds(), "ratio")
}

// unregister removes the OpenLedger precompiles from op-geth's fork maps and
// address lists (benchmark only), and returns the function that puts them back.
func unregister() func() {
	type saved struct {
		set   vm.PrecompiledContracts
		addrs *[]common.Address
		old   []common.Address
	}
	var all []saved
	for _, fm := range []struct {
		set   vm.PrecompiledContracts
		addrs *[]common.Address
	}{
		{vm.PrecompiledContractsJovian, &vm.PrecompiledAddressesJovian},
		{vm.PrecompiledContractsIsthmus, &vm.PrecompiledAddressesIsthmus},
		{vm.PrecompiledContractsPrague, &vm.PrecompiledAddressesPrague},
	} {
		s := saved{fm.set, fm.addrs, append([]common.Address{}, *fm.addrs...)}
		delete(fm.set, datanet.Address)
		var kept []common.Address
		for _, a := range *fm.addrs {
			if a[18] != 0x0A {
				kept = append(kept, a)
			}
		}
		*fm.addrs = kept
		all = append(all, s)
	}
	return func() {
		for _, s := range all {
			s.set[datanet.Address] = datanet.Contract
			*s.addrs = s.old
		}
	}
}
