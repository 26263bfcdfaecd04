package worstcase_test

import (
	"bytes"
	"context"
	"math/big"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// word is a 32-byte big-endian word.
func word(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

// blob is a bytes/string tail of n bytes.
func blob(n int) []byte {
	return append(word(uint64(n)), bytes.Repeat([]byte{'x'}, (n+31)/32*32)...)
}

// aliasedAttack is calldata that a lenient ABI decoder accepts but that
// makes it do far more work than its size: many heads aliasing one tail (the
// attacks of the denial-of-service report).
type aliasedAttack struct {
	name string
	to   common.Address
	data []byte
}

// aliasedAttacks are the attacks with `heads` aliasing heads (2,048 in the
// report; a transaction carries at most 128 KiB, so half that).
func aliasedAttacks(heads uint64) []aliasedAttack {
	settleSel := settlement.ABI.Methods["settle"].ID
	return []aliasedAttack{{
		// settle([], [], sigs): every signature head on one blob of `heads` words.
		name: "settle signatures aliasing one blob",
		to:   settlement.Address,
		data: bytes.Join([][]byte{settleSel, word(96), word(128), word(160), word(0), word(0), word(heads),
			bytes.Repeat(word(heads*32), int(heads)), blob(int(heads) * 32)}, nil),
	}, {
		// settle(receipts, [], []): every receipt head on one receipt of heads/2
		// contributions: a quadratic walk for a pricing that follows offsets.
		name: "settle receipts aliasing one receipt",
		to:   settlement.Address,
		data: func() []byte {
			receipt := bytes.Join([][]byte{word(1), word(2), word(3), word(4), word(5), word(6), word(8 * 32), word(7), word(heads / 2),
				bytes.Repeat(word(1), int(heads))}, nil)
			receipts := bytes.Join([][]byte{word(heads), bytes.Repeat(word(heads*32), int(heads)), receipt}, nil)
			rest := 96 + len(receipts)
			return bytes.Join([][]byte{settleSel, word(96), word(uint64(rest)), word(uint64(rest + 32)), receipts, word(0), word(0)}, nil)
		}(),
	}, {
		// createDatanet("n", "", tags, ""): every tag head on one tag of heads/2 words.
		name: "createDatanet tags aliasing one string",
		to:   datanet.Address,
		data: bytes.Join([][]byte{datanet.ABI.Methods["createDatanet"].ID, word(128), word(192), word(224),
			word(224 + 32 + heads*32 + 32 + heads*16), blob(1), blob(0),
			word(heads), bytes.Repeat(word(heads*32), int(heads)), blob(int(heads) * 16), blob(0)}, nil),
	}, {
		// registerAdapter(spec): every target-module head on one string of heads/2 words.
		name: "registerAdapter target modules aliasing one string",
		to:   model.Address,
		data: func() []byte {
			modules := bytes.Join([][]byte{word(heads), bytes.Repeat(word(heads*32), int(heads)), blob(int(heads) * 16)}, nil)
			const head = 9 * 32
			name, uri := head, head+64
			mods := uri + 32
			refs := mods + len(modules)
			spec := bytes.Join([][]byte{word(1), word(uint64(name)), word(9), word(uint64(uri)), word(4), word(uint64(mods)),
				word(1), word(1), word(uint64(refs)), blob(1), blob(0), modules, word(0)}, nil)
			return bytes.Join([][]byte{model.ABI.Methods["registerAdapter"].ID, word(32), spec}, nil)
		}(),
	}}
}

// maxScannedPerGas is the most calldata bytes a node may walk per unit of gas
// a call pays: a call walks its input at most twice (pricing, running) and
// pays at least InputGas, GasPerInputWord per 32 bytes.
const maxScannedPerGas = 2 * 32 / float64(precompiles.GasPerInputWord)

// deployCode is creation code that deploys runtime as the contract's code.
func deployCode(runtime []byte) []byte {
	n := byte(len(runtime))
	// PUSH1 n DUP1 PUSH1 12 PUSH1 0 CODECOPY PUSH1 0 RETURN, then the code.
	return append([]byte{0x60, n, 0x80, 0x60, 12, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3, 0x00}, runtime...)
}

// heapAllocated is the process's heap allocation so far.
func heapAllocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// TestAttacksThroughTheNode replays the denial-of-service attacks against a
// running ledger-geth dev node over JSON-RPC (HTTP): an eth_call whose state
// override installs a contract that copies the aliased calldata to memory
// once and CALLs the precompile thousands of times with gas 0, the same with
// each call carrying exactly the input's price, and a transaction doing so in
// a block. The node's work is bounded by the gas paid, read from its own
// counters (precompiles.WorkDone), never by wall time; its allocations stay
// within those of the same loop into go-ethereum's modexp precompile, and
// the chain keeps producing blocks.
func TestAttacksThroughTheNode(t *testing.T) {
	if testing.Short() {
		t.Skip("boots a node")
	}
	c := devchaintest.NewChain(t, devchaintest.Options{HTTP: true})
	ctx := context.Background()
	rc, err := rpc.DialContext(ctx, c.Node.Stack.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	geth := gethclient.New(rc)
	loopAt := common.HexToAddress("0x1000000000000000000000000000000000000001")
	overrides := map[common.Address]gethclient.OverrideAccount{loopAt: {Code: loopCode}}
	const callGas = 30_000_000
	call := func(data []byte) error {
		_, err := geth.CallContract(ctx, ethereum.CallMsg{From: c.Addr(0), To: &loopAt, Gas: callGas, Data: data}, nil, &overrides)
		return err
	}
	modexp := common.BytesToAddress([]byte{5})
	const zeroGasCalls = 20_000

	for _, a := range aliasedAttacks(2048) {
		t.Run(a.name, func(t *testing.T) {
			args := a.data[precompiles.SelectorLen:]

			// Zero gas per call: every call is priced, no byte is walked.
			before, mem := precompiles.WorkDone(), heapAllocated()
			if err := call(loopInput(a.to, 0, zeroGasCalls, a.data)); err != nil {
				t.Fatalf("eth_call: %v", err)
			}
			done, allocated := precompiles.WorkDone().Sub(before), heapAllocated()-mem
			if done.Priced < zeroGasCalls {
				t.Fatalf("%d calls priced, want %d: the loop did not reach the precompile", done.Priced, zeroGasCalls)
			}
			if done.Scanned != 0 {
				t.Fatalf("zero-gas calls walked %d calldata bytes", done.Scanned)
			}
			// The same loop into modexp with the same payload, in the same run:
			// the EVM's own cost of the loop and the RPC round trip.
			mem = heapAllocated()
			if err := call(loopInput(modexp, 0, zeroGasCalls, a.data)); err != nil {
				t.Fatalf("eth_call into modexp: %v", err)
			}
			baseline := heapAllocated() - mem
			if allocated > 2*baseline+(8<<20) {
				t.Fatalf("the zero-gas loop allocated %d bytes, the same loop into modexp %d", allocated, baseline)
			}

			// Each call carries the input's price: the node walks the input
			// (and refuses it), within the gas the calls burn.
			perCall := precompiles.InputGas(args)
			calls := uint64(callGas*9/10) / (perCall + 1_000)
			before = precompiles.WorkDone()
			if err := call(loopInput(a.to, perCall, calls, a.data)); err != nil {
				t.Fatalf("eth_call: %v", err)
			}
			done = precompiles.WorkDone().Sub(before)
			if done.Scanned == 0 || done.Scanned < calls*uint64(len(args)) {
				t.Fatalf("%d calls of %d bytes walked %d bytes: the calls did not reach the layout check", calls, len(args), done.Scanned)
			}
			if float64(done.Scanned) > maxScannedPerGas*callGas {
				t.Fatalf("walked %d bytes for at most %d gas", done.Scanned, callGas)
			}
		})
	}

	// A transaction in a block: a deployed loop contract calls every attack
	// with its input's price, many times.
	loop := c.Deploy(c.Keys[0], deployCode(loopCode))
	for _, a := range aliasedAttacks(1024) {
		perCall := precompiles.InputGas(a.data[precompiles.SelectorLen:])
		const txGas = 20_000_000
		calls := uint64(txGas*9/10) / (perCall + 1_000)
		before := precompiles.WorkDone()
		r := c.Send(c.Keys[1], loop, loopInput(a.to, perCall, calls, a.data), nil, txGas)
		done := precompiles.WorkDone().Sub(before)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("%s: the loop transaction failed", a.name)
		}
		// The node executes the transaction when it builds the block, again
		// when it imports it, and sometimes partly in a payload build that
		// is interrupted: every call walks the same input, so bound the walk
		// of one execution (calls times the walk per priced call) by the gas
		// the transaction used.
		if done.Priced < calls || done.Scanned == 0 {
			t.Fatalf("%s: %d calls priced, %d bytes walked for %d calls", a.name, done.Priced, done.Scanned, calls)
		}
		perExecution := float64(done.Scanned) / float64(done.Priced) * float64(calls)
		if limit := maxScannedPerGas * float64(r.GasUsed); perExecution > limit {
			t.Fatalf("%s: one execution of a transaction using %d gas walked %.0f bytes (limit %.0f; %d calls priced, %d bytes in all)",
				a.name, r.GasUsed, perExecution, limit, done.Priced, done.Scanned)
		}
		t.Logf("%s: %d calls, %d gas, %.2f executions walked %d bytes (%.2f bytes/gas per execution)", a.name, calls, r.GasUsed,
			float64(done.Priced)/float64(calls), done.Scanned, perExecution/float64(r.GasUsed))
	}
	// The chain goes on: a plain call to a precompile lands in the next block.
	head, err := c.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.MustSend(c.Keys[2], datanet.Address, datanets.PackCreateDatanet("after the attacks", "", nil, ""), nil)
	if next, err := c.Client.BlockNumber(ctx); err != nil || next <= head {
		t.Fatalf("block number %d after %d (%v)", next, head, err)
	}
}
