package precompiles_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/precompiles/settlement"
)

// w is a 32-byte big-endian word.
func w(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

func join(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// repeat returns n copies of word.
func repeat(word []byte, n int) []byte { return bytes.Repeat(word, n) }

// blob is a bytes/string tail of n bytes.
func blob(n int) []byte { return join(w(uint64(n)), bytes.Repeat([]byte{'x'}, (n+31)/32*32)) }

// Attacks are calldata that a lenient ABI decoder accepts but that makes it do
// far more work than the input's size suggests: many heads aliasing one tail.
type attack struct {
	name string
	to   *precompiles.Contract
	data []byte
}

func attacks() []attack {
	settleSel := settlement.ABI.Methods["settle"].ID
	createSel := datanet.ABI.Methods["createDatanet"].ID
	adapterSel := model.ABI.Methods["registerAdapter"].ID
	const heads = 2048
	return []attack{{
		// settle([], [], sigs): 2,048 signature heads on one 64 KiB blob.
		name: "settle signatures aliasing one blob",
		to:   settlement.Contract,
		data: join(settleSel, w(96), w(128), w(160), w(0), w(0), w(heads), repeat(w(heads*32), heads), blob(64<<10)),
	}, {
		// settle(receipts, [], []): 2,048 receipt heads on one receipt with
		// 1,024 contributions (a quadratic walk for a pricing that follows offsets).
		name: "settle receipts aliasing one receipt",
		to:   settlement.Contract,
		data: func() []byte {
			receipt := join(w(1), w(2), w(3), w(4), w(5), w(6), w(8*32), w(7), w(1024), repeat(w(1), 2*1024))
			receipts := join(w(heads), repeat(w(heads*32), heads), receipt)
			rest := 96 + len(receipts)
			return join(settleSel, w(96), w(uint64(rest)), w(uint64(rest+32)), receipts, w(0), w(0))
		}(),
	}, {
		// createDatanet("n", "", tags, ""): 2,048 tag heads on one 32 KiB tag.
		name: "createDatanet tags aliasing one string",
		to:   datanet.Contract,
		data: join(createSel, w(128), w(192), w(224), w(uint64(224+32+heads*32+32+32<<10)),
			blob(1), blob(0), join(w(heads), repeat(w(heads*32), heads), blob(32<<10)), blob(0)),
	}, {
		// registerAdapter(spec) with 2,048 target-module heads on one 32 KiB string.
		name: "registerAdapter target modules aliasing one string",
		to:   model.Contract,
		data: func() []byte {
			modules := join(w(heads), repeat(w(heads*32), heads), blob(32<<10))
			head := 9 * 32
			name, uri := head, head+64
			mods := uri + 32
			refs := mods + len(modules)
			spec := join(w(1), w(uint64(name)), w(9), w(uint64(uri)), w(4), w(uint64(mods)), w(1), w(1), w(uint64(refs)),
				blob(1), blob(0), modules, w(0))
			return join(adapterSel, w(32), spec)
		}(),
	}}
}

// TestAliasedCalldataIsRefusedCheaply: every attack is priced as its bare
// input, refused as invalid calldata, and costs the node no more memory than
// a small multiple of its size. (Before the canonical-layout check, the first
// attack allocated 1.3 GB through decode and re-encode.)
func TestAliasedCalldataIsRefusedCheaply(t *testing.T) {
	cfg, _ := genesis.DevConfig(1)
	newEVM, base := precompiletest.StateEVM(t, cfg)
	caller := cfg.DevAccounts[0].Address
	for _, a := range attacks() {
		t.Run(a.name, func(t *testing.T) {
			args := a.data[precompiles.SelectorLen:]
			if got, want := a.to.RequiredGas(a.data), precompiles.InputGas(args); got != want {
				t.Fatalf("priced %d, want the bare input price %d", got, want)
			}
			var err error
			allocated := precompiletest.AllocatedBytes(func() {
				_, _, err = newEVM(base.Copy()).Call(caller, a.to.Address(), a.data, 30_000_000, new(uint256.Int))
			})
			if !errors.Is(err, precompiles.ErrInvalidInput) {
				t.Fatalf("call error %v, want invalid calldata", err)
			}
			// The state copy and the EVM take a few hundred KiB; the input
			// itself must not be multiplied.
			if limit := 2*uint64(len(a.data)) + 1<<20; allocated > limit {
				t.Fatalf("refusing %d bytes of calldata allocated %d bytes (limit %d)", len(a.data), allocated, limit)
			}
		})
	}
}

// TestZeroGasPricingIsConstant: pricing a call that cannot pay for its own
// input does not read the input, however large: a contract looping CALLs with
// zero gas makes the node compare two numbers per call, not walk megabytes.
func TestZeroGasPricingIsConstant(t *testing.T) {
	for _, a := range attacks() {
		t.Run(a.name, func(t *testing.T) {
			small := a.data[:precompiles.SelectorLen+32]
			large := append(bytes.Clone(a.data), make([]byte, 4<<20)...)
			const n = 20_000
			costSmall := precompiletest.Measure(n, func() { a.to.RequiredGasWithin(small, 0) })
			costLarge := precompiletest.Measure(n, func() { a.to.RequiredGasWithin(large, 0) })
			// The heap counter is the whole process's: the runtime and the
			// test framework allocate a few bytes meanwhile. Pricing itself
			// allocates nothing, so n calls stay under a byte each.
			if costLarge.Bytes >= n {
				t.Fatalf("pricing allocated %d bytes in %d calls", costLarge.Bytes, n)
			}
			// A walk over 4 MiB takes ~10^4 times longer than over 36 bytes;
			// constant work is within noise of it.
			if costLarge.CPU > 20*costSmall.CPU+20*time.Millisecond {
				t.Fatalf("pricing 4 MiB took %v for %d calls, 36 bytes %v", costLarge.CPU, n, costSmall.CPU)
			}
			if got := a.to.RequiredGasWithin(large, 0); got == 0 {
				t.Fatal("a call with zero gas was priced at zero")
			}
		})
	}
	// Through the EVM: a zero-gas CALL runs out of gas at once.
	cfg, _ := genesis.DevConfig(1)
	newEVM, base := precompiletest.StateEVM(t, cfg)
	a := attacks()[0]
	if _, _, err := newEVM(base).Call(cfg.DevAccounts[0].Address, a.to.Address(), a.data, 0, new(uint256.Int)); !errors.Is(err, vm.ErrOutOfGas) {
		t.Fatalf("zero-gas call: %v", err)
	}
}
