package faults

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/settlement"
)

// ErrDiverged is returned when the verifier marks safe a block the sequencer
// does not have at that height.
var ErrDiverged = errors.New("faults: verifier diverged from the sequencer")

// ErrSupply is returned when a block breaks the OPEN supply invariant.
var ErrSupply = errors.New("faults: OPEN supply invariant broken")

// accountPage is how many accounts one debug_accountRange call returns (the
// most geth serves).
const accountPage = 256

// chain is the JSON-RPC connections the checks read through.
type chain struct {
	seq, ver         *rpc.Client
	seqEth, verEth   *ethclient.Client
	verNode, seqNode *rpc.Client
}

func dialChain(ctx context.Context, ep Endpoints) (*chain, error) {
	var c chain
	for _, d := range []struct {
		url string
		to  **rpc.Client
	}{{ep.SequencerRPC, &c.seq}, {ep.VerifierRPC, &c.ver}, {ep.SequencerNodeRPC, &c.seqNode}, {ep.VerifierNodeRPC, &c.verNode}} {
		if d.url == "" {
			c.close()
			return nil, errors.New("faults: the target left an endpoint empty")
		}
		cl, err := rpc.DialContext(ctx, d.url)
		if err != nil {
			c.close()
			return nil, fmt.Errorf("faults: dial %s: %w", d.url, err)
		}
		*d.to = cl
	}
	c.seqEth, c.verEth = ethclient.NewClient(c.seq), ethclient.NewClient(c.ver)
	return &c, nil
}

func (c *chain) close() {
	for _, cl := range []*rpc.Client{c.seq, c.ver, c.seqNode, c.verNode} {
		if cl != nil {
			cl.Close()
		}
	}
}

// blockRef is a block's number and hash as eth_getBlockByNumber returns them
// (the node's hash, not one recomputed from a decoded header).
type blockRef struct {
	Number hexutil.Uint64 `json:"number"`
	Hash   common.Hash    `json:"hash"`
}

// blockHash returns the hash of block n on the node behind cl, or ok=false
// when the node has no block n.
func blockHash(ctx context.Context, cl *rpc.Client, n uint64) (h common.Hash, ok bool, err error) {
	var ref *blockRef
	if err := cl.CallContext(ctx, &ref, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
		return common.Hash{}, false, fmt.Errorf("faults: block %d: %w", n, err)
	}
	if ref == nil {
		return common.Hash{}, false, nil
	}
	return ref.Hash, true, nil
}

// balances sums every account's balance in the state after block hash,
// paging through debug_accountRange (incompletes on: accounts whose address
// preimage the node lacks count too).
func balances(ctx context.Context, cl *rpc.Client, hash common.Hash) (sum *big.Int, accounts int, err error) {
	sum = new(big.Int)
	at := rpc.BlockNumberOrHashWithHash(hash, false)
	start := hexutil.Bytes{}
	for {
		var page struct {
			Accounts map[string]struct {
				Balance string `json:"balance"`
			} `json:"accounts"`
			Next []byte `json:"next"`
		}
		if err := cl.CallContext(ctx, &page, "debug_accountRange", at, start, accountPage, true, true, true); err != nil {
			return nil, 0, fmt.Errorf("faults: accounts of block %s: %w", hash, err)
		}
		for a, acc := range page.Accounts {
			v, ok := new(big.Int).SetString(acc.Balance, 10)
			if !ok {
				return nil, 0, fmt.Errorf("faults: block %s: account %s has balance %q", hash, a, acc.Balance)
			}
			sum.Add(sum, v)
		}
		accounts += len(page.Accounts)
		if len(page.Next) == 0 {
			return sum, accounts, nil
		}
		start = page.Next
	}
}

