package blockdriver_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// TestBlocksTakeEveryTransaction: bursts of transactions from several
// accounts are all included, in nonce order, within two blocks. (op-geth's
// pool sometimes keeps an account's latest transactions queued until the next
// reset, so a burst may take one more block; it never loses one.)
func TestBlocksTakeEveryTransaction(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{Accounts: 8})
	signer := types.LatestSignerForChainID(c.ChainID)
	nonces := make([]uint64, len(c.Keys))
	for round := 0; round < 5; round++ {
		const n = 150
		sent := make(map[[32]byte]bool, n)
		for i := 0; i < n; i++ {
			k := i % len(c.Keys)
			to := crypto.PubkeyToAddress(c.Keys[(k+1)%len(c.Keys)].PublicKey)
			tx := types.MustSignNewTx(c.Keys[k], signer, &types.DynamicFeeTx{
				ChainID: c.ChainID, Nonce: nonces[k], GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei),
				Gas: params.TxGas, To: &to, Value: big.NewInt(1),
			})
			nonces[k]++
			if err := c.Client.SendTransaction(t.Context(), tx); err != nil {
				t.Fatal(err)
			}
			sent[tx.Hash()] = true
		}
		for blocks := 0; len(sent) > 0; blocks++ {
			if blocks == 2 {
				t.Fatalf("round %d: %d transactions not included in two blocks", round, len(sent))
			}
			b := c.Commit()
			if !b.Transactions()[0].IsDepositTx() {
				t.Fatal("block does not start with the L1-attributes deposit")
			}
			for _, tx := range b.Transactions()[1:] {
				if !sent[tx.Hash()] {
					t.Fatalf("round %d: unexpected transaction %s", round, tx.Hash())
				}
				delete(sent, tx.Hash())
			}
		}
	}
	for i, k := range c.Keys {
		n, err := c.Client.NonceAt(t.Context(), crypto.PubkeyToAddress(k.PublicKey), nil)
		if err != nil || n != nonces[i] {
			t.Fatalf("account %d nonce %d, want %d (%v)", i, n, nonces[i], err)
		}
	}
}
