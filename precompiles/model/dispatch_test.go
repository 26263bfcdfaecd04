package model_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
)

// env runs precompiles directly on an in-memory StateDB, without
// transactions, so a test sees exactly what one call writes.
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
	ctx := vm.BlockContext{
		CanTransfer: core.CanTransfer, Transfer: core.Transfer, GetHash: func(uint64) common.Hash { return common.Hash{} },
		BlockNumber: big.NewInt(100), Time: 1_000, GasLimit: 60_000_000, BaseFee: new(big.Int), BlobBaseFee: new(big.Int),
		Random: &common.Hash{},
	}
	return &env{t: t, sdb: sdb, evm: vm.NewEVM(ctx, sdb, genesis.ChainConfig(genesis.DevChainID), vm.Config{})}
}

// run calls precompile p directly and returns its output or error.
func (e *env) run(p *precompiles.Contract, from common.Address, input []byte, readOnly bool) ([]byte, error) {
	return p.RunStateful(e.evm, from, input, new(uint256.Int), readOnly)
}

// must runs a call that has to succeed.
func (e *env) must(p *precompiles.Contract, from common.Address, input []byte) []byte {
	e.t.Helper()
	out, err := e.run(p, from, input, false)
	if err != nil {
		e.t.Fatalf("%s call %x: %v (%x)", p.Name(), input[:4], err, out)
	}
	return out
}

var (
	alice = common.HexToAddress("0xa11ce")
	bob   = common.HexToAddress("0xb0b")
)

// seed publishes n Datanets with one version each (owner alice), a base model
// (1, alice) and an adapter on it trained on every Datanet (2, bob).
func (e *env) seed(n int) {
	for i := 1; i <= n; i++ {
		id := big.NewInt(int64(i))
		e.must(datanet.Contract, alice, dreg.PackCreateDatanet("d", "", nil, ""))
		e.must(datanet.Contract, alice, dreg.PackContribute(id, hash(string(rune(i))), 1, "", ""))
		e.must(datanet.Contract, alice, dreg.PackReview(big.NewInt(int64(i)), true, ""))
		e.must(datanet.Contract, alice, dreg.PackPublishVersion(id))
	}
	var all []int64
	for i := 1; i <= n; i++ {
		all = append(all, int64(i), 1)
	}
	e.must(model.Contract, alice, reg.PackRegisterBaseModel("base", "llama", hash("base"), "hf://base", "mit"))
	e.must(model.Contract, bob, reg.PackRegisterAdapter(adapterSpec(1, "lora", refs(all...))))
}

func TestDispatchCoversTheABI(t *testing.T) {
	names := model.Contract.MethodNames()
	if len(names) != len(model.ABI.Methods) {
		t.Fatalf("%d bound methods, ABI has %d", len(names), len(model.ABI.Methods))
	}
	for _, n := range names {
		if _, ok := model.ABI.Methods[n]; !ok {
			t.Errorf("bound method %s not in the ABI", n)
		}
	}
	if len(model.ABI.Events) != 6 {
		t.Fatalf("ABI has %d events; events.go binds 6", len(model.ABI.Events))
	}
}

