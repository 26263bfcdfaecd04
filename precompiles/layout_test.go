package precompiles_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/precompiles"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// layoutSource stores values the way a precompile stores them, so the test can
// check that precompiles.Slot computes exactly Solidity's slots.
const layoutSource = `
pragma solidity ^0.8.24;
contract Layout {
    uint256 public counter;                                     // slot 0
    mapping(uint256 => string) public names;                    // slot 1
    mapping(address => uint256[]) public lists;                 // slot 2
    mapping(uint256 => mapping(address => bool)) public roles;  // slot 3
    function set(uint256 k, string calldata s, address a, uint256 v) external {
        counter = v;
        names[k] = s;
        lists[a].push(v);
        lists[a].push(v + 1);
        roles[k][a] = true;
    }
}`

// chainState reads storage through eth_getStorageAt.
type chainState struct {
	t *testing.T
	c *devchaintest.Chain
}

func (s chainState) GetState(addr common.Address, key common.Hash) common.Hash {
	v, err := s.c.Client.StorageAt(context.Background(), addr, key, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return common.BytesToHash(v)
}

func TestSlotsMatchSolidity(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	arts, err := toolchain.Compile(context.Background(), map[string]string{"Layout.sol": layoutSource})
	if err != nil {
		t.Fatal(err)
	}
	parsed, _ := abi.JSON(strings.NewReader(string(arts["Layout"].ABI)))
	addr := c.Deploy(c.Keys[0], hexutil.MustDecode(arts["Layout"].Bytecode))
	who := common.HexToAddress("0xabc")
	for _, s := range []string{"short", strings.Repeat("long string over one word ", 5)} {
		data, _ := parsed.Pack("set", big.NewInt(7), s, who, big.NewInt(41))
		c.MustSend(c.Keys[0], addr, data, nil)
		st := chainState{t, c}
		if got := precompiles.NewSlot(addr, 0).Uint64(st); got != 41 {
			t.Fatalf("counter %d", got)
		}
		if got := precompiles.NewSlot(addr, 1).MappingUint(7).String(st); got != s {
			t.Fatalf("names[7] = %q, want %q", got, s)
		}
		list := precompiles.NewArray(precompiles.NewSlot(addr, 2).MappingAddress(who), 1)
		if n := list.Len(st); n < 2 || list.At(n-1).Uint64(st) != 42 || list.At(n-2).Uint64(st) != 41 {
			t.Fatalf("lists[who] has %d entries", n)
		}
		if !precompiles.NewRoleSet(precompiles.NewSlot(addr, 3)).Has(st, 7, who) {
			t.Fatal("roles[7][who] not found")
		}
	}
}
