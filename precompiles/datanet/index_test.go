package datanet_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/precompiletest"
)

// indexEnv is an EVM over the devnet genesis with Datanet 1 (owner: account
// 0, curator: account 1) at version 1; account 2 is a stranger.
type indexEnv struct {
	t                        *testing.T
	st                       *state.StateDB
	evm                      *vm.EVM
	owner, curator, stranger common.Address
}

func newIndexEnv(t *testing.T) *indexEnv {
	cfg, _ := genesis.DevConfig(3)
	newEVM, st := precompiletest.StateEVM(t, cfg)
	e := &indexEnv{t: t, st: st, evm: newEVM(st), owner: cfg.DevAccounts[0].Address, curator: cfg.DevAccounts[1].Address,
		stranger: cfg.DevAccounts[2].Address}
	one := big.NewInt(1)
	e.must(e.owner, reg.PackCreateDatanet("d", "", nil, ""))
	e.must(e.owner, reg.PackAddCurator(one, e.curator))
	e.must(e.stranger, reg.PackContribute(one, hash("c"), 1, "ipfs://c", ""))
	e.must(e.curator, reg.PackReview(one, true, ""))
	e.must(e.curator, reg.PackPublishVersion(one))
	return e
}

func (e *indexEnv) call(from common.Address, data []byte) ([]byte, error) {
	out, _, err := e.evm.Call(from, datanet.Address, data, 10_000_000, new(uint256.Int))
	return out, err
}

func (e *indexEnv) must(from common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.call(from, data)
	if err != nil {
		e.t.Fatalf("call %x: %v (%s)", data[:4], err, precompiletest.RevertName(datanet.ABI, out))
	}
	return out
}

func publishIndex(version int64, tokenizer, content, uri string) []byte {
	return reg.PackPublishIndex(big.NewInt(1), big.NewInt(version), hash(tokenizer), hash(content), uri)
}

