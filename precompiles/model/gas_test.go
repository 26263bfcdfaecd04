package model_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// gasCase is one operation sent to the precompile and to the Solidity
// implementation in contracts/src/bench, from the same account in the same
// state, so the two receipts differ only in how the work is done.
type gasCase struct {
	name string
	key  int
	data []byte
}

func manyRefs(n int) []bindings.IModelRegistryDatanetRef {
	var pairs []int64
	for i := 1; i <= n; i++ {
		pairs = append(pairs, int64(i), 1)
	}
	return refs(pairs...)
}

// TestGasVersusSolidity reports the gas of every state-changing method next
// to the Solidity implementation's and checks the pricing rule of
// the pricing rule of package precompiles (gas.go): never below the Solidity cost divided by 5.
func TestGasVersusSolidity(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys a contract and sends 20 transactions")
	}
	c := devchaintest.NewChain(t, devchaintest.Options{})
	for i := 1; i <= 32; i++ {
		publishDatanet(t, c, c.Keys[2], "d", "x")
	}
	creation, _, err := artifacts.Code("ModelRegistryBench")
	if err != nil {
		t.Fatal(err)
	}
	sol := c.Deploy(c.Keys[0], creation)
	two := big.NewInt(2)
	cases := []gasCase{
		{"registerBaseModel", 0, reg.PackRegisterBaseModel("llama-3-8b", "llama", hash("w"), "hf://meta-llama/Meta-Llama-3-8B", "llama3")},
		{"registerAdapter/2-datanets", 1, reg.PackRegisterAdapter(adapterSpec(1, "med-lora", manyRefs(2)))},
		{"registerAdapter/32-datanets", 1, reg.PackRegisterAdapter(adapterSpec(1, "wide-lora", manyRefs(32)))},
		{"publishVersion/2-datanets", 1, reg.PackPublishVersion(two, hash("v2"), "ipfs://v2", manyRefs(2))},
		{"setRates", 1, reg.PackSetRates(two, big.NewInt(3_000), big.NewInt(9_000))},
		{"deprecate", 1, reg.PackDeprecate(two)},
		{"reactivate", 1, reg.PackReactivate(two)},
		{"transferOwnership", 1, reg.PackTransferOwnership(two, c.Addr(3))},
	}
	t.Logf("%-28s %12s %12s %8s %14s", "operation", "precompile", "solidity", "ratio", "exec ratio")
	for _, tc := range cases {
		pre := c.Send(c.Keys[tc.key], model.Address, tc.data, nil, 0)
		sl := c.Send(c.Keys[tc.key], sol, tc.data, nil, 0)
		if pre.Status != types.ReceiptStatusSuccessful || sl.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: precompile status %d, solidity status %d", tc.name, pre.Status, sl.Status)
		}
		intrinsic := intrinsicGas(tc.data)
		ratio := float64(pre.GasUsed) / float64(sl.GasUsed)
		execRatio := float64(pre.GasUsed-intrinsic) / float64(sl.GasUsed-intrinsic)
		t.Logf("%-28s %12d %12d %8.2f %14.2f", tc.name, pre.GasUsed, sl.GasUsed, ratio, execRatio)
		if 5*(pre.GasUsed-intrinsic) < sl.GasUsed-intrinsic {
			t.Errorf("%s: precompile execution gas %d is below a fifth of Solidity's %d", tc.name, pre.GasUsed-intrinsic, sl.GasUsed-intrinsic)
		}
	}
}

// intrinsicGas is what a call transaction costs before execution (EIP-2028
// calldata pricing, EIP-7623 floor not reached by these calls).
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

// BenchmarkProvenance measures the provenance query of an adapter trained on
// 1, 8 and 32 Datanets, run directly on an in-memory state (the precompile's
// own time; an eth_call adds the RPC round trip, see
// BenchmarkProvenanceEthCall32). The 1-Datanet case is the baseline.
func BenchmarkProvenance(b *testing.B) {
	for _, n := range []int{1, 8, 32} {
		b.Run(fmt.Sprintf("datanets=%d", n), func(b *testing.B) {
			e := newEnv(b)
			e.seed(n)
			input := reg.PackProvenance(big.NewInt(2), big.NewInt(0))
			gas := model.Contract.RequiredGas(input)
			b.ReportAllocs()
			for b.Loop() {
				out, err := model.Contract.RunStateful(e.evm, alice, input, new(uint256.Int), true)
				if err != nil || len(out) < n*4*32 {
					b.Fatalf("provenance: %v (%d bytes)", err, len(out))
				}
			}
			reportGas(b, gas)
		})
	}
}

// BenchmarkProvenanceEthCall32 is the same query through eth_call on a dev node.
func BenchmarkProvenanceEthCall32(b *testing.B) {
	c := devchaintest.NewChain(b, devchaintest.Options{})
	for i := 1; i <= 32; i++ {
		benchPublish(b, c, i)
	}
	c.MustSend(c.Keys[0], model.Address, reg.PackRegisterBaseModel("base", "llama", hash("base"), "", ""), nil)
	c.MustSend(c.Keys[1], model.Address, reg.PackRegisterAdapter(adapterSpec(1, "lora", manyRefs(32))), nil)
	input := reg.PackProvenance(big.NewInt(2), big.NewInt(0))
	b.ReportAllocs()
	for b.Loop() {
		out, err := c.Call(c.Addr(3), model.Address, input)
		if err != nil {
			b.Fatal(err)
		}
		p, err := reg.UnpackProvenance(out)
		if err != nil || len(p.Datanets) != 32 {
			b.Fatalf("provenance: %v, %d datanets", err, len(p.Datanets))
		}
	}
}

// BenchmarkRegisterAdapter32 measures registering an adapter on 32 Datanets.
func BenchmarkRegisterAdapter32(b *testing.B) {
	e := newEnv(b)
	e.seed(32)
	input := reg.PackRegisterAdapter(adapterSpec(1, "bench", manyRefs(32)))
	gas := model.Contract.RequiredGas(input)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Contract.RunStateful(e.evm, bob, input, new(uint256.Int), false); err != nil {
			b.Fatal(err)
		}
	}
	reportGas(b, gas)
}

func reportGas(b *testing.B, gas uint64) {
	b.ReportMetric(float64(gas), "gas/op")
	if ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N); ns > 0 {
		b.ReportMetric(float64(gas)/ns*1e3, "mgas/s")
	}
}

// benchPublish publishes Datanet i with one accepted contribution.
func benchPublish(b *testing.B, c *devchaintest.Chain, i int) {
	r := c.MustSend(c.Keys[2], datanetAddr, dreg.PackCreateDatanet("d", "", nil, ""), nil)
	ev, err := dreg.UnpackDatanetCreatedEvent(r.Logs[0])
	if err != nil {
		b.Fatal(err)
	}
	r = c.MustSend(c.Keys[2], datanetAddr, dreg.PackContribute(ev.DatanetId, hash(string(rune(i))), 1, "", ""), nil)
	sub, err := dreg.UnpackContributionSubmittedEvent(r.Logs[0])
	if err != nil {
		b.Fatal(err)
	}
	c.MustSend(c.Keys[2], datanetAddr, dreg.PackReview(sub.ContributionId, true, ""), nil)
	c.MustSend(c.Keys[2], datanetAddr, dreg.PackPublishVersion(ev.DatanetId), nil)
}

var datanetAddr = common.HexToAddress("0x0000000000000000000000000000000000000A01")
