package devnet_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/rollup/devnet"
)

// waitUntil polls cond every 200 ms until it holds or timeout passes.
func waitUntil(t *testing.T, timeout time.Duration, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var lastErr error
	for time.Now().Before(deadline) {
		ok, err := cond()
		if ok {
			return
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond) // polling interval, not synchronisation
	}
	t.Fatalf("timed out after %s waiting for %s (last error: %v)", timeout, what, lastErr)
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// sendTx signs and sends a dynamic-fee transaction and waits for its receipt.
func sendTx(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	tx := signTx(t, c, key, to, value, data)
	if err := c.SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return waitReceipt(t, c, tx.Hash())
}

func signTx(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate gas: %v", err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas * 2, To: to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func waitReceipt(t *testing.T, c *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	waitUntil(t, time.Minute, fmt.Sprintf("receipt of %s", hash), func() (bool, error) {
		var err error
		r, err = c.TransactionReceipt(context.Background(), hash)
		return err == nil, err
	})
	return r
}

// verifierSafe returns the verifier's safe L2 block number.
func verifierSafe(d *devnet.Devnet) uint64 { return d.VerNode.SyncStatus().SafeL2.Number }

// sequencerHead returns the sequencer's unsafe L2 block number.
func sequencerHead(d *devnet.Devnet) uint64 {
	return d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64()
}

// waitVerifierSafe waits until the verifier's safe head reaches n.
func waitVerifierSafe(t *testing.T, d *devnet.Devnet, n uint64, timeout time.Duration) {
	t.Helper()
	waitUntil(t, timeout, fmt.Sprintf("verifier safe head to reach %d", n), func() (bool, error) {
		return verifierSafe(d) >= n, nil
	})
}

// requireSameChain checks that both nodes hold identical blocks 0..n: hash,
// state root and receipts root.
func requireSameChain(t *testing.T, d *devnet.Devnet, n uint64) {
	t.Helper()
	seq, ver := d.SeqGeth.Backend().BlockChain(), d.VerGeth.Backend().BlockChain()
	for i := uint64(0); i <= n; i++ {
		a, b := seq.GetHeaderByNumber(i), ver.GetHeaderByNumber(i)
		if a == nil || b == nil {
			t.Fatalf("block %d: sequencer has %v, verifier has %v", i, a != nil, b != nil)
		}
		if a.Hash() != b.Hash() || a.Root != b.Root || a.ReceiptHash != b.ReceiptHash {
			t.Fatalf("block %d diverged: sequencer %s root %s, verifier %s root %s", i, a.Hash(), a.Root, b.Hash(), b.Root)
		}
	}
}
