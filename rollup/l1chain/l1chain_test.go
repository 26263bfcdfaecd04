package l1chain

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/rollup/chainspec"
)

func newChain(t *testing.T, depth uint64) *Chain {
	t.Helper()
	dc := chainspec.DevDeployConfig(1_700_000_000, 1)
	g, err := dc.L1Genesis()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Config{Genesis: g, FinalityDepth: depth})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop(context.Background()) })
	return c
}

func TestMineBlockIncludesTransactionsAndMovesFinality(t *testing.T) {
	c := newChain(t, 2)
	ctx := context.Background()
	if _, err := c.MineBlock(ctx); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("MineBlock before Start: %v, want ErrNotStarted", err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	users, _, _, _ := chainspec.DevKeys(1)
	to := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	signer := types.LatestSignerForChainID(c.Backend().BlockChain().Config().ChainID)
	tx, err := types.SignNewTx(users[0], signer, &types.DynamicFeeTx{ChainID: c.Backend().BlockChain().Config().ChainID, Nonce: 0,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(10 * params.GWei), Gas: 21_000, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Backend().TxPool().Add([]*types.Transaction{tx}, true)[0]; err != nil {
		t.Fatal(err)
	}
	var last *types.Block
	for i := 0; i < 5; i++ {
		if last, err = c.MineBlock(ctx); err != nil {
			t.Fatal(err)
		}
		if i == 0 && (len(last.Transactions()) != 1 || last.Transactions()[0].Hash() != tx.Hash()) {
			t.Fatalf("block 1 holds %d transactions, want the transfer", len(last.Transactions()))
		}
	}
	bc := c.Backend().BlockChain()
	if got := bc.CurrentFinalBlock().Number.Uint64(); got != last.NumberU64()-2 {
		t.Fatalf("finalized block %d, want head %d - 2", got, last.NumberU64())
	}
	if got := bc.CurrentSafeBlock().Hash(); got != last.Hash() {
		t.Fatalf("safe block %s, want the head %s", got, last.Hash())
	}
	state, err := bc.StateAt(last.Root())
	if err != nil {
		t.Fatal(err)
	}
	if got := state.GetBalance(to).Uint64(); got != 1 {
		t.Fatalf("recipient balance %d, want 1", got)
	}
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(ctx); !errors.Is(err, ErrAlreadyStopped) {
		t.Fatalf("second Stop: %v", err)
	}
	if _, err := c.MineBlock(ctx); !errors.Is(err, ErrAlreadyStopped) {
		t.Fatalf("MineBlock after Stop: %v", err)
	}
}