// callUint calls a uint256 view at block hash.
func callUint(ctx context.Context, c *ethclient.Client, to common.Address, data []byte, hash common.Hash) (*big.Int, error) {
	out, err := c.CallContractAtHash(ctx, ethereum.CallMsg{To: &to, Data: data}, hash)
	if err != nil {
		return nil, fmt.Errorf("faults: call %s at %s: %w", to, hash, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("faults: call %s at %s returned %d bytes, want 32", to, hash, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// checker checks, block by block as they appear, the supply invariant on the
// sequencer and the verifier's safe blocks against the sequencer's, all over
// JSON-RPC. It is not safe for concurrent use.
type checker struct {
	c       *chain
	genesis *big.Int
	// seen[n] is the hash and cumulative mint of sequencer block n as checked.
	seen     []checkedBlock
	safe     uint64 // highest verifier safe block compared
	reorgs   int    // sequencer blocks replaced after they were checked
	accounts int    // accounts summed in the last block checked
	// noSupply turns the supply check off (the tests of the other checks,
	// on a chain whose blocks were checked already).
	noSupply bool

	totalBurned, totalSlashed []byte // calldata of the two views
}

type checkedBlock struct {
	hash   common.Hash
	minted *big.Int
}

func newChecker(ctx context.Context, c *chain) (*checker, error) {
	g, ok, err := blockHash(ctx, c.seq, 0)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("faults: the sequencer has no genesis block")
	}
	sum, _, err := balances(ctx, c.seq, g)
	if err != nil {
		return nil, err
	}
	return &checker{
		c: c, genesis: sum, seen: []checkedBlock{{g, new(big.Int)}},
		totalBurned:  bindings.NewISettlement().PackTotalBurned(),
		totalSlashed: bindings.NewIAgentRegistry().PackTotalSlashed(),
	}, nil
}

// seqHead returns the sequencer's head number.
func (c *checker) seqHead(ctx context.Context) (uint64, error) {
	n, err := c.c.seqEth.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("faults: sequencer head: %w", err)
	}
	return n, nil
}

// supply checks the invariant in every sequencer block not checked yet (and
// again from the first block that changed, if the sequencer's chain was
// replaced since). It returns how many blocks it checked.
func (c *checker) supply(ctx context.Context) (int, error) {
	if c.noSupply {
		return 0, nil
	}
	head, err := c.seqHead(ctx)
	if err != nil {
		return 0, err
	}
	// Rewind to the first checked block the sequencer no longer has.
	for n := uint64(len(c.seen)) - 1; n > 0; n-- {
		h, ok, err := blockHash(ctx, c.c.seq, n)
		if err != nil {
			return 0, err
		}
		if ok && h == c.seen[n].hash {
			break
		}
		c.seen = c.seen[:n]
		c.reorgs++
	}
	checked := 0
	for n := uint64(len(c.seen)); n <= head; n++ {
		block, err := c.c.seqEth.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if errors.Is(err, ethereum.NotFound) {
			break
		}
		if err != nil {
			return checked, fmt.Errorf("faults: sequencer block %d: %w", n, err)
		}
		if block.ParentHash() != c.seen[n-1].hash { // replaced between two reads: next round
			break
		}
		minted := new(big.Int).Set(c.seen[n-1].minted)
		for _, tx := range block.Transactions() {
			if tx.Type() == types.DepositTxType && tx.Mint() != nil {
				minted.Add(minted, tx.Mint())
			}
		}
		hash := block.Hash()
		sum, accounts, err := balances(ctx, c.c.seq, hash)
		if err != nil {
			return checked, err
		}
		c.accounts = accounts
		burned, err := callUint(ctx, c.c.seqEth, settlement.Address, c.totalBurned, hash)
		if err != nil {
			return checked, err
		}
		slashed, err := callUint(ctx, c.c.seqEth, agent.Address, c.totalSlashed, hash)
		if err != nil {
			return checked, err
		}
		got := new(big.Int).Add(sum, burned)
		got.Add(got, slashed)
		got.Sub(got, minted)
		if got.Cmp(c.genesis) != 0 {
			return checked, fmt.Errorf("%w in block %d: balances + burned + slashed − minted = %s, genesis balances %s", ErrSupply, n, got, c.genesis)
		}
		c.seen = append(c.seen, checkedBlock{hash, minted})
		checked++
	}
	return checked, nil
}

// verifierSafe returns the verifier op-node's safe L2 head.
func (c *checker) verifierSafe(ctx context.Context) (uint64, error) {
	var st eth.SyncStatus
	if err := c.c.verNode.CallContext(ctx, &st, "optimism_syncStatus"); err != nil {
		return 0, fmt.Errorf("faults: verifier sync status: %w", err)
	}
	return st.SafeL2.Number, nil
}

// verifier compares every verifier safe block not compared yet with the
// sequencer's block at that height. It returns the verifier's safe head.
func (c *checker) verifier(ctx context.Context) (uint64, error) {
	safe, err := c.verifierSafe(ctx)
	if err != nil {
		return 0, err
	}
	if safe < c.safe { // the verifier re-derives (after a restart or an L1 reorg)
		c.safe = safe
	}
	for n := c.safe + 1; n <= safe; n++ {
		v, vok, err := blockHash(ctx, c.c.ver, n)
		if err != nil {
			return safe, err
		}
		s, sok, err := blockHash(ctx, c.c.seq, n)
		if err != nil {
			return safe, err
		}
		if !vok || !sok {
			break
		}
		if v != s {
			return safe, fmt.Errorf("%w: safe block %d is %s on the verifier, %s on the sequencer", ErrDiverged, n, v, s)
		}
		c.safe = n
	}
	return safe, nil
}
