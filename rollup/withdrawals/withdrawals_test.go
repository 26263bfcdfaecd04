package withdrawals_test

import (
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

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/rollup/predeploys"
	"github.com/openledger/openledger/rollup/withdrawals"
)

// passerState returns a state holding the L2 predeploys and a funded sender.
func passerState(t *testing.T, sender common.Address) *state.StateDB {
	t.Helper()
	alloc, err := predeploys.Alloc()
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.New(types.EmptyRootHash, state.NewDatabase(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil), nil))
	if err != nil {
		t.Fatal(err)
	}
	for addr, acc := range alloc {
		st.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		st.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
	}
	st.SetBalance(sender, uint256.MustFromBig(open.Wei(1000)), tracing.BalanceChangeUnspecified)
	return st
}

// TestMessagePasserMatchesGo runs the L2ToL1MessagePasser predeploy (Bedrock's
// own bytecode) and checks that this package reads what it records: the
// MessagePassed event decodes to a withdrawal whose Go hash is the event's
// hash, sentMessages[hash] is set at StorageSlot(hash), nonces carry message
// version 1 in their top two bytes, and burn() removes the passer's OPEN.
func TestMessagePasserMatchesGo(t *testing.T) {
	sender := common.HexToAddress("0x00000000000000000000000000000000005e4de2")
	st := passerState(t, sender)
	passer := bindings.NewL2ToL1MessagePasser()
	cfg := func(value *big.Int) *runtime.Config {
		return &runtime.Config{ChainConfig: params.MergedTestChainConfig, State: st, Origin: sender, GasLimit: 1_000_000,
			BlockNumber: big.NewInt(1), BaseFee: big.NewInt(0), Value: value}
	}
	versioned := new(big.Int).Lsh(big.NewInt(1), 240)
	tests := []struct {
		target common.Address
		value  *big.Int
		gas    int64
		data   []byte
	}{
		{common.HexToAddress("0x00000000000000000000000000000000000000a1"), open.Wei(5), 100_000, nil},
		{common.HexToAddress("0x00000000000000000000000000000000000000a2"), big.NewInt(0), 250_000, []byte("call me on L1")},
		{common.HexToAddress("0x00000000000000000000000000000000000000a3"), big.NewInt(1), 21_000, make([]byte, 100)},
	}
	total := new(big.Int)
	for i, tc := range tests {
		before := len(st.Logs())
		if _, _, err := runtime.Call(predeploys.L2ToL1MessagePasserAddr, passer.PackInitiateWithdrawal(tc.target, big.NewInt(tc.gas), tc.data), cfg(tc.value)); err != nil {
			t.Fatalf("withdrawal %d: %v", i, err)
		}
		total.Add(total, tc.value)
		w, hash, err := withdrawals.FromReceipt(&types.Receipt{Logs: st.Logs()[before:]})
		if err != nil {
			t.Fatalf("withdrawal %d: %v", i, err)
		}
		wantNonce := new(big.Int).Add(versioned, big.NewInt(int64(i)))
		if w.Nonce.Cmp(wantNonce) != 0 || w.Sender != sender || w.Target != tc.target || w.Value.Cmp(tc.value) != 0 ||
			w.GasLimit.Int64() != tc.gas || string(w.Data) != string(tc.data) {
			t.Fatalf("withdrawal %d read as %+v", i, w)
		}
		if got := st.GetState(predeploys.L2ToL1MessagePasserAddr, withdrawals.StorageSlot(hash)); got != common.BigToHash(big.NewInt(1)) {
			t.Fatalf("withdrawal %d: sentMessages slot holds %s", i, got)
		}
	}
	if got := st.GetBalance(predeploys.L2ToL1MessagePasserAddr).ToBig(); got.Cmp(total) != 0 {
		t.Fatalf("passer holds %s, want %s", got, total)
	}
	if _, _, err := runtime.Call(predeploys.L2ToL1MessagePasserAddr, passer.PackBurn(), cfg(nil)); err != nil {
		t.Fatalf("burn: %v", err)
	}
	if got := st.GetBalance(predeploys.L2ToL1MessagePasserAddr); !got.IsZero() {
		t.Fatalf("passer holds %s after burn()", got)
	}
	if _, _, err := withdrawals.FromReceipt(&types.Receipt{}); err == nil {
		t.Fatal("FromReceipt found a withdrawal in an empty receipt")
	}
}

// TestOutputRoot checks the output root against the OP Stack's definition:
// keccak256 of version 0, state root, message passer storage root and block
// hash, each 32 bytes.
func TestOutputRoot(t *testing.T) {
	p := withdrawals.OutputRootProof{StateRoot: common.Hash{1}, MessagePasserStorageRoot: common.Hash{2}, LatestBlockhash: common.Hash{3}}
	var preimage []byte
	preimage = append(preimage, make([]byte, 32)...)
	preimage = append(preimage, p.StateRoot[:]...)
	preimage = append(preimage, p.MessagePasserStorageRoot[:]...)
	preimage = append(preimage, p.LatestBlockhash[:]...)
	if got, want := p.Root(), crypto.Keccak256Hash(preimage); got != want {
		t.Fatalf("output root %s, want %s", got, want)
	}
	h := common.Hash{0xab}
	if got, want := withdrawals.StorageSlot(h), crypto.Keccak256Hash(append(h.Bytes(), make([]byte, 32)...)); got != want {
		t.Fatalf("storage slot %s, want %s", got, want)
	}
}
