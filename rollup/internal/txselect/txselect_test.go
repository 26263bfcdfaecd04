package txselect

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDropSenderAndRejected(t *testing.T) {
	chainID := big.NewInt(7)
	signer := types.LatestSignerForChainID(chainID)
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	tx := func(k int, nonce uint64) *types.Transaction {
		key := k1
		if k == 2 {
			key = k2
		}
		return types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, Gas: 21000, To: &common.Address{}, GasFeeCap: big.NewInt(1)})
	}
	txs := []*types.Transaction{tx(1, 0), tx(2, 0), tx(1, 1), tx(2, 1), tx(1, 2)}
	err := fmt.Errorf("failed to force-include tx: %s type: 2", txs[2].Hash())
	bad := Rejected(err, txs)
	if bad != 2 {
		t.Fatalf("Rejected = %d, want 2", bad)
	}
	if Rejected(errors.New("something else"), txs) != -1 {
		t.Fatal("an unrelated error named a transaction")
	}
	// Sender 1's nonces 1 and 2 go; its nonce 0 and sender 2's stay.
	got := DropSender(txs, bad)
	want := []*types.Transaction{txs[0], txs[1], txs[3]}
	if len(got) != len(want) {
		t.Fatalf("DropSender kept %d, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Hash() != want[i].Hash() {
			t.Fatalf("DropSender[%d] differs", i)
		}
	}
}
