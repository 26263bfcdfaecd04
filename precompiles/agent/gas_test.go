package agent_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// TestGasVersusSolidity sends every state-changing method to the precompile
// and to the Solidity implementation in contracts/src/bench with the same
// parameters, reports both gas figures, and checks the pricing rule of
// the pricing rule of package precompiles (gas.go): never below the Solidity cost divided by 5.
func TestGasVersusSolidity(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys a contract and sends a dozen transactions")
	}
	c := devchaintest.NewChain(t, devchaintest.Options{Mutate: func(cfg *genesis.Config) {
		ac := agent.Config{MinStake: openWei(100), UnbondingDelay: 1,
			Slashers: []common.Address{crypto.PubkeyToAddress(genesis.DevKey(3).PublicKey)}}
		st, err := ac.Storage()
		if err != nil {
			t.Fatal(err)
		}
		cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{agent.Address: st}
	}})
	c.MustSend(c.Keys[0], modelAddr, mreg.PackRegisterBaseModel("base", "llama", crypto.Keccak256Hash([]byte("w")), "", ""), nil)
	creation, _, err := artifacts.Code("AgentRegistryBench")
	if err != nil {
		t.Fatal(err)
	}
	args := bindings.NewAgentRegistryBench().PackConstructor(openWei(100), 1, []common.Address{c.Addr(3)})
	sol := c.Deploy(c.Keys[0], append(creation, args...))
	one := big.NewInt(1)
	cases := []struct {
		name  string
		key   int
		data  []byte
		value *big.Int
	}{
		{"register", 1, reg.PackRegister("ipfs://agent-metadata/medical-assistant", one), openWei(300)},
		{"addStake", 2, reg.PackAddStake(one), openWei(50)},
		{"requestUnstake", 1, reg.PackRequestUnstake(one, openWei(100)), nil},
		{"withdraw", 1, reg.PackWithdraw(one), nil},
		{"slash", 3, reg.PackSlash(one, openWei(200), "served a forged receipt"), nil},
	}
	t.Logf("%-16s %12s %12s %8s %12s", "operation", "precompile", "solidity", "ratio", "exec ratio")
	for _, tc := range cases {
		pre := c.Send(c.Keys[tc.key], agent.Address, tc.data, tc.value, 300_000)
		sl := c.Send(c.Keys[tc.key], sol, tc.data, tc.value, 300_000)
		if pre.Status != types.ReceiptStatusSuccessful || sl.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: precompile status %d, solidity status %d", tc.name, pre.Status, sl.Status)
		}
		intrinsic := intrinsicGas(tc.data)
		t.Logf("%-16s %12d %12d %8.2f %12.2f", tc.name, pre.GasUsed, sl.GasUsed,
			float64(pre.GasUsed)/float64(sl.GasUsed), float64(pre.GasUsed-intrinsic)/float64(sl.GasUsed-intrinsic))
		if 5*(pre.GasUsed-intrinsic) < sl.GasUsed-intrinsic {
			t.Errorf("%s: precompile execution gas %d is below a fifth of Solidity's %d", tc.name, pre.GasUsed-intrinsic, sl.GasUsed-intrinsic)
		}
	}
	checkInvariant(t, c)
}

var modelAddr = common.HexToAddress("0x0000000000000000000000000000000000000A02")

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

// BenchmarkSlash measures a slash (the widest write path: five updates, a
// burn, two logs) directly on an in-memory state, with a view (getAgent) as
// the baseline.
func BenchmarkSlash(b *testing.B) {
	e := newEnv(b)
	e.must(reg.PackRegister("agent", big.NewInt(1)), alice, 1_000_000)
	slashInput := reg.PackSlash(big.NewInt(1), big.NewInt(1), "r")
	viewInput := reg.PackGetAgent(big.NewInt(1))
	for _, bc := range []struct {
		name     string
		input    []byte
		from     common.Address
		readOnly bool
	}{{"getAgent", viewInput, alice, true}, {"slash", slashInput, slasher, false}} {
		b.Run(bc.name, func(b *testing.B) {
			gas := agent.Contract.RequiredGas(bc.input)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := agent.Contract.RunStateful(e.evm, bc.from, bc.input, new(uint256.Int), bc.readOnly); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(gas), "gas/op")
			b.ReportMetric(float64(gas)/(float64(b.Elapsed().Nanoseconds())/float64(b.N))*1e3, "mgas/s")
		})
	}
}
