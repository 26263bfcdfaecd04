package agent_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
)

var (
	alice   = common.HexToAddress("0xa11ce")
	bob     = common.HexToAddress("0xb0b")
	slasher = common.HexToAddress("0x5a5")
)

// env runs precompiles directly on an in-memory StateDB holding the genesis
// parameters, so a test sees exactly what one call writes.
type env struct {
	t   testing.TB
	sdb *state.StateDB
	evm *vm.EVM
}

func newEnv(t testing.TB) *env {
	sdb, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range precompiles.Registered() {
		sdb.SetNonce(a, 1, 0)
		sdb.SetCode(a, genesis.PrecompileCode, 0)
	}
	st, err := agent.Config{MinStake: big.NewInt(100), UnbondingDelay: 3, Slashers: []common.Address{slasher}}.Storage()
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range st {
		sdb.SetState(agent.Address, k, v)
	}
	for _, a := range []common.Address{alice, bob, slasher} {
		sdb.AddBalance(a, uint256.NewInt(1_000_000), 0)
	}
	ctx := vm.BlockContext{
		CanTransfer: core.CanTransfer, Transfer: core.Transfer, GetHash: func(uint64) common.Hash { return common.Hash{} },
		BlockNumber: big.NewInt(100), Time: 1_000, GasLimit: 60_000_000, BaseFee: new(big.Int), BlobBaseFee: new(big.Int),
		Random: &common.Hash{},
	}
	e := &env{t: t, sdb: sdb, evm: vm.NewEVM(ctx, sdb, genesis.ChainConfig(genesis.DevChainID), vm.Config{})}
	e.call(model.Contract, alice, mreg.PackRegisterBaseModel("m", "", crypto.Keccak256Hash([]byte("w")), "", ""), 0)
	return e
}

// call runs a precompile directly, first moving value from the caller to the
// precompile as the EVM does.
func (e *env) call(p *precompiles.Contract, from common.Address, input []byte, value uint64) ([]byte, error) {
	v := uint256.NewInt(value)
	if !v.IsZero() {
		if e.sdb.GetBalance(from).Lt(v) {
			return nil, errors.New("caller cannot pay the value")
		}
		e.sdb.SubBalance(from, v, 0)
		e.sdb.AddBalance(p.Address(), v, 0)
	}
	return p.RunStateful(e.evm, from, input, v, false)
}

func (e *env) must(input []byte, from common.Address, value uint64) {
	e.t.Helper()
	if out, err := e.call(agent.Contract, from, input, value); err != nil {
		e.t.Fatalf("call %x: %v (%x)", input[:4], err, out)
	}
}

// invariant: balance == totalStaked == Σ stake + unbonding.
func (e *env) invariant() error {
	sum := new(uint256.Int)
	n := new(big.Int).SetBytes(e.view(reg.PackAgentCount())).Int64()
	for i := int64(1); i <= n; i++ {
		a, err := reg.UnpackGetAgent(e.view(reg.PackGetAgent(big.NewInt(i))))
		if err != nil {
			return err
		}
		s, _ := uint256.FromBig(new(big.Int).Add(a.Stake, a.Unbonding))
		sum.Add(sum, s)
	}
	bal, total := e.sdb.GetBalance(agent.Address), agent.TotalStaked(e.sdb)
	if !bal.Eq(total) || !total.Eq(sum) {
		return errors.New("balance " + bal.Dec() + ", totalStaked " + total.Dec() + ", sum " + sum.Dec())
	}
	return nil
}

func (e *env) view(input []byte) []byte {
	e.t.Helper()
	out, err := agent.Contract.RunStateful(e.evm, alice, input, new(uint256.Int), true)
	if err != nil {
		e.t.Fatalf("view %x: %v", input[:4], err)
	}
	return out
}

func TestDispatchCoversTheABI(t *testing.T) {
	names := agent.Contract.MethodNames()
	if len(names) != len(agent.ABI.Methods) {
		t.Fatalf("%d bound methods, ABI has %d", len(names), len(agent.ABI.Methods))
	}
	if len(agent.ABI.Events) != 8 {
		t.Fatalf("ABI has %d events; events.go binds 8", len(agent.ABI.Events))
	}
}

