package precompiletest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/triedb"

	"github.com/openledger/openledger/genesis"
)

// StateEVM commits the genesis cfg describes to an in-memory database and
// returns its state with a constructor of EVMs over any copy of it, in the
// context of block 1. Fuzz targets and micro-benchmarks call precompiles
// through vm.EVM.Call on it, the path a transaction or contract takes, without
// building blocks.
func StateEVM(tb testing.TB, cfg genesis.Config) (newEVM func(*state.StateDB) *vm.EVM, base *state.StateDB) {
	tb.Helper()
	g, err := genesis.Build(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	db := rawdb.NewMemoryDatabase()
	tdb := triedb.NewDatabase(db, triedb.HashDefaults)
	block, err := g.Commit(db, tdb, nil)
	if err != nil {
		tb.Fatal(err)
	}
	base, err = state.New(block.Root(), state.NewDatabase(tdb, nil))
	if err != nil {
		tb.Fatal(err)
	}
	header := &types.Header{Number: big.NewInt(1), Time: 10, GasLimit: genesis.DefaultGasLimit, BaseFee: big.NewInt(1), Difficulty: new(big.Int)}
	blockCtx := core.NewEVMBlockContext(header, nil, &common.Address{}, g.Config, base)
	blockCtx.GetHash = func(uint64) common.Hash { return common.Hash{} }
	return func(st *state.StateDB) *vm.EVM { return vm.NewEVM(blockCtx, st, g.Config, vm.Config{}) }, base
}