// TestPublishIndex: who may publish a version's index shard, what is
// refused, what the queries and the event show.
func TestPublishIndex(t *testing.T) {
	e := newIndexEnv(t)
	const uri = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	logs := len(e.st.Logs())
	e.must(e.curator, publishIndex(1, "llama3-tokenizer", "shard", uri))
	// The event: indexed datanet, version and tokenizer; hash and uri as data.
	all := e.st.Logs()
	if len(all) != logs+1 {
		t.Fatalf("%d new logs, want 1", len(all)-logs)
	}
	ev, err := reg.UnpackIndexPublishedEvent(all[len(all)-1])
	if err != nil {
		t.Fatal(err)
	}
	if ev.DatanetId.Uint64() != 1 || ev.Version.Uint64() != 1 || ev.TokenizerId != hash("llama3-tokenizer") ||
		ev.ContentHash != hash("shard") || ev.Uri != uri || all[len(all)-1].Address != datanet.Address {
		t.Fatalf("IndexPublished %+v", ev)
	}
	tests := []struct {
		name   string
		from   common.Address
		data   []byte
		revert string
	}{
		{"same-tokenizer-again", e.owner, publishIndex(1, "llama3-tokenizer", "other", uri), "IndexExists"},
		{"stranger", e.stranger, publishIndex(1, "t2", "shard", uri), "NotCurator"},
		{"unknown-version", e.owner, publishIndex(2, "t2", "shard", uri), "VersionNotFound"},
		{"version-zero", e.owner, publishIndex(0, "t2", "shard", uri), "VersionNotFound"},
		{"unknown-datanet", e.owner, reg.PackPublishIndex(big.NewInt(9), big.NewInt(1), hash("t"), hash("s"), uri), "DatanetNotFound"},
		{"zero-tokenizer", e.owner, reg.PackPublishIndex(big.NewInt(1), big.NewInt(1), [32]byte{}, hash("s"), uri), "InvalidArgument"},
		{"zero-content-hash", e.owner, reg.PackPublishIndex(big.NewInt(1), big.NewInt(1), hash("t"), [32]byte{}, uri), "InvalidArgument"},
		{"empty-uri", e.owner, publishIndex(1, "t2", "shard", ""), "InvalidArgument"},
		{"oversized-uri", e.owner, publishIndex(1, "t2", "shard", strings.Repeat("u", datanet.MaxURILen+1)), "InvalidArgument"},
		{"no-index-for-tokenizer", e.stranger, reg.PackGetIndex(big.NewInt(1), big.NewInt(1), hash("t2")), "IndexNotFound"},
		{"index-of-unknown-version", e.stranger, reg.PackIndexesOf(big.NewInt(1), big.NewInt(3)), "VersionNotFound"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := e.st.IntermediateRoot(true)
			logs := len(e.st.Logs())
			out, err := e.call(tc.from, tc.data)
			if !errors.Is(err, vm.ErrExecutionReverted) {
				t.Fatalf("err %v, want a revert", err)
			}
			if got := precompiletest.RevertName(datanet.ABI, out); got != tc.revert {
				t.Fatalf("revert %q, want %s", got, tc.revert)
			}
			if e.st.IntermediateRoot(true) != root || len(e.st.Logs()) != logs {
				t.Fatal("a refused call changed state or logs")
			}
		})
	}
	// A static call may not write.
	if _, _, err := e.evm.StaticCall(e.owner, datanet.Address, publishIndex(1, "t3", "s", uri), 1_000_000); !errors.Is(err, vm.ErrWriteProtection) {
		t.Fatalf("static publishIndex: %v", err)
	}
	// The owner publishes a second tokenizer's shard; both are listed in order.
	e.must(e.owner, publishIndex(1, "qwen2-tokenizer", "shard2", "ipfs://second"))
	list, err := reg.UnpackIndexesOf(e.must(e.stranger, reg.PackIndexesOf(big.NewInt(1), big.NewInt(1))))
	if err != nil || len(list) != 2 || list[0].TokenizerId != hash("llama3-tokenizer") || list[0].Publisher != e.curator ||
		list[1].Uri != "ipfs://second" || list[1].Publisher != e.owner || list[1].PublishedAt == 0 {
		t.Fatalf("indexesOf = %+v, %v", list, err)
	}
	got, err := reg.UnpackGetIndex(e.must(e.stranger, reg.PackGetIndex(big.NewInt(1), big.NewInt(1), hash("qwen2-tokenizer"))))
	if err != nil || got.ContentHash != hash("shard2") || got.Uri != "ipfs://second" {
		t.Fatalf("getIndex = %+v, %v", got, err)
	}
}

// TestIndexShardsPerVersionBounded: a version holds at most
// MaxIndexesPerVersion shards, so the duplicate scan, getIndex and indexesOf
// read a bounded number of slots whatever curators do.
func TestIndexShardsPerVersionBounded(t *testing.T) {
	e := newIndexEnv(t)
	long := "ipfs://" + strings.Repeat("x", datanet.MaxURILen-len("ipfs://"))
	for i := 0; i < datanet.MaxIndexesPerVersion; i++ {
		e.must(e.owner, publishIndex(1, "tok"+string(rune('a'+i)), "s", long))
	}
	out, err := e.call(e.owner, publishIndex(1, "one-too-many", "s", long))
	if name := precompiletest.RevertName(datanet.ABI, out); !errors.Is(err, vm.ErrExecutionReverted) || name != "InvalidArgument" {
		t.Fatalf("shard %d: %v %s", datanet.MaxIndexesPerVersion+1, err, name)
	}
	// The queries fit the gas they are priced at, with every shard at the
	// longest uri: a call given exactly RequiredGas succeeds.
	for _, data := range [][]byte{
		reg.PackIndexesOf(big.NewInt(1), big.NewInt(1)),
		reg.PackGetIndex(big.NewInt(1), big.NewInt(1), hash("tok"+string(rune('a'+datanet.MaxIndexesPerVersion-1)))),
	} {
		gas := datanet.Contract.RequiredGas(data)
		if _, left, err := e.evm.Call(e.stranger, datanet.Address, data, gas, new(uint256.Int)); err != nil || left != 0 {
			t.Fatalf("%x with exactly its price: %v, %d left", data[:4], err, left)
		}
	}
	list, _ := reg.UnpackIndexesOf(e.must(e.stranger, reg.PackIndexesOf(big.NewInt(1), big.NewInt(1))))
	if len(list) != datanet.MaxIndexesPerVersion {
		t.Fatalf("%d shards listed", len(list))
	}
}

