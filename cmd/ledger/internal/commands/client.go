package commands

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"
)

var (
	// ErrUnreachable is returned when the JSON-RPC endpoint does not answer.
	ErrUnreachable = errors.New("cannot reach the JSON-RPC endpoint")
	// ErrBadKey is returned when the signing key cannot be loaded.
	ErrBadKey = errors.New("bad signing key")
	// ErrNoKey is returned when a command that sends a transaction has no key.
	ErrNoKey = errors.New("no signing key: pass --key or --keystore")
	// ErrReverted is returned when a call or transaction reverts.
	ErrReverted = errors.New("reverted")
	// ErrWrongChain is returned when the node at --rpc reports another chain
	// id than --chain-id.
	ErrWrongChain = errors.New("wrong chain")
	// ErrTimeout is returned when a receipt does not arrive in time.
	ErrTimeout = errors.New("timed out waiting for the transaction")
)

// receiptPoll is how often the client asks for a pending transaction's receipt.
const receiptPoll = 50 * time.Millisecond

// Client talks to one node on behalf of one command.
type Client struct {
	eth     *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	timeout time.Duration
}

// connect dials --rpc and checks that it answers.
func connect(c *cli.Context) (*Client, error) {
	endpoint := c.String(flagRPC)
	timeout := c.Duration(flagTimeout)
	ctx, cancel := context.WithTimeout(c.Context, timeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, endpoint)
	if err != nil {
		return nil, fmt.Errorf("%w %s: %v", ErrUnreachable, endpoint, err)
	}
	eth := ethclient.NewClient(rc)
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("%w %s: %v", ErrUnreachable, endpoint, err)
	}
	if want := c.Uint64(flagChainID); want != 0 && (!chainID.IsUint64() || chainID.Uint64() != want) {
		rc.Close()
		return nil, fmt.Errorf("%w: %s is chain %s, not chain %d: point --rpc at an OpenLedger L2 node "+
			"(make devnet's sequencer serves http://127.0.0.1:8545; its L1 is chain 900), "+
			"or pass --chain-id %s to use this chain (--chain-id 0 accepts any)", ErrWrongChain, endpoint, chainID, want, chainID)
	}
	return &Client{eth: eth, chainID: chainID, timeout: timeout}, nil
}

// connectSigner is connect plus the signing key.
func connectSigner(c *cli.Context) (*Client, error) {
	key, err := loadKey(c)
	if err != nil {
		return nil, err
	}
	cl, err := connect(c)
	if err != nil {
		return nil, err
	}
	cl.key = key
	return cl, nil
}

// Close releases the connection.
func (cl *Client) Close() { cl.eth.Close() }

// From returns the signer's address.
func (cl *Client) From() common.Address {
	if cl.key == nil {
		return common.Address{}
	}
	return crypto.PubkeyToAddress(cl.key.PublicKey)
}

// loadKey reads --key or --keystore.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	hexKey, path := c.String(flagKey), c.String(flagKeystore)
	switch {
	case hexKey != "" && path != "":
		return nil, fmt.Errorf("%w: pass --key or --keystore, not both", ErrBadKey)
	case hexKey != "":
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
		if err != nil {
			return nil, fmt.Errorf("%w: --key: %v", ErrBadKey, err)
		}
		return key, nil
	case path != "":
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%w: --keystore: %v", ErrBadKey, err)
		}
		password := c.String(flagPassword)
		if pf := c.String(flagPasswordFile); pf != "" {
			raw, err := os.ReadFile(pf)
			if err != nil {
				return nil, fmt.Errorf("%w: --password-file: %v", ErrBadKey, err)
			}
			password = strings.TrimRight(string(raw), "\r\n")
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			return nil, fmt.Errorf("%w: keystore %s: %v", ErrBadKey, path, err)
		}
		return k.PrivateKey, nil
	default:
		return nil, ErrNoKey
	}
}

func (cl *Client) ctx(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, cl.timeout)
}

// Call makes an eth_call from the signer (or the zero address) and decodes a revert.
func (cl *Client) Call(parent context.Context, to common.Address, data []byte) ([]byte, error) {
	ctx, cancel := cl.ctx(parent)
	defer cancel()
	out, err := cl.eth.CallContract(ctx, ethereum.CallMsg{From: cl.From(), To: &to, Data: data}, nil)
	if err != nil {
		return nil, decodeCallError(err, to)
	}
	return out, nil
}

