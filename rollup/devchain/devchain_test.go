package devchain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/rollup/devchain"
	"github.com/openledger/openledger/rollup/devchain/blockdriver"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
	"github.com/openledger/openledger/rollup/predeploys"
)

// TestBlocksReimport builds blocks with precompile activity on one node and
// imports them into a second node started from the same genesis: block
// import re-executes every transaction and checks each state root, receipt
// root and gas total, so identical heads mean the precompiles are deterministic.
func TestBlocksReimport(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	reg := bindings.NewIDatanetRegistry()
	c.MustSend(c.Keys[0], datanet.Address, reg.PackCreateDatanet("import", "", []string{"x"}, ""), nil)
	for i := 0; i < 5; i++ {
		// Several transactions per block: contributions, a failing call, a transfer.
		for j := 1; j < 4; j++ {
			tx, err := c.SignTx(c.Keys[j], &datanet.Address, reg.PackContribute(big.NewInt(1), crypto.Keccak256Hash([]byte{byte(i), byte(j)}), 9, "u", ""), nil, 400_000)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Client.SendTransaction(t.Context(), tx); err != nil {
				t.Fatal(err)
			}
		}
		bad, _ := c.SignTx(c.Keys[0], &datanet.Address, reg.PackReview(big.NewInt(999), true, ""), nil, 300_000)
		if err := c.Client.SendTransaction(t.Context(), bad); err != nil {
			t.Fatal(err)
		}
		b := c.Commit()
		if len(b.Transactions()) != 5 { // L1-attributes deposit + 4
			t.Fatalf("block %d has %d transactions, want 5", b.NumberU64(), len(b.Transactions()))
		}
	}
	c.MustSend(c.Keys[0], datanet.Address, reg.PackReview(big.NewInt(2), true, "ok"), nil)
	c.MustSend(c.Keys[0], datanet.Address, reg.PackPublishVersion(big.NewInt(1)), nil)

	src := c.Node.Eth.BlockChain()
	head := src.CurrentBlock()
	var blocks types.Blocks
	for n := uint64(1); n <= head.Number.Uint64(); n++ {
		blocks = append(blocks, src.GetBlockByNumber(n))
	}

	cfg, _, err := devchain.GenesisConfig(4)
	if err != nil {
		t.Fatal(err)
	}
	g, err := genesis.Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	seq := blockdriver.DefaultConfig()
	seq.BlockTime = 0
	verifier, err := devchain.New(devchain.Config{Genesis: g, Driver: seq})
	if err != nil {
		t.Fatal(err)
	}
	defer verifier.Close()
	if _, err := verifier.Eth.BlockChain().InsertChain(blocks); err != nil {
		t.Fatalf("re-import: %v", err)
	}
	got := verifier.Eth.BlockChain().CurrentBlock()
	if got.Hash() != head.Hash() || got.Root != head.Root {
		t.Fatalf("verifier head %d %s root %s, sequencer %d %s root %s", got.Number, got.Hash(), got.Root, head.Number, head.Hash(), head.Root)
	}
	// A block whose state root is tampered with is refused.
	tampered := types.NewBlockWithHeader(blocks[0].Header()).WithBody(*blocks[0].Body())
	h := tampered.Header()
	h.Root[0] ^= 1
	fresh, err := devchain.New(devchain.Config{Genesis: g, Driver: seq})
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := fresh.Eth.BlockChain().InsertChain(types.Blocks{types.NewBlockWithHeader(h).WithBody(*blocks[0].Body())}); err == nil {
		t.Fatal("a block with a wrong state root was imported")
	}
}

// TestL1DataFeeCharged checks that a transaction on the dev chain pays the L1
// data fee its receipt reports, and that the fee reaches the L1 fee vault: the
// chain carries the L1Block predeploy that the L1-attributes deposit writes
// and op-geth's fee function reads.
func TestL1DataFeeCharged(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	ctx := t.Context()
	from, to := c.Addr(0), c.Addr(1)
	value := big.NewInt(12345)
	// A first block writes the L1 attributes; fees are charged from then on.
	c.Commit()
	before, err := c.Client.BalanceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	vaultBefore, err := c.Client.BalanceAt(ctx, predeploys.L1FeeVaultAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	rc := c.Send(c.Keys[0], to, []byte("some calldata the L1 fee prices"), value, 100_000)
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: %+v", rc)
	}
	if rc.L1Fee == nil || rc.L1Fee.Sign() <= 0 {
		t.Fatalf("receipt reports L1 fee %v, want a positive fee", rc.L1Fee)
	}
	after, err := c.Client.BalanceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int).Sub(before, after)
	want := new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
	want.Add(want, value).Add(want, rc.L1Fee)
	if paid.Cmp(want) != 0 {
		t.Fatalf("sender paid %s, want value + gas + L1 fee = %s (L1 fee %s)", paid, want, rc.L1Fee)
	}
	vaultAfter, err := c.Client.BalanceAt(ctx, predeploys.L1FeeVaultAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(vaultAfter, vaultBefore); got.Cmp(rc.L1Fee) != 0 {
		t.Fatalf("L1 fee vault received %s, want %s", got, rc.L1Fee)
	}
}

// TestAdvanceTime: a dev chain's clock moves a day forward without a day
// passing, so an escrow withdrawal that the settlement precompile holds for
// its delay is refused before and paid after, in one test run.
func TestAdvanceTime(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	sett := bindings.NewISettlement()
	params, err := sett.UnpackFeeParams(c.MustCall(c.Addr(0), addresses.Settlement, sett.PackFeeParams()))
	if err != nil {
		t.Fatal(err)
	}
	delay := time.Duration(params.WithdrawDelay) * time.Second
	if delay < time.Hour {
		t.Fatalf("withdrawal delay %s: the test wants one no test can sleep through", delay)
	}
	amount := big.NewInt(1e18)
	c.MustSend(c.Keys[1], addresses.Settlement, sett.PackDeposit(), amount)
	requested := c.MustSend(c.Keys[1], addresses.Settlement, sett.PackRequestWithdraw(amount), nil)
	if r := c.Send(c.Keys[1], addresses.Settlement, sett.PackWithdraw(), nil, 200_000); r.Status != types.ReceiptStatusFailed {
		t.Fatal("withdrawn before the delay")
	}
	c.Node.Driver.AdvanceTime(delay)
	c.Commit() // the first block past the delay (gas estimation runs on the head)
	before, err := c.Client.BalanceAt(t.Context(), c.Addr(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	r := c.MustSend(c.Keys[1], addresses.Settlement, sett.PackWithdraw(), nil)
	after, err := c.Client.BalanceAt(t.Context(), c.Addr(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if r.L1Fee != nil {
		gas.Add(gas, r.L1Fee)
	}
	if got := new(big.Int).Sub(after, before); got.Add(got, gas).Cmp(amount) != 0 {
		t.Fatalf("withdraw paid %s (net of %s fees), want %s", got, gas, amount)
	}
	start, err := c.Client.HeaderByHash(t.Context(), requested.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	end, err := c.Client.HeaderByHash(t.Context(), r.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if end.Time < start.Time+params.WithdrawDelay || end.Number.Uint64() != start.Number.Uint64()+3 {
		t.Fatalf("withdrawn at block %d time %d, requested at block %d time %d with delay %d", end.Number, end.Time, start.Number, start.Time, params.WithdrawDelay)
	}
	// Later blocks keep the advanced clock and keep increasing.
	if next := c.Commit(); next.Time() <= end.Time {
		t.Fatalf("block %d at %d after %d", next.NumberU64(), next.Time(), end.Time)
	}
}
