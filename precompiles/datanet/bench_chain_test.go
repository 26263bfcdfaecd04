package datanet_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// transferBlocks builds nBlocks blocks of txsPerBlock plain OPEN transfers on a
// dev node and returns them with the node's genesis.
func transferBlocks(b *testing.B, nBlocks, txsPerBlock int) (types.Blocks, *core.Genesis) {
	c := devchaintest.NewChain(b, devchaintest.Options{Accounts: 8})
	signer := types.LatestSignerForChainID(c.ChainID)
	nonces := make([]uint64, len(c.Keys))
	for n := 0; n < nBlocks; n++ {
		for i := 0; i < txsPerBlock; i++ {
			k := i % len(c.Keys)
			to := crypto.PubkeyToAddress(c.Keys[(k+1)%len(c.Keys)].PublicKey)
			tx := types.MustSignNewTx(c.Keys[k], signer, &types.DynamicFeeTx{
				ChainID: c.ChainID, Nonce: nonces[k], GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei),
				Gas: params.TxGas, To: &to, Value: big.NewInt(int64(1000 + i)),
			})
			nonces[k]++
			if err := c.Client.SendTransaction(b.Context(), tx); err != nil {
				b.Fatal(err)
			}
		}
		c.Commit()
	}
	// The pool may hand over a few transactions a block late; drain it.
	for i := 0; ; i++ {
		pending, queued := c.Node.Eth.TxPool().Stats()
		if pending+queued == 0 {
			break
		}
		if i > 10 {
			b.Fatalf("%d transactions never included", pending+queued)
		}
		c.Commit()
	}
	bc := c.Node.Eth.BlockChain()
	var blocks types.Blocks
	for i := uint64(1); i <= bc.CurrentBlock().Number.Uint64(); i++ {
		blocks = append(blocks, bc.GetBlockByNumber(i))
	}
	return blocks, c.Genesis
}

// freshChain returns an empty in-memory chain at genesis g.
func freshChain(b *testing.B, g *core.Genesis) *core.BlockChain {
	db := rawdb.NewMemoryDatabase()
	engine, err := ethconfig.CreateConsensusEngine(g.Config, db)
	if err != nil {
		b.Fatal(err)
	}
	chain, err := core.NewBlockChain(db, g, engine, core.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	return chain
}