// TxResult is what every transaction-sending command reports.
type TxResult struct {
	Tx      common.Hash `json:"tx"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gasUsed"`
}

// Transact signs and sends tx, waits for its receipt and returns it. A
// transaction whose gas is estimated (tx.Gas 0) is not sent if it would
// revert at the head block: the revert is returned, decoded. A command sets
// tx.Gas when the head block would misjudge the next one, e.g. a withdrawal
// that becomes possible in the next block.
func (cl *Client) Transact(parent context.Context, tx Tx) (*types.Receipt, error) {
	to, data, value, gas := tx.To, tx.Data, tx.Value, tx.Gas
	if cl.key == nil {
		return nil, ErrNoKey
	}
	ctx, cancel := cl.ctx(parent)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	from := cl.From()
	msg := ethereum.CallMsg{From: from, To: &to, Data: data, Value: value}
	if gas == 0 {
		estimate, err := cl.eth.EstimateGas(ctx, msg)
		if err != nil {
			return nil, decodeCallError(err, to)
		}
		gas = estimate
	}
	nonce, err := cl.eth.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", from, err)
	}
	head, err := cl.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head block: %w", err)
	}
	tip, err := cl.eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	signed, err := types.SignNewTx(cl.key, types.LatestSignerForChainID(cl.chainID), &types.DynamicFeeTx{
		ChainID: cl.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := cl.eth.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	r, err := cl.waitReceipt(ctx, signed.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay on the parent state for the reason.
		_, callErr := cl.eth.CallContract(ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
		reason := "no reason given"
		if callErr != nil {
			reason = decodeCallError(callErr, to).Error()
		}
		return r, fmt.Errorf("transaction %s failed in block %d: %s", signed.Hash().Hex(), r.BlockNumber, reason)
	}
	return r, nil
}

// Head returns the newest block's header.
func (cl *Client) Head(parent context.Context) (*types.Header, error) {
	ctx, cancel := cl.ctx(parent)
	defer cancel()
	h, err := cl.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head block: %w", err)
	}
	return h, nil
}

// NextBlock sets what a gas estimate assumes of the block the transaction
// will run in; a zero field keeps the node's own value.
type NextBlock struct {
	// Number is the block number.
	Number uint64
	// Time is the block timestamp.
	Time uint64
}

// EstimateGasIn estimates a call from the signer as if it ran in a block
// like next (eth_estimateGas with block overrides), for a transaction that
// only becomes valid in a later block than the head, such as a withdrawal
// whose release time or block is reached there. A revert is decoded.
func (cl *Client) EstimateGasIn(parent context.Context, to common.Address, data []byte, value *big.Int, next NextBlock) (uint64, error) {
	ctx, cancel := cl.ctx(parent)
	defer cancel()
	if value == nil {
		value = new(big.Int)
	}
	call := map[string]any{"from": cl.From(), "to": to, "data": hexutil.Bytes(data), "value": (*hexutil.Big)(value)}
	overrides := map[string]any{}
	if next.Number != 0 {
		overrides["number"] = (*hexutil.Big)(new(big.Int).SetUint64(next.Number))
	}
	if next.Time != 0 {
		overrides["time"] = hexutil.Uint64(next.Time)
	}
	var gas hexutil.Uint64
	if err := cl.eth.Client().CallContext(ctx, &gas, "eth_estimateGas", call, "latest", nil, overrides); err != nil {
		return 0, decodeCallError(err, to)
	}
	return uint64(gas), nil
}

func (cl *Client) waitReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ticker := time.NewTicker(receiptPoll)
	defer ticker.Stop()
	for {
		r, err := cl.eth.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		// Not mined yet, or mined but not yet indexed (geth answers
		// "transaction indexing is in progress" while its indexer catches up).
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", h.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w %s: %v", ErrTimeout, h.Hex(), ctx.Err())
		case <-ticker.C:
		}
	}
}

func txResult(r *types.Receipt) TxResult {
	return TxResult{Tx: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
}

// query makes an eth_call of data at to and decodes the output with unpack;
// method names the call in a decoding error.
func query[T any](cl *Client, ctx context.Context, to common.Address, data []byte, method string, unpack func([]byte) (T, error)) (T, error) {
	out, err := cl.Call(ctx, to, data)
	if err != nil {
		var zero T
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return v, fmt.Errorf("decode %s: %w", method, err)
	}
	return v, nil
}
