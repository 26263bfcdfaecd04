// Package txselect chooses the transactions a block producer forces into its
// next payload (package blockbuild, which the dev sequencer and the dev L1
// build their blocks with, passes explicit transaction lists to the engine
// API).
package txselect

import (
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// Pending returns the pool's executable non-blob transactions that pay at
// least baseFee, in nonce order per sender and senders in address order, up
// to gasBudget in total.
func Pending(pool *txpool.TxPool, baseFee *big.Int, gasBudget uint64) []*types.Transaction {
	pending, _ := pool.Pending(txpool.PendingFilter{BaseFee: uint256.MustFromBig(baseFee), MinTip: new(uint256.Int)})
	senders := make([]common.Address, 0, len(pending))
	for a := range pending {
		senders = append(senders, a)
	}
	sort.Slice(senders, func(i, j int) bool { return senders[i].Cmp(senders[j]) < 0 })
	var out []*types.Transaction
	var gas uint64
	for _, a := range senders {
		for _, lazy := range pending[a] {
			tx := lazy.Resolve()
			if tx == nil || gas+tx.Gas() > gasBudget {
				break
			}
			gas += tx.Gas()
			out = append(out, tx)
		}
	}
	return out
}

// DropSender removes txs[bad] and every later transaction of the same sender
// (their nonces would no longer be contiguous).
func DropSender(txs []*types.Transaction, bad int) []*types.Transaction {
	signer := types.LatestSignerForChainID(txs[bad].ChainId())
	from, _ := types.Sender(signer, txs[bad])
	out := append([]*types.Transaction{}, txs[:bad]...)
	for _, tx := range txs[bad+1:] {
		if f, _ := types.Sender(signer, tx); f != from {
			out = append(out, tx)
		}
	}
	return out
}

// Rejected returns the index of the transaction in txs that a payload
// builder's error names (op-geth reports a forced transaction it cannot
// include by hash), or -1 when the error names none of them.
func Rejected(err error, txs []*types.Transaction) int {
	msg := err.Error()
	for i, tx := range txs {
		if strings.Contains(msg, tx.Hash().Hex()) {
			return i
		}
	}
	return -1
}
