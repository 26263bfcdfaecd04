package governance_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/governance"
	"github.com/openledger/openledger/precompiles/precompiletest"
)

// fuzzEVM is an EVM over the devnet genesis (its governance, a 10M OPEN
// treasury) where the caller has locked OPEN and opened proposal 1, so
// fuzzed calls reach the deep paths.
func fuzzEVM(tb testing.TB) (func(*state.StateDB) *vm.EVM, *state.StateDB, common.Address) {
	cfg, _ := genesis.DevConfig(1)
	newEVM, statedb := precompiletest.StateEVM(tb, cfg)
	evm := newEVM(statedb)
	caller := cfg.DevAccounts[0].Address
	if _, _, err := evm.Call(caller, governance.Address, gov.PackLock(), 10_000_000, uint256.MustFromBig(open.Wei(20_000))); err != nil {
		tb.Fatalf("lock: %v", err)
	}
	evm.Context.Time++
	if _, _, err := evm.Call(caller, governance.Address, gov.PackPropose(fuzzChanges(2), "fuzz"), 10_000_000, new(uint256.Int)); err != nil {
		tb.Fatalf("propose: %v", err)
	}
	statedb.Finalise(true)
	return newEVM, statedb, caller
}

func fuzzChanges(n int) []bindings.IGovernanceChange {
	out := make([]bindings.IGovernanceChange, n)
	for i := range out {
		out[i] = change(governance.KindTreasurySpend, common.BigToAddress(big.NewInt(int64(i+1))), 0, 1)
	}
	return out
}

// FuzzDispatch feeds arbitrary calldata (and value, and read-only mode) to
// governance: it must never panic, gas must cover the storage work done, a
// call that returns is charged exactly its price, and a failed call leaves no
// state behind. Seeds: every method's valid encoding and the attacker's
// shapes (the most changes, far more than allowed, wrong changes at execute).
func FuzzDispatch(f *testing.F) {
	one := big.NewInt(1)
	acct := common.HexToAddress("0x0a")
	for _, seed := range [][]byte{
		gov.PackLock(), gov.PackUnlock(one), gov.PackWithdraw(),
		gov.PackPropose(fuzzChanges(1), "d"),
		gov.PackPropose(fuzzChanges(governance.MaxChanges), string(make([]byte, governance.MaxDescriptionLen))),
		gov.PackPropose(fuzzChanges(512), ""),
		gov.PackVote(one, governance.For), gov.PackVote(one, 3), gov.PackCancel(one), gov.PackQueue(one),
		gov.PackExecute(one, fuzzChanges(2)), gov.PackExecute(one, fuzzChanges(512)),
		gov.PackProposalCount(), gov.PackGetProposal(one), gov.PackHasVoted(one, acct), gov.PackVotingPower(one, acct),
		gov.PackLockedOf(acct), gov.PackTotalLocked(), gov.PackTreasury(), gov.PackParams(), gov.PackBounds(),
		gov.PackHashChanges(fuzzChanges(3)),
	} {
		f.Add(seed, uint8(0), false)
	}
	newEVM, base, caller := fuzzEVM(f)
	baseRoot := base.IntermediateRoot(true)
	f.Fuzz(func(t *testing.T, input []byte, value uint8, static bool) {
		statedb := base.Copy()
		evm := newEVM(statedb)
		evm.Context.Time += 2
		used, minGas, err := precompiletest.CallCounted(evm, caller, governance.Address, input, 30_000_000, uint256.NewInt(uint64(value)), static)
		if used < minGas {
			t.Fatalf("charged %d gas for storage work worth at least %d", used, minGas)
		}
		if err == nil && used != governance.Contract.RequiredGas(input) {
			t.Fatalf("succeeded using %d gas, priced %d", used, governance.Contract.RequiredGas(input))
		}
		if err != nil {
			if after := statedb.IntermediateRoot(true); after != baseRoot {
				t.Fatalf("failed call (%v) changed the state root", err)
			}
		}
	})
}

// TestHugeProposalsCostTheirSize: a proposal of far more changes than
// allowed, or an execute with thousands of wrong changes, is refused, and
// the price grows with the calldata (so the work of decoding and hashing it
// is paid for), while nothing is stored.
func TestHugeProposalsCostTheirSize(t *testing.T) {
	newEVM, base, caller := fuzzEVM(t)
	small := governance.Contract.RequiredGas(gov.PackPropose(fuzzChanges(1), ""))
	for _, n := range []int{governance.MaxChanges + 1, 1_024, 4_096} {
		for name, input := range map[string][]byte{
			"propose": gov.PackPropose(fuzzChanges(n), ""),
			"execute": gov.PackExecute(big.NewInt(1), fuzzChanges(n)),
		} {
			price := governance.Contract.RequiredGas(input)
			if price < small+uint64(n-1)*4*24 { // at least the input words
				t.Fatalf("%s of %d changes priced %d", name, n, price)
			}
			st := base.Copy()
			evm := newEVM(st)
			evm.Context.Time += 2
			used, minGas, err := precompiletest.CallCounted(evm, caller, governance.Address, input, price, new(uint256.Int), false)
			if err == nil || used < minGas {
				t.Fatalf("%s of %d changes: err %v, used %d for work %d", name, n, err, used, minGas)
			}
		}
	}
}