func TestDispatchRejects(t *testing.T) {
	e := newEnv(t)
	e.must(reg.PackRegister("u", big.NewInt(1)), alice, 100)
	tests := []struct {
		name     string
		input    []byte
		readOnly bool
		want     error
	}{
		{"short_input", []byte{1}, false, precompiles.ErrShortInput},
		{"unknown_selector", []byte{0xde, 0xad, 0xbe, 0xef}, false, precompiles.ErrUnknownSelector},
		{"read_only_write", reg.PackRequestUnstake(big.NewInt(1), big.NewInt(1)), true, vm.ErrWriteProtection},
		{"truncated_args", reg.PackSlash(big.NewInt(1), big.NewInt(1), "r")[:68], false, precompiles.ErrInvalidInput},
		{"unauthorized_slash", reg.PackSlash(big.NewInt(1), big.NewInt(1), "r"), false, vm.ErrExecutionReverted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := agent.Contract.RunStateful(e.evm, alice, tc.input, new(uint256.Int), tc.readOnly)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
}

func TestGasBoundary(t *testing.T) {
	e := newEnv(t)
	input := reg.PackRegister("ipfs://agent", big.NewInt(1))
	gas := agent.Contract.RequiredGas(input)
	value := uint256.NewInt(100)
	if _, left, err := e.evm.Call(alice, agent.Address, input, gas-1, value); !errors.Is(err, vm.ErrOutOfGas) || left != 0 {
		t.Fatalf("gas-1: err %v, left %d", err, left)
	}
	if _, _, err := e.evm.Call(alice, agent.Address, input, gas, value); err != nil {
		t.Fatalf("exact gas: %v", err)
	}
	if err := e.invariant(); err != nil {
		t.Fatal(err)
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  agent.Config
		ok   bool
	}{
		{"default", agent.DefaultConfig(slasher), true},
		{"no_slashers", agent.DefaultConfig(), true},
		{"nil_min_stake", agent.Config{UnbondingDelay: 1}, false},
		{"zero_min_stake", agent.Config{MinStake: new(big.Int), UnbondingDelay: 1}, false},
		{"huge_min_stake", agent.Config{MinStake: new(big.Int).Lsh(big.NewInt(1), 256), UnbondingDelay: 1}, false},
		{"zero_delay", agent.Config{MinStake: big.NewInt(1)}, false},
		{"zero_slasher", agent.Config{MinStake: big.NewInt(1), UnbondingDelay: 1, Slashers: []common.Address{{}}}, false},
		{"slasher_twice", agent.DefaultConfig(slasher, slasher), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := tc.cfg.Storage()
			if (err == nil) != tc.ok {
				t.Fatalf("Storage() err = %v", err)
			}
			if err != nil && !errors.Is(err, agent.ErrBadConfig) {
				t.Fatalf("error %v is not ErrBadConfig", err)
			}
			if tc.ok && len(st) != 2+len(tc.cfg.Slashers) {
				t.Fatalf("%d storage slots", len(st))
			}
		})
	}
}

// FuzzDispatch sends arbitrary input, from a stranger, the owner or the
// slasher and with or without value: no panic, a failed call leaves state and
// logs as they were, and the balance invariant always holds.
func FuzzDispatch(f *testing.F) {
	seeds := [][]byte{
		reg.PackRegister("u", big.NewInt(1)),
		reg.PackAddStake(big.NewInt(1)),
		reg.PackRequestUnstake(big.NewInt(1), big.NewInt(50)),
		reg.PackRequestUnstake(big.NewInt(1), big.NewInt(200)),
		reg.PackWithdraw(big.NewInt(1)),
		reg.PackSlash(big.NewInt(1), big.NewInt(70), "r"),
		reg.PackSlash(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 255), ""),
		reg.PackAgentsOf(alice, big.NewInt(0), big.NewInt(3)),
	}
	for _, s := range seeds {
		for who := uint8(0); who < 3; who++ {
			f.Add(who, uint16(0), s)
			f.Add(who, uint16(150), s)
		}
	}
	f.Fuzz(func(t *testing.T, who uint8, value uint16, input []byte) {
		e := newEnv(t)
		e.must(reg.PackRegister("agent", big.NewInt(1)), alice, 200)
		e.must(reg.PackRequestUnstake(big.NewInt(1), big.NewInt(50)), alice, 0)
		from := []common.Address{alice, bob, slasher}[int(who)%3]
		_ = agent.Contract.RequiredGas(input)
		before := e.sdb.IntermediateRoot(true)
		logs := len(e.sdb.Logs())
		bal := e.sdb.GetBalance(agent.Address).Clone()
		counter := precompiletest.CountState(e.evm.StateDB)
		e.evm.StateDB = counter
		_, err := e.call(agent.Contract, from, input, uint64(value))
		e.evm.StateDB = counter.StateDB
		// The price, charged before the call runs, covers its storage work.
		if price := agent.Contract.RequiredGas(input); price < counter.MinGas() {
			t.Fatalf("call %x priced %d for storage work worth at least %d", input, price, counter.MinGas())
		}
		if err != nil {
			// Undo the value move the EVM would revert, then compare.
			if value != 0 && e.sdb.GetBalance(agent.Address).Gt(bal) {
				e.sdb.SubBalance(agent.Address, uint256.NewInt(uint64(value)), 0)
				e.sdb.AddBalance(from, uint256.NewInt(uint64(value)), 0)
			}
			if e.sdb.IntermediateRoot(true) != before || len(e.sdb.Logs()) != logs {
				t.Fatalf("failed call %x (%v) changed state or logs", input, err)
			}
			return
		}
		if err := e.invariant(); err != nil {
			t.Fatalf("after %x: %v", input, err)
		}
	})
}
