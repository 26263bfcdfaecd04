package devchaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/devchain"
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
)

// Chain is a running test chain.
type Chain struct {
	t       testing.TB
	Node    *devchain.Node
	Client  *ethclient.Client
	Keys    []*ecdsa.PrivateKey
	ChainID *big.Int
	// Genesis is the chain's genesis, for starting more nodes of the same chain.
	Genesis *core.Genesis
}

// Options tune NewChain.
type Options struct {
	// Accounts is the number of funded dev accounts (default 4).
	Accounts int
	// HTTP serves JSON-RPC on a free 127.0.0.1 port.
	HTTP bool
	// DataDir keeps the chain on disk (default: memory).
	DataDir string
	// Mutate edits the genesis config before the chain starts.
	Mutate func(*genesis.Config)
}

// NewChain starts a chain that builds a block only when Commit (or Send) is called.
func NewChain(t testing.TB, opts Options) *Chain {
	t.Helper()
	if opts.Accounts == 0 {
		opts.Accounts = 4
	}
	cfg, keys, err := devchain.GenesisConfig(opts.Accounts)
	if err != nil {
		t.Fatalf("genesis: %v", err)
	}
	if opts.Mutate != nil {
		opts.Mutate(&cfg)
	}
	g, err := genesis.Build(cfg)
	if err != nil {
		t.Fatalf("genesis: %v", err)
	}
	seq := blockdriver.DefaultConfig()
	seq.BlockTime = 0
	nc := devchain.Config{Genesis: g, DataDir: opts.DataDir, Driver: seq}
	if opts.HTTP {
		nc.HTTPHost = "127.0.0.1"
	}
	n, err := devchain.New(nc)
	if err != nil {
		t.Fatalf("start node: %v", err)
	}
	t.Cleanup(func() { _ = n.Close() })
	return &Chain{t: t, Node: n, Client: n.Client(), Keys: keys, ChainID: g.Config.ChainID, Genesis: g}
}

// Addr returns the address of dev account i.
func (c *Chain) Addr(i int) common.Address { return crypto.PubkeyToAddress(c.Keys[i].PublicKey) }

// Commit builds one block with every pending transaction.
func (c *Chain) Commit() *types.Block {
	c.t.Helper()
	b, err := c.Node.Commit(context.Background())
	if err != nil {
		c.t.Fatalf("build block: %v", err)
	}
	return b
}

// BuildOnTx makes the chain build a block whenever a transaction enters its
// pool, as a sequencer would, until the test ends: for a client under test
// that sends a transaction and waits for its receipt.
func (c *Chain) BuildOnTx() {
	txs := make(chan core.NewTxsEvent, 16)
	sub := c.Node.Eth.TxPool().SubscribeTransactions(txs, true)
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-txs:
				if _, err := c.Node.Commit(context.Background()); err != nil {
					c.t.Errorf("build block: %v", err)
					return
				}
			case <-sub.Err():
				return
			case <-done:
				return
			}
		}
	}()
	c.t.Cleanup(func() {
		close(done)
		sub.Unsubscribe()
		<-stopped
	})
}

// SignTx signs a dynamic-fee transaction from key to `to` (nil: creation),
// estimating gas unless gas > 0.
func (c *Chain) SignTx(key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		gas, err = c.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data, Value: value})
		if err != nil {
			return nil, err
		}
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(1_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: value, Data: data,
	})
	return types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), key)
}

// Send signs and sends a transaction, builds a block, and returns its receipt.
// It fails the test when the transaction cannot be sent; a receipt with
// failed status is returned for the caller to check.
func (c *Chain) Send(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int, gas uint64) *types.Receipt {
	c.t.Helper()
	tx, err := c.SignTx(key, &to, data, value, gas)
	if err != nil {
		c.t.Fatalf("prepare tx: %v", err)
	}
	return c.SendTx(tx)
}

// SendTx sends a signed transaction, builds a block, and returns the receipt.
func (c *Chain) SendTx(tx *types.Transaction) *types.Receipt {
	c.t.Helper()
	ctx := context.Background()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		c.t.Fatalf("send tx: %v", err)
	}
	block := c.Commit()
	receipts, err := c.Client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block.Hash(), false))
	if err != nil {
		c.t.Fatalf("receipts of block %d: %v", block.NumberU64(), err)
	}
	for _, r := range receipts {
		if r.TxHash == tx.Hash() {
			return r
		}
	}
	c.t.Fatalf("tx %s was not included in block %d", tx.Hash(), block.NumberU64())
	return nil
}

// MustSend is Send that also fails the test when the transaction reverted.
func (c *Chain) MustSend(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) *types.Receipt {
	c.t.Helper()
	r := c.Send(key, to, data, value, 0)
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("tx %s reverted", r.TxHash)
	}
	return r
}

// Deploy deploys creation code from key and returns the contract address.
func (c *Chain) Deploy(key *ecdsa.PrivateKey, code []byte) common.Address {
	c.t.Helper()
	tx, err := c.SignTx(key, nil, code, nil, 0)
	if err != nil {
		c.t.Fatalf("prepare deployment: %v", err)
	}
	r := c.SendTx(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("deployment reverted")
	}
	return r.ContractAddress
}

// Call makes an eth_call at the latest block and returns the output or the error.
func (c *Chain) Call(from, to common.Address, data []byte) ([]byte, error) {
	return c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
}

// MustCall is Call that fails the test on error.
func (c *Chain) MustCall(from, to common.Address, data []byte) []byte {
	c.t.Helper()
	out, err := c.Call(from, to, data)
	if err != nil {
		c.t.Fatalf("eth_call: %v", err)
	}
	return out
}

// WaitFor polls cond until it is true or the deadline passes.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
