package datanet_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/precompiletest"
)

// fuzzEVM is an EVM over the devnet genesis state with one Datanet, one
// accepted contribution and a published version, so fuzzed calls reach deep
// paths. Calls go through vm.EVM.Call, as a transaction or contract would.
func fuzzEVM(tb testing.TB) (func(*state.StateDB) *vm.EVM, *state.StateDB, common.Address) {
	cfg, _ := genesis.DevConfig(1)
	newEVM, statedb := precompiletest.StateEVM(tb, cfg)
	evm := newEVM(statedb)
	owner := cfg.DevAccounts[0].Address
	for _, data := range [][]byte{
		reg.PackCreateDatanet("fuzz", "d", []string{"t"}, "u"),
		reg.PackContribute(big.NewInt(1), hash("seed"), 1, "u", "m"),
		reg.PackReview(big.NewInt(1), true, "ok"),
		reg.PackPublishVersion(big.NewInt(1)),
		reg.PackPublishIndex(big.NewInt(1), big.NewInt(1), hash("tok"), hash("shard"), "ipfs://shard"),
	} {
		if _, _, err := evm.Call(owner, datanet.Address, data, 10_000_000, new(uint256.Int)); err != nil {
			tb.Fatalf("setup call: %v", err)
		}
	}
	statedb.Finalise(true)
	return newEVM, statedb, owner
}

// FuzzDispatch feeds arbitrary calldata (and value, and read-only mode) to the
// registry: it must never panic, and a failed call must leave no state behind.
// Seeds: every method's valid encoding, plus testdata/fuzz/FuzzDispatch.
func FuzzDispatch(f *testing.F) {
	one, zero := big.NewInt(1), big.NewInt(0)
	for _, seed := range [][]byte{
		reg.PackCreateDatanet("n", "d", []string{"a", "b"}, "u"),
		reg.PackTransferOwnership(one, common.HexToAddress("0x01")),
		reg.PackAddCurator(one, common.HexToAddress("0x02")),
		reg.PackRemoveCurator(one, common.HexToAddress("0x02")),
		reg.PackContribute(one, hash("x"), 3, "u", "m"),
		reg.PackReview(one, false, "r"),
		reg.PackPublishVersion(one),
		reg.PackGetDatanet(one),
		reg.PackListDatanets(zero, big.NewInt(10)),
		reg.PackGetContribution(one),
		reg.PackContributionsOf(one, zero, one),
		reg.PackContributionsBy(common.HexToAddress("0x03"), zero, one),
		reg.PackAcceptedContributions(one, zero, one),
		reg.PackGetVersion(one, one),
		reg.PackVersionsOf(one, zero, one),
		reg.PackVerifyMembership(one, one, one, zero, make([][32]byte, 32)),
		reg.PackPublishIndex(one, one, hash("tok2"), hash("s"), "ipfs://s"),
		reg.PackGetIndex(one, one, hash("tok")),
		reg.PackIndexesOf(one, one),
	} {
		f.Add(seed, uint8(0), false)
	}
	newEVM, base, caller := fuzzEVM(f)
	baseRoot := base.IntermediateRoot(true)
	f.Fuzz(func(t *testing.T, input []byte, value uint8, static bool) {
		statedb := base.Copy()
		evm := newEVM(statedb)
		used, minGas, err := precompiletest.CallCounted(evm, caller, datanet.Address, input, 10_000_000, uint256.NewInt(uint64(value)), static)
		// Gas covers the storage work done, and a call that returns was
		// charged exactly its price.
		if used < minGas {
			t.Fatalf("charged %d gas for storage work worth at least %d", used, minGas)
		}
		if err == nil && used != datanet.Contract.RequiredGas(input) {
			t.Fatalf("succeeded using %d gas, priced %d", used, datanet.Contract.RequiredGas(input))
		}
		if err != nil {
			if after := statedb.IntermediateRoot(true); after != baseRoot {
				t.Fatalf("failed call (%v) changed the state root", err)
			}
		}
	})
}
