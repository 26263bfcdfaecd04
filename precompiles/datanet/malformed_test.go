package datanet_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/precompiles/precompiletest"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// word returns a 32-byte big-endian word.
func word(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// malformedCases are calls that must fail without a panic and without a state
// change. revert names the custom error expected (decodable reverts), or ""
// for a malformed call that fails outright.
var malformedCases = []struct {
	name   string
	data   func() []byte
	value  int64
	revert string
}{
	{"empty calldata", func() []byte { return nil }, 0, ""},
	{"short selector", func() []byte { return []byte{0x12, 0x34, 0x56} }, 0, ""},
	{"unknown selector", func() []byte { return []byte{0xde, 0xad, 0xbe, 0xef, 0, 0} }, 0, ""},
	{"truncated arguments", func() []byte {
		d := reg.PackContribute(big.NewInt(1), hash("t"), 1, "u", "m")
		return d[:len(d)-40]
	}, 0, ""},
	{"trailing bytes", func() []byte {
		return append(reg.PackContribute(big.NewInt(1), hash("t"), 1, "u", "m"), 0xff)
	}, 0, ""},
	{"huge string length", func() []byte {
		// contribute(1, h, 1, uri, metadata) with uri's length word = 2^63.
		sel := reg.PackContribute(big.NewInt(1), hash("t"), 1, "", "")[:4]
		return cat(sel, word(1), hashBytes("t"), word(1), word(5*32), word(6*32), word(1<<63), word(0))
	}, 0, ""},
	{"huge array length", func() []byte {
		// createDatanet("n", "", tags, "") with the tags length word = 2^40.
		sel := reg.PackCreateDatanet("n", "", nil, "")[:4]
		return cat(sel, word(4*32), word(6*32), word(7*32), word(8*32), word(1), []byte("n"), make([]byte, 31), word(0), word(1<<40), word(0))
	}, 0, ""},
	{"offset past the end", func() []byte {
		sel := reg.PackContribute(big.NewInt(1), hash("t"), 1, "", "")[:4]
		return cat(sel, word(1), hashBytes("t"), word(1), word(1<<32), word(6*32), word(0), word(0))
	}, 0, ""},
	{"oversized name", func() []byte {
		return reg.PackCreateDatanet(strings.Repeat("n", datanet.MaxNameLen+1), "", nil, "")
	}, 0, "InvalidArgument"},
	{"oversized metadata", func() []byte {
		return reg.PackContribute(big.NewInt(1), hash("t"), 1, "", strings.Repeat("m", datanet.MaxMetadataLen+1))
	}, 0, "InvalidArgument"},
	{"too many tags", func() []byte {
		return reg.PackCreateDatanet("n", "", make([]string, datanet.MaxTags+1), "")
	}, 0, "InvalidArgument"},
	{"index shard from a non-curator", func() []byte {
		return reg.PackPublishIndex(big.NewInt(1), big.NewInt(1), hash("t"), hash("s"), strings.Repeat("u", datanet.MaxURILen+1))
	}, 0, "NotCurator"},
	{"index shard of an unknown datanet", func() []byte {
		return reg.PackPublishIndex(big.NewInt(7), big.NewInt(1), hash("t"), hash("s"), "ipfs://s")
	}, 0, "DatanetNotFound"},
	{"zero content hash", func() []byte {
		return reg.PackContribute(big.NewInt(1), [32]byte{}, 1, "", "")
	}, 0, "InvalidArgument"},
	{"unknown datanet", func() []byte {
		return reg.PackContribute(new(big.Int).Lsh(big.NewInt(1), 200), hash("t"), 1, "", "")
	}, 0, "DatanetNotFound"},
	{"value to a non-payable method", func() []byte {
		return reg.PackContribute(big.NewInt(1), hash("t"), 1, "", "")
	}, 1, "Error(contribute does not accept value)"},
}

func TestMalformedCalldata(t *testing.T) {
	c := setup(t)
	countsBefore := counts(t, c)
	balanceBefore, _ := c.Client.BalanceAt(t.Context(), datanet.Address, nil)
	for _, tc := range malformedCases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data()
			// eth_call: an error, decodable when it is a revert.
			_, err := c.Client.CallContract(t.Context(), callMsg(c.Addr(2), data, tc.value), nil)
			if err == nil {
				t.Fatal("eth_call succeeded")
			}
			rd, isRevert := precompiletest.RevertData(err)
			if tc.revert != "" {
				if got := precompiletest.RevertName(datanet.ABI, rd); !isRevert || got != tc.revert {
					t.Fatalf("revert %q (%v), want %s", got, err, tc.revert)
				}
			} else if isRevert && len(rd) > 0 {
				t.Fatalf("malformed call produced revert data %x", rd)
			}
			// A mined transaction fails, keeps the sender's nonce sequence going, changes nothing.
			r := c.Send(c.Keys[2], datanet.Address, data, big.NewInt(tc.value), 2_000_000)
			if r.Status != types.ReceiptStatusFailed {
				t.Fatal("transaction succeeded")
			}
			if len(r.Logs) != 0 {
				t.Fatalf("failed transaction left %d logs", len(r.Logs))
			}
			if tc.revert != "" && r.GasUsed >= 2_000_000 {
				t.Fatal("a revert burned all gas")
			}
		})
	}
	if got := counts(t, c); got != countsBefore {
		t.Fatalf("counts changed from %v to %v", countsBefore, got)
	}
	if b, _ := c.Client.BalanceAt(t.Context(), datanet.Address, nil); b.Cmp(balanceBefore) != 0 {
		t.Fatalf("precompile balance changed: %s -> %s", balanceBefore, b)
	}
	// The node still works.
	c.MustSend(c.Keys[2], datanet.Address, reg.PackContribute(big.NewInt(1), hash("after"), 1, "", ""), nil)
}

func counts(t *testing.T, c *devchaintest.Chain) [2]uint64 {
	d, _ := reg.UnpackDatanetCount(c.MustCall(c.Addr(0), datanet.Address, reg.PackDatanetCount()))
	n, _ := reg.UnpackContributionCount(c.MustCall(c.Addr(0), datanet.Address, reg.PackContributionCount()))
	return [2]uint64{d.Uint64(), n.Uint64()}
}

func hashBytes(s string) []byte { h := hash(s); return h[:] }