func TestDispatchRejects(t *testing.T) {
	e := newEnv(t)
	e.seed(1)
	tests := []struct {
		name     string
		input    []byte
		readOnly bool
		want     error
	}{
		{"short_input", []byte{1, 2}, false, precompiles.ErrShortInput},
		{"unknown_selector", []byte{0xde, 0xad, 0xbe, 0xef}, false, precompiles.ErrUnknownSelector},
		{"read_only_write", reg.PackSetRates(big.NewInt(2), big.NewInt(1), big.NewInt(1)), true, vm.ErrWriteProtection},
		{"truncated_args", reg.PackSetRates(big.NewInt(2), big.NewInt(1), big.NewInt(1))[:40], false, precompiles.ErrInvalidInput},
		{"unauthorized", reg.PackSetRates(big.NewInt(2), big.NewInt(1), big.NewInt(1)), false, vm.ErrExecutionReverted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.run(model.Contract, alice, tc.input, tc.readOnly)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
	// A view works read-only; value is refused by non-payable methods.
	if _, err := e.run(model.Contract, alice, reg.PackGetModel(big.NewInt(2)), true); err != nil {
		t.Fatal(err)
	}
	if out, err := model.Contract.RunStateful(e.evm, alice, reg.PackModelCount(), uint256.NewInt(1), false); !errors.Is(err, vm.ErrExecutionReverted) || len(out) < 4 {
		t.Fatalf("value to a view: %v (%x)", err, out)
	}
}

// TestGasBoundary sends one registration with exactly RequiredGas and one
// with a unit less through the EVM: the first succeeds, the second runs out.
func TestGasBoundary(t *testing.T) {
	e := newEnv(t)
	e.seed(2)
	input := reg.PackRegisterAdapter(adapterSpec(1, "g", refs(1, 1, 2, 1)))
	gas := model.Contract.RequiredGas(input)
	e.sdb.AddBalance(alice, uint256.NewInt(1), 0)
	if _, left, err := e.evm.Call(alice, model.Address, input, gas-1, new(uint256.Int)); !errors.Is(err, vm.ErrOutOfGas) || left != 0 {
		t.Fatalf("gas-1: err %v, left %d", err, left)
	}
	if _, left, err := e.evm.Call(alice, model.Address, input, gas, new(uint256.Int)); err != nil || left != 0 {
		t.Fatalf("exact gas: err %v, left %d", err, left)
	}
}

func TestReader(t *testing.T) {
	e := newEnv(t)
	e.seed(3)
	e.must(model.Contract, bob, reg.PackSetRates(big.NewInt(2), big.NewInt(11), big.NewInt(22)))
	e.must(model.Contract, bob, reg.PackPublishVersion(big.NewInt(2), hash("v2"), "", refs(2, 1)))
	e.must(model.Contract, bob, reg.PackDeprecate(big.NewInt(2)))
	rec, ok := model.RecordOf(e.sdb, 2)
	if !ok || rec.Owner != bob || rec.RateIn.Uint64() != 11 || rec.RateOut.Uint64() != 22 || rec.Active() ||
		rec.Kind != model.KindAdapter || rec.BaseModelID != 1 || rec.LatestVersion != 2 {
		t.Fatalf("RecordOf(2) = %+v, %v", rec, ok)
	}
	tests := []struct {
		id, version uint64
		want        []model.DatanetRef
		ok          bool
	}{
		{2, 1, []model.DatanetRef{{1, 1}, {2, 1}, {3, 1}}, true},
		{2, 2, []model.DatanetRef{{2, 1}}, true},
		{2, 0, []model.DatanetRef{{2, 1}}, true},
		{2, 3, nil, false},
		{1, 1, []model.DatanetRef{}, true},
		{9, 1, nil, false},
	}
	for _, tc := range tests {
		got, ok := model.DatanetsOf(e.sdb, tc.id, tc.version)
		if ok != tc.ok || len(got) != len(tc.want) {
			t.Errorf("DatanetsOf(%d, %d) = %v, %v", tc.id, tc.version, got, ok)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("DatanetsOf(%d, %d)[%d] = %v, want %v", tc.id, tc.version, i, got[i], tc.want[i])
			}
		}
	}
	if model.Exists(e.sdb, 0) || !model.Exists(e.sdb, 2) || model.Exists(e.sdb, 3) {
		t.Fatal("Exists wrong")
	}
}

// FuzzDispatch calls the registry with arbitrary arguments behind every
// selector (or arbitrary input): it must never panic, a failed call must leave
// the state and the logs exactly as they were, and a view must write nothing.
func FuzzDispatch(f *testing.F) {
	seeds := [][]byte{
		reg.PackRegisterBaseModel("b", "a", hash("w"), "u", "l"),
		reg.PackRegisterAdapter(adapterSpec(1, "x", refs(1, 1, 2, 1))),
		reg.PackRegisterAdapter(adapterSpec(1, "x", refs(1, 2))),
		reg.PackPublishVersion(big.NewInt(2), hash("v"), "u", refs(2, 1)),
		reg.PackSetRates(big.NewInt(2), big.NewInt(1), big.NewInt(2)),
		reg.PackDeprecate(big.NewInt(1)),
		reg.PackTransferOwnership(big.NewInt(2), alice),
		reg.PackProvenance(big.NewInt(2), big.NewInt(0)),
		reg.PackModelsOf(bob, big.NewInt(0), big.NewInt(5)),
		reg.PackVersionsOf(big.NewInt(2), big.NewInt(0), big.NewInt(1<<40)),
	}
	for _, s := range seeds {
		f.Add(false, s)
		f.Add(true, s)
	}
	f.Add(false, []byte{})
	f.Fuzz(func(t *testing.T, fromBob bool, input []byte) {
		e := newEnv(t)
		e.seed(2)
		from := alice
		if fromBob {
			from = bob
		}
		_ = model.Contract.RequiredGas(input)
		before := e.sdb.IntermediateRoot(true)
		logs := len(e.sdb.Logs())
		counter := precompiletest.CountState(e.evm.StateDB)
		e.evm.StateDB = counter
		_, err := e.run(model.Contract, from, input, false)
		e.evm.StateDB = counter.StateDB
		// The price, charged before the call runs, covers its storage work.
		if price := model.Contract.RequiredGas(input); price < counter.MinGas() {
			t.Fatalf("call %x priced %d for storage work worth at least %d", input, price, counter.MinGas())
		}
		after := e.sdb.IntermediateRoot(true)
		writes := len(input) >= 4 && isWrite(input[:4])
		if (err != nil || !writes) && (after != before || len(e.sdb.Logs()) != logs) {
			t.Fatalf("call %x (err %v) changed state or logs", input, err)
		}
	})
}

func isWrite(sel []byte) bool {
	m, err := model.ABI.MethodById(sel)
	return err == nil && !m.IsConstant()
}
