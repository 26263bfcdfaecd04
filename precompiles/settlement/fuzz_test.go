package settlement_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
	precompile "github.com/openledger/openledger/precompiles/settlement"
)

// fuzzEVM is an EVM over a genesis state where dev account 0 is the settler
// and has escrow, with a Datanet, an accepted and published contribution and
// an adapter trained on it, so fuzzed settle calls reach deep paths.
func fuzzEVM(tb testing.TB) (func(*state.StateDB) *vm.EVM, *state.StateDB, common.Address, common.Hash) {
	cfg, keys := genesis.DevConfig(1)
	settler := cfg.DevAccounts[0].Address
	st, err := precompile.DefaultConfig(settler).Storage()
	if err != nil {
		tb.Fatal(err)
	}
	cfg.PrecompileStorage = map[common.Address]map[common.Hash]common.Hash{precompile.Address: st}
	newEVM, statedb := precompiletest.StateEVM(tb, cfg)
	evm := newEVM(statedb)
	dreg, mreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry()
	one := big.NewInt(1)
	for _, call := range []struct {
		to    common.Address
		data  []byte
		value *uint256.Int
	}{
		{datanet.Address, dreg.PackCreateDatanet("fuzz", "d", nil, ""), nil},
		{datanet.Address, dreg.PackContribute(one, crypto.Keccak256Hash([]byte("c")), 1, "", ""), nil},
		{datanet.Address, dreg.PackReview(one, true, ""), nil},
		{datanet.Address, dreg.PackPublishVersion(one), nil},
		{model.Address, mreg.PackRegisterBaseModel("b", "llama", [32]byte{1}, "", ""), nil},
		{model.Address, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{BaseModelId: one, Name: "a", WeightsHash: [32]byte{2},
			Rank: 4, TargetModules: []string{"q_proj"}, RateIn: big.NewInt(1_000), RateOut: big.NewInt(3_000),
			Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: one, Version: one}}}), nil},
		{precompile.Address, settlements.PackDeposit(), uint256.MustFromBig(open.Wei(1))},
	} {
		v := call.value
		if v == nil {
			v = new(uint256.Int)
		}
		if _, _, err := evm.Call(settler, call.to, call.data, 10_000_000, v); err != nil {
			tb.Fatalf("setup call: %v", err)
		}
	}
	statedb.Finalise(true)
	domain := settlement.DomainSeparator(new(big.Int).SetUint64(cfg.ChainID), precompile.Address)
	// The state is built: a valid one-receipt batch must settle on it.
	v := &settlement.Voucher{Payer: settler, Operator: settler, ModelID: uint256.NewInt(2), ModelVersion: 1, RateIn: uint256.NewInt(1_000),
		RateOut: uint256.NewInt(3_000), MaxFee: uint256.NewInt(4_000), Nonce: uint256.NewInt(99), Deadline: 100}
	sig, _ := v.Sign(keys[0], domain)
	r := &settlement.Receipt{VoucherHash: v.Hash(domain), ModelID: v.ModelID, TokensIn: 1_000, TokensOut: 1_000, Fee: uint256.NewInt(4_000),
		Contributions: []settlement.Contribution{{ID: uint256.NewInt(1), Weight: uint256.NewInt(1)}}}
	data, _ := precompile.PackSettle([]*settlement.Receipt{r}, []*settlement.Voucher{v}, [][]byte{sig})
	probe := statedb.Copy()
	out, _, err := newEVM(probe).Call(settler, precompile.Address, data, 10_000_000, new(uint256.Int))
	if err != nil || new(big.Int).SetBytes(out).Int64() != 1 {
		tb.Fatalf("probe batch did not settle: %v", err)
	}
	return newEVM, statedb, settler, domain
}

// FuzzSettleDispatch feeds arbitrary calldata (seeded with valid settle
// batches and every method) to the precompile as the settler: it must never
// panic, and a failed call must leave no state behind.
func FuzzSettleDispatch(f *testing.F) {
	newEVM, base, settler, domain := fuzzEVM(f)
	key := genesis.DevKey(0)
	mk := func(nonce uint64, fee uint64, contribs ...uint64) ([]*settlement.Receipt, []*settlement.Voucher, [][]byte) {
		v := &settlement.Voucher{Payer: settler, Operator: settler, ModelID: uint256.NewInt(2), ModelVersion: 1, RateIn: uint256.NewInt(1_000),
			RateOut: uint256.NewInt(3_000), MaxFee: uint256.NewInt(fee), Nonce: uint256.NewInt(nonce), Deadline: 100}
		sig, _ := v.Sign(key, domain)
		r := &settlement.Receipt{VoucherHash: v.Hash(domain), ModelID: v.ModelID, TokensIn: 1_000, TokensOut: 1_000, Fee: uint256.NewInt(fee)}
		for _, c := range contribs {
			r.Contributions = append(r.Contributions, settlement.Contribution{ID: uint256.NewInt(c), Weight: uint256.NewInt(7)})
		}
		return []*settlement.Receipt{r}, []*settlement.Voucher{v}, [][]byte{sig}
	}
	for _, seed := range [][]byte{
		func() []byte { d, _ := precompile.PackSettle(mk(1, 4_000, 1)); return d }(),
		func() []byte { d, _ := precompile.PackSettle(mk(2, 4_000)); return d }(),
		func() []byte { d, _ := precompile.PackSettle(mk(3, 5, 1, 1)); return d }(),
		settlements.PackDeposit(), settlements.PackRequestWithdraw(big.NewInt(5)), settlements.PackWithdraw(), settlements.PackClaim(),
		settlements.PackEscrowOf(settler), settlements.PackGetReceipt([32]byte{1}), settlements.PackReceiptOfNonce(settler, big.NewInt(1)),
		settlements.PackTotalBurned(), settlements.PackFeeParams(), settlements.PackDomainSeparator(),
	} {
		f.Add(seed, uint8(0), false)
	}
	baseRoot := base.IntermediateRoot(true)
	f.Fuzz(func(t *testing.T, input []byte, value uint8, static bool) {
		statedb := base.Copy()
		evm := newEVM(statedb)
		used, minGas, err := precompiletest.CallCounted(evm, settler, precompile.Address, input, 20_000_000, uint256.NewInt(uint64(value)), static)
		// Gas covers the storage work done, and a call that returns was
		// charged exactly its price.
		if used < minGas {
			t.Fatalf("charged %d gas for storage work worth at least %d", used, minGas)
		}
		if err == nil && used != precompile.Contract.RequiredGas(input) {
			t.Fatalf("succeeded using %d gas, priced %d", used, precompile.Contract.RequiredGas(input))
		}
		if err != nil {
			if after := statedb.IntermediateRoot(true); after != baseRoot {
				t.Fatalf("failed call (%v) changed the state root", err)
			}
		}
	})
}
