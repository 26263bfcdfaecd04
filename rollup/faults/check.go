package faults

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/precompiles/agent"
	"github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devnet"
)

// ErrDiverged is returned when the verifier marks safe a block the sequencer
// does not have at that height.
var ErrDiverged = errors.New("faults: verifier diverged from the sequencer")

// ErrSupply is returned when a block breaks the OPEN supply invariant.
var ErrSupply = errors.New("faults: OPEN supply invariant broken")

// checker checks, block by block as they appear, the supply invariant on the
// sequencer and the verifier's safe blocks against the sequencer's. It reads
// the devnet's component handles, so it runs on the goroutine that stops and
// starts components.
type checker struct {
	d       *devnet.Devnet
	genesis *big.Int
	// seen[n] is the hash and cumulative mint of sequencer block n as checked.
	seen   []checkedBlock
	safe   uint64 // highest verifier safe block compared
	reorgs int    // sequencer blocks replaced after they were checked
}

type checkedBlock struct {
	hash   common.Hash
	minted *big.Int
}

func newChecker(d *devnet.Devnet) (*checker, error) {
	bc := d.SeqGeth.Backend().BlockChain()
	g := bc.GetHeaderByNumber(0)
	sum, err := balances(bc, g)
	if err != nil {
		return nil, err
	}
	return &checker{d: d, genesis: sum, seen: []checkedBlock{{g.Hash(), new(big.Int)}}}, nil
}

// balances sums every account's balance in the state after block h.
func balances(bc *core.BlockChain, h *types.Header) (*big.Int, error) {
	st, err := bc.StateAt(h.Root)
	if err != nil {
		return nil, fmt.Errorf("faults: state of block %d: %w", h.Number, err)
	}
	var sum balanceSum
	st.DumpToCollector(&sum, &state.DumpConfig{SkipCode: true, SkipStorage: true})
	return &sum.sum, nil
}

type balanceSum struct{ sum big.Int }

func (b *balanceSum) OnRoot(common.Hash) {}

func (b *balanceSum) OnAccount(_ *common.Address, a state.DumpAccount) {
	v, _ := new(big.Int).SetString(a.Balance, 10)
	b.sum.Add(&b.sum, v)
}

// supply checks the invariant in every sequencer block not checked yet (and
// again from the first block that changed, if the sequencer's chain was
// replaced since). It returns how many blocks it checked.
func (c *checker) supply() (int, error) {
	bc := c.d.SeqGeth.Backend().BlockChain()
	head := bc.CurrentBlock().Number.Uint64()
	// Rewind to the first checked block the sequencer no longer has.
	for n := uint64(len(c.seen)) - 1; n > 0; n-- {
		if h := bc.GetHeaderByNumber(n); h != nil && h.Hash() == c.seen[n].hash {
			break
		}
		c.seen = c.seen[:n]
		c.reorgs++
	}
	checked := 0
	for n := uint64(len(c.seen)); n <= head; n++ {
		block := bc.GetBlockByNumber(n)
		if block == nil {
			break
		}
		minted := new(big.Int).Set(c.seen[n-1].minted)
		for _, tx := range block.Transactions() {
			if tx.Type() == types.DepositTxType && tx.Mint() != nil {
				minted.Add(minted, tx.Mint())
			}
		}
		sum, err := balances(bc, block.Header())
		if err != nil {
			return checked, err
		}
		st, err := bc.StateAt(block.Root())
		if err != nil {
			return checked, fmt.Errorf("faults: state of block %d: %w", n, err)
		}
		got := new(big.Int).Add(sum, settlement.TotalBurned(st).ToBig())
		got.Add(got, agent.TotalSlashed(st).ToBig())
		got.Sub(got, minted)
		if got.Cmp(c.genesis) != 0 {
			return checked, fmt.Errorf("%w in block %d: balances + burned + slashed − minted = %s, genesis balances %s", ErrSupply, n, got, c.genesis)
		}
		c.seen = append(c.seen, checkedBlock{block.Hash(), minted})
		checked++
	}
	return checked, nil
}

// verifier compares every verifier safe block not compared yet with the
// sequencer's block at that height. It returns the verifier's safe head.
func (c *checker) verifier() (uint64, error) {
	safe := c.d.VerNode.SyncStatus().SafeL2.Number
	seq := c.d.SeqGeth.Backend().BlockChain()
	ver := c.d.VerGeth.Backend().BlockChain()
	if safe < c.safe { // the verifier re-derives (after a restart or an L1 reorg)
		c.safe = safe
	}
	for n := c.safe + 1; n <= safe; n++ {
		v, s := ver.GetHeaderByNumber(n), seq.GetHeaderByNumber(n)
		if v == nil || s == nil {
			break
		}
		if v.Hash() != s.Hash() {
			return safe, fmt.Errorf("%w: safe block %d is %s on the verifier, %s on the sequencer", ErrDiverged, n, v.Hash(), s.Hash())
		}
		c.safe = n
	}
	return safe, nil
}