// TestPublishIndexGasBoundary: a publish given exactly RequiredGas succeeds
// (with the most shards to scan and the longest uri), a unit less runs out.
func TestPublishIndexGasBoundary(t *testing.T) {
	e := newIndexEnv(t)
	for i := 0; i < datanet.MaxIndexesPerVersion-1; i++ {
		e.must(e.owner, publishIndex(1, "tok"+string(rune('a'+i)), "s", "ipfs://x"))
	}
	data := publishIndex(1, "last", "s", "ipfs://"+strings.Repeat("y", datanet.MaxURILen-len("ipfs://")))
	gas := datanet.Contract.RequiredGas(data)
	snap := e.st.Snapshot()
	if _, left, err := e.evm.Call(e.owner, datanet.Address, data, gas-1, new(uint256.Int)); !errors.Is(err, vm.ErrOutOfGas) || left != 0 {
		t.Fatalf("gas-1: %v, %d left", err, left)
	}
	e.st.RevertToSnapshot(snap)
	if _, left, err := e.evm.Call(e.owner, datanet.Address, data, gas, new(uint256.Int)); err != nil || left != 0 {
		t.Fatalf("exact gas: %v, %d left", err, left)
	}
	// What it writes (four fixed slots, the array length and the uri's
	// seventeen words) is priced at no less than a fifth of what Solidity
	// charges for fresh storage.
	const freshSlots = 4 + 1 + 1 + (datanet.MaxURILen+31)/32
	if minimum := uint64(freshSlots * 22_100 / 5); gas < minimum {
		t.Fatalf("priced %d, below a fifth of Solidity's %d for %d fresh slots", gas, minimum*5, freshSlots)
	}
}

// TestIndexThroughTheNode: a mined publishIndex is found by eth_getLogs under
// the IndexPublished topic and the tokenizer topic, and read back over RPC.
func TestIndexThroughTheNode(t *testing.T) {
	c := setup(t)
	one := big.NewInt(1)
	c.MustSend(c.Keys[2], datanet.Address, reg.PackContribute(one, hash("doc"), 3, "ipfs://doc", ""), nil)
	c.MustSend(c.Keys[1], datanet.Address, reg.PackReview(one, true, ""), nil)
	c.MustSend(c.Keys[1], datanet.Address, reg.PackPublishVersion(one), nil)
	r := c.MustSend(c.Keys[1], datanet.Address, reg.PackPublishIndex(one, one, hash("tok"), hash("shard"), "ipfs://shard"), nil)
	if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
		t.Fatalf("receipt %+v", r)
	}
	q := filterQuery()
	q.Topics = [][]common.Hash{{datanet.ABI.Events["IndexPublished"].ID}, nil, nil, {hash("tok")}}
	logs, err := c.Client.FilterLogs(t.Context(), q)
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d logs, %v", len(logs), err)
	}
	shard, err := reg.UnpackGetIndex(c.MustCall(c.Addr(3), datanet.Address, reg.PackGetIndex(one, one, hash("tok"))))
	if err != nil || shard.Uri != "ipfs://shard" || shard.Publisher != c.Addr(1) {
		t.Fatalf("getIndex %+v %v", shard, err)
	}
	var _ bindings.IDatanetRegistryIndexShard = shard
}

