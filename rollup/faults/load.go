package faults

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/precompiles/datanet"
)

// included is a transaction its sender saw included by the sequencer.
type included struct {
	hash  common.Hash
	block uint64
}

// load sends transactions from a set of keys to the sequencer: each sender
// sends a burst of transactions (transfers and createDatanet precompile
// calls, alternating), waits for their receipts and repeats, until stopped.
// A burst that fails (the sequencer is down, or lost its pool in a restart)
// is given up and its sender's nonce read again.
type load struct {
	url   string
	keys  []*ecdsa.PrivateKey
	burst int

	mu       sync.Mutex
	sent     int
	dropped  int // sent, but never included (pool lost, node down)
	included []included
	errs     []error

	cancel context.CancelFunc
	done   sync.WaitGroup
}

func (l *load) start(ctx context.Context) error {
	c, err := ethclient.DialContext(ctx, l.url)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("load: chain id: %w", err)
	}
	ctx, l.cancel = context.WithCancel(ctx)
	for i, key := range l.keys {
		l.done.Add(1)
		go func() {
			defer l.done.Done()
			l.sender(ctx, c, chainID, i, key)
		}()
	}
	return nil
}

// stop ends the load and waits for the senders.
func (l *load) stop() {
	l.cancel()
	l.done.Wait()
}

func (l *load) sender(ctx context.Context, c *ethclient.Client, chainID *big.Int, id int, key *ecdsa.PrivateKey) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	signer := types.LatestSignerForChainID(chainID)
	registry := bindings.NewIDatanetRegistry()
	sink := common.BigToAddress(big.NewInt(int64(0xfa017000 + id)))
	calls := 0
	for ctx.Err() == nil {
		nonce, err := c.NonceAt(ctx, from, nil)
		if err != nil {
			pause(ctx)
			continue
		}
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			pause(ctx)
			continue
		}
		tip := big.NewInt(1_000_000)
		feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
		var burst []*types.Transaction
		for k := 0; k < l.burst; k++ {
			to, data, value := &sink, []byte(nil), big.NewInt(1)
			if (nonce+uint64(k))%2 == 1 {
				to, value = &datanet.Address, nil
				data = registry.PackCreateDatanet(fmt.Sprintf("fault-load-%d-%d", id, calls), "", nil, "")
				calls++
			}
			gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
			if err != nil {
				break
			}
			tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID: chainID, Nonce: nonce + uint64(k), GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 2, To: to, Value: value, Data: data,
			})
			if err != nil {
				l.fail(err)
				return
			}
			if err := c.SendTransaction(ctx, tx); err != nil {
				break
			}
			burst = append(burst, tx)
		}
		l.mu.Lock()
		l.sent += len(burst)
		l.mu.Unlock()
		for _, tx := range burst {
			r, err := waitReceipt(ctx, c, tx.Hash(), 20*time.Second)
			l.mu.Lock()
			if err != nil {
				l.dropped++
			} else if r.Status != types.ReceiptStatusSuccessful {
				l.errs = append(l.errs, fmt.Errorf("load: tx %s failed in block %d", tx.Hash(), r.BlockNumber))
			} else {
				l.included = append(l.included, included{tx.Hash(), r.BlockNumber.Uint64()})
			}
			l.mu.Unlock()
		}
		if len(burst) == 0 {
			pause(ctx)
		}
	}
}

func (l *load) fail(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.errs = append(l.errs, err)
}

// snapshot returns what the load did so far.
func (l *load) snapshot() (sent, dropped int, inc []included, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.sent, l.dropped, append([]included(nil), l.included...), errors.Join(l.errs...)
}

// waitReceipt polls for a receipt until timeout.
func waitReceipt(ctx context.Context, c *ethclient.Client, hash common.Hash, timeout time.Duration) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", hash, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// pause waits a moment before a retry (a node that is down).
func pause(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-time.After(500 * time.Millisecond):
	}
}
