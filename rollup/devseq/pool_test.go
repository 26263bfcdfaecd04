package devseq_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/precompiles/precompiletest"
)

// TestBuildBlockTakesEveryPendingTransaction: every transaction accepted by
// the pool before BuildBlock is in the block it builds.
func TestBuildBlockTakesEveryPendingTransaction(t *testing.T) {
	c := precompiletest.NewChain(t, precompiletest.Options{Accounts: 8})
	signer := types.LatestSignerForChainID(c.ChainID)
	nonces := make([]uint64, len(c.Keys))
	for round := 0; round < 5; round++ {
		const n = 150
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
		}
		if b := c.Commit(); len(b.Transactions()) != n+1 {
			pending, queued := c.Node.Eth.TxPool().Stats()
			t.Fatalf("round %d: block has %d transactions, want %d (pool: %d pending, %d queued)", round, len(b.Transactions()), n+1, pending, queued)
		}
	}
}