// BenchmarkIndexes measures publishIndex (with the most shards to scan and
// the longest uri) and the two queries over a full version, reporting the gas
// each is priced at and the gas per second it runs at.
func BenchmarkIndexes(b *testing.B) {
	long := "ipfs://" + strings.Repeat("x", datanet.MaxURILen-len("ipfs://"))
	for _, bc := range []struct {
		name string
		data func(n int) []byte
	}{
		{"publishIndex", func(n int) []byte {
			return reg.PackPublishIndex(big.NewInt(1), big.NewInt(int64(n)), hash("last"), hash("s"), long)
		}},
		{"indexesOf", func(int) []byte { return reg.PackIndexesOf(big.NewInt(1), big.NewInt(1)) }},
		{"getIndex", func(int) []byte { return reg.PackGetIndex(big.NewInt(1), big.NewInt(1), hash("tok6")) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			cfg, _ := genesis.DevConfig(1)
			newEVM, st := precompiletest.StateEVM(b, cfg)
			evm := newEVM(st)
			owner := cfg.DevAccounts[0].Address
			one := big.NewInt(1)
			call := func(data []byte) {
				if _, _, err := evm.Call(owner, datanet.Address, data, 10_000_000, new(uint256.Int)); err != nil {
					b.Fatal(err)
				}
			}
			call(reg.PackCreateDatanet("d", "", nil, ""))
			// Versions 1..1000, each with seven shards of the longest uri on version 1.
			for v := 1; v <= 1000; v++ {
				call(reg.PackContribute(one, hash(string(rune(v))), 1, "", ""))
				call(reg.PackReview(big.NewInt(int64(v)), true, ""))
				call(reg.PackPublishVersion(one))
			}
			for i := 0; i < datanet.MaxIndexesPerVersion-1; i++ {
				call(reg.PackPublishIndex(one, one, hash("tok"+string(rune('0'+i))), hash("s"), long))
			}
			var gas uint64
			n := 0
			b.ReportAllocs()
			for b.Loop() {
				n++
				data := bc.data(n)
				gas = datanet.Contract.RequiredGas(data)
				call(data)
			}
			b.ReportMetric(float64(gas), "gas/op")
			b.ReportMetric(float64(gas)*float64(b.N)/b.Elapsed().Seconds()/1e6, "mgas/s")
		})
	}
}

// TestPublishIndexNonCanonical: publishIndex calldata that is not the
// canonical encoding (the uri's offset aliasing a head word, a length far
// past the input, trailing bytes) is refused as malformed: no revert data,
// every unit of gas burned, no state or log change, even from the owner.
func TestPublishIndexNonCanonical(t *testing.T) {
	e := newIndexEnv(t)
	good := publishIndex(1, "tok", "shard", "ipfs://shard")
	sel, head := good[:4], good[4:4+5*32]
	cases := []struct {
		name string
		data []byte
	}{
		// uri offset = 64: the "string" is the tokenizer id word read as a length.
		{"uri offset aliasing the tokenizer id", cat(sel, head[:4*32], word(2*32), word(12), []byte("ipfs://shard"), make([]byte, 20))},
		{"uri offset past the end", cat(sel, head[:4*32], word(1<<40), word(12), []byte("ipfs://shard"), make([]byte, 20))},
		{"uri length 2^63", cat(sel, head[:4*32], word(5*32), word(1<<63), []byte("ipfs://shard"), make([]byte, 20))},
		{"uri length longer than the tail", cat(sel, head[:4*32], word(5*32), word(64), []byte("ipfs://shard"), make([]byte, 20))},
		{"dirty padding after the uri", cat(sel, head[:4*32], word(5*32), word(12), []byte("ipfs://shard"), []byte{1}, make([]byte, 19))},
		{"trailing bytes", append(append([]byte(nil), good...), make([]byte, 32)...)},
		{"a megabyte of trailing bytes", append(append([]byte(nil), good...), make([]byte, 1<<20)...)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := e.st.IntermediateRoot(true)
			logs := len(e.st.Logs())
			const gas = 5_000_000
			out, left, err := e.evm.Call(e.owner, datanet.Address, tc.data, gas, new(uint256.Int))
			if err == nil || errors.Is(err, vm.ErrExecutionReverted) || len(out) != 0 || left != 0 {
				t.Fatalf("err %v, %d bytes returned, %d gas left; want a malformed call that burns its gas", err, len(out), left)
			}
			if e.st.IntermediateRoot(true) != root || len(e.st.Logs()) != logs {
				t.Fatal("a refused call changed state or logs")
			}
		})
	}
	// The canonical encoding of the same call still works.
	e.must(e.owner, good)
}
